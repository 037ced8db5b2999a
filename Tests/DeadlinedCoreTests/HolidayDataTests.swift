import Foundation
import Testing

@testable import DeadlinedCore

private func ymd(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d) }

/// data/holidays.tsv: Tests/DeadlinedCoreTests/HolidayDataTests.swift is three levels down.
private let dataFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("data/holidays.tsv")

@Test func theEmbeddedTableIsTheDataFile() throws {
    let file = try String(contentsOf: dataFile, encoding: .utf8)
    #expect(BuiltInHolidayData.tsv == file, "data/holidays.tsv changed: run `make holiday-data`")
}

@Test func theBuiltInTableHasNoProblems() {
    let (decisions, problems) = HolidayData.parseTable(BuiltInHolidayData.tsv)
    #expect(problems.isEmpty, "\(problems)")
    // 2020-2025: five occasions a year; 2026: six, with Ngày Văn hóa Việt Nam.
    #expect(decisions.count == 6 * 5 + 6)
    #expect(decisions == HolidayCalendar.builtInDecisions)
    #expect(Set(decisions.map(\.year)) == Set(2020...2026))
    for d in decisions { #expect(d.origin == nil) }
}

@Test func aTableLineGivesADecision() {
    let text =
        "# a comment\n\n2027\tnational_day\t2027-09-02..2027-09-03, 2027-08-30\t2027-08-30>2027-08-21\tCông văn 1/VPCP\n"
    let (decisions, problems) = HolidayData.parseTable(text)
    #expect(problems.isEmpty)
    #expect(
        decisions == [
            HolidayDecision(
                year: 2027, occasion: .nationalDay, daysOff: [ymd(2027, 9, 2), ymd(2027, 9, 3), ymd(2027, 8, 30)],
                swaps: [HolidaySwap(dayOff: ymd(2027, 8, 30), workingDay: ymd(2027, 8, 21))], source: "Công văn 1/VPCP")
        ])
}

@Test func tableProblemsSayWhere() {
    let text = [
        "2027\tnational_day\t2027-09-02",
        "2027\tquoc_khanh\t2027-09-02\t-\tx",
        "2027\ttet\t2027-02-31\t-\tx",
        "2027\ttet\t2027-02-04..2027-02-10\t2027-02-04>2027-02-08\tx",
        "2027\tnational_day\t2027-09-03..2027-09-02\t-\tx",
        "2025\tculture_day\t2025-11-24\t-\tx",
        "2027\tnew_year\t2027-01-01\t-\t ",
    ].joined(separator: "\n")
    let (decisions, problems) = HolidayData.parseTable(text)
    #expect(decisions.isEmpty)
    #expect(
        problems == [
            .init(
                line: 1, column: 1,
                message: "expected 5 fields separated by tabs (year, occasion, off, swaps, source), found 3"),
            .init(
                line: 2, column: 6,
                message:
                    "unknown occasion 'quoc_khanh'; expected one of new_year, tet, hung_kings, reunification_labour_day, national_day, culture_day"
            ),
            .init(
                line: 3, column: 10, message: "invalid date '2027-02-31': expected YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD"
            ),
            .init(
                line: 4, column: 10, message: "the swap's working day 2027-02-08 is a Monday, not a Saturday or Sunday"),
            .init(line: 5, column: 19, message: "invalid range '2027-09-03..2027-09-02': it ends before it starts"),
            .init(line: 6, column: 18, message: "culture_day is a holiday only from 2026"),
            .init(line: 7, column: 28, message: "the source is empty"),
        ])
}

@Test(
    "day lists",
    arguments: [
        ("2026-11-24", [ymd(2026, 11, 24)]),
        ("2026-12-31..2027-01-01", [ymd(2026, 12, 31), ymd(2027, 1, 1)]),
        ("2026-01-01..2026-01-31", (1...31).map { ymd(2026, 1, $0) }),
    ])
func dayLists(_ text: String, _ days: [CivilDate]) throws {
    #expect(try HolidayData.days(text).get() == days)
}

@Test("bad day lists", arguments: ["2026-1-1", "24/11/2026", "2026-01-01..2026-02-01", "2026-01-01..", "2026-02-30"])
func badDayLists(_ text: String) {
    #expect(throws: HolidayData.Problem.self) { try HolidayData.days(text).get() }
}

@Test func decisionChecks() {
    let d = HolidayDecision(
        year: 2027, occasion: .tet, daysOff: [ymd(2027, 2, 6), ymd(2028, 9, 1)],
        swaps: [HolidaySwap(dayOff: ymd(2027, 2, 7), workingDay: ymd(2027, 2, 13))], source: "x")
    #expect(
        HolidayData.check(d) == [
            "2028-09-01 is not in or next to 2027",
            "the swap's day off 2027-02-07 is a Sunday, not a weekday",
            "the swap's day off 2027-02-07 is not among the days off",
        ])
    let weekendOnly = HolidayDecision(year: 2027, occasion: .newYear, daysOff: [ymd(2027, 1, 2)], source: "x")
    #expect(HolidayData.check(weekendOnly) == ["no weekday among the days off: the decision changes nothing"])
}
