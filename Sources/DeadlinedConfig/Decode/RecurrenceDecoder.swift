import DeadlinedCore

/// A recurring duty's rule: `every`, `day`, `starts`, `until` and `done_through`, checked
/// against the rest of the assignment. Occurrences are made when the config is merged.
extension FileDecoder {
    /// The rule of a recurring duty (nil for a one-off assignment), or the errors of keys
    /// that belong to one.
    func recurrenceRule(_ a: inout AssignmentFields, directive: Int?) -> Recurrence? {
        guard let every = a.every else {
            for key in [AssignmentKey.day, .starts, .until, .doneThrough] where a.has.contains(key) {
                error(
                    a.at,
                    "'\(key.name)' belongs to a recurring duty; add 'every: month' (or week, quarter, half_year, year)")
                a.broken = true
            }
            return nil
        }
        if a.has.contains(.due) {
            error(a.at, "an assignment has either 'due' or 'every', not both")
            a.broken = true
        }
        if a.has.contains(.completed) {
            error(a.at, "a recurring duty records what is done with 'done_through', not 'completed'")
            a.broken = true
        }
        var day = Recurrence.Day.last
        if let n = a.dayNode, let d = recurrenceDay(n, every: every) {
            day = d
        } else if a.dayNode != nil {
            a.broken = true
        }
        let start =
            a.starts.map {
                $0.kind == .day
                    ? $0.date : Recurrence(every: every, day: .last, starts: $0.date).period(containing: $0.date).first
            }
            ?? a.assigned ?? directive.flatMap { directives[$0].issued }
        guard let start else {
            if !a.broken {
                error(
                    a.at,
                    "a recurring duty needs 'starts' (or 'assigned', or the directive's 'issued') to know its first period"
                )
                a.broken = true
            }
            return nil
        }
        let rule = Recurrence(
            every: every, day: day, starts: start, until: a.until?.date, doneThrough: a.doneThrough?.date)
        if let u = a.until, rule.period(containing: u.date).last < rule.period(containing: start).first {
            warning(a.at, "'until' (\(u.date)) is before the first period (from \(start)): this duty has no occurrence")
        }
        return rule
    }

    /// `day:` of a recurring duty: a number, `last`, `D/M` (day D of the period's M-th month;
    /// either may be `last`), or a weekday for weekly duties.
    func recurrenceDay(_ i: Int, every: Recurrence.Period) -> Recurrence.Day? {
        guard let s = text(i, field: "day") else { return nil }
        let f = Text.fold(s).trimmingWhitespace()
        func isLast(_ w: String) -> Bool { w == "last" || w == "cuoi" || w == "ngay cuoi" || w == "thang cuoi" }
        if isLast(f) { return .last }
        if every != .week, f.contains("/") {
            let months = every.months
            let parts = f.split(separator: "/", omittingEmptySubsequences: false).map {
                String($0).trimmingWhitespace()
            }
            func part(_ w: String, max: Int) -> Int?? {
                if isLast(w) { return .some(nil) }
                guard let n = Int(w), (1...max).contains(n) else { return nil }
                return .some(n)
            }
            if parts.count == 2, let d = part(parts[0], max: 31), let m = part(parts[1], max: months) {
                return .monthDay(day: d, month: m)
            }
            error(
                loc(i),
                "'day: \(s)' is not a day of a month of the \(every.rawValue): write D/M, day D (1-31 or last) of the period's M-th month (1-\(months) or last)"
            )
            return nil
        }
        if every == .week {
            // Whole names only: "thứ hai" is Monday, not "thu" (Thursday) by its first letters;
            // and "thứ" folds to "thu", so the English names count only as written in ASCII.
            let english = [
                "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7, "monday": 1, "tuesday": 2,
                "wednesday": 3,
                "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
            ]
            let vietnamese = [
                "thu 2": 1, "thu 3": 2, "thu 4": 3, "thu 5": 4, "thu 6": 5, "thu 7": 6, "thu hai": 1, "thu ba": 2,
                "thu tu": 3, "thu nam": 4,
                "thu sau": 5, "thu bay": 6, "chu nhat": 7, "cn": 7, "t2": 1, "t3": 2, "t4": 3, "t5": 4, "t6": 5,
                "t7": 6,
            ]
            let words = f.split(separator: " ").joined(separator: " ")
            if let w = vietnamese[words] ?? (s.unicodeScalars.allSatisfy(\.isASCII) ? english[words] : nil) {
                return .weekday(w)
            }
            error(loc(i), "'day' of a weekly duty is a weekday: mon..sun or thứ 2..chủ nhật, not '\(s)'")
            return nil
        }
        let maxDay: Int
        switch every {
        case .week: maxDay = 7
        case .month: maxDay = 31
        case .quarter: maxDay = 92
        case .halfYear: maxDay = 184
        case .year: maxDay = 366
        }
        guard let n = Int(f), (1...maxDay).contains(n) else {
            error(loc(i), "'day' must be a day of the \(every.rawValue) (1-\(maxDay)) or 'last', not '\(s)'")
            return nil
        }
        return .nth(n)
    }
}
