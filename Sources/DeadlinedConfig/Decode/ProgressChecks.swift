import DeadlinedCore

/// The checks of an assignment's target, progress and milestones taken together, and the
/// `Measure` they make. Dates in the future of the load are checked later, in
/// `LoadSession.checkProgressDates`, since a decoded file is kept across loads.
extension FileDecoder {
    /// The assignment's `Measure`, nil when it has no target; marks it broken on an error.
    func checkMeasure(_ a: inout AssignmentFields, directive: Int?, recurring: Bool) -> Measure? {
        let f = a.measure
        if f.isEmpty { return nil }
        guard let target = f.target else {
            if let at = f.unit?.at ?? f.listAt {
                error(
                    at, "'unit', 'progress' and 'milestones' measure against a 'target', and this assignment has none")
            }
            a.broken = true
            return nil
        }
        if recurring {
            error(
                target.at,
                "a recurring duty cannot have a 'target': its occurrences would share one progress; give the target to a one-off assignment"
            )
            a.broken = true
            return nil
        }
        var ok = checkTarget(target, unit: f.unit)
        let start = a.assigned ?? directive.flatMap { directives[$0].issued }
        if start == nil {
            warning(
                target.at,
                "no 'assigned' date (nor a directive's 'issued') to start expected progress from; give 'assigned' to have expected_share"
            )
        }
        let due = a.due.flatMap { $0.spec.kind == .day || $0.spec.kind == .time ? $0.spec.date : nil }
        ok = checkValues(f.progress ?? [], target: target, field: "progress", start: start, due: nil) && ok
        ok = checkValues(f.milestones ?? [], target: target, field: "milestones", start: start, due: due) && ok
        if let p = f.progress?.last { progressDates.append(DatedAt(date: p.date, at: p.at)) }
        guard ok else {
            a.broken = true
            return nil
        }
        return Measure(
            target: target.value, isPercent: target.percent, unit: f.unit?.text, start: start,
            progress: (f.progress ?? []).map { ProgressEntry(on: $0.date, value: $0.value.value) },
            milestones: (f.milestones ?? []).map { Milestone(by: $0.date, value: $0.value.value) })
    }

    private func checkTarget(_ t: NumberAt, unit: TextAt?) -> Bool {
        if t.value <= 0 {
            error(t.at, "'target' must be above zero")
            return false
        }
        if t.percent, t.value > 100 {
            error(t.at, "'target' is a percentage above 100%")
            return false
        }
        if t.percent, let u = unit {
            error(u.at, "'unit' names what a count counts; the target \(show(t)) is a percentage")
            return false
        }
        if !t.percent, t.value != t.value.rounded() {
            error(t.at, "a count 'target' is a whole number; write a percentage with '%'")
            return false
        }
        return true
    }

    /// Each value within the target, each date after the previous one, on or after the start
    /// and (milestones) on or before the due day; milestone values rising.
    // One loop with one check per rule: each rule names its own entry.
    private func checkValues(
        _ list: [DatedValue], target: NumberAt, field: String, start: CivilDate?, due: CivilDate?
    ) -> Bool {
        var ok = true
        var previous: DatedValue?
        for e in list {
            let v = e.value
            if v.percent, !target.percent {
                error(v.at, "the target \(show(target)) is a count, so a '\(field)' value is a count, not \(show(v))")
                ok = false
            } else if target.percent, v.value > 100 {
                error(v.at, "\(show(v.value, percent: true)) is above 100%")
                ok = false
            } else if !target.percent, v.value > target.value {
                error(v.at, "\(show(v)) is above the target \(show(target))")
                ok = false
            } else if !target.percent, v.value != v.value.rounded() {
                error(v.at, "the target \(show(target)) is a count, so a '\(field)' value is a whole number")
                ok = false
            } else if field == "milestones", target.percent, v.value > target.value {
                error(v.at, "the milestone \(show(v.value, percent: true)) is above the target \(show(target))")
                ok = false
            }
            if let s = start, e.date < s {
                error(e.at, "\(e.date) is before the work was assigned (\(s), 'assigned' or the directive's 'issued')")
                ok = false
            }
            if let due, e.date > due {
                error(e.at, "the milestone \(e.date) is after the due date \(due)")
                ok = false
            }
            if let p = previous {
                if e.date <= p.date {
                    error(e.at, "'\(field)' entries go oldest first, one per date: \(e.date) comes after \(p.date)")
                    ok = false
                } else if field == "milestones", e.value.value <= p.value.value {
                    error(
                        e.at,
                        "milestone values rise: \(show(e.value)) on \(e.date) is not above \(show(p.value)) on \(p.date)"
                    )
                    ok = false
                }
            }
            previous = e
        }
        return ok
    }

    /// A number as written back in a message: `25`, `12.5`, `76%`.
    private func show(_ n: NumberAt) -> String { show(n.value, percent: n.percent) }

    private func show(_ value: Double, percent: Bool) -> String {
        let v = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        return percent ? v + "%" : v
    }
}

/// A date and where it was written.
struct DatedAt: Sendable {
    var date: CivilDate
    var at: SourceLocation
}
