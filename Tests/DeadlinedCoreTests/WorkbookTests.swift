import Foundation
import Testing

@testable import DeadlinedCore

private let vn = Zone.vietnam

@Test func excelSerialsCountDaysFrom30December1899() {
    // 1/3/1900 is Excel's day 61 (it counts a 29/2/1900 that never was); 1/1/2024 is 45292,
    // so 15/5/2024 is 45292 + 31 + 29 + 31 + 30 + 14 = 45427; 31/12/9999, Excel's last day,
    // is 2958465.
    #expect(Cell.date(CivilDate(year: 1900, month: 3, day: 1)).excelSerial == 61)
    #expect(Cell.date(CivilDate(year: 1900, month: 2, day: 28)).excelSerial == nil)
    #expect(Cell.date(CivilDate(year: 2024, month: 1, day: 1)).excelSerial == 45292)
    #expect(Cell.date(CivilDate(year: 2024, month: 5, day: 15)).excelSerial == 45427)
    #expect(Cell.date(CivilDate(year: 9999, month: 12, day: 31)).excelSerial == 2_958_465)
    // 17:00 is 17/24 of a day.
    let timed = Cell.dateTime(CivilDate(year: 2024, month: 5, day: 18), secondOfDay: 17 * 3600)
    #expect(timed.excelSerial == 45430 + 17.0 / 24)
    #expect(Cell.text("15/5/2024").excelSerial == nil)
}

@Test func textOverExcelsLimitIsCutAtACharacterWithAnEllipsis() {
    #expect(Workbook.fitted("Sở Tài chính") == "Sở Tài chính")
    // "ầ" is 3 bytes of UTF-8: (32767 - 3 for "…") / 3 = 10921 whole characters fit.
    let long = String(repeating: "ầ", count: 40000)
    let cut = Workbook.fitted(long)
    #expect(cut.hasSuffix("…"))
    #expect(cut.count == 10922)
    #expect(cut.utf8.count == 10921 * 3 + 3)
    #expect(cut.utf8.count <= Workbook.maxTextBytes)
}

@Test func columnsAreAsWideAsTheirLongestLinePlusTwoUpTo60() {
    let sheet = Sheet(
        name: "s", headers: ["ID", "Nhiệm vụ", "Hạn", "Tỷ lệ"],
        rows: [
            [.text("abc"), .text("x\nlonger line"), .date(CivilDate(year: 2024, month: 5, day: 15)), .percent(0.5)],
            [.integer(123_456), .text(String(repeating: "a", count: 70)), .empty, .empty],
        ])
    // ID: "123456", 6 + 2; Nhiệm vụ: 70 characters, capped at 58 + 2; Hạn: a date, 10 + 2;
    // Tỷ lệ: a share counts as 7 characters, more than the header's 5: 7 + 2.
    #expect(sheet.columnWidths == [8, 60, 12, 9])
    let short = Sheet(name: "s", headers: ["ID", "Nhiệm vụ"], rows: [[.text("a"), .text("x\nlonger line")]])
    // "Nhiệm vụ" is 8 characters, "longer line" 11: 11 + 2.
    #expect(short.columnWidths == [4, 13])
}

@Test func reportWorkbookHasThreeSheetsAndListsTheOverdueMostDaysFirst() {
    let cfg = sampleConfig()
    let wb = cfg.reportWorkbook(at: unix("2024-05-20T16:59:59Z"), words: Words(.en))
    #expect(wb.sheets.map(\.name) == ["By agency", "By directive", "Overdue"])
    #expect(wb.sheets.allSatisfy { $0.frozenRows == 1 })
    let agency = wb.sheets[0]
    #expect(
        agency.headers == [
            "Agency", "Total", "Done", "Ongoing", "In progress", "Not started", "On time", "Late", "Not yet due",
            "Due soon", "Overdue", "On-time share", "Overdue share", "Cancelled",
        ])
    // At the end of 20/5/2024: Tài chính a, c overdue; Nội vụ g overdue, f on time, b open;
    // Y tế d open, e ongoing. By status: f done; e ongoing; a in progress, b too (marked done
    // but completed 3/6, after now); c, d, g not started. 1 on time and 3 overdue of 6 with
    // a deadline.
    #expect(
        agency.rows.last == [
            .text("Total"), .integer(7), .integer(1), .integer(1), .integer(2), .integer(3), .integer(1),
            .integer(0), .integer(2), .integer(0), .integer(3), .percent(1.0 / 6), .percent(0.5), .integer(0),
        ])
    #expect(agency.boldLastRows == 1)
    let directive = wb.sheets[1]
    #expect(Array(directive.headers.prefix(4)) == ["Directive", "Reference", "Title", "Issued"])
    #expect(
        Array(directive.rows[0].prefix(5)) == [
            .text("kh-762"), .text("Kế hoạch số 762/KH-TCT"), .text("Đề án 06"), .empty, .integer(4),
        ])
    // c is 10 days past 10/5, a 5 past 15/5, g 3 past 17/5.
    let overdue = wb.sheets[2]
    #expect(overdue.rows.map { $0.last } == [.text("c"), .text("a"), .text("g")])
    #expect(
        overdue.rows[0] == [
            .text("Sở Tài chính"), .text("Báo cáo"), .text("Kế hoạch số 762/KH-TCT"),
            .date(CivilDate(year: 2024, month: 5, day: 10)), .integer(10), .integer(0), .empty, .empty, .text("c"),
        ])
}

