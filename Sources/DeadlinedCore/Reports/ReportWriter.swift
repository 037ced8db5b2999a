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
                let b = t.byStatus
                s += "\"total\": \(t.total), \"by_status\": {\"done\": \(b.done), \"ongoing\": \(b.ongoing), "
                s += "\"in_progress\": \(b.inProgress), \"not_started\": \(b.notStarted)}, "
                s += "\"done_on_time\": \(t.doneOnTime), \"done_late\": \(t.doneLate), "
                s +=
                    "\"not_yet_due\": \(t.notYetDue), \"due_soon\": \(t.dueSoon), \"overdue\": \(t.overdue), \"ongoing\": \(t.ongoing), "
                s += "\"cancelled\": \(t.cancelled), "
                s += "\"on_time_share\": \(String(format: "%.4f", t.onTimeShare)), "
                s += "\"overdue_share\": \(String(format: "%.4f", t.overdueShare))}"
                return s
            }
            let rows = groups.map { "    " + obj($0.0, $0.1) }.joined(separator: ",\n")
            return "{\n  \"by\": \"\(keyName)\",\n  \"groups\": [\n\(rows)\n  ],\n  \"total\": \(obj(nil, total))\n}\n"
        case .csv:
            var out = "\(keyName),total,done_on_time,done_late,not_yet_due,overdue,ongoing,overdue_share"
            out += ",by_status_done,by_status_ongoing,by_status_in_progress,by_status_not_started"
            out += ",due_soon,cancelled,on_time_share\n"
            for (name, t) in groups + [("TOTAL", total)] {
                let b = t.byStatus
                out +=
                    [
                        csvCell(name), "\(t.total)", "\(t.doneOnTime)", "\(t.doneLate)", "\(t.notYetDue)",
                        "\(t.overdue)", "\(t.ongoing)",
                        String(format: "%.4f", t.overdueShare),
                        "\(b.done)", "\(b.ongoing)", "\(b.inProgress)", "\(b.notStarted)", "\(t.dueSoon)",
                        "\(t.cancelled)", String(format: "%.4f", t.onTimeShare),
                    ].joined(separator: ",") + "\n"
            }
            return out
        // The page needs the whole configuration: `htmlReport(_:at:)` makes it.
        case .table, .html:
            let header = [
                grouping == .agency
                    ? words.pick(vi: "Cơ quan", en: "Agency") : words.pick(vi: "Văn bản", en: "Directive"),
                words.pick(vi: "Tổng", en: "Total"),
                words.pick(vi: "Hoàn thành", en: "Done"), words.pick(vi: "Thường xuyên", en: "Ongoing"),
                words.pick(vi: "Đang thực hiện", en: "In progress"),
                words.pick(vi: "Chưa thực hiện", en: "Not started"),
                words.pick(vi: "Đúng hạn", en: "On time"), words.pick(vi: "Trễ hạn", en: "Late"),
                words.pick(vi: "Chưa đến hạn", en: "Not yet due"), words.pick(vi: "Quá hạn", en: "Overdue"),
                words.pick(vi: "% quá hạn", en: "% overdue"), words.pick(vi: "Đã hủy", en: "Cancelled"),
            ]
            func cells(_ name: String, _ t: Tally) -> [String] {
                let b = t.byStatus
                return [
                    name, "\(t.total)", "\(b.done)", "\(b.ongoing)", "\(b.inProgress)", "\(b.notStarted)",
                    "\(t.doneOnTime)", "\(t.doneLate)", "\(t.notYetDue)", "\(t.overdue)",
                    String(format: "%.1f%%", t.overdueShare * 100), "\(t.cancelled)",
                ]
            }
            var body = groups.map { cells($0.0, $0.1) }
            body.append(cells(words.pick(vi: "Tổng cộng", en: "Total"), total))
            var out = table(header: header, rows: body, shrinkable: [(0, 12)], rightAligned: Set(1...11))
            out += summary(total) + "\n"
            return out
        }
    }

    /// The sentence progress reports open with: the status split, then timeliness, then the
    /// cancelled items left out (when there are any).
    public func summary(_ t: Tally) -> String {
        let b = t.byStatus
        var s = words.pick(
            vi:
                "\(t.total) nhiệm vụ: \(b.done) hoàn thành (\(t.doneOnTime) đúng hạn, \(t.doneLate) trễ hạn), \(b.ongoing) thường xuyên, \(b.inProgress) đang thực hiện, \(b.notStarted) chưa thực hiện; \(t.notYetDue) chưa đến hạn, \(t.overdue) quá hạn.",
            en:
                "\(t.total) task\(t.total == 1 ? "" : "s"): \(b.done) done (\(t.doneOnTime) on time, \(t.doneLate) late), \(b.ongoing) ongoing, \(b.inProgress) in progress, \(b.notStarted) not started; \(t.notYetDue) not yet due, \(t.overdue) overdue."
        )
        if t.cancelled > 0 {
            s += words.pick(
                vi: " Không tính \(t.cancelled) nhiệm vụ đã hủy.",
                en: " \(t.cancelled) cancelled task\(t.cancelled == 1 ? "" : "s") not counted.")
        }
        return s
    }
}
