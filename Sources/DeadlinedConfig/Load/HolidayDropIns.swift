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

extension LoadSession {
    /// Reads every holidays.d drop-in, in name order, into `settings.holidayDecisions`. Each file
    /// is listed in `files`, so the daemon reloads (and re-plans working-day deadlines) when one
    /// changes.
    func loadHolidayDropIns(_ main: String) {
        let pattern = HolidayDropIns.pattern(for: main)
        let paths: [String]
        switch source.glob(pattern) {
        case .success(let p): paths = p
        case .failure(let f):
            sessionError(
                SourceLocation(file: main, line: 1, column: 1),
                "cannot list the holiday decisions \(pattern): \(f.reason)")
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
                let l = FileDecoder(tape: t, file: path, limits: limits)
                for entry in l.decodeHolidayDecisions() {
                    let d = entry.decision
                    let key = "\(d.year) \(d.occasion.rawValue)"
                    if let first = decided[key] {
                        l.error(
                            entry.at,
                            "\(d.occasion.rawValue) \(d.year) is already decided at \(first.file):\(first.line)")
                        continue
                    }
                    decided[key] = entry.at
                    decisions.append(d)
                }
                diagnostics += l.diagnostics
                if !l.diagnostics.isEmpty { texts[path] = bytes }
            }
        }
        settings.holidayDecisions = decisions
    }
}
