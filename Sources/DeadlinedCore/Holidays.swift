/// Public holidays in Vietnam and the working days they leave, for the five-day week of state
/// agencies (cán bộ, công chức, viên chức: Saturday and Sunday off).
///
/// Rules (Labour Code 2019, Bộ luật Lao động số 45/2019/QH14, from 1/1/2021):
/// - art. 112(1): 1/1; Tết Nguyên đán 5 days; Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5;
///   Quốc khánh 2/9 and one day before or after it.
/// - art. 111(3): a holiday falling on the weekly rest day gives a compensatory day off (nghỉ
///   bù) on the next working day.
/// - For 2013-2020 the Labour Code 2012 (art. 115) applies: the same, but Quốc khánh is 2/9 only.
///   Earlier years are computed with the 2012 rules too, which is an approximation (Tết was 4
///   days, Giỗ Tổ a holiday only from 2007, Saturday a working day until 1999).
///
/// Every year the Prime Minister (through the Government Office, VPCP) or the Ministry of
/// Labour (MOLISA, from 2025 the Ministry of Home Affairs) fixes which days are actually off,
/// and may swap a weekday for a Saturday (hoán đổi ngày làm việc). Those decisions are the
/// `builtInDecisions` table below; an occasion not in it gets the rule-based default:
/// - Tết: the last day of the lunar year (29 or 30 tháng Chạp) and mùng 1 to mùng 4. The
///   decisions so far chose 1 or 2 days before Tết and 3 or 4 after; this default is the split
///   the Ministry's proposals use most (for 2026 it is exactly what was decided).
/// - Quốc khánh: 2/9 plus 1/9 when 2/9 is a Tuesday, Friday or Saturday (the extra day then
///   touches a weekend: 2022, 2023, 2025), else plus 3/9 (2021, 2024; Wednesday by choice).
/// - Compensatory days: each holiday on a Saturday or Sunday, in date order, moves to the next
///   weekday that is not already off. Two holidays on the same day count once.
/// - No swaps: they exist only by decision.
///
/// Pure: no clock, no files. Users' additions come in through the initializer.
public struct HolidayCalendar: Sendable {
    /// The decisions used, by year and occasion.
    let decisions: [Int: [HolidayOccasion: HolidayDecision]]
    let extraOff: [Int: String]
    let extraWorking: [Int: String]
    /// Years computed once at initialization; others are computed when asked.
    let tables: [Int: YearTable]

    public static let precomputedYears: ClosedRange<Int> = 1990...2100

    /// The built-in decisions and no overrides.
    public static let standard = HolidayCalendar()

    /// - Parameters:
    ///   - decisions: the decided years (default: the built-in table). A later entry for the same
    ///     year and occasion replaces an earlier one, so a configuration can append corrections.
    ///   - extraDaysOff: days that are not working days whatever the rules say (a local holiday,
    ///     a decision newer than this build).
    ///   - extraWorkingDays: days that are working days whatever the rules say (a swap newer than
    ///     this build). A date in both lists is a working day.
    public init(
        decisions: [HolidayDecision] = HolidayCalendar.builtInDecisions,
        extraDaysOff: [HolidayOverride] = [],
        extraWorkingDays: [HolidayOverride] = []
    ) {
        var byYear: [Int: [HolidayOccasion: HolidayDecision]] = [:]
        for d in decisions { byYear[d.year, default: [:]][d.occasion] = d }
        var off: [Int: String] = [:]
        for o in extraDaysOff { off[o.date.dayNumber] = o.note }
        var working: [Int: String] = [:]
        for o in extraWorkingDays { working[o.date.dayNumber] = o.note }
        self.decisions = byYear
        self.extraOff = off
        self.extraWorking = working
        var tables: [Int: YearTable] = [:]
        for year in Self.precomputedYears {
            tables[year] = YearTable(year: year, decisions: byYear[year] ?? [:])
        }
        self.tables = tables
    }

    // MARK: - Questions

