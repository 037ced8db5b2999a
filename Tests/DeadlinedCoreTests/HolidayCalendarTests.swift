import Testing

@testable import DeadlinedCore

private func ymd(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d) }

private let calendar = HolidayCalendar.standard
private let rulesOnly = HolidayCalendar(decisions: [])

/// Weekdays off in a year, in order.
private func weekdaysOff(_ c: HolidayCalendar, _ year: Int) -> [CivilDate] {
    c.days(in: year).filter { !$0.isWorkingDay && $0.date.isoWeekday <= 5 }.map(\.date)
}

private func workingWeekendDays(_ c: HolidayCalendar, _ year: Int) -> [CivilDate] {
    c.days(in: year).filter { $0.isWorkingDay && $0.date.isoWeekday >= 6 }.map(\.date)
}

// MARK: - Decided years

/// Every decided year in full: its weekdays off and its working weekend days.
private let decidedYears: [(Int, [CivilDate], [CivilDate])] = [
    (
        2020,
        [
            ymd(2020, 1, 1), ymd(2020, 1, 23), ymd(2020, 1, 24), ymd(2020, 1, 27), ymd(2020, 1, 28), ymd(2020, 1, 29),
            ymd(2020, 4, 2), ymd(2020, 4, 30), ymd(2020, 5, 1), ymd(2020, 9, 2),
        ], []
    ),
    (
        2021,
        [
            ymd(2021, 1, 1), ymd(2021, 2, 10), ymd(2021, 2, 11), ymd(2021, 2, 12), ymd(2021, 2, 15), ymd(2021, 2, 16),
            ymd(2021, 4, 21), ymd(2021, 4, 30), ymd(2021, 5, 3), ymd(2021, 9, 2), ymd(2021, 9, 3),
        ], []
    ),
    (
        2022,
        [
            ymd(2022, 1, 3), ymd(2022, 1, 31), ymd(2022, 2, 1), ymd(2022, 2, 2), ymd(2022, 2, 3), ymd(2022, 2, 4),
            ymd(2022, 4, 11), ymd(2022, 5, 2), ymd(2022, 5, 3), ymd(2022, 9, 1), ymd(2022, 9, 2),
        ], []
    ),
    (
        2023,
        [
            ymd(2023, 1, 2), ymd(2023, 1, 20), ymd(2023, 1, 23), ymd(2023, 1, 24), ymd(2023, 1, 25), ymd(2023, 1, 26),
            ymd(2023, 5, 1), ymd(2023, 5, 2), ymd(2023, 5, 3), ymd(2023, 9, 1), ymd(2023, 9, 4),
        ], []
    ),
    (
        2024,
        [
            ymd(2024, 1, 1), ymd(2024, 2, 8), ymd(2024, 2, 9), ymd(2024, 2, 12), ymd(2024, 2, 13), ymd(2024, 2, 14),
            ymd(2024, 4, 18), ymd(2024, 4, 29), ymd(2024, 4, 30), ymd(2024, 5, 1), ymd(2024, 9, 2), ymd(2024, 9, 3),
        ],
        [ymd(2024, 5, 4)]
    ),
    (
        2025,
        [
            ymd(2025, 1, 1), ymd(2025, 1, 27), ymd(2025, 1, 28), ymd(2025, 1, 29), ymd(2025, 1, 30), ymd(2025, 1, 31),
            ymd(2025, 4, 7), ymd(2025, 4, 30), ymd(2025, 5, 1), ymd(2025, 5, 2), ymd(2025, 9, 1), ymd(2025, 9, 2),
        ],
        [ymd(2025, 4, 26)]
    ),
]

