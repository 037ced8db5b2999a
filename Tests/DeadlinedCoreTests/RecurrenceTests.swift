import Testing

@testable import DeadlinedCore

private func c(_ d: Int, _ m: Int, _ y: Int) -> CivilDate { CivilDate(year: y, month: m, day: d) }

@Test func monthlyOnThe31stLandsOnTheLastDayOfShortMonths() {
    let r = Recurrence(every: .month, day: .nth(31), starts: c(15, 1, 2024), until: c(1, 4, 2024))
    let o = r.occurrences(through: c(31, 12, 2030))
    #expect(o.map(\.key) == ["2024-01", "2024-02", "2024-03", "2024-04"])
    #expect(o.map(\.due) == [c(31, 1, 2024), c(29, 2, 2024), c(31, 3, 2024), c(30, 4, 2024)])
}

@Test func lastDayAcrossAYearEndAndDoneThrough() {
    let r = Recurrence(
        every: .month, day: .last, starts: c(1, 11, 2024), until: c(1, 2, 2025), doneThrough: c(10, 12, 2024))
    let o = r.occurrences(through: c(31, 12, 2030))
    #expect(o.map(\.due) == [c(30, 11, 2024), c(31, 12, 2024), c(31, 1, 2025), c(28, 2, 2025)])
    #expect(o.map(\.done) == [true, true, false, false])
}

@Test(arguments: [
    (Recurrence.Period.quarter, Recurrence.Day.nth(20), ["2024-Q2", "2024-Q3"], [c(20, 4, 2024), c(20, 7, 2024)]),
    (.quarter, .last, ["2024-Q2", "2024-Q3"], [c(30, 6, 2024), c(30, 9, 2024)]),
    (.halfYear, .last, ["2024-H1", "2024-H2"], [c(30, 6, 2024), c(31, 12, 2024)]),
    (.year, .nth(60), ["2024"], [c(29, 2, 2024)]),
    // "ngày 20 của tháng cuối quý", the last day of a half-year's second month, 15 December.
    (.quarter, .monthDay(day: 20, month: nil), ["2024-Q2", "2024-Q3"], [c(20, 6, 2024), c(20, 9, 2024)]),
    (.quarter, .monthDay(day: 31, month: 2), ["2024-Q2", "2024-Q3"], [c(31, 5, 2024), c(31, 8, 2024)]),
    (.halfYear, .monthDay(day: nil, month: 2), ["2024-H1", "2024-H2"], [c(29, 2, 2024), c(31, 8, 2024)]),
    (.year, .monthDay(day: 15, month: 12), ["2024"], [c(15, 12, 2024)]),
    (
        .month, .monthDay(day: 31, month: 1), ["2024-05", "2024-06", "2024-07", "2024-08"],
        [c(31, 5, 2024), c(30, 6, 2024), c(31, 7, 2024), c(31, 8, 2024)]
    ),
])
func periodsBeyondAMonth(every: Recurrence.Period, day: Recurrence.Day, keys: [String], dues: [CivilDate]) {
    let r = Recurrence(every: every, day: day, starts: c(10, 5, 2024), until: c(1, 8, 2024))
    let o = r.occurrences(through: c(31, 12, 2030))
    #expect(o.map(\.key) == keys)
    #expect(o.map(\.due) == dues)
}

@Test func weeklyOnFridayWithISOWeekKeysAcrossTheYearEnd() {
    // 30/12/2024 is the Monday of ISO week 1 of 2025.
    let r = Recurrence(every: .week, day: .weekday(5), starts: c(23, 12, 2024), until: c(6, 1, 2025))
    let o = r.occurrences(through: c(31, 12, 2030))
    #expect(o.map(\.key) == ["2024-W52", "2025-W01", "2025-W02"])
    #expect(o.map(\.due) == [c(27, 12, 2024), c(3, 1, 2025), c(10, 1, 2025)])
}

@Test func anOpenEndedDutyStopsAtTheHorizon() {
    let r = Recurrence(every: .month, day: .nth(20), starts: c(1, 1, 2020))
    #expect(r.occurrences(through: c(5, 3, 2020)).map(\.key) == ["2020-01", "2020-02", "2020-03"])
}
