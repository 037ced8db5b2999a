import Foundation

/// The HTML report's progress against targets (issue 16): a bar per agency in the table by
/// agency and a section listing each item with a target, its value against the target and
/// a bar with a mark where progress is expected to be by the report's day. Bars are inline
/// SVG, which print as drawn (a CSS background would be dropped by default when printing).
extension Renderer {
    /// A bar of width 100 filled to `share` (0...1, capped), with a mark at `expected`; its
    /// text alternative is the share as `Words.percent` writes it.
    func progressBar(_ share: Double, expected: Double? = nil) -> String {
        func x(_ v: Double) -> String { String(format: "%.2f", Swift.min(Swift.max(v, 0), 1) * 100) }
        let label = htmlEscaped(words.percent(share))
        var svg = "<svg class=\"bar\" viewBox=\"0 0 100 8\" width=\"100\" height=\"8\""
        svg += " preserveAspectRatio=\"none\" role=\"img\""
        svg += " aria-label=\"\(label)\"><rect width=\"100\" height=\"8\" fill=\"#e6e6e6\"/>"
        svg += "<rect class=\"fill\" width=\"\(x(share))\" height=\"8\" fill=\"#2e7d32\"/>"
        if let expected {
            svg += "<line class=\"expected\" x1=\"\(x(expected))\" x2=\"\(x(expected))\" y1=\"0\" y2=\"8\""
            svg += " stroke=\"#000\" stroke-width=\"1\"/>"
        }
        return svg + "</svg>"
    }

    /// The progress cell of a row of the table by agency: the bar and the share, empty for
    /// an agency none of whose items has a target.
    func progressCell(_ t: Tally) -> String {
        guard let share = t.progressShare else { return "<td class=\"progress\"></td>" }
        return "<td class=\"progress\">\(progressBar(share)) \(htmlEscaped(words.percent(share)))</td>"
    }

    /// The section of the items with a target that count at `now` and that `filter`
    /// accepts, by agency in Vietnamese order then by id; nothing when there is none.
    func progressSection(_ config: Config, at now: Int64, filter: ListFilter, number: String) -> String {
        let agencyKeys = Set(filter.agencies.map(Text.fold))
        let narrowed = ListFilter(agencies: filter.agencies, directives: filter.directives)
        var measured: [(item: Item, agency: CollationKey)] = []
        for item in config.countedItems(at: now) where item.measure != nil {
            let e = item.evaluate(at: now, settings: config.settings, against: config.settings.reportAgainst)
            guard narrowed.accepts(item, e, directive: config.directive(of: item)?.id, agencyKeys: agencyKeys) else {
                continue
            }
            measured.append((item, Collation.key(item.agency)))
        }
        guard !measured.isEmpty else { return "" }
        measured.sort { a, b in a.agency != b.agency ? a.agency < b.agency : a.item.id < b.item.id }
        var out = "<h2>\(number). \(words.pick(vi: "Tiến độ thực hiện chỉ tiêu", en: "Progress against targets"))"
        out += "</h2>\n<table class=\"progress\">\n<thead><tr>"
        let headings = [
            words.pick(vi: "STT", en: "No."), words.pick(vi: "Cơ quan chủ trì", en: "Agency"),
            words.pick(vi: "Nhiệm vụ", en: "Task"), words.pick(vi: "Kết quả/chỉ tiêu", en: "Progress/target"),
            words.pick(vi: "Tiến độ", en: "Progress"),
        ]
        out += headings.map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        var renderer = self
        renderer.now = now
        for (i, entry) in measured.enumerated() {
            guard let f = renderer.progressFigures(entry.item) else { continue }
            out += "<tr><td class=\"n\">\(i + 1)</td><td>\(htmlEscaped(entry.item.agency))</td>"
            out += "<td>\(htmlEscaped(entry.item.task))</td><td>\(htmlEscaped(renderer.progressText(f)))</td>"
            let bar = f.share.map { progressBar($0, expected: f.expectedShare) } ?? ""
            out += "<td class=\"progress\">\(bar)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += "<p class=\"note\">"
        out += words.pick(
            vi: "Vạch đen trên thanh tiến độ: mức cần đạt đến ngày báo cáo.",
            en: "The black mark on a bar: the progress expected by the report's day.")
        return out + "</p>\n"
    }
}