@Test("decided years, in full", arguments: decidedYears)
func decidedYear(_ year: Int, _ off: [CivilDate], _ working: [CivilDate]) {
    #expect(calendar.status(of: year) == .decided)
    #expect(weekdaysOff(calendar, year) == off)
    #expect(workingWeekendDays(calendar, year) == working)
    // The law's count holds: 11 paid days (10 before 2021), a swap adding one off and one worked.
    #expect(off.count - working.count == (year >= 2021 ? 11 : 10))
    for d in off { #expect(!calendar.isWorkingDay(d), "\(d)") }
    for d in working { #expect(calendar.isWorkingDay(d), "\(d)") }
    for d in calendar.decisions(in: year) { #expect(!d.source.isEmpty) }
}

@Test func the2024SwapSaturday() {
    let days = calendar.days(in: 2024)
    let saturday = days.first { $0.date == ymd(2024, 5, 4) }
    #expect(saturday?.kind == .swappedWorkingDay(dayOff: ymd(2024, 4, 29)))
    #expect(saturday?.occasion == .reunificationAndLabourDay)
    #expect(saturday?.isWorkingDay == true)
    let monday = days.first { $0.date == ymd(2024, 4, 29) }
    #expect(monday?.kind == .swappedDayOff(workingDay: ymd(2024, 5, 4)))
    // 27/4 to 1/5 off, 2/5 and 3/5 worked, 4/5 (Saturday) worked, 5/5 (Sunday) off.
    let expected: [(CivilDate, Bool)] = [
        (ymd(2024, 4, 26), true), (ymd(2024, 4, 27), false), (ymd(2024, 4, 28), false), (ymd(2024, 4, 29), false),
        (ymd(2024, 4, 30), false), (ymd(2024, 5, 1), false), (ymd(2024, 5, 2), true), (ymd(2024, 5, 3), true),
        (ymd(2024, 5, 4), true), (ymd(2024, 5, 5), false), (ymd(2024, 5, 6), true),
    ]
    for (d, working) in expected { #expect(calendar.isWorkingDay(d) == working, "\(d)") }
    let reason = calendar.reasons(for: 2024).first { $0.date == ymd(2024, 5, 4) }
    #expect(reason?.vi == "Làm bù cho ngày nghỉ Thứ Hai 29/4/2024 (lễ 30/4 và 1/5)")
    #expect(reason?.en == "Working day in exchange for Monday 29/4/2024 off (30 April and 1 May)")
}

@Test func compensatoryDaysNameTheHolidayTheyReplace() {
    let days = calendar.days(in: 2023)
    #expect(days.first { $0.date == ymd(2023, 5, 2) }?.kind == .compensatory(for: ymd(2023, 4, 29)))
    #expect(days.first { $0.date == ymd(2023, 5, 3) }?.kind == .compensatory(for: ymd(2023, 4, 30)))
    #expect(days.first { $0.date == ymd(2023, 9, 4) }?.kind == .compensatory(for: ymd(2023, 9, 2)))
    let r = calendar.reasons(for: 2023).first { $0.date == ymd(2023, 5, 2) }
    #expect(r?.vi == "Nghỉ bù: Giỗ Tổ Hùng Vương, 10/3 âm lịch rơi vào Thứ Bảy 29/4/2023")
    #expect(r?.en == "In lieu of Hùng Kings' Commemoration, lunar 10/3, on Saturday 29/4/2023")
}

@Test func statusOfYears() {
    #expect(calendar.status(of: 2024) == .decided)
    #expect(calendar.status(of: 2026) == .decided)
    #expect(calendar.status(of: 2027) == .ruleBased)
    #expect(calendar.status(of: 2019) == .ruleBased)
    #expect(rulesOnly.status(of: 2024) == .ruleBased)
    #expect(calendar.decisions(in: 2026).count == 6)
    #expect(calendar.decisions(in: 2025).count == 5, "Ngày Văn hóa Việt Nam counts from 2026")
}

@Test func decided2026() {
    // 1/1-4/1 with Saturday 10/1 worked for Friday 2/1; Tết 14/2-22/2; 27/4 in lieu of Giỗ Tổ
    // (26/4, Sunday); 30/4, 1/5; Quốc khánh 29/8-2/9 with Monday 31/8 swapped for Saturday
    // 22/8; Ngày Văn hóa Việt Nam, Tuesday 24/11.
    #expect(
        weekdaysOff(calendar, 2026) == [
            ymd(2026, 1, 1), ymd(2026, 1, 2), ymd(2026, 2, 16), ymd(2026, 2, 17), ymd(2026, 2, 18), ymd(2026, 2, 19),
            ymd(2026, 2, 20), ymd(2026, 4, 27), ymd(2026, 4, 30), ymd(2026, 5, 1), ymd(2026, 8, 31), ymd(2026, 9, 1),
            ymd(2026, 9, 2), ymd(2026, 11, 24),
        ])
    #expect(workingWeekendDays(calendar, 2026) == [ymd(2026, 1, 10), ymd(2026, 8, 22)])
    #expect(calendar.isWorkingDay(ymd(2026, 9, 3)))
    let days = calendar.days(in: 2026)
    #expect(days.first { $0.date == ymd(2026, 8, 31) }?.kind == .swappedDayOff(workingDay: ymd(2026, 8, 22)))
    #expect(days.first { $0.date == ymd(2026, 8, 22) }?.kind == .swappedWorkingDay(dayOff: ymd(2026, 8, 31)))
    #expect(days.first { $0.date == ymd(2026, 11, 24) }?.occasion == .cultureDay)
    #expect(calendar.decisions(in: 2026).allSatisfy { !$0.source.isEmpty })
}

@Test func cultureDayFrom2026() {
    // Politburo Resolution 80-NQ/TW: 24/11 a paid day off, from 2026; like the other fixed-date
    // holidays, on a weekend it gives the next weekday (24/11/2029 Saturday, 2030 Sunday).
    #expect(calendar.isWorkingDay(ymd(2025, 11, 24)))
    #expect(!calendar.isWorkingDay(ymd(2026, 11, 24)))
    #expect(!calendar.isWorkingDay(ymd(2027, 11, 24)))
    #expect(!rulesOnly.isWorkingDay(ymd(2026, 11, 24)))
    #expect(weekdaysOff(calendar, 2029).filter { $0.month == 11 } == [ymd(2029, 11, 26)])
    #expect(weekdaysOff(calendar, 2030).filter { $0.month == 11 } == [ymd(2030, 11, 25)])
    #expect(
        calendar.days(in: 2029).first { $0.date == ymd(2029, 11, 26) }?.kind == .compensatory(for: ymd(2029, 11, 24)))
    let r = calendar.reasons(for: 2027).first { $0.date == ymd(2027, 11, 24) }
    #expect(r?.vi == "Ngày Văn hóa Việt Nam 24/11")
    #expect(r?.en == "Vietnam Culture Day")
}

@Test func fiveWorkingDaysAcrossCultureDay2026() {
    // Assigned Friday 20/11/2026: 23 (1), 24 off, 25 (2), 26 (3), 27 (4), Monday 30/11 (5).
    #expect(calendar.addWorkingDays(5, after: ymd(2026, 11, 20)) == ymd(2026, 11, 30))
    #expect(calendar.workingDays(from: ymd(2026, 11, 21), through: ymd(2026, 11, 30)) == 5)
}

/// The Tết weekdays off a calendar gives.
private func tetWeekdaysOff(_ c: HolidayCalendar, _ year: Int) -> [CivilDate] {
    c.days(in: year).filter { $0.occasion == .tet && !$0.isWorkingDay && $0.date.isoWeekday <= 5 }.map(\.date)
}

@Test("the default Tết break is the one every decided year chose", arguments: 2020...2026)
func tetDefaultFollowsTheDecisions(_ year: Int) {
    // A statutory day on a Saturday moves to the weekday before the break, one on a Sunday to
    // the weekday after it.
    #expect(tetWeekdaysOff(rulesOnly, year) == tetWeekdaysOff(calendar, year))
    #expect(tetWeekdaysOff(rulesOnly, year).count == 5)
}

// MARK: - The rule-based default

@Test func ruleBasedDefaultForAnUndecidedYear() {
    // 2027: 1/1 Friday; Tết 6/2 (Saturday): 5/2 (29 Chạp), 6/2, 7/2 (weekend), 8/2, 9/2; the
    // Saturday gives Thursday 4/2 before the break, the Sunday Wednesday 10/2 after it; Giỗ Tổ
    // 16/4; 30/4 Friday; 1/5 Saturday -> 3/5; 2/9 Thursday + 3/9; 24/11 Wednesday.
    #expect(
        weekdaysOff(calendar, 2027) == [
            ymd(2027, 1, 1), ymd(2027, 2, 4), ymd(2027, 2, 5), ymd(2027, 2, 8), ymd(2027, 2, 9), ymd(2027, 2, 10),
            ymd(2027, 4, 16), ymd(2027, 4, 30), ymd(2027, 5, 3), ymd(2027, 9, 2), ymd(2027, 9, 3), ymd(2027, 11, 24),
        ])
    #expect(workingWeekendDays(calendar, 2027).isEmpty)
    let days = calendar.days(in: 2027)
    #expect(days.first { $0.date == ymd(2027, 2, 4) }?.kind == .compensatory(for: ymd(2027, 2, 6)))
    #expect(days.first { $0.date == ymd(2027, 2, 10) }?.kind == .compensatory(for: ymd(2027, 2, 7)))
    #expect(days.first { $0.date == ymd(2027, 5, 3) }?.kind == .compensatory(for: ymd(2027, 5, 1)))
    #expect(calendar.holidaysOnWeekends(in: 2027).map(\.date) == [ymd(2027, 2, 6), ymd(2027, 2, 7), ymd(2027, 5, 1)])
}

@Test func ruleBasedDefaultOfAKnownYear() {
    // Without the table, 2024's Tết is 9/2 (30 Chạp) and mùng 1-4, 10/2 (Saturday) giving 8/2
    // and 11/2 (Sunday) 14/2, as decided; 30/4-1/5 without the swap; 2/9 Monday + 3/9.
    #expect(
        weekdaysOff(rulesOnly, 2024) == [
            ymd(2024, 1, 1), ymd(2024, 2, 8), ymd(2024, 2, 9), ymd(2024, 2, 12), ymd(2024, 2, 13), ymd(2024, 2, 14),
            ymd(2024, 4, 18), ymd(2024, 4, 30), ymd(2024, 5, 1), ymd(2024, 9, 2), ymd(2024, 9, 3),
        ])
    #expect(rulesOnly.isWorkingDay(ymd(2024, 4, 29)))
    #expect(!rulesOnly.isWorkingDay(ymd(2024, 5, 4)))
    // 2022 was decided exactly as the rules give it.
    #expect(weekdaysOff(rulesOnly, 2022) == weekdaysOff(calendar, 2022))
    // 2020 under the Labour Code 2012: Quốc khánh is 2/9 only.
    #expect(weekdaysOff(rulesOnly, 2020).filter { $0.month == 9 } == [ymd(2020, 9, 2)])
}

