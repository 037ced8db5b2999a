import Foundation

/// A duty that recurs ("báo cáo hằng tháng"): one occurrence per period, each due on a given
/// day of its period. Pure: the caller says how far ahead to go.
public struct Recurrence: Sendable, Equatable {
    public enum Period: String, Sendable, CaseIterable {
        case week, month, quarter, halfYear = "half_year", year

        /// How many months the period holds (0 for a week).
        public var months: Int {
            switch self {
            case .week: return 0
            case .month: return 1
            case .quarter: return 3
            case .halfYear: return 6
            case .year: return 12
            }
        }

        /// Vietnamese, for due texts: "hằng tháng".
        public var vietnamese: String {
            switch self {
            case .week: return "hằng tuần"
            case .month: return "hằng tháng"
            case .quarter: return "hằng quý"
            case .halfYear: return "6 tháng một lần"
            case .year: return "hằng năm"
            }
        }
    }

    /// Which day of each period the occurrence is due.
    public enum Day: Sendable, Equatable {
        /// The n-th day of the period (1 = its first day); past the period's end, its last day
        /// (day 31 of February is 28/2 or 29/2).
        case nth(Int)
        /// ISO weekday, Monday = 1 ... Sunday = 7 (weekly duties).
        case weekday(Int)
        case last
        /// Day `day` (nil: the last) of the period's `month`-th month (nil: its last month),
        /// `day: 20/3` or `20/last`: "ngày 20 của tháng cuối quý". Past the month's end, its
        /// last day.
        case monthDay(day: Int?, month: Int?)
    }

    public var every: Period
    public var day: Day
    /// The first period is the one containing `starts`.
    public var starts: CivilDate
    /// The last period is the one containing `until`, if given.
    public var until: CivilDate?
    /// Occurrences due on or before the end of the period containing this day are done.
    public var doneThrough: CivilDate?

    public init(every: Period, day: Day, starts: CivilDate, until: CivilDate? = nil, doneThrough: CivilDate? = nil) {
        self.every = every
        self.day = day
        self.starts = starts
        self.until = until
        self.doneThrough = doneThrough
    }

    public struct Occurrence: Sendable, Equatable {
        /// Names the period in item ids: `2024-05`, `2024-Q2`, `2024-H1`, `2024`, `2024-W19`.
        public var key: String
        public var due: CivilDate
        public var done: Bool
    }

    /// The first and last day of the period containing `d`.
    public func period(containing d: CivilDate) -> (first: CivilDate, last: CivilDate) {
        switch every {
        case .week:
            let first = d.adding(days: -(d.isoWeekday - 1))
            return (first, first.adding(days: 6))
        case .month:
            return (
                CivilDate(year: d.year, month: d.month, day: 1),
                CivilDate(year: d.year, month: d.month, day: CivilDate.daysIn(month: d.month, year: d.year))
            )
        case .quarter:
            let m = (d.month - 1) / 3 * 3 + 1
            return (
                CivilDate(year: d.year, month: m, day: 1),
                CivilDate(year: d.year, month: m + 2, day: CivilDate.daysIn(month: m + 2, year: d.year))
            )
        case .halfYear:
            let m = d.month <= 6 ? 1 : 7
            return (
                CivilDate(year: d.year, month: m, day: 1),
                CivilDate(year: d.year, month: m + 5, day: CivilDate.daysIn(month: m + 5, year: d.year))
            )
        case .year:
            return (CivilDate(year: d.year, month: 1, day: 1), CivilDate(year: d.year, month: 12, day: 31))
        }
    }

    func key(of first: CivilDate) -> String {
        func p(_ n: Int) -> String { digits(n, 2) }
        switch every {
        case .week:
            // ISO week-numbering year and week of the Monday's Thursday.
            let thursday = first.adding(days: 3)
            let jan1 = CivilDate(year: thursday.year, month: 1, day: 1)
            let week = (thursday.dayNumber - jan1.dayNumber) / 7 + 1
            return "\(thursday.year)-W\(p(week))"
        case .month: return "\(first.year)-\(p(first.month))"
        case .quarter: return "\(first.year)-Q\((first.month - 1) / 3 + 1)"
        case .halfYear: return "\(first.year)-H\(first.month <= 6 ? 1 : 2)"
        case .year: return "\(first.year)"
        }
    }

    func dueDay(first: CivilDate, last: CivilDate) -> CivilDate {
        switch day {
        case .last: return last
        case .nth(let n): return min(first.adding(days: max(n, 1) - 1), last)
        case .weekday(let w): return every == .week ? first.adding(days: min(max(w, 1), 7) - 1) : last
        case .monthDay(let d, let m):
            // Periods of months never cross a year: the month is in `first`'s year.
            let months = every.months
            guard months > 0 else { return last }
            let month = first.month + min(max(m ?? months, 1), months) - 1
            let days = CivilDate.daysIn(month: month, year: first.year)
            return CivilDate(year: first.year, month: month, day: min(max(d ?? days, 1), days))
        }
    }

    /// Every occurrence from the first period through the one containing `until`, or through
    /// `horizon` when the duty has no end; at most `limit` of them.
    public func occurrences(through horizon: CivilDate, limit: Int = 10_000) -> [Occurrence] {
        let end = until.map { Swift.min($0, horizon) } ?? horizon
        let doneEnd = doneThrough.map { period(containing: $0).last }
        var out: [Occurrence] = []
        var cursor = period(containing: starts)
        while cursor.first <= end, out.count < limit {
            let due = dueDay(first: cursor.first, last: cursor.last)
            out.append(Occurrence(key: key(of: cursor.first), due: due, done: doneEnd.map { due <= $0 } ?? false))
            cursor = period(containing: cursor.last.adding(days: 1))
        }
        return out
    }
}

extension Recurrence {
    /// `hằng tháng`, `tháng`, `quý`... folded (no diacritics).
    public static func vietnamesePeriod(_ folded: String) -> Period? {
        switch folded.replacingOccurrences(of: "hang ", with: "") {
        case "tuan": return .week
        case "thang": return .month
        case "quy": return .quarter
        case "6 thang", "nua nam": return .halfYear
        case "nam": return .year
        default: return nil
        }
    }
}

extension String {
    /// `half year` and `half-year` as `half_year`.
    public func replacingSpaces() -> String {
        String(map { $0 == " " || $0 == "-" ? "_" : $0 })
    }
}
