import DeadlinedCore

/// A holiday decision of a `holidays.d` drop-in, and where it was written.
struct DecisionAt {
    var decision: HolidayDecision
    var at: SourceLocation
}

/// The decisions of one `holidays.d/*.yaml` drop-in (see `HolidayDropIns` for the format).
extension FileDecoder {
    /// The decisions of one drop-in, each with where it was written.
    func decodeHolidayDecisions() -> [DecisionAt] {
        guard let top = mapping(0, what: "a holiday decisions file", allowed: HolidayDropIns.top) else { return [] }
        var out: [DecisionAt] = []
        for e in top {
            let v = tape.resolved(e.value)
            guard tape[v].kind == .sequence else {
                error(loc(e.value), "expected a list of decisions, found \(kindName(e.value))")
                continue
            }
            for c in tape.children(v) {
                if let d = holidayDecision(c) { out.append(DecisionAt(decision: d, at: loc(c))) }
            }
        }
        return out
    }

    private func holidayDecision(_ c: Int) -> HolidayDecision? {
        guard let fields = mapping(c, what: "a holiday decision", allowed: HolidayDropIns.decision) else { return nil }
        var year: Int?
        var occasion: HolidayOccasion?
        var off: [CivilDate]?
        var swaps: [HolidaySwap] = []
        var document: String?
        var bad = false
        for f in fields {
            switch f.key {
            case "year":
                guard let s = text(f.value, field: "year") else { bad = true; continue }
                guard let y = Int(s), (1900...9999).contains(y) else {
                    error(loc(f.value), "invalid year '\(s)'")
                    bad = true
                    continue
                }
                year = y
            case "occasion":
                guard let s = text(f.value, field: "occasion") else { bad = true; continue }
                guard let o = HolidayOccasion(rawValue: s) else {
                    var msg = "unknown occasion '\(s)'; expected one of \(HolidayData.occasionNames)"
                    if let near = Text.suggestion(for: s, among: HolidayOccasion.allCases.map(\.rawValue)) {
                        msg += "; did you mean '\(near)'?"
                    }
                    error(loc(f.value), msg)
                    bad = true
                    continue
                }
                occasion = o
            case "off":
                guard let list = textList(f.value, field: "off") else { bad = true; continue }
                var days: [CivilDate] = []
                for entry in list {
                    if let d = dayRange(entry.text, at: entry.at) { days += d } else { bad = true }
                }
                off = days
            case "swaps":
                guard let s = holidaySwaps(f.value) else { bad = true; continue }
                swaps = s
            case "document":
                document = text(f.value, field: "document")
                if document == nil { bad = true }
            default:
                break
            }
        }
        let missing = ["year", "occasion", "off", "document"].filter { k in !fields.contains { $0.key == k } }
        if !missing.isEmpty {
            error(loc(c), "a holiday decision needs \(missing.map { "'\($0)'" }.joined(separator: ", "))")
            return nil
        }
        guard !bad, let year, let occasion, let off, let document else { return nil }
        let at = loc(c)
        let d = HolidayDecision(
            year: year, occasion: occasion, daysOff: off, swaps: swaps, source: document, origin: "\(file):\(at.line)")
        let problems = HolidayData.check(d)
        for p in problems { error(at, "holiday decision for \(occasion.rawValue) \(year): \(p)") }
        return problems.isEmpty ? d : nil
    }

    /// `[{off: DATE, working: DATE}]`.
    private func holidaySwaps(_ i0: Int) -> [HolidaySwap]? {
        let i = tape.resolved(i0)
        guard tape[i].kind == .sequence else {
            error(loc(i0), "expected a list of swaps, found \(kindName(i0))")
            return nil
        }
        var out: [HolidaySwap] = []
        var ok = true
        for c in tape.children(i) {
            guard let fields = mapping(c, what: "a swap", allowed: HolidayDropIns.swap) else {
                ok = false
                continue
            }
            var off: CivilDate?
            var working: CivilDate?
            for f in fields {
                if f.key == "off" { off = dayOnly(f.value, field: "off") }
                if f.key == "working" { working = dayOnly(f.value, field: "working") }
            }
            guard let off, let working else {
                if !fields.contains(where: { $0.key == "off" }) || !fields.contains(where: { $0.key == "working" }) {
                    error(loc(c), "a swap needs 'off' (the weekday given off) and 'working' (the Saturday worked)")
                }
                ok = false
                continue
            }
            out.append(HolidaySwap(dayOff: off, workingDay: working))
        }
        return ok ? out : nil
    }

    /// A day (any day form of the due grammar) or `FROM..THROUGH`.
    private func dayRange(_ s: String, at: SourceLocation) -> [CivilDate]? {
        func day(_ part: String) -> CivilDate? {
            switch DueGrammar.parse(String(part.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())) {
            case .success(let spec) where spec.kind == .day && spec.part == .exact:
                return spec.date
            case .success:
                error(at, "'off' takes days such as 2027-02-04 or 4/2/2027, not '\(part)'")
            case .failure(let e):
                error(at, "invalid date for 'off': \(e.message)")
            }
            return nil
        }
        guard let dots = s.range(of: "..") else { return day(s).map { [$0] } }
        guard let a = day(String(s[..<dots.lowerBound])), let b = day(String(s[dots.upperBound...])) else { return nil }
        guard a <= b, b.dayNumber - a.dayNumber < HolidayData.longestRange else {
            error(
                at,
                "invalid range '\(s)': \(a > b ? "it ends before it starts" : "longer than \(HolidayData.longestRange) days")"
            )
            return nil
        }
        return (a.dayNumber...b.dayNumber).map { CivilDate(dayNumber: $0) }
    }
}