@Test(
    "the default day next to 2/9 is the one the decided years chose",
    arguments: [
        (2021, 3), (2022, 1), (2023, 1), (2024, 3), (2025, 1), (2026, 1),
    ])
func nationalDayAdjacent(_ year: Int, _ day: Int) {
    #expect(HolidayCalendar.nationalDayAdjacent(year) == ymd(year, 9, day))
}

@Test func everyRuleBasedYearGivesTheLawsNumberOfDays() {
    // 11 weekdays off a year from 2021 (10 before, 12 from 2026 with 24/11), whatever the
    // weekdays, for 1990-2199; the only collision of two holidays in that span would show here
    // (1947, Giỗ Tổ on 30/4, is before it).
    var wrong: [String] = []
    for year in 1990...2199 {
        let off = weekdaysOff(rulesOnly, year)
        if off.count != (year >= 2026 ? 12 : year >= 2021 ? 11 : 10) { wrong.append("\(year): \(off.count)") }
        if off.contains(where: { $0.year != year }) { wrong.append("\(year): a day outside the year") }
    }
    #expect(wrong.isEmpty, "\(wrong)")
}

// MARK: - Working days

private let workingDayCases: [(String, CivilDate, Int, CivilDate)] = [
    // The example: 27/4-1/5/2024 off, Saturday 4/5 worked.
    ("issue 7 example", ymd(2024, 4, 26), 5, ymd(2024, 5, 7)),
    ("the swap Saturday counts", ymd(2024, 5, 3), 1, ymd(2024, 5, 4)),
    ("assigned on the swap Saturday", ymd(2024, 5, 4), 1, ymd(2024, 5, 6)),
    ("assigned on a holiday", ymd(2024, 4, 30), 1, ymd(2024, 5, 2)),
    ("across Tết 2024", ymd(2024, 2, 7), 1, ymd(2024, 2, 15)),
    ("across Tết 2024, 3 days", ymd(2024, 2, 7), 3, ymd(2024, 2, 19)),
    ("across Tết 2025", ymd(2025, 1, 24), 1, ymd(2025, 2, 3)),
    ("across Tết 2023", ymd(2023, 1, 19), 2, ymd(2023, 1, 30)),
    ("across Tết 2027 (rule-based)", ymd(2027, 2, 3), 1, ymd(2027, 2, 11)),
    ("across Ngày Văn hóa 2026", ymd(2026, 11, 20), 5, ymd(2026, 11, 30)),
    ("across Quốc khánh 2026 and its swap", ymd(2026, 8, 21), 1, ymd(2026, 8, 22)),
    ("across Quốc khánh 2026", ymd(2026, 8, 28), 1, ymd(2026, 9, 3)),
    ("across 30/4-1/5 2025 with its swap", ymd(2025, 4, 25), 1, ymd(2025, 4, 26)),
    ("across 30/4-1/5 2025", ymd(2025, 4, 29), 1, ymd(2025, 5, 5)),
    ("year end 2024 -> 2025", ymd(2024, 12, 31), 1, ymd(2025, 1, 2)),
    ("year end 2023 -> 2024", ymd(2023, 12, 29), 1, ymd(2024, 1, 2)),
    ("year end 2022 -> 2023, 1/1 on Sunday", ymd(2022, 12, 30), 1, ymd(2023, 1, 3)),
    ("year end 2025 -> 2026 with the 2026 swap", ymd(2025, 12, 26), 5, ymd(2026, 1, 6)),
    ("Saturday 10/1/2026 worked", ymd(2026, 1, 8), 2, ymd(2026, 1, 10)),
    ("Quốc khánh 2024", ymd(2024, 8, 30), 1, ymd(2024, 9, 4)),
    ("a plain week", ymd(2024, 6, 3), 5, ymd(2024, 6, 10)),
    ("twenty days across 30/4 2023", ymd(2023, 4, 20), 20, ymd(2023, 5, 23)),
    ("zero days", ymd(2024, 4, 27), 0, ymd(2024, 4, 27)),
    ("negative is zero", ymd(2024, 4, 27), -3, ymd(2024, 4, 27)),
]

