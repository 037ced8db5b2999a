import Foundation

extension Renderer {
    /// The tallies by group and their total in `format`, as `report` prints them. By
    /// directive, each group also carries its directive's `title`, `reference` and `issued`
    /// (found in `directives` by id; null or empty for the "-" group of items without one).
    public func report(
        _ groups: [(String, Tally)], total: Tally, by grouping: ReportGrouping, format: OutputFormat,
        directives: [Directive] = []
    ) -> String {
        let keyName = grouping == .agency ? "agency" : "directive"
        var byID: [String: Directive] = [:]
        for d in directives where byID[d.id] == nil { byID[d.id] = d }
        func about(_ id: String) -> [String?] {
            let d = byID[id]
            return [d?.title, d?.reference, d?.issued?.iso]
        }
        switch format {
        case .json:
            func obj(_ name: String?, _ t: Tally) -> String {
                var s = "{"
                if let name { s += "\"\(keyName)\": \(json(name)), " }
                if let name, grouping == .directive {
                    for (k, v) in zip(["title", "reference", "issued"], about(name)) {
                        s += "\"\(k)\": \(v.map(json) ?? "null"), "
                    }
                }
                let b = t.byStatus
                s += "\"total\": \(t.total), \"by_status\": {\"done\": \(b.done), \"ongoing\": \(b.ongoing), "
                s += "\"in_progress\": \(b.inProgress), \"not_started\": \(b.notStarted)}, "
                s += "\"done_on_time\": \(t.doneOnTime), \"done_late\": \(t.doneLate), "
                s +=
                    "\"not_yet_due\": \(t.notYetDue), \"due_soon\": \(t.dueSoon), \"overdue\": \(t.overdue), \"ongoing\": \(t.ongoing), "
                s += "\"no_deadline\": \(t.noDeadline), \"cancelled\": \(t.cancelled), "
                s += "\"on_time_share\": \(String(format: "%.4f", t.onTimeShare)), "
                s += "\"overdue_share\": \(String(format: "%.4f", t.overdueShare))\(progressJSON(t))}"
                return s
            }
            let rows = groups.map { "    " + obj($0.0, $0.1) }.joined(separator: ",\n")
            return "{\n  \"by\": \"\(keyName)\",\n  \"groups\": [\n\(rows)\n  ],\n  \"total\": \(obj(nil, total))\n}\n"
        case .csv:
            let progress = total.withTarget > 0
            var out = "\(keyName),total,done_on_time,done_late,not_yet_due,overdue,ongoing,overdue_share"
            out += ",by_status_done,by_status_ongoing,by_status_in_progress,by_status_not_started"
            out += ",due_soon,cancelled,on_time_share,no_deadline"
            out += grouping == .directive ? ",title,reference,issued" : ""
            out += progress ? ",items_with_target,progress_share\n" : "\n"
            for (i, (name, t)) in (groups + [("TOTAL", total)]).enumerated() {
                let b = t.byStatus
                let extra = grouping == .directive ? (i < groups.count ? about(name) : [nil, nil, nil]) : []
                out +=
                    ([
                        csvCell(name), "\(t.total)", "\(t.doneOnTime)", "\(t.doneLate)", "\(t.notYetDue)",
                        "\(t.overdue)", "\(t.ongoing)",
                        String(format: "%.4f", t.overdueShare),
                        "\(b.done)", "\(b.ongoing)", "\(b.inProgress)", "\(b.notStarted)", "\(t.dueSoon)",
                        "\(t.cancelled)", String(format: "%.4f", t.onTimeShare), "\(t.noDeadline)",
                    ] + extra.map { csvCell($0 ?? "") }).joined(separator: ",") + (progress ? progressCSV(t) : "")
                    + "\n"
            }
            return out
        // The page needs the whole configuration: `htmlReport(_:at:filter:)` makes it.
        case .table, .xlsx, .html:
            return reportTable(groups, total: total, by: grouping, directives: byID)
        }
    }

    /// The sentence progress reports open with: the status split, then timeliness and the
    /// work with no deadline (when there is any), then the cancelled items left out (when
    /// there are any).
    public func summary(_ t: Tally) -> String {
        let b = t.byStatus
        var s = words.pick(
            vi:
                "\(t.total) nhiệm vụ: \(b.done) hoàn thành (\(t.doneOnTime) đúng hạn, \(t.doneLate) trễ hạn), \(b.ongoing) thường xuyên, \(b.inProgress) đang thực hiện, \(b.notStarted) chưa thực hiện; \(t.notYetDue) chưa đến hạn, \(t.overdue) quá hạn.",
            en:
                "\(t.total) task\(t.total == 1 ? "" : "s"): \(b.done) done (\(t.doneOnTime) on time, \(t.doneLate) late), \(b.ongoing) ongoing, \(b.inProgress) in progress, \(b.notStarted) not started; \(t.notYetDue) not yet due, \(t.overdue) overdue."
        )
        if t.noDeadline > 0 {
            // Inside the sentence: "...; 3 chưa đến hạn, 1 quá hạn, 12 không thời hạn."
            s.removeLast()
            s += words.pick(
                vi: ", \(t.noDeadline) không thời hạn.",
                en: ", \(t.noDeadline) with no deadline.")
        }
        if t.cancelled > 0 {
            s += words.pick(
                vi: " Không tính \(t.cancelled) nhiệm vụ đã hủy.",
                en: " \(t.cancelled) cancelled task\(t.cancelled == 1 ? "" : "s") not counted.")
        }
        return s
    }

    /// What the two shares are of, said when some work has no deadline: the total less the
    /// ongoing and the no-deadline work (`Tally.withDeadline`); nil when there is none.
    public func shareBase(_ t: Tally) -> String? {
        guard t.noDeadline > 0 else { return nil }
        return words.pick(
            vi:
                "Tỷ lệ đúng hạn và quá hạn tính trên \(t.withDeadline) nhiệm vụ: tổng số trừ \(t.ongoing) thường xuyên và \(t.noDeadline) không thời hạn.",
            en:
                "The on-time and overdue shares are of \(t.withDeadline) task\(t.withDeadline == 1 ? "" : "s"): the total less \(t.ongoing) ongoing and \(t.noDeadline) with no deadline."
        )
    }
}