    /// Whether state agencies work on this day.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        isWorkingDay(date, table(for: date.year))
    }

    /// Whether the year's days off all come from decisions, some of them, or none.
    public func status(of year: Int) -> YearStatus {
        let decided = decisions[year] ?? [:]
        if decided.isEmpty { return .ruleBased }
        return HolidayOccasion.allCases.allSatisfy { decided[$0] != nil } ? .decided : .partlyDecided
    }

    /// The occasions of the year that follow a decision, with the announcement each comes from.
    public func decisions(in year: Int) -> [HolidayDecision] {
        HolidayOccasion.allCases.compactMap { decisions[year]?[$0] }
    }

    /// The year's exceptions to "Monday to Friday": weekdays off (holidays, compensatory days,
    /// swapped days, extra days off) and weekend days that are working days; in date order.
    public func days(in year: Int) -> [CalendarDay] {
        var result: [CalendarDay] = []
        let t = table(for: year)
        for entry in t.entries {
            if let note = extraWorking[entry.date.dayNumber] {
                // An extra working day cancels the day off.
                result.append(CalendarDay(date: entry.date, kind: .extraWorkingDay(note: note), occasion: entry.occasion))
            } else {
                result.append(entry)
            }
        }
        let listed = Set(result.map(\.date.dayNumber))
        for (n, note) in extraOff where !listed.contains(n) && extraWorking[n] == nil {
            let d = CivilDate(dayNumber: n)
            if d.year == year && d.isoWeekday <= 5 {
                result.append(CalendarDay(date: d, kind: .extraDayOff(note: note), occasion: nil))
            }
        }
        for (n, note) in extraWorking where !listed.contains(n) {
            let d = CivilDate(dayNumber: n)
            if d.year == year && d.isoWeekday >= 6 {
                result.append(CalendarDay(date: d, kind: .extraWorkingDay(note: note), occasion: nil))
            }
        }
        return result.sorted { $0.date < $1.date }
    }

    /// The year's non-working weekdays and working weekend days, each with its reason in
    /// Vietnamese and English.
    public func reasons(for year: Int) -> [(date: CivilDate, vi: String, en: String)] {
        days(in: year).map { ($0.date, $0.vi, $0.en) }
    }

    /// The public holidays of the year that fall on a Saturday or Sunday (each gives a
    /// compensatory day, listed by `days(in:)`).
    public func holidaysOnWeekends(in year: Int) -> [(date: CivilDate, vi: String, en: String)] {
        table(for: year).weekendHolidays.map { h in
            let (vi, en) = HolidayCalendar.holidayName(h.date, h.occasion)
            return (h.date, vi, en)
        }
    }

    /// The day `n` working days after `start` (Civil Code art. 147: the day of assignment is not
    /// counted; Saturdays, Sundays and holidays are skipped, a working Saturday counts). `n <= 0`
    /// gives `start`. The count stops at 31/12/9999.
    public func addWorkingDays(_ n: Int, after start: CivilDate) -> CivilDate {
        workingDay(n, after: start) ?? CivilDate(year: 9999, month: 12, day: 31)
    }

    /// `addWorkingDays`, or nil when the count runs past 31/12/9999.
    public func workingDay(_ n: Int, after start: CivilDate) -> CivilDate? {
        guard n > 0 else { return start }
        var cache: [Int: YearTable] = [:]
        var date = start
        var left = n
        while left > 0 {
            date = date.adding(days: 1)
            if date.year > 9999 { return nil }
            if isWorkingDay(date, cachedTable(date.year, &cache)) { left -= 1 }
        }
        return date
    }

    /// The first working day on or after `date` (Civil Code art. 148: a period ending on a day
    /// off ends on the next working day). Stops at 31/12/9999.
    public func nextWorkingDay(onOrAfter date: CivilDate) -> CivilDate {
        var cache: [Int: YearTable] = [:]
        var d = date
        while !isWorkingDay(d, cachedTable(d.year, &cache)) {
            if d.year >= 9999 && d.month == 12 && d.day == 31 { return d }
            d = d.adding(days: 1)
        }
        return d
    }

    /// The number of working days in `from...through` (both included; 0 when empty).
    public func workingDays(from: CivilDate, through: CivilDate) -> Int {
        guard from <= through else { return 0 }
        var cache: [Int: YearTable] = [:]
        var count = 0
        for n in from.dayNumber...through.dayNumber {
            let d = CivilDate(dayNumber: n)
            if isWorkingDay(d, cachedTable(d.year, &cache)) { count += 1 }
        }
        return count
    }

    // MARK: - Internals

    func table(for year: Int) -> YearTable {
        tables[year] ?? YearTable(year: year, decisions: decisions[year] ?? [:])
    }

    private func cachedTable(_ year: Int, _ cache: inout [Int: YearTable]) -> YearTable {
        if let t = tables[year] ?? cache[year] { return t }
        let t = table(for: year)
        cache[year] = t
        return t
    }

    private func isWorkingDay(_ date: CivilDate, _ t: YearTable) -> Bool {
        let n = date.dayNumber
        if extraWorking[n] != nil { return true }
        if extraOff[n] != nil { return false }
        if t.offWeekdays.contains(n) { return false }
        if t.workingWeekendDays.contains(n) { return true }
        return date.isoWeekday <= 5
    }
}

