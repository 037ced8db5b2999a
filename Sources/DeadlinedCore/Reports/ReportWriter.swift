import Foundation

extension Renderer {
    /// The tallies by group and their total in `format`, as `report` prints them.
    public func report(
        _ groups: [(String, Tally)], total: Tally, by grouping: ReportGrouping, format: OutputFormat
    ) -> String {
        let keyName = grouping == .agency ? "agency" : "directive"
        switch format {
        case .json:
            func obj(_ name: String?, _ t: Tally) -> String {
                var s = "{"
                if let name { s += "\"\(keyName)\": \(json(name)), " }
                s += "\"total\": \(t.total), \"done_on_time\": \(t.doneOnTime), \"done_late\": \(t.doneLate), "
                s +=
                    "\"not_yet_due\": \(t.notYetDue), \"due_soon\": \(t.dueSoon), \"overdue\": \(t.overdue), \"ongoing\": \(t.ongoing), "
                s += "\"overdue_share\": \(String(format: "%.4f", t.overdueShare))\(progressJSON(t))}"
                return s
            }
            let rows = groups.map { "    " + obj($0.0, $0.1) }.joined(separator: ",\n")
            return "{\n  \"by\": \"\(keyName)\",\n  \"groups\": [\n\(rows)\n  ],\n  \"total\": \(obj(nil, total))\n}\n"
        case .csv:
            let progress = total.withTarget > 0
            var out =
                "\(keyName),total,done_on_time,done_late,not_yet_due,overdue,ongoing,overdue_share"
                + (progress ? ",items_with_target,progress_share\n" : "\n")
            for (name, t) in groups + [("TOTAL", total)] {
                out +=
                    [
                        csvCell(name), "\(t.total)", "\(t.doneOnTime)", "\(t.doneLate)", "\(t.notYetDue)",
                        "\(t.overdue)", "\(t.ongoing)",
                        String(format: "%.4f", t.overdueShare),
                    ].joined(separator: ",") + (progress ? progressCSV(t) : "") + "\n"
            }
            return out
        case .table:
            let header =
                [
                    grouping == .agency
                        ? words.pick(vi: "Cơ quan", en: "Agency") : words.pick(vi: "Văn bản", en: "Directive"),
                    words.pick(vi: "Tổng", en: "Total"), words.pick(vi: "Đúng hạn", en: "On time"),
                    words.pick(vi: "Trễ hạn", en: "Late"),
                    words.pick(vi: "Chưa đến hạn", en: "Not yet due"), words.pick(vi: "Quá hạn", en: "Overdue"),
                    words.pick(vi: "Thường xuyên", en: "Ongoing"),
                    words.pick(vi: "% quá hạn", en: "% overdue"),
                ] + (total.withTarget > 0 ? [words.pick(vi: "Tiến độ", en: "Progress")] : [])
            func cells(_ name: String, _ t: Tally) -> [String] {
                [
                    name, "\(t.total)", "\(t.doneOnTime)", "\(t.doneLate)", "\(t.notYetDue)", "\(t.overdue)",
                    "\(t.ongoing)",
                    String(format: "%.1f%%", t.overdueShare * 100),
                ] + (total.withTarget > 0 ? [t.progressShare.map(percent) ?? ""] : [])
            }
            var body = groups.map { cells($0.0, $0.1) }
            body.append(cells(words.pick(vi: "Tổng cộng", en: "Total"), total))
            var out = table(header: header, rows: body, shrinkable: [(0, 12)], rightAligned: [1, 2, 3, 4, 5, 6, 7, 8])
            out += summary(total) + "\n"
            return out
        }
    }

    /// The sentence progress reports open with.
    public func summary(_ t: Tally) -> String {
        let done = t.doneOnTime + t.doneLate
        return words.pick(
            vi:
                "\(t.total) nhiệm vụ: \(done) hoàn thành (\(t.doneOnTime) đúng hạn, \(t.doneLate) trễ hạn), \(t.notYetDue) chưa đến hạn, \(t.overdue) quá hạn, \(t.ongoing) thường xuyên.",
            en:
                "\(t.total) task\(t.total == 1 ? "" : "s"): \(done) done (\(t.doneOnTime) on time, \(t.doneLate) late), \(t.notYetDue) not yet due, \(t.overdue) overdue, \(t.ongoing) ongoing."
        )
    }
}
