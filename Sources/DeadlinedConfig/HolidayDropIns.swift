import DeadlinedCore

/// Holiday decisions newer than the build: `holidays.d/*.yaml` beside the main file, read
/// with the configuration (and watched with it), e.g.
///
/// ```yaml
/// decisions:
///   - year: 2027
///     occasion: tet            # new_year, tet, hung_kings, reunification_labour_day,
///                              # national_day, culture_day
///     off: [2027-02-04..2027-02-10]   # every day of the break: dates or FROM..THROUGH
///     swaps:                   # optional: a weekday off for a Saturday worked
///       - off: 2027-02-04
///         working: 2027-01-30
///     document: "Công văn số 1234/VPCP-KGVX ngày 1/12/2026"
/// ```
///
/// A decision replaces the built-in one for its year and occasion (or the rule-based default);
/// two drop-ins deciding the same year and occasion are an error.
enum HolidayDropIns {
    static let top: KeyTable = ["decisions"]
    static let decision: KeyTable = ["year", "occasion", "off", "swaps", "document"]
    static let swap: KeyTable = ["off", "working"]

    /// Whether a file holds nothing but blank lines and comments.
    static func onlyComments(_ bytes: [UInt8]) -> Bool {
        var lineStart = true
        var inComment = false
        for b in bytes {
            if b == 0x0A || b == 0x0D {
                lineStart = true
                inComment = false
            } else if inComment || b == 0x20 || b == 0x09 {
                continue
            } else if lineStart && b == 0x23 {
                inComment = true
            } else {
                return false
            }
        }
        return true
    }

    /// The drop-in files' pattern for a main configuration file.
    static func pattern(for main: String) -> String {
        guard let slash = main.lastIndex(of: "/") else { return "holidays.d/*.yaml" }
        return String(main[...slash]) + "holidays.d/*.yaml"
    }
}

extension ConfigLoader {
    /// Whether `path` is one of the holidays.d drop-ins of the main file `main`.
    public static func isHolidayDropIn(_ path: String, main: String) -> Bool {
        let pattern = HolidayDropIns.pattern(for: main)
        let dir = pattern.dropLast("*.yaml".count)
        return path.hasPrefix(dir) && path.hasSuffix(".yaml") && !path.dropFirst(dir.count).contains("/")
    }
}

extension Session {
    /// Reads every holidays.d drop-in, in name order, into `settings.holidayDecisions`. Each file
    /// is listed in `files`, so the daemon reloads (and re-plans working-day deadlines) when one
    /// changes.
    func loadHolidayDropIns(_ main: String) {
        let pattern = HolidayDropIns.pattern(for: main)
        let paths: [String]
        switch source.glob(pattern) {
        case .success(let p): paths = p
        case .failure(let f):
            sessionError(SourceLocation(file: main, line: 1, column: 1), "cannot list the holiday decisions \(pattern): \(f.reason)")
            return
        }
        var decided: [String: SourceLocation] = [:]
        var decisions: [HolidayDecision] = []
        for path in paths {
            files.append(path)
            let bytes: [UInt8]
            switch source.read(path, maxSize: limits.maxFileSize) {
            case .success(let b): bytes = b
            case .failure(let f):
                sessionDiagnostics.append(Diagnostic(.error, file: path, "cannot read holiday decisions: \(f.reason)"))
                continue
            }
            // Only comments (the shipped example): no decisions, not an error.
            if HolidayDropIns.onlyComments(bytes) { continue }
            switch YAMLTape.parse(bytes, file: path, limits: limits) {
            case .failure(let d):
                diagnostics.append(d)
                texts[path] = bytes
            case .success(let t):
                let l = Loading(limits: limits)
                for (d, at) in l.decodeHolidayDecisions(t, file: path) {
                    let key = "\(d.year) \(d.occasion.rawValue)"
                    if let first = decided[key] {
                        l.error(at, "\(d.occasion.rawValue) \(d.year) is already decided at \(first.file):\(first.line)")
                        continue
                    }
                    decided[key] = at
                    decisions.append(d)
                }
                diagnostics += l.diagnostics
                if !l.diagnostics.isEmpty { texts[path] = bytes }
            }
        }
        settings.holidayDecisions = decisions
    }
}

