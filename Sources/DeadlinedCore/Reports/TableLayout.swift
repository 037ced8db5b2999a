extension Renderer {
    /// A plain-text table whose shrinkable columns are cut, in order and down to their
    /// minimum width, until it fits `width`.
    func table(
        header: [String], rows: [[String]], shrinkable: [(column: Int, minimum: Int)], rightAligned: Set<Int>
    ) -> String {
        // Config text could drive the terminal (colours, OSC 8 links, a cleared screen) or
        // reorder the line (bidi overrides): written out, before widths are measured.
        var rows = rows
        for r in rows.indices {
            for c in rows[r].indices where Invisible.hasTerminalControl(rows[r][c]) {
                rows[r][c] = Invisible.forTerminal(rows[r][c])
            }
        }
        var widths = header.map { $0.count }
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        if let width {
            var total = widths.reduce(0, +) + 2 * (widths.count - 1)
            for (col, least) in shrinkable where total > width {
                let minimum = max(header[col].count, least)
                let cut = min(total - width, widths[col] - minimum)
                if cut > 0 {
                    widths[col] -= cut
                    total -= cut
                }
            }
        }
        func line(_ cells: [String]) -> String {
            var s = ""
            for (i, c) in cells.enumerated() {
                let text = Text.truncate(c, to: widths[i])
                let pad = String(repeating: " ", count: max(widths[i] - text.count, 0))
                let cell = rightAligned.contains(i) ? pad + text : text + (i == cells.count - 1 ? "" : pad)
                s += (i == 0 ? "" : "  ") + cell
            }
            return s + "\n"
        }
        var out = line(header)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for r in rows { out += line(r) }
        return out
    }
}
