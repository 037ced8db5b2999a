import DeadlinedCore

/// Checks on the dates of an assignment that catch typos, and the note on an approximate due.
extension FileDecoder {
    /// A note that `đầu tháng`/`giữa tháng` stands for a day the settings choose.
    func approximate(_ spec: DueSpec, _ written: String, at: SourceLocation) {
        let key = spec.part == .earlyMonth ? "early_month_day" : "mid_month_day"
        let day = spec.part == .earlyMonth ? DayParts().earlyMonthDay : DayParts().midMonthDay
        diagnostics.append(
            Diagnostic(
                .note, at: at,
                "'\(written)' is approximate: it is read as the end of day '\(key)' (\(day) unless settings say otherwise) of \(spec.date.month)/\(spec.date.year); write the exact date if the document gives one"
            ))
    }

    /// Warnings for dates in an order that cannot be right: `completed` before `assigned`,
    /// `due` before the directive was issued. Each is most likely a typo in a year or a month.
    func checkDateOrder(_ a: AssignmentFields, directive: Int?) {
        if let c = a.completed, let start = a.assigned, c.date < start, let at = a.completedNode {
            warning(loc(at), "'completed: \(c.date)' is before 'assigned: \(start)': is one of them a typo?")
        }
        if let d = a.due, d.spec.kind != .workingDays, let at = a.dueNode,
            let dir = directive, let issued = directives[dir].issued, d.spec.date < issued
        {
            warning(
                loc(at),
                "'due: \(d.text)' ends on \(d.spec.date), before the directive '\(directives[dir].id)' was issued (\(issued)): is the date a typo?"
            )
        }
    }
}
