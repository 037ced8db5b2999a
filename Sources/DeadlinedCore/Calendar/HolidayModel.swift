/// The occasions whose days off are decided each year (Ngày Văn hóa Việt Nam from 2026).
/// The raw value is the name the data file and holidays.d drop-ins use.
public enum HolidayOccasion: String, Sendable, CaseIterable, Hashable {
    case newYear = "new_year"
    case tet
    case hungKings = "hung_kings"
    case reunificationAndLabourDay = "reunification_labour_day"
    case nationalDay = "national_day"
    /// Ngày Văn hóa Việt Nam, 24/11: Politburo Resolution 80-NQ/TW (January 2026), Government
    /// Resolution 30/NQ-CP (February 2026) on amending Labour Code art. 112(1).
    case cultureDay = "culture_day"

    /// The first year the occasion is a holiday.
    public var since: Int { self == .cultureDay ? 2026 : Int.min }

    /// The occasions that are holidays in `year`.
    public static func occasions(in year: Int) -> [HolidayOccasion] { allCases.filter { year >= $0.since } }

    public var vi: String {
        switch self {
        case .newYear: return "Tết Dương lịch"
        case .tet: return "Tết Nguyên đán"
        case .hungKings: return "Giỗ Tổ Hùng Vương"
        case .reunificationAndLabourDay: return "lễ 30/4 và 1/5"
        case .nationalDay: return "Quốc khánh"
        case .cultureDay: return "Ngày Văn hóa Việt Nam"
        }
    }

    public var en: String {
        switch self {
        case .newYear: return "New Year's Day"
        case .tet: return "Lunar New Year (Tết)"
        case .hungKings: return "Hùng Kings' Commemoration"
        case .reunificationAndLabourDay: return "30 April and 1 May"
        case .nationalDay: return "National Day"
        case .cultureDay: return "Vietnam Culture Day"
        }
    }
}

/// How a year's days off were obtained.
public enum YearStatus: String, Sendable, Equatable {
    /// Every occasion follows a decision in the data table.
    case decided
    /// Some occasions follow a decision, the others the rule-based default.
    case partlyDecided = "partly decided"
    /// No decision known: the rules of the Labour Code alone.
    case ruleBased = "expected: rule-based default"
}

/// A weekday made a day off in exchange for a weekend day made a working day.
public struct HolidaySwap: Sendable, Equatable, Hashable {
    public let dayOff: CivilDate
    public let workingDay: CivilDate

    public init(dayOff: CivilDate, workingDay: CivilDate) {
        self.dayOff = dayOff
        self.workingDay = workingDay
    }
}

/// The days off decided for one occasion of one year.
public struct HolidayDecision: Sendable, Equatable {
    public let year: Int
    public let occasion: HolidayOccasion
    /// Every day of the announced break(s), weekends included or not (only weekdays matter);
    /// swapped days off included.
    public let daysOff: [CivilDate]
    public let swaps: [HolidaySwap]
    /// The announcement, for people to check against.
    public let source: String
    /// Where the decision was read when it is not built in ("holidays.d/2027.yaml:3"); nil for
    /// the built-in table.
    public let origin: String?

    public init(
        year: Int, occasion: HolidayOccasion, daysOff: [CivilDate], swaps: [HolidaySwap] = [], source: String,
        origin: String? = nil
    ) {
        self.year = year
        self.occasion = occasion
        self.daysOff = daysOff
        self.swaps = swaps
        self.source = source
        self.origin = origin
    }
}

/// A user's addition: a day off or a working day, with an optional note shown as its reason.
public struct HolidayOverride: Sendable, Equatable {
    public let date: CivilDate
    public let note: String

    public init(date: CivilDate, note: String = "") {
        self.date = date
        self.note = note
    }
}

/// One exception to "Monday to Friday".
public struct CalendarDay: Sendable, Equatable {
    public enum Kind: Sendable, Equatable, Hashable {
        /// A public holiday on a weekday (for Tết: every weekday of the decided break).
        case holiday
        /// Nghỉ bù: in lieu of a holiday that fell on a weekend.
        case compensatory(for: CivilDate)
        /// A weekday off in exchange for a weekend working day.
        case swappedDayOff(workingDay: CivilDate)
        /// A weekend day worked in exchange for a weekday off.
        case swappedWorkingDay(dayOff: CivilDate)
        /// A user's extra day off.
        case extraDayOff(note: String)
        /// A user's extra working day.
        case extraWorkingDay(note: String)
    }

    public let date: CivilDate
    public let kind: Kind
    public let occasion: HolidayOccasion?
    /// The day comes from the rule-based default, not from a decision: expected (dự kiến).
    public let expected: Bool

    public init(date: CivilDate, kind: Kind, occasion: HolidayOccasion?, expected: Bool = false) {
        self.date = date
        self.kind = kind
        self.occasion = occasion
        self.expected = expected
    }

    public var isWorkingDay: Bool {
        switch kind {
        case .swappedWorkingDay, .extraWorkingDay: return true
        default: return false
        }
    }

    /// The reason, in Vietnamese.
    public var vi: String { texts.vi }
    /// The reason, in English.
    public var en: String { texts.en }

    private var texts: (vi: String, en: String) {
        let occVi = occasion?.vi ?? ""
        let occEn = occasion?.en ?? ""
        switch kind {
        case .holiday:
            return HolidayCalendar.holidayName(date, occasion ?? .newYear)
        case .compensatory(let h):
            let (vi, en) = HolidayCalendar.holidayName(h, occasion ?? .newYear)
            return ("Nghỉ bù: \(vi) rơi vào \(Weekday.vi(h)) \(h)", "In lieu of \(en), on \(Weekday.en(h)) \(h)")
        case .swappedDayOff(let w):
            return (
                "Nghỉ hoán đổi dịp \(occVi), làm bù \(Weekday.vi(w)) \(w)",
                "Day off for \(occEn), swapped with working \(Weekday.en(w)) \(w)"
            )
        case .swappedWorkingDay(let o):
            return (
                "Làm bù cho ngày nghỉ \(Weekday.vi(o)) \(o) (\(occVi))",
                "Working day in exchange for \(Weekday.en(o)) \(o) off (\(occEn))"
            )
        case .extraDayOff(let note):
            return note.isEmpty
                ? ("Ngày nghỉ bổ sung (cấu hình)", "Extra day off (configuration)")
                : ("Ngày nghỉ bổ sung: \(note)", "Extra day off: \(note)")
        case .extraWorkingDay(let note):
            let was = occasion.map { " (thay vì nghỉ \($0.vi))" } ?? ""
            let wasEn = occasion.map { " (instead of a day off for \($0.en))" } ?? ""
            return note.isEmpty
                ? ("Ngày làm việc bổ sung (cấu hình)\(was)", "Extra working day (configuration)\(wasEn)")
                : ("Ngày làm việc bổ sung: \(note)\(was)", "Extra working day: \(note)\(wasEn)")
        }
    }
}

enum Weekday {
    static func vi(_ d: CivilDate) -> String {
        ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"][d.isoWeekday - 1]
    }

    static func en(_ d: CivilDate) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d.isoWeekday - 1]
    }
}