@Test("adding working days (Civil Code art. 147)", arguments: workingDayCases)
func addingWorkingDays(_ label: String, _ start: CivilDate, _ n: Int, _ expected: CivilDate) {
    #expect(calendar.addWorkingDays(n, after: start) == expected, "\(label)")
    if n > 0 {
        #expect(calendar.workingDays(from: start.adding(days: 1), through: expected) == n, "\(label)")
        #expect(calendar.isWorkingDay(expected), "\(label)")
    }
}

@Test(
    "next working day (Civil Code art. 148)",
    arguments: [
        (ymd(2024, 2, 10), ymd(2024, 2, 15)),
        (ymd(2024, 4, 27), ymd(2024, 5, 2)),
        (ymd(2024, 5, 4), ymd(2024, 5, 4)),
        (ymd(2024, 5, 5), ymd(2024, 5, 6)),
        (ymd(2024, 5, 15), ymd(2024, 5, 15)),
        (ymd(2022, 12, 31), ymd(2023, 1, 3)),
        (ymd(2024, 8, 31), ymd(2024, 9, 4)),
        (ymd(2027, 2, 6), ymd(2027, 2, 11)),
    ])
func nextWorkingDay(_ date: CivilDate, _ expected: CivilDate) {
    #expect(calendar.nextWorkingDay(onOrAfter: date) == expected)
}

