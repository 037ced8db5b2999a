/// Public holidays in Vietnam and the working days they leave, for the five-day week of state
/// agencies (cán bộ, công chức, viên chức: Saturday and Sunday off).
///
/// Rules (Labour Code 2019, Bộ luật Lao động số 45/2019/QH14, from 1/1/2021):
/// - art. 112(1): 1/1; Tết Nguyên đán 5 days; Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5;
///   Quốc khánh 2/9 and one day before or after it.
/// - From 2026, Ngày Văn hóa Việt Nam, 24/11: Politburo Resolution 80-NQ/TW (January 2026) made
///   it a day off with full pay; Government Resolution 30/NQ-CP (February 2026) tasks amending
///   art. 112(1) accordingly.
/// - art. 111(3): a holiday falling on the weekly rest day gives a compensatory day off (nghỉ
///   bù) on the next working day.
/// - For 2013-2020 the Labour Code 2012 (art. 115) applies: the same, but Quốc khánh is 2/9 only.
///   Earlier years are computed with the 2012 rules too, which is an approximation (Tết was 4
///   days, Giỗ Tổ a holiday only from 2007, Saturday a working day until 1999).
///
/// Every year the Prime Minister (through the Government Office, VPCP) or the Ministry of
/// Labour (MOLISA, from 2025 the Ministry of Home Affairs) fixes which days are actually off,
/// and may swap a weekday for a Saturday (hoán đổi ngày làm việc). Those decisions are data:
/// `builtInDecisions`, read from data/holidays.tsv compiled into the binary, plus the drop-ins
/// of /etc/deadlined/holidays.d. An occasion without a decision gets the rule-based default,
/// shown as expected (dự kiến):
/// - Tết: the last day of the lunar year (29 or 30 tháng Chạp) and mùng 1 to mùng 4; a day of
///   these on a Saturday gives the weekday before the break, one on a Sunday the weekday after
///   it. Evidence: the seven decisions of 2020-2026 all follow it, the years where it matters
///   included (mùng 1 on a Saturday in 2020 and 2024: Thursday-Friday before, Monday-Wednesday
///   after; on a Friday in 2021: Wednesday-Thursday before, Monday-Tuesday after; on a Sunday in
///   2023: Friday before, Monday-Thursday after; on a Wednesday in 2025: mùng 4 was a Saturday and
///   Monday 27/1 was off). The Labour Code's own reading, every weekend day moved after the
///   break, matches none of those five years. A test checks the default against each decision.
/// - Quốc khánh: 2/9 plus 1/9 when 2/9 is a Tuesday, Wednesday, Friday or Saturday (2022, 2023,
///   2025, and 2026 on a Wednesday), else plus 3/9 (2021 Thursday, 2024 Monday).
/// - Other compensatory days: each holiday on a Saturday or Sunday, in date order, moves to the
///   next weekday that is not already off. Two holidays on the same day count once.
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
        return HolidayOccasion.occasions(in: year).allSatisfy { decided[$0] != nil } ? .decided : .partlyDecided
    }

    /// The occasions of the year that follow a decision, with the announcement each comes from.
    public func decisions(in year: Int) -> [HolidayDecision] {
        HolidayOccasion.allCases.compactMap { decisions[year]?[$0] }
    }

    /// The occasions of the year that have no decision: their days are the rule-based default.
    public func expectedOccasions(in year: Int) -> [HolidayOccasion] {
        HolidayOccasion.occasions(in: year).filter { decisions[year]?[$0] == nil }
    }

    /// The year's exceptions to "Monday to Friday": weekdays off (holidays, compensatory days,
    /// swapped days, extra days off) and weekend days that are working days; in date order.
    public func days(in year: Int) -> [CalendarDay] {
        var result: [CalendarDay] = []
        let t = table(for: year)
        for entry in t.entries {
            if let note = extraWorking[entry.date.dayNumber] {
                // An extra working day cancels the day off.
                result.append(
                    CalendarDay(date: entry.date, kind: .extraWorkingDay(note: note), occasion: entry.occasion))
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
