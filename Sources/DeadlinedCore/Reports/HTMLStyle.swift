/// The report page's stylesheet: a screen layout the width of an A4 sheet, and a print
/// layout on A4 whose table headers repeat on every page and whose rows are never split.
/// Fonts are the system's (Times New Roman, the administrative documents' font, or its
/// metric twin Liberation Serif, then DejaVu Serif): the page loads nothing.
let htmlReportStyle = """
    @page { size: A4; margin: 15mm 12mm 15mm 15mm; }
    html { background: #fff; color: #000; }
    body {
      font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif;
      font-size: 11pt; line-height: 1.35; margin: 0 auto; padding: 12mm 12mm 15mm 15mm;
      max-width: 183mm;
    }
    .issuer { font-weight: bold; margin: 0; }
    h1 { font-size: 15pt; text-align: center; margin: 6mm 0 1mm; }
    .asof { text-align: center; font-style: italic; margin: 0 0 5mm; }
    h2 { font-size: 12.5pt; margin: 6mm 0 2mm; }
    h3 { font-size: 11.5pt; margin: 4mm 0 1mm; }
    p { margin: 1mm 0; }
    .summary { margin: 2mm 0 3mm; }
    table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 1mm 0 2mm; }
    th, td { border: 0.6pt solid #555; padding: 1.5pt 3pt; vertical-align: top; }
    th { background: #e6e6e6; font-weight: bold; text-align: center; }
    table.counts td:first-child { width: 27%; }
    table.counts th { font-size: 9pt; }
    td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.due { white-space: nowrap; }
    tr.total td { font-weight: bold; background: #f3f3f3; }
    .meta { color: #222; }
    td.progress { white-space: nowrap; }
    svg.bar { vertical-align: middle; }
    table.counts svg.bar { width: 12mm; height: 2.2mm; }
    .note { font-size: 9pt; font-style: italic; }
    svg.chart { width: 100%; height: auto; display: block; margin: 2mm 0 4mm; }
    svg.chart text { font-family: inherit; font-size: 11px; }
    svg.chart text.n { font-size: 10px; }
    thead { display: table-header-group; }
    tr, svg.chart, .directive-head { break-inside: avoid; page-break-inside: avoid; }
    h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
    @media print {
      body { padding: 0; max-width: none; }
      th, tr.total td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