@Test func workingDaysInAYear() {
    // 2024: 262 weekdays, 12 off, Saturday 4/5 worked. 2023: 260 weekdays, 11 off.
    #expect(calendar.workingDays(from: ymd(2024, 1, 1), through: ymd(2024, 12, 31)) == 251)
    #expect(calendar.workingDays(from: ymd(2023, 1, 1), through: ymd(2023, 12, 31)) == 249)
    #expect(calendar.workingDays(from: ymd(2024, 1, 2), through: ymd(2024, 1, 1)) == 0)
}

@Test func farAndHugeCountsEnd() {
    // Years beyond the lunar calendar have only the solar holidays; the count stops at 9999.
    #expect(calendar.addWorkingDays(10, after: ymd(2500, 1, 1)) == ymd(2500, 1, 15))
    #expect(calendar.addWorkingDays(Int.max, after: ymd(9999, 12, 1)) == ymd(9999, 12, 31))
    #expect(calendar.nextWorkingDay(onOrAfter: ymd(9999, 12, 31)) == ymd(9999, 12, 31))
}

// MARK: - Users' overrides

@Test func usersOverrides() {
    let c = HolidayCalendar(
        extraDaysOff: [
            HolidayOverride(date: ymd(2026, 11, 23), note: "Ngày giải phóng tỉnh"),
            HolidayOverride(date: ymd(2024, 6, 14)),
            HolidayOverride(date: ymd(2024, 6, 17)),
        ],
        extraWorkingDays: [
            HolidayOverride(date: ymd(2024, 5, 5), note: "trực"),
            HolidayOverride(date: ymd(2024, 9, 3)),
            HolidayOverride(date: ymd(2024, 6, 17)),
        ])
    #expect(!c.isWorkingDay(ymd(2026, 11, 23)))
    #expect(!c.isWorkingDay(ymd(2024, 6, 14)))
    #expect(c.isWorkingDay(ymd(2024, 6, 17)), "a day in both lists is a working day")
    #expect(c.isWorkingDay(ymd(2024, 5, 5)))
    #expect(c.isWorkingDay(ymd(2024, 9, 3)))
    #expect(c.addWorkingDays(1, after: ymd(2024, 9, 2)) == ymd(2024, 9, 3))
    #expect(c.addWorkingDays(1, after: ymd(2024, 6, 13)) == ymd(2024, 6, 17))

    let r2026 = c.reasons(for: 2026).first { $0.date == ymd(2026, 11, 23) }
    #expect(r2026?.vi == "Ngày nghỉ bổ sung: Ngày giải phóng tỉnh")
    let r2024 = c.reasons(for: 2024)
    #expect(r2024.first { $0.date == ymd(2024, 5, 5) }?.en == "Extra working day: trực")
    #expect(
        r2024.first { $0.date == ymd(2024, 9, 3) }?.vi == "Ngày làm việc bổ sung (cấu hình) (thay vì nghỉ Quốc khánh)")
    #expect(r2024.first { $0.date == ymd(2024, 6, 14) }?.en == "Extra day off (configuration)")
    #expect(!r2024.contains { $0.date == ymd(2024, 6, 17) })
    // The standard calendar is untouched.
    #expect(calendar.isWorkingDay(ymd(2026, 11, 23)))
    #expect(calendar.isWorkingDay(ymd(2024, 6, 14)))
}

