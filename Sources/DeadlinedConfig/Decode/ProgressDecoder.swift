import DeadlinedCore

/// `target`, `unit`, `progress` and `milestones` of an assignment: read one by one into
/// `MeasureFields`, then checked together against the start and the due date.
struct MeasureFields {
    var target: NumberAt?
    var unit: TextAt?
    var progress: [DatedValue]?
    var milestones: [DatedValue]?
    /// Where `progress` or `milestones` was given, for "needs a target".
    var listAt: SourceLocation?

    var isEmpty: Bool { target == nil && unit == nil && progress == nil && milestones == nil }
}

/// A number as written (`25`, `76%`, `12,5`), whether it had a percent sign, and where.
struct NumberAt {
    var value: Double
    var percent: Bool
    var at: SourceLocation
}

/// One entry of `progress` (`on`) or `milestones` (`by`).
struct DatedValue {
    var date: CivilDate
    var value: NumberAt
    var at: SourceLocation
}

extension FileDecoder {
    /// Reads one of the four keys into `a.measure`; a wrong value marks the assignment broken.
    func readMeasureField(_ key: AssignmentKey, _ v: Int, into a: inout AssignmentFields) {
        switch key {
        case .target:
            a.measure.target = number(v, field: "target")
            if a.measure.target == nil { a.broken = true }
        case .unit:
            if let s = text(v, field: "unit") { a.measure.unit = TextAt(text: s, at: loc(v)) } else { a.broken = true }
        case .progress, .milestones:
            let isProgress = key == .progress
            a.measure.listAt = a.measure.listAt ?? loc(v)
            let list = datedValues(v, field: key.name, dateKey: isProgress ? "on" : "by")
            if list == nil { a.broken = true }
            if isProgress { a.measure.progress = list } else { a.measure.milestones = list }
        default:
            break
        }
    }

    /// A non-negative number, with an optional `%` after it and a decimal comma or point.
    func number(_ i0: Int, field: String) -> NumberAt? {
        guard let s = text(i0, field: field) else { return nil }
        var t = s.trimmingWhitespace()
        let percent = t.hasSuffix("%")
        if percent { t = String(t.dropLast()).trimmingWhitespace() }
        t = String(t.map { $0 == "," ? "." : $0 })
        if t.first == "-", Double(t) != nil {
            error(loc(i0), "'\(field)' must not be negative, found '\(s)'")
            return nil
        }
        guard let v = Double(t), v.isFinite, t.first.map({ $0.isNumber }) == true else {
            error(loc(i0), "expected a number for '\(field)' such as 25 or 76%, found '\(s)'")
            return nil
        }
        return NumberAt(value: v, percent: percent, at: loc(i0))
    }

    /// A list of `{on|by: date, value: number}`.
    private func datedValues(_ i0: Int, field: String, dateKey: String) -> [DatedValue]? {
        let i = tape.resolved(i0)
        guard tape[i].kind == .sequence else {
            error(loc(i0), "expected a list for '\(field)' such as '- {\(dateKey): 30/6/2024, value: 14}'")
            return nil
        }
        let keys: KeyTable = dateKey == "on" ? Keys.progressEntry : Keys.milestone
        var out: [DatedValue] = []
        var ok = true
        for c in tape.children(i) {
            guard let entries = mapping(c, what: "an entry of '\(field)'", allowed: keys) else {
                ok = false
                continue
            }
            var date: CivilDate?
            var value: NumberAt?
            for e in entries {
                if e.key == dateKey {
                    date = dayOnly(e.value, field: dateKey)
                    if date == nil { ok = false }
                } else {
                    value = number(e.value, field: "value")
                    if value == nil { ok = false }
                }
            }
            guard let date, let value else {
                if ok { error(loc(c), "an entry of '\(field)' needs '\(dateKey)' and 'value'") }
                ok = false
                continue
            }
            out.append(DatedValue(date: date, value: value, at: loc(c)))
        }
        return ok ? out : nil
    }
}