extension Loading {
    /// The decisions of one drop-in, each with where it was written.
    func decodeHolidayDecisions(_ t: YAMLTape, file: String) -> [(HolidayDecision, SourceLocation)] {
        guard let top = mapping(t, file, 0, what: "a holiday decisions file", allowed: HolidayDropIns.top) else { return [] }
        var out: [(HolidayDecision, SourceLocation)] = []
        for e in top {
            let v = t.resolved(e.value)
            guard t[v].kind == .sequence else {
                error(loc(t, file, e.value), "expected a list of decisions, found \(kindName(t, e.value))")
                continue
            }
            for c in t.children(v) {
                if let d = holidayDecision(t, file, c) { out.append((d, loc(t, file, c))) }
            }
        }
        return out
    }

    private func holidayDecision(_ t: YAMLTape, _ file: String, _ c: Int) -> HolidayDecision? {
        guard let fields = mapping(t, file, c, what: "a holiday decision", allowed: HolidayDropIns.decision) else { return nil }
        var year: Int?
        var occasion: HolidayOccasion?
        var off: [CivilDate]?
        var swaps: [HolidaySwap] = []
        var document: String?
        var bad = false
        for f in fields {
            switch f.key {
            case "year":
                guard let s = text(t, file, f.value, field: "year") else { bad = true; continue }
                guard let y = Int(s), (1900...9999).contains(y) else {
                    error(loc(t, file, f.value), "invalid year '\(s)'")
                    bad = true
                    continue
                }
                year = y
            case "occasion":
                guard let s = text(t, file, f.value, field: "occasion") else { bad = true; continue }
                guard let o = HolidayOccasion(rawValue: s) else {
                    var msg = "unknown occasion '\(s)'; expected one of \(HolidayData.occasionNames)"
                    if let near = Text.suggestion(for: s, among: HolidayOccasion.allCases.map(\.rawValue)) { msg += "; did you mean '\(near)'?" }
                    error(loc(t, file, f.value), msg)
                    bad = true
                    continue
                }
                occasion = o
            case "off":
                guard let list = textList(t, file, f.value, field: "off") else { bad = true; continue }
                var days: [CivilDate] = []
                for (s, at) in list {
                    if let d = dayRange(s, at: at) { days += d } else { bad = true }
                }
                off = days
            case "swaps":
                guard let s = holidaySwaps(t, file, f.value) else { bad = true; continue }
                swaps = s
            case "document":
                document = text(t, file, f.value, field: "document")
                if document == nil { bad = true }
            default:
                break
            }
        }
        let missing = ["year", "occasion", "off", "document"].filter { k in !fields.contains { $0.key == k } }
        if !missing.isEmpty {
            error(loc(t, file, c), "a holiday decision needs \(missing.map { "'\($0)'" }.joined(separator: ", "))")
            return nil
        }
        guard !bad, let year, let occasion, let off, let document else { return nil }
        let at = loc(t, file, c)
        let d = HolidayDecision(
            year: year, occasion: occasion, daysOff: off, swaps: swaps, source: document, origin: "\(file):\(at.line)")
        let problems = HolidayData.check(d)
        for p in problems { error(at, "holiday decision for \(occasion.rawValue) \(year): \(p)") }
        return problems.isEmpty ? d : nil
    }

    /// `[{off: DATE, working: DATE}]`.
    private func holidaySwaps(_ t: YAMLTape, _ file: String, _ i0: Int) -> [HolidaySwap]? {
        let i = t.resolved(i0)
        guard t[i].kind == .sequence else {
            error(loc(t, file, i0), "expected a list of swaps, found \(kindName(t, i0))")
            return nil
        }
        var out: [HolidaySwap] = []
        var ok = true
        for c in t.children(i) {
            guard let fields = mapping(t, file, c, what: "a swap", allowed: HolidayDropIns.swap) else {
                ok = false
                continue
            }
            var off: CivilDate?
            var working: CivilDate?
            for f in fields {
                if f.key == "off" { off = dayOnly(t, file, f.value, field: "off") }
                if f.key == "working" { working = dayOnly(t, file, f.value, field: "working") }
            }
            guard let off, let working else {
                if !fields.contains(where: { $0.key == "off" }) || !fields.contains(where: { $0.key == "working" }) {
                    error(loc(t, file, c), "a swap needs 'off' (the weekday given off) and 'working' (the Saturday worked)")
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
            case .success(let spec) where spec.kind == .day:
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
            error(at, "invalid range '\(s)': \(a > b ? "it ends before it starts" : "longer than \(HolidayData.longestRange) days")")
            return nil
        }
        return (a.dayNumber...b.dayNumber).map { CivilDate(dayNumber: $0) }
    }
}