@Test func aDecisionFromTheConfigurationReplacesTheBuiltInOne() {
    // Say 2026's Quốc khánh were corrected to 1/9-2/9 with Monday 31/8 swapped for Saturday 12/9.
    let extra = HolidayDecision(
        year: 2026, occasion: .nationalDay,
        daysOff: [ymd(2026, 8, 29), ymd(2026, 8, 30), ymd(2026, 8, 31), ymd(2026, 9, 1), ymd(2026, 9, 2)],
        swaps: [HolidaySwap(dayOff: ymd(2026, 8, 31), workingDay: ymd(2026, 9, 12))], source: "test")
    let c = HolidayCalendar(decisions: HolidayCalendar.builtInDecisions + [extra])
    #expect(c.status(of: 2026) == .decided)
    #expect(c.decisions(in: 2026).first { $0.occasion == .nationalDay }?.source == "test")
    #expect(
        weekdaysOff(c, 2026).filter { $0.month >= 8 && $0.month <= 9 } == [
            ymd(2026, 8, 31), ymd(2026, 9, 1), ymd(2026, 9, 2),
        ])
    #expect(workingWeekendDays(c, 2026) == [ymd(2026, 1, 10), ymd(2026, 9, 12)])
    #expect(c.isWorkingDay(ymd(2026, 9, 3)))
}