/// The five occasions whose days off are decided together each year.
public enum HolidayOccasion: String, Sendable, CaseIterable, Hashable {
    case newYear
    case tet
    case hungKings
    case reunificationAndLabourDay
    case nationalDay

    public var vi: String {
        switch self {
        case .newYear: return "Tết Dương lịch"
        case .tet: return "Tết Nguyên đán"
        case .hungKings: return "Giỗ Tổ Hùng Vương"
        case .reunificationAndLabourDay: return "lễ 30/4 và 1/5"
        case .nationalDay: return "Quốc khánh"
        }
    }

    public var en: String {
        switch self {
        case .newYear: return "New Year's Day"
        case .tet: return "Lunar New Year (Tết)"
        case .hungKings: return "Hùng Kings' Commemoration"
        case .reunificationAndLabourDay: return "30 April and 1 May"
        case .nationalDay: return "National Day"
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
    case ruleBased = "rule-based default"
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

    public init(year: Int, occasion: HolidayOccasion, daysOff: [CivilDate], swaps: [HolidaySwap] = [], source: String) {
        self.year = year
        self.occasion = occasion
        self.daysOff = daysOff
        self.swaps = swaps
        self.source = source
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
            return ("Nghỉ hoán đổi dịp \(occVi), làm bù \(Weekday.vi(w)) \(w)",
                    "Day off for \(occEn), swapped with working \(Weekday.en(w)) \(w)")
        case .swappedWorkingDay(let o):
            return ("Làm bù cho ngày nghỉ \(Weekday.vi(o)) \(o) (\(occVi))",
                    "Working day in exchange for \(Weekday.en(o)) \(o) off (\(occEn))")
        case .extraDayOff(let note):
            return note.isEmpty ? ("Ngày nghỉ bổ sung (cấu hình)", "Extra day off (configuration)")
                : ("Ngày nghỉ bổ sung: \(note)", "Extra day off: \(note)")
        case .extraWorkingDay(let note):
            let was = occasion.map { " (thay vì nghỉ \($0.vi))" } ?? ""
            let wasEn = occasion.map { " (instead of a day off for \($0.en))" } ?? ""
            return note.isEmpty ? ("Ngày làm việc bổ sung (cấu hình)\(was)", "Extra working day (configuration)\(wasEn)")
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

extension HolidayCalendar {
    /// The name of the holiday a day belongs to, with its lunar date for Tết.
    static func holidayName(_ date: CivilDate, _ occasion: HolidayOccasion) -> (vi: String, en: String) {
        switch occasion {
        case .newYear:
            return ("Tết Dương lịch", "New Year's Day")
        case .tet:
            guard let l = LunarCalendar.lunar(from: date) else { return ("Tết Nguyên đán", "Lunar New Year (Tết)") }
            let vi = l.month == 1 && l.day <= 10 ? "mùng \(l.day) \(LunarCalendar.monthName(1))"
                : "\(l.day) \(LunarCalendar.monthName(l.month, isLeapMonth: l.isLeapMonth))"
            return ("Tết Nguyên đán, \(vi)", "Lunar New Year (Tết), lunar \(l.day)/\(l.month)\(l.isLeapMonth ? " (leap)" : "")")
        case .hungKings:
            return ("Giỗ Tổ Hùng Vương, 10/3 âm lịch", "Hùng Kings' Commemoration, lunar 10/3")
        case .reunificationAndLabourDay:
            if date.month == 5 { return ("Ngày Quốc tế Lao động 1/5", "International Labour Day") }
            return ("Ngày Chiến thắng 30/4", "Reunification Day")
        case .nationalDay:
            if date.month == 9 && date.day == 2 { return ("Quốc khánh 2/9", "National Day") }
            return ("Quốc khánh, ngày liền kề 2/9", "National Day, adjacent day")
        }
    }

    /// The statutory days of one occasion (weekends included): what the rules give before any
    /// decision. Empty for Tết and Giỗ Tổ outside the lunar calendar's range.
    static func statutoryDays(_ occasion: HolidayOccasion, year: Int) -> [CivilDate] {
        switch occasion {
        case .newYear:
            return [CivilDate(year: year, month: 1, day: 1)]
        case .tet:
            guard let tet = LunarCalendar.tet(year) else { return [] }
            return (-1...3).map { tet.adding(days: $0) }
        case .hungKings:
            guard let d = LunarCalendar.solar(from: LunarDate(year: year, month: 3, day: 10)) else { return [] }
            return [d]
        case .reunificationAndLabourDay:
            return [CivilDate(year: year, month: 4, day: 30), CivilDate(year: year, month: 5, day: 1)]
        case .nationalDay:
            let second = CivilDate(year: year, month: 9, day: 2)
            guard year >= 2021 else { return [second] }
            return [second, nationalDayAdjacent(year)]
        }
    }

    /// The default day next to 2/9 (see the type's documentation).
    static func nationalDayAdjacent(_ year: Int) -> CivilDate {
        switch CivilDate(year: year, month: 9, day: 2).isoWeekday {
        case 2, 5, 6: return CivilDate(year: year, month: 9, day: 1)
        default: return CivilDate(year: year, month: 9, day: 3)
        }
    }
}

/// One year's days off, decided or computed, before users' overrides.
struct YearTable: Sendable {
    let year: Int
    /// Weekdays off and weekend working days, in date order.
    let entries: [CalendarDay]
    let offWeekdays: Set<Int>
    let workingWeekendDays: Set<Int>
    /// Statutory holidays that fell on a weekend (rule-based occasions only).
    let weekendHolidays: [(date: CivilDate, occasion: HolidayOccasion)]

    init(year: Int, decisions: [HolidayOccasion: HolidayDecision]) {
        self.year = year
        var entries: [Int: CalendarDay] = [:]
        var working: [Int: CalendarDay] = [:]
        var weekendHolidays: [(date: CivilDate, occasion: HolidayOccasion)] = []

        // Decided occasions: every weekday of the announced break is off; its kind is worked
        // out from the statutory days.
        for occasion in HolidayOccasion.allCases {
            guard let decision = decisions[occasion] else { continue }
            let statutory = HolidayCalendar.statutoryDays(occasion, year: year)
            var adjacent: [CivilDate] = []
            if occasion == .nationalDay && year >= 2021 {
                // Which day next to 2/9 the decision picked.
                let swapped = Set(decision.swaps.map(\.dayOff.dayNumber))
                let picked = decision.daysOff.filter {
                    $0.year == year && $0.month == 9 && ($0.day == 1 || $0.day == 3) && $0.isoWeekday <= 5
                        && !swapped.contains($0.dayNumber)
                }
                adjacent = picked.isEmpty ? [HolidayCalendar.nationalDayAdjacent(year)] : [picked[0]]
            }
            let legal = occasion == .nationalDay ? statutory.filter { $0.day == 2 } + adjacent : statutory
            let legalSet = Set(legal.map(\.dayNumber))
            var weekendLegal = legal.filter { $0.isoWeekday >= 6 }.sorted()
            if occasion != .tet { weekendHolidays += weekendLegal.map { ($0, occasion) } }
            let swapsByOff = Dictionary(decision.swaps.map { ($0.dayOff.dayNumber, $0) }, uniquingKeysWith: { a, _ in a })
            for d in decision.daysOff.sorted() where d.isoWeekday <= 5 {
                let kind: CalendarDay.Kind
                if let s = swapsByOff[d.dayNumber] {
                    kind = .swappedDayOff(workingDay: s.workingDay)
                } else if occasion == .tet || legalSet.contains(d.dayNumber) || weekendLegal.isEmpty {
                    kind = .holiday
                } else {
                    kind = .compensatory(for: weekendLegal.removeFirst())
                }
                entries[d.dayNumber] = CalendarDay(date: d, kind: kind, occasion: occasion)
            }
            for s in decision.swaps {
                working[s.workingDay.dayNumber] = CalendarDay(date: s.workingDay, kind: .swappedWorkingDay(dayOff: s.dayOff), occasion: occasion)
                if s.dayOff.isoWeekday <= 5 && entries[s.dayOff.dayNumber] == nil {
                    entries[s.dayOff.dayNumber] = CalendarDay(date: s.dayOff, kind: .swappedDayOff(workingDay: s.workingDay), occasion: occasion)
                }
            }
        }

        // Rule-based occasions: the statutory days, then compensatory days in date order.
        var statutory: [(date: CivilDate, occasion: HolidayOccasion)] = []
        for occasion in HolidayOccasion.allCases where decisions[occasion] == nil {
            for d in HolidayCalendar.statutoryDays(occasion, year: year) { statutory.append((d, occasion)) }
        }
        statutory.sort { $0.date < $1.date }
        var seen = Set<Int>()
        statutory = statutory.filter { seen.insert($0.date.dayNumber).inserted }
        let statutorySet = seen
        for h in statutory where h.date.isoWeekday <= 5 && entries[h.date.dayNumber] == nil {
            entries[h.date.dayNumber] = CalendarDay(date: h.date, kind: .holiday, occasion: h.occasion)
        }
        for h in statutory where h.date.isoWeekday >= 6 {
            weekendHolidays.append(h)
            var d = h.date.adding(days: 1)
            while d.isoWeekday >= 6 || entries[d.dayNumber] != nil || statutorySet.contains(d.dayNumber) {
                d = d.adding(days: 1)
            }
            entries[d.dayNumber] = CalendarDay(date: d, kind: .compensatory(for: h.date), occasion: h.occasion)
        }

        for (n, w) in working where w.date.isoWeekday >= 6 { entries[n] = w }
        self.entries = entries.values.sorted { $0.date < $1.date }
        self.offWeekdays = Set(entries.values.filter { !$0.isWorkingDay && $0.date.isoWeekday <= 5 }.map(\.date.dayNumber))
        self.workingWeekendDays = Set(working.keys.filter { CivilDate(dayNumber: $0).isoWeekday >= 6 })
        self.weekendHolidays = weekendHolidays.sorted { $0.date < $1.date }
    }
}

// MARK: - The decided years

private func day(_ d: Int, _ m: Int, _ y: Int) -> CivilDate { CivilDate(year: y, month: m, day: d) }

/// Every day from `a` through `b`.
private func span(_ a: CivilDate, _ b: CivilDate) -> [CivilDate] {
    a <= b ? (a.dayNumber...b.dayNumber).map { CivilDate(dayNumber: $0) } : []
}

extension HolidayCalendar {
    /// Days off as announced for state agencies (cán bộ, công chức, viên chức). Each entry names
    /// its announcement; document numbers are given only where checked. An occasion left out
    /// gets the rule-based default. Confidence is noted per year.
    ///
    /// Not included, on purpose:
    /// - 2026 Giỗ Tổ (26/4, Sunday), 30/4-1/5 and Quốc khánh: not decided (or not verified) when
    ///   this table was written; the default gives 27/4 in lieu of Giỗ Tổ, 30/4-1/5, and 2/9 + 3/9
    ///   (a proposal for a 5-day Quốc khánh break was reported, not its outcome).
    /// - 2027 onward: not decided.
    /// - 24/11 "Ngày Văn hóa Việt Nam": Politburo Resolution 80-NQ/TW (January 2026) intends it as
    ///   a paid holiday, but it needs an amendment of art. 112 first; add it as an extra day off.
    public static let builtInDecisions: [HolidayDecision] = [
        // 2020 (Labour Code 2012: Quốc khánh is 2/9 only). Tết confirmed by provincial
        // re-publications of the MOLISA announcement; the other occasions had no swap and
        // follow the statutory days. Confidence: high for Tết, good for the rest.
        HolidayDecision(year: 2020, occasion: .newYear, daysOff: [day(1, 1, 2020)],
                        source: "Bộ luật Lao động 2012 art. 115; no swap announced for 2020"),
        HolidayDecision(year: 2020, occasion: .tet, daysOff: span(day(23, 1, 2020), day(29, 1, 2020)),
                        source: "Thông báo của Bộ LĐTBXH về nghỉ Tết Âm lịch 2020 (29 Chạp Kỷ Hợi - mùng 5 Canh Tý)"),
        HolidayDecision(year: 2020, occasion: .hungKings, daysOff: [day(2, 4, 2020)],
                        source: "Bộ luật Lao động 2012 art. 115; Thursday 2/4/2020, no swap"),
        HolidayDecision(year: 2020, occasion: .reunificationAndLabourDay, daysOff: span(day(30, 4, 2020), day(3, 5, 2020)),
                        source: "Bộ luật Lao động 2012 art. 115; Thursday-Friday, no swap"),
        HolidayDecision(year: 2020, occasion: .nationalDay, daysOff: [day(2, 9, 2020)],
                        source: "Bộ luật Lao động 2012 art. 115: 2/9 only (Wednesday)"),

        // 2021, the first year of the Labour Code 2019. Confidence: high.
        HolidayDecision(year: 2021, occasion: .newYear, daysOff: span(day(1, 1, 2021), day(3, 1, 2021)),
                        source: "Bộ luật Lao động 2019 art. 112; Friday, no swap"),
        HolidayDecision(year: 2021, occasion: .tet, daysOff: span(day(10, 2, 2021), day(16, 2, 2021)),
                        source: "Thông báo của Bộ LĐTBXH về nghỉ Tết Âm lịch và Quốc khánh 2021 (29 Chạp Canh Tý - mùng 5 Tân Sửu)"),
        HolidayDecision(year: 2021, occasion: .hungKings, daysOff: [day(21, 4, 2021)],
                        source: "Bộ luật Lao động 2019 art. 112; Wednesday, no swap"),
        HolidayDecision(year: 2021, occasion: .reunificationAndLabourDay, daysOff: span(day(30, 4, 2021), day(3, 5, 2021)),
                        source: "Bộ luật Lao động 2019 art. 111(3), 112: 1/5 on Saturday, nghỉ bù Monday 3/5"),
        HolidayDecision(year: 2021, occasion: .nationalDay, daysOff: span(day(2, 9, 2021), day(5, 9, 2021)),
                        source: "Thông báo của Bộ LĐTBXH về nghỉ Tết Âm lịch và Quốc khánh 2021: 2/9 and 3/9"),

        // 2022. Confidence: high.
        HolidayDecision(year: 2022, occasion: .newYear, daysOff: span(day(1, 1, 2022), day(3, 1, 2022)),
                        source: "Bộ luật Lao động 2019 art. 111(3): 1/1 on Saturday, nghỉ bù Monday 3/1"),
        HolidayDecision(year: 2022, occasion: .tet, daysOff: span(day(29, 1, 2022), day(6, 2, 2022)),
                        source: "Văn phòng Chính phủ, công văn số 245 ngày 11/1/2022 (ý kiến Phó Thủ tướng Vũ Đức Đam): 5 days 31/1-4/2 plus both weekends"),
        HolidayDecision(year: 2022, occasion: .hungKings, daysOff: [day(11, 4, 2022)],
                        source: "Bộ luật Lao động 2019 art. 111(3): 10/4 on Sunday, nghỉ bù Monday 11/4"),
        HolidayDecision(year: 2022, occasion: .reunificationAndLabourDay, daysOff: span(day(30, 4, 2022), day(3, 5, 2022)),
                        source: "Bộ luật Lao động 2019 art. 111(3): Saturday-Sunday, nghỉ bù 2/5 and 3/5"),
        HolidayDecision(year: 2022, occasion: .nationalDay, daysOff: span(day(1, 9, 2022), day(4, 9, 2022)),
                        source: "Thông báo của Bộ LĐTBXH về nghỉ Quốc khánh 2022: 1/9 and 2/9"),

        // 2023. Confidence: high.
        HolidayDecision(year: 2023, occasion: .newYear, daysOff: span(day(31, 12, 2022), day(2, 1, 2023)),
                        source: "Bộ luật Lao động 2019 art. 111(3): 1/1 on Sunday, nghỉ bù Monday 2/1"),
        HolidayDecision(year: 2023, occasion: .tet, daysOff: span(day(20, 1, 2023), day(26, 1, 2023)),
                        source: "Văn phòng Chính phủ, công văn số 8056/VPCP-KGVX ngày 1/12/2022"),
        HolidayDecision(year: 2023, occasion: .hungKings, daysOff: [day(2, 5, 2023)],
                        source: "Bộ luật Lao động 2019 art. 111(3): 29/4 on Saturday, nghỉ bù Tuesday 2/5"),
        HolidayDecision(year: 2023, occasion: .reunificationAndLabourDay, daysOff: [day(1, 5, 2023), day(3, 5, 2023)],
                        source: "Bộ luật Lao động 2019 art. 111(3): 30/4 on Sunday, nghỉ bù Wednesday 3/5 (break 29/4-3/5)"),
        HolidayDecision(year: 2023, occasion: .nationalDay, daysOff: span(day(1, 9, 2023), day(4, 9, 2023)),
                        source: "Văn phòng Chính phủ, công văn số 8056/VPCP-KGVX ngày 1/12/2022: 1/9 and 2/9, nghỉ bù Monday 4/9"),

        // 2024. Confidence: high (the issue's working-day example depends on it).
        HolidayDecision(year: 2024, occasion: .newYear, daysOff: [day(1, 1, 2024)],
                        source: "Bộ luật Lao động 2019 art. 112; Monday, no swap"),
        HolidayDecision(year: 2024, occasion: .tet, daysOff: span(day(8, 2, 2024), day(14, 2, 2024)),
                        source: "Thông báo số 5015/TB-LĐTBXH ngày 22/11/2023"),
        HolidayDecision(year: 2024, occasion: .hungKings, daysOff: [day(18, 4, 2024)],
                        source: "Bộ luật Lao động 2019 art. 112; Thursday, no swap"),
        HolidayDecision(year: 2024, occasion: .reunificationAndLabourDay, daysOff: span(day(27, 4, 2024), day(1, 5, 2024)),
                        swaps: [HolidaySwap(dayOff: day(29, 4, 2024), workingDay: day(4, 5, 2024))],
                        source: "Thủ tướng đồng ý hoán đổi ngày làm việc (chinhphu.vn, 20/4/2024): off 27/4-1/5, Saturday 4/5 worked for Monday 29/4"),
        HolidayDecision(year: 2024, occasion: .nationalDay, daysOff: span(day(31, 8, 2024), day(3, 9, 2024)),
                        source: "Thông báo số 5015/TB-LĐTBXH ngày 22/11/2023: 2/9 and 3/9"),

        // 2025. Confidence: high.
        HolidayDecision(year: 2025, occasion: .newYear, daysOff: [day(1, 1, 2025)],
                        source: "Bộ luật Lao động 2019 art. 112; Wednesday, no swap"),
        HolidayDecision(year: 2025, occasion: .tet, daysOff: span(day(25, 1, 2025), day(2, 2, 2025)),
                        source: "Văn phòng Chính phủ, công văn số 8726/VPCP-KGVX ngày 26/11/2024"),
        HolidayDecision(year: 2025, occasion: .hungKings, daysOff: [day(7, 4, 2025)],
                        source: "Bộ luật Lao động 2019 art. 112; Monday, no swap"),
        HolidayDecision(year: 2025, occasion: .reunificationAndLabourDay, daysOff: span(day(30, 4, 2025), day(4, 5, 2025)),
                        swaps: [HolidaySwap(dayOff: day(2, 5, 2025), workingDay: day(26, 4, 2025))],
                        source: "Văn phòng Chính phủ, công văn số 8726/VPCP-KGVX ngày 26/11/2024: off 30/4-4/5, Saturday 26/4 worked for Friday 2/5"),
        HolidayDecision(year: 2025, occasion: .nationalDay, daysOff: span(day(30, 8, 2025), day(2, 9, 2025)),
                        source: "Văn phòng Chính phủ, công văn số 8726/VPCP-KGVX ngày 26/11/2024: 1/9 and 2/9"),

        // 2026, partly decided. Tết: confidence high (several reports); New Year: the 4-day
        // break is confirmed twice, the Saturday worked (10/1) by one report only.
        HolidayDecision(year: 2026, occasion: .newYear, daysOff: span(day(1, 1, 2026), day(4, 1, 2026)),
                        swaps: [HolidaySwap(dayOff: day(2, 1, 2026), workingDay: day(10, 1, 2026))],
                        source: "Văn phòng Chính phủ, văn bản số 12729/VPCP-KGVX ngày 25/12/2025: off 1/1-4/1, Saturday 10/1 worked for Friday 2/1"),
        HolidayDecision(year: 2026, occasion: .tet, daysOff: span(day(14, 2, 2026), day(22, 2, 2026)),
                        source: "Thủ tướng đồng ý phương án của Bộ Nội vụ: 27 Chạp Ất Tỵ - mùng 6 Bính Ngọ (weekdays 16/2-20/2)"),
    ]
}
