extension Renderer {
    /// A plain-text table whose shrinkable columns are cut, in order and down to their
    /// minimum width, until it fits `width`. A header cell may hold line breaks: the header
    /// then takes as many lines as its tallest cell. `paints[r][c]`, when the renderer
    /// colours: the colour of row r's cell c, put around its text once widths are measured
    /// and the text cut and padded, so the codes take no room.
    func table(
        header: [String], rows: [[String]], shrinkable: [(column: Int, minimum: Int)], rightAligned: Set<Int>,
        paints: [[Paint?]] = []
    ) -> String {
        // Config text could drive the terminal (colours, OSC 8 links, a cleared screen) or
        // reorder the line (bidi overrides): written out, before widths are measured.
        var rows = rows
        for r in rows.indices {
            for c in rows[r].indices where Invisible.hasTerminalControl(rows[r][c]) {
                rows[r][c] = Invisible.forTerminal(rows[r][c])
            }
        }
        let headerLines = header.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        var widths = headerLines.map { $0.map(\.count).max() ?? 0 }
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        if let width {
            var total = widths.reduce(0, +) + 2 * (widths.count - 1)
            for (col, least) in shrinkable where total > width {
                let minimum = max(headerLines[col].map(\.count).max() ?? 0, least)
                let cut = min(total - width, widths[col] - minimum)
                if cut > 0 {
                    widths[col] -= cut
                    total -= cut
                }
            }
        }
        func line(_ cells: [String], paints: [Paint?] = []) -> String {
            var s = ""
            for (i, c) in cells.enumerated() {
                var text = Text.truncate(c, to: widths[i])
                let pad = String(repeating: " ", count: max(widths[i] - text.count, 0))
                if colour, i < paints.count, let paint = paints[i] { text = paint.apply(text) }
                let cell = rightAligned.contains(i) ? pad + text : text + (i == cells.count - 1 ? "" : pad)
                s += (i == 0 ? "" : "  ") + cell
            }
            // An empty cell at the end of a line (a wrapped line, a missing count) leaves no
            // trailing spaces.
            while s.hasSuffix(" ") { s.removeLast() }
            return s + "\n"
        }
        let height = headerLines.map(\.count).max() ?? 1
        var out = ""
        for i in 0..<height { out += line(headerLines.map { i < $0.count ? $0[i] : "" }) }
        out += line(widths.map { String(repeating: "-", count: $0) })
        for (i, r) in rows.enumerated() { out += line(r, paints: i < paints.count ? paints[i] : []) }
        return out
    }
}
