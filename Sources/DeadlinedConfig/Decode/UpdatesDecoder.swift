import DeadlinedCore

/// An update as read, with its texts parsed: the instant it was recorded and what it sets.
struct UpdateSpec: Sendable {
    var update: Update
    /// `at`, in Unix seconds.
    var instant: Int64
    var status: Status?
    var completed: DueSpec?
    /// For a progress update: the value, whether it was given as a percentage, and its day
    /// (nil: the day of `instant`).
    var progress: (value: Double, percent: Bool)?
    var on: CivilDate?
    var at: SourceLocation
}

extension FileDecoder {
    /// The updates file: `updates: [{id, at, by, status | completed | progress, on, note}]`.
    /// Every entry must be whole: a damaged one is an error at its line, never skipped.
    func decodeUpdates() -> [UpdateSpec] {
        guard let entries = mapping(0, what: "the updates file", allowed: ["updates"]) else { return [] }
        var out: [UpdateSpec] = []
        for e in entries {
            let v = tape.resolved(e.value)
            guard tape[v].kind == .sequence else {
                error(loc(e.value), "expected a list of updates, found \(kindName(e.value))")
                continue
            }
            for c in tape.children(v) {
                if let u = decodeUpdate(c) { out.append(u) }
            }
        }
        return out
    }

    private func decodeUpdate(_ c: Int) -> UpdateSpec? {
        let keys: KeyTable = ["id", "at", "by", "status", "completed", "progress", "on", "note"]
        guard let fields = mapping(c, what: "an update", allowed: keys) else { return nil }
        var id: String?, atText: String?, instant: Int64?, by: String?, note: String?, on: DueText?
        var progress: (value: Double, percent: Bool)?
        var changes: [(Update.Change, Status?, DueSpec?)] = []
        for f in fields {
            switch f.key {
            case "id": id = text(f.value, field: "id")
            case "at":
                guard let s = text(f.value, field: "at") else { continue }
                guard let t = parseISOInstant(s) else {
                    error(loc(f.value), "invalid time for 'at': '\(s)' is not of the form 2024-06-30T10:15:00+07:00")
                    continue
                }
                atText = s
                instant = t
            case "by": by = text(f.value, field: "by")
            case "note": note = text(f.value, field: "note")
            case "on":
                guard let d = due(f.value, field: "on") else { continue }
                guard d.spec.kind == .day else {
                    error(loc(f.value), "invalid date for 'on': '\(d.text)' is not one day")
                    continue
                }
                on = d
            case "status":
                guard let s = text(f.value, field: "status") else { continue }
                guard let st = Status(parsing: s) else {
                    error(
                        loc(f.value), "unknown status '\(s)'; use one of: \(Status.spellings.joined(separator: ", "))")
                    continue
                }
                changes.append((.status(s), st, nil))
            case "completed":
                guard let d = due(f.value, field: "completed") else { continue }
                changes.append((.completed(d.text), .done, d.spec))
            case "progress":
                guard let s = text(f.value, field: "progress") else { continue }
                guard let p = progressValue(s) else {
                    error(loc(f.value), "invalid value for 'progress': '\(s)' is not a number such as 14 or 76%")
                    continue
                }
                progress = p
                changes.append((.progress(s, on: nil), nil, nil))
            default: break
            }
        }
        guard let id, let atText, let instant else {
            if !fields.contains(where: { $0.key == "id" }) || !fields.contains(where: { $0.key == "at" }) {
                error(loc(c), "an update needs 'id' and 'at'")
            }
            return nil
        }
        guard changes.count == 1, var change = changes.first else {
            if changes.isEmpty, !fields.contains(where: { ["status", "completed", "progress"].contains($0.key) }) {
                error(loc(c), "an update needs one of 'status', 'completed' or 'progress'")
            } else if changes.count > 1 {
                error(loc(c), "an update sets one of 'status', 'completed' or 'progress', not several")
            }
            return nil
        }
        if case .progress(let v, _) = change.0 { change.0 = .progress(v, on: on?.text) }
        return UpdateSpec(
            update: Update(id: id, at: atText, by: by, change: change.0, note: note), instant: instant,
            status: change.1, completed: change.2, progress: progress, on: on?.spec.date, at: loc(c))
    }
}

/// A count or a percentage as `progress` takes it: `14`, `14.5`, `14,5`, `76%`; nil otherwise.
public func progressValue(_ text: String) -> (value: Double, percent: Bool)? {
    var s = Substring(text)
    while s.first == " " { s = s.dropFirst() }
    while s.last == " " { s = s.dropLast() }
    let percent = s.hasSuffix("%")
    if percent {
        s = s.dropLast()
        while s.last == " " { s = s.dropLast() }
    }
    let digits = String(s.map { $0 == "," ? "." : $0 })
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
        digits.filter({ $0 == "." }).count <= 1, digits.first != ".", digits.last != ".",
        let v = Double(digits)
    else { return nil }
    return (v, percent)
}

/// `2024-06-30T10:15:00+07:00` (or `...Z`) in Unix seconds; nil for anything else.
public func parseISOInstant(_ text: String) -> Int64? {
    let b = Array(text.utf8)
    func num(_ from: Int, _ count: Int) -> Int? {
        guard from + count <= b.count else { return nil }
        var v = 0
        for c in b[from..<from + count] {
            guard c >= 0x30, c <= 0x39 else { return nil }
            v = v * 10 + Int(c - 0x30)
        }
        return v
    }
    guard b.count == 20 || b.count == 25, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A,
        let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2), let mi = num(14, 2),
        let s = num(17, 2), h < 24, mi < 60, s < 60, let date = CivilDate.valid(year: y, month: mo, day: d)
    else { return nil }
    var offset = 0
    if b.count == 20 {
        guard b[19] == 0x5A else { return nil }
    } else {
        guard b[19] == 0x2B || b[19] == 0x2D, b[22] == 0x3A, let oh = num(20, 2), let om = num(23, 2), oh < 24, om < 60
        else { return nil }
        offset = (oh * 3600 + om * 60) * (b[19] == 0x2D ? -1 : 1)
    }
    return Int64(date.dayNumber) * 86400 + Int64(h * 3600 + mi * 60 + s - offset)
}
