/// The four parts of a bar, in the order they are stacked, with their colours.
enum ChartPart: CaseIterable {
    case doneOnTime, doneLate, notYetDue, overdue

    func count(_ t: Tally) -> Int {
        switch self {
        case .doneOnTime: return t.doneOnTime
        case .doneLate: return t.doneLate
        case .notYetDue: return t.notYetDue
        case .overdue: return t.overdue
        }
    }

    /// Colours that stay apart in grey print too (dark, light, middle, darkest).
    var colour: String {
        switch self {
        case .doneOnTime: return "#2e7d32"
        case .doneLate: return "#f2b705"
        case .notYetDue: return "#6f9fd8"
        case .overdue: return "#b71c1c"
        }
    }
}

extension Renderer {
    /// The legend's name of a part of the bar, from the glossary.
    func chartLabel(_ p: ChartPart) -> String {
        switch p {
        case .doneOnTime: return words.heading(Glossary.state(.doneOnTime))
        case .doneLate: return words.heading(Glossary.state(.doneLate))
        case .notYetDue: return words.heading(Glossary.notYetDue)
        case .overdue: return words.heading(Glossary.state(.overdue))
        }
    }

    /// A horizontal stacked bar per group (done on time, done late, not yet due, overdue),
    /// all on one scale: the largest count of items with a deadline fills the bar area.
    /// Inline SVG (no namespace needed inside HTML), sized by its viewBox so it fits the page.
    public func htmlChart(_ groups: [(String, Tally)]) -> String {
        let labelWidth = 230, barArea = 400, countWidth = 40, row = 24, barHeight = 16, top = 8
        let width = labelWidth + barArea + countWidth
        let legendTop = top + groups.count * row + 10
        let height = legendTop + 24
        let scale = max(groups.map { $0.1.withDeadline }.max() ?? 0, 1)
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" "
            + "role=\"img\" aria-label=\""
            + htmlEscaped(words.pick(vi: "Biểu đồ tiến độ theo cơ quan", en: "Progress by agency")) + "\">\n"
        for (i, (name, t)) in groups.enumerated() {
            let y = top + i * row
            svg +=
                "<text x=\"\(labelWidth - 6)\" y=\"\(y + barHeight - 4)\" text-anchor=\"end\" class=\"label\">"
                + htmlEscaped(shortened(name, to: 38)) + "</text>\n"
            var x = labelWidth
            for part in ChartPart.allCases {
                let n = part.count(t)
                guard n > 0 else { continue }
                // Each part's end is rounded from the running total, so the parts meet
                // without gaps and the bar's length is exact.
                let before = x - labelWidth
                let end = (ChartPart.allCases.prefix { $0 != part } + [part]).reduce(0) { $0 + $1.count(t) }
                let w = (end * barArea + scale / 2) / scale - before
                svg +=
                    "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(w)\" height=\"\(barHeight)\" fill=\"\(part.colour)\">"
                    + "<title>\(htmlEscaped(chartLabel(part))): \(n)</title></rect>\n"
                if w >= 16 {
                    let ink = part == .doneLate || part == .notYetDue ? "#000" : "#fff"
                    svg +=
                        "<text x=\"\(x + w / 2)\" y=\"\(y + barHeight - 4)\" text-anchor=\"middle\" "
                        + "class=\"n\" fill=\"\(ink)\">\(n)</text>\n"
                }
                x += w
            }
            svg += "<text x=\"\(x + 4)\" y=\"\(y + barHeight - 4)\" class=\"n\">\(t.withDeadline)</text>\n"
        }
        // The legend starts at the left edge: its four names are wider than the bar area.
        var lx = 4
        for part in ChartPart.allCases {
            svg +=
                "<rect x=\"\(lx)\" y=\"\(legendTop)\" width=\"12\" height=\"12\" fill=\"\(part.colour)\"/>"
                + "<text x=\"\(lx + 16)\" y=\"\(legendTop + 10)\" class=\"legend\">"
                + htmlEscaped(chartLabel(part)) + "</text>\n"
            lx += 16 + 7 * chartLabel(part).count + 18
        }
        return svg + "</svg>\n"
    }
}

/// At most `limit` characters, the last of them an ellipsis when cut.
func shortened(_ s: String, to limit: Int) -> String {
    s.count <= limit ? s : String(s.prefix(limit - 1)) + "…"
}
