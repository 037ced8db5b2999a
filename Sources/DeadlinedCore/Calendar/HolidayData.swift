/// Holiday decisions written as data: the table built into deadlined (data/holidays.tsv,
/// compiled in as `BuiltInHolidayData.tsv`) and the pieces the holidays.d drop-ins share with
/// it (dates, day ranges, and the checks every decision must pass).
///
/// The table: one decision per line, `#` comments and blank lines ignored, five fields
/// separated by tabs: year, occasion (`HolidayOccasion`'s raw value), the days off (dates
/// `YYYY-MM-DD` or ranges `YYYY-MM-DD..YYYY-MM-DD`, separated by commas), the swaps (`-`, or
/// `OFF>WORKING` pairs separated by commas) and the source.
public enum HolidayData {
    /// A problem in a table, at a 1-based line and column.
    public struct Problem: Error, Sendable, Equatable {
        public let line: Int
        public let column: Int
        public let message: String
    }

    /// The longest range a decision may give (a break of more than a month is a typo).
    public static let longestRange = 31

    /// The decisions of a table, and its problems. A line with a problem is left out.
    // Long: one pass over the lines, each field checked where its column is known.
    public static func parseTable(_ text: String) -> (decisions: [HolidayDecision], problems: [Problem]) {
        var decisions: [HolidayDecision] = []
        var problems: [Problem] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.first == "#" { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            // The column (1-based, in characters) where each field starts.
            var columns: [Int] = []
            var c = 1
            for f in fields {
                columns.append(c)
                c += f.count + 1
            }
            func problem(_ field: Int, _ message: String) {
                problems.append(
                    Problem(line: n + 1, column: columns[Swift.min(field, columns.count - 1)], message: message))
            }
            guard fields.count == 5 else {
                problem(
                    0, "expected 5 fields separated by tabs (year, occasion, off, swaps, source), found \(fields.count)"
                )
                continue
            }
            guard let year = Int(fields[0]), (1900...9999).contains(year) else {
                problem(0, "invalid year '\(fields[0])'")
                continue
            }
            guard let occasion = HolidayOccasion(rawValue: String(fields[1])) else {
                problem(1, "unknown occasion '\(fields[1])'; expected one of \(occasionNames)")
                continue
            }
            var off: [CivilDate] = []
            var bad = false
            for item in fields[2].split(separator: ",") {
                switch days(item.trimmingSpaces) {
                case .success(let d): off += d
                case .failure(let e):
                    problem(2, e.message)
                    bad = true
                }
            }
            var swaps: [HolidaySwap] = []
            if fields[3] != "-" {
                for item in fields[3].split(separator: ",") {
                    let pair = item.split(separator: ">")
                    guard pair.count == 2, let o = date(pair[0].trimmingSpaces), let w = date(pair[1].trimmingSpaces)
                    else {
                        problem(3, "invalid swap '\(item)': expected OFF>WORKING, two dates YYYY-MM-DD")
                        bad = true
                        continue
                    }
                    swaps.append(HolidaySwap(dayOff: o, workingDay: w))
                }
            }
            let source = String(fields[4]).trimmingSpaces
            if source.isEmpty {
                problem(4, "the source is empty")
                bad = true
            }
            if bad { continue }
            let decision = HolidayDecision(year: year, occasion: occasion, daysOff: off, swaps: swaps, source: source)
            let issues = check(decision)
            for m in issues { problem(2, m) }
            if issues.isEmpty { decisions.append(decision) }
        }
        return (decisions, problems)
    }

    /// The occasions' names, for messages.
    public static var occasionNames: String { HolidayOccasion.allCases.map(\.rawValue).joined(separator: ", ") }

    /// A date written `YYYY-MM-DD`, or nil.
    public static func date<S: StringProtocol>(_ s: S) -> CivilDate? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        return CivilDate.valid(year: y, month: m, day: d)
    }

    /// The days of `YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD` (both ends included).
    public static func days<S: StringProtocol>(_ s: S) -> Result<[CivilDate], Problem> {
        func fail(_ m: String) -> Result<[CivilDate], Problem> { .failure(Problem(line: 0, column: 0, message: m)) }
        let text = String(s)
        guard let dots = text.range(of: "..") else {
            guard let d = date(text) else {
                return fail("invalid date '\(text)': expected YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD")
            }
            return .success([d])
        }
        guard let a = date(text[..<dots.lowerBound]), let b = date(text[dots.upperBound...]) else {
            return fail("invalid range '\(text)': expected YYYY-MM-DD..YYYY-MM-DD")
        }
        guard a <= b else { return fail("invalid range '\(text)': it ends before it starts") }
        guard b.dayNumber - a.dayNumber < longestRange else {
            return fail("invalid range '\(text)': longer than \(longestRange) days")
        }
        return .success((a.dayNumber...b.dayNumber).map { CivilDate(dayNumber: $0) })
    }

    /// What is wrong with a decision wherever it comes from, as messages (empty: nothing).
    public static func check(_ d: HolidayDecision) -> [String] {
        var out: [String] = []
        if d.year < d.occasion.since {
            out.append("\(d.occasion.rawValue) is a holiday only from \(d.occasion.since)")
        }
        // New Year's break may start in late December; every other break is within its year.
        for day in d.daysOff + d.swaps.flatMap({ [$0.dayOff, $0.workingDay] })
        where abs(day.dayNumber - CivilDate(year: d.year, month: 7, day: 1).dayNumber) > 200 {
            out.append("\(day.iso) is not in or next to \(d.year)")
        }
        for s in d.swaps {
            if s.workingDay.isoWeekday <= 5 {
                out.append(
                    "the swap's working day \(s.workingDay.iso) is a \(Weekday.en(s.workingDay)), not a Saturday or Sunday"
                )
            }
            if s.dayOff.isoWeekday >= 6 {
                out.append("the swap's day off \(s.dayOff.iso) is a \(Weekday.en(s.dayOff)), not a weekday")
            }
            if !d.daysOff.contains(s.dayOff) {
                out.append("the swap's day off \(s.dayOff.iso) is not among the days off")
            }
        }
        if d.daysOff.isEmpty {
            out.append("no days off")
        } else if !d.daysOff.contains(where: { $0.isoWeekday <= 5 }) {
            out.append("no weekday among the days off: the decision changes nothing")
        }
        return out
    }
}

extension HolidayCalendar {
    /// The decisions built into deadlined: data/holidays.tsv, compiled in. Its problems are
    /// caught by a test, never at run time (a bad line would be left out).
    public static let builtInDecisions: [HolidayDecision] = HolidayData.parseTable(BuiltInHolidayData.tsv).decisions
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