@Test func reasonsListOnlyExceptions() {
    let reasons = calendar.reasons(for: 2024)
    #expect(reasons.count == 13)
    #expect(reasons.map(\.date) == reasons.map(\.date).sorted())
    for r in reasons {
        #expect(!r.vi.isEmpty && !r.en.isEmpty)
        // Weekdays off, or weekend days worked.
        #expect((r.date.isoWeekday <= 5) != calendar.isWorkingDay(r.date), "\(r.date)")
    }
    #expect(reasons.first?.vi == "Tết Dương lịch")
    #expect(reasons.first { $0.date == ymd(2024, 2, 8) }?.vi == "Tết Nguyên đán, 29 tháng Chạp")
    #expect(reasons.first { $0.date == ymd(2024, 2, 12) }?.en == "Lunar New Year (Tết), lunar 3/1")
}

@Test func daysWithoutADecisionAreMarkedExpected() {
    // 2027 is undecided: every day is expected (dự kiến); 2026 is decided: none is.
    #expect(!calendar.days(in: 2027).isEmpty && calendar.days(in: 2027).allSatisfy { $0.expected })
    #expect(calendar.days(in: 2026).allSatisfy { !$0.expected })
    #expect(calendar.expectedOccasions(in: 2027) == HolidayOccasion.allCases)
    #expect(calendar.expectedOccasions(in: 2025).isEmpty)
    #expect(HolidayOccasion.occasions(in: 2025).count == 5)
    // A decision for 2027's Tết: its days are no longer expected, the others still are.
    let tet = HolidayDecision(year: 2027, occasion: .tet, daysOff: (4...10).map { ymd(2027, 2, $0) }, source: "test")
    let c = HolidayCalendar(decisions: HolidayCalendar.builtInDecisions + [tet])
    #expect(c.status(of: 2027) == .partlyDecided)
    #expect(c.days(in: 2027).filter { $0.occasion == .tet }.allSatisfy { !$0.expected })
    #expect(c.days(in: 2027).filter { $0.occasion == .nationalDay }.allSatisfy { $0.expected })
    #expect(!c.expectedOccasions(in: 2027).contains(.tet))
}
