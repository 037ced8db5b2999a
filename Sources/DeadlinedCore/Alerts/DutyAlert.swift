/// Overdue alerts of a recurring duty's occurrences, one journal entry for the duty.
extension AlertWriter {
    /// One overdue or escalated entry for `occurrences` (the occurrences of one duty alerted
    /// in the same pass, oldest due first): the oldest one's fields and text, with
    /// DEADLINED_DUTY, DEADLINED_MISSED (how many) and DEADLINED_OLDEST (the oldest's due
    /// date, ISO). Escalated when any of them is.
    public func dutyAlert(
        _ kinds: [AlertKind], occurrences: [Item], duty: Duty, directive: Directive?, now: Int64
    ) -> Alert? {
        guard let oldest = occurrences.first else { return nil }
        let kind: AlertKind = kinds.contains(.escalated) ? .escalated : .overdue
        let n = occurrences.count
        var alert = itemAlert(kind, item: oldest, directive: directive, now: now)
        guard n > 1 else { return withDutyFields(alert, duty: duty, missed: 1, oldest: oldest) }
        let days = oldest.evaluate(at: now, settings: settings).daysOverdue ?? 0
        let prefix: String
        switch kind {
        case .escalated:
            prefix = words.pick(
                vi: "Quá hạn nghiêm trọng: \(n) kỳ chưa hoàn thành, kỳ cũ nhất quá hạn \(days) ngày: ",
                en: "Escalated: \(n) occurrences missed, the oldest overdue by \(days) days: ")
        default:
            prefix = words.pick(
                vi: "Quá hạn: \(n) kỳ chưa hoàn thành, kỳ cũ nhất quá hạn \(days) ngày: ",
                en: "Overdue: \(n) occurrences missed, the oldest by \(days) day\(days == 1 ? "" : "s"): ")
        }
        alert.message = prefix + subject(oldest, directive)
        return withDutyFields(alert, duty: duty, missed: n, oldest: oldest)
    }

    func withDutyFields(_ alert: Alert, duty: Duty, missed: Int, oldest: Item) -> Alert {
        var a = alert
        a.fields.append(("DEADLINED_DUTY", duty.id))
        a.fields.append(("DEADLINED_MISSED", String(missed)))
        if let d = oldest.deadline { a.fields.append(("DEADLINED_OLDEST", d.spec.date.iso)) }
        return a
    }

    /// One "resolved" entry for `occurrences` (the occurrences of one duty found done in the
    /// same pass, oldest due first): the oldest one's fields, with DEADLINED_DUTY,
    /// DEADLINED_RESOLVED (how many) and DEADLINED_OLDEST.
    public func dutyResolved(_ occurrences: [Item], duty: Duty, directive: Directive?, now: Int64) -> Alert? {
        guard let oldest = occurrences.first else { return nil }
        let n = occurrences.count
        var a = itemAlert(.resolved, item: oldest, directive: directive, now: now)
        if n > 1 {
            a.message =
                words.pick(vi: "Đã hoàn thành \(n) kỳ: ", en: "Resolved, \(n) occurrences: ")
                + subject(oldest, directive)
        }
        a.fields.append(("DEADLINED_DUTY", duty.id))
        a.fields.append(("DEADLINED_RESOLVED", String(n)))
        if let d = oldest.deadline { a.fields.append(("DEADLINED_OLDEST", d.spec.date.iso)) }
        return a
    }
}
