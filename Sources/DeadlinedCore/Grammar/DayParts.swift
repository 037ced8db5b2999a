/// A part of a month or of a day written where a date or a time is expected: `đầu tháng 8/2024`,
/// `giữa tháng 8/2024`, `sáng 6/9/2023`, `chiều 6/9/2023`.
public enum DuePart: UInt8, Sendable, Hashable {
    case exact
    /// `đầu tháng`: by day `DayParts.earlyMonthDay` of the month.
    case earlyMonth
    /// `giữa tháng`: by day `DayParts.midMonthDay` of the month.
    case midMonth
    /// `sáng`: by `DayParts.morningEnds` of the day.
    case morning
    /// `chiều`: by `DayParts.afternoonEnds` of the day.
    case afternoon

    /// A part of a month stands for a day nobody wrote: `check` says so.
    public var isApproximateDay: Bool { self == .earlyMonth || self == .midMonth }
}

/// Where the parts of a month and of a day end, from `settings` (`early_month_day`,
/// `mid_month_day`, `morning_ends`, `afternoon_ends`).
public struct DayParts: Sendable, Equatable {
    /// The day of the month `đầu tháng` means, and `giữa tháng`.
    public var earlyMonthDay = 10
    public var midMonthDay = 20
    /// Seconds after midnight at which `sáng` (morning) and `chiều` (afternoon) end.
    public var morningEnds = 12 * 3600
    public var afternoonEnds = 17 * 3600

    public init() {}

    /// The days of the month a setting may name: every month has them.
    public static let monthDays = 1...28

    /// The spec with its part placed by these settings; an exact spec unchanged.
    public func resolve(_ spec: DueSpec) -> DueSpec {
        var s = spec
        switch spec.part {
        case .exact:
            return spec
        case .earlyMonth:
            s.date = CivilDate(year: spec.date.year, month: spec.date.month, day: earlyMonthDay)
        case .midMonth:
            s.date = CivilDate(year: spec.date.year, month: spec.date.month, day: midMonthDay)
        case .morning, .afternoon:
            let t = spec.part == .morning ? morningEnds : afternoonEnds
            s.hour = t / 3600
            s.minute = t % 3600 / 60
            s.second = 0
        }
        return s
    }
}