@Test func listWorkbookHasAColumnPerJSONFieldHeadedInTheConfiguredLanguage() {
    let cfg = fullAndBareConfig()
    let now = unix("2024-05-25T03:00:00Z")
    let r = Renderer(zone: vn, language: .vi, width: nil)
    let wb = r.listWorkbook(cfg, cfg.picks(at: now))
    #expect(wb.sheets.count == 1)
    let sheet = wb.sheets[0]
    #expect(sheet.headers.count == ListField.allCases.count)
    #expect(Array(sheet.headers.prefix(6)) == ["ID", "Văn bản", "Số hiệu văn bản", "Cơ quan", "Nhiệm vụ", "Hạn"])
    let full = sheet.rows.first { $0.first == .text("full") }
    func at(_ f: ListField) -> Cell? { full.map { $0[ListField.allCases.firstIndex(of: f) ?? 0] } }
    // Timed due 17:00 20/5; completed at the start of 21/5, a whole day; followed up until
    // the end of 26/5; original due 10/5.
    #expect(at(.due) == .dateTime(CivilDate(year: 2024, month: 5, day: 20), secondOfDay: 17 * 3600))
    #expect(at(.completed) == .date(CivilDate(year: 2024, month: 5, day: 21)))
    #expect(at(.ackUntil) == .date(CivilDate(year: 2024, month: 5, day: 26)))
    #expect(at(.originalDue) == .date(CivilDate(year: 2024, month: 5, day: 10)))
    #expect(at(.extensions) == .integer(1))
    #expect(at(.state) == .text("hoàn thành trễ hạn"))  // the glossary's name for done_late
    #expect(at(.status) == .text("done"))
}

@Test func listWorkbookHasTheProgressColumnsAsNumbersAndShares() throws {
    // 14 of a 25 target reported on 10/5; from 1/5 to the due day 31/5, 24 of 30 days are
    // gone at 25/5: 20 expected, a share of 0,8; 14/25 = 0,56.
    let may = { (d: Int) in CivilDate(year: 2024, month: 5, day: d) }
    var item = Item(
        id: "count", agency: "Sở Nội vụ", task: "Chỉ tiêu",
        deadline: Deadline(DueSpec(kind: .day, date: may(31)), in: vn),
        dueText: "31/5/2024", source: SourceLocation(file: "t.yaml", line: 1, column: 1))
    item.measure = Measure(
        target: 25, unit: "thủ tục", start: may(1), progress: [ProgressEntry(on: may(10), value: 14)])
    let cfg = Config(items: [item])
    let now = unix("2024-05-25T03:00:00Z")
    var r = Renderer(zone: vn, language: .vi, width: nil)
    r.now = now
    let row = try #require(r.listWorkbook(cfg, cfg.picks(at: now)).sheets.first?.rows.first)
    func at(_ f: ListField) -> Cell { row[ListField.allCases.firstIndex(of: f) ?? 0] }
    #expect(at(.target) == .number(25) && at(.unit) == .text("thủ tục") && at(.targetIsPercent) == .text("không"))
    #expect(at(.progress) == .number(14) && at(.progressOn) == .date(may(10)))
    #expect(at(.progressShare) == .percent(0.56) && at(.expectedShare) == .percent(0.8))
}

@Test func reportWorkbookIsNarrowedByAgencyLikeTheTableReport() {
    let cfg = sampleConfig()
    let wb = cfg.reportWorkbook(
        at: unix("2024-05-20T16:59:59Z"), words: Words(.en), filter: ListFilter(agencies: ["sở tài chính"]))
    // Only Sở Tài chính's items a and c (both overdue at the end of 20/5/2024, see above):
    // one agency row and the total, both 2 items, 2 overdue; the overdue sheet lists c then a.
    let agency = wb.sheets[0]
    #expect(agency.rows.count == 2)
    #expect(agency.rows.map { $0[0] } == [.text("Sở Tài chính"), .text("Total")])
    #expect(agency.rows.allSatisfy { $0[1] == .integer(2) && $0[10] == .integer(2) })
    #expect(wb.sheets[2].rows.map { $0[0] } == [.text("Sở Tài chính"), .text("Sở Tài chính")])
}
