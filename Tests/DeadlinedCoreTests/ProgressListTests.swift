import Foundation
import Testing

@testable import DeadlinedCore

private let vn = Zone.vietnam
private let src = SourceLocation(file: "t.yaml", line: 1, column: 1)
private func day(_ d: Int, _ m: Int, _ y: Int) -> CivilDate { CivilDate(year: y, month: m, day: d) }

/// Bến Lức: 25 procedures assigned 1/1/2024, due 31/12/2024, 14 reported on 30/6/2024.
private func benLuc() -> Item {
    var it = Item(
        id: "bl", agency: "UBND huyện Bến Lức", task: "Dịch vụ công thiết yếu",
        deadline: Deadline(DueSpec(kind: .day, date: day(31, 12, 2024)), in: vn), status: .inProgress, source: src)
    it.measure = Measure(
        target: 25, unit: "thủ tục", start: day(1, 1, 2024), progress: [ProgressEntry(on: day(30, 6, 2024), value: 14)])
    return it
}

private func render(_ items: [Item], at now: Int64, language: Language, format: OutputFormat) -> String {
    var r = Renderer(zone: vn, language: language, width: nil)
    r.now = now
    let rows = items.map { ListRow(item: $0, evaluation: $0.evaluate(at: now, settings: Settings()), directive: nil) }
    return r.list(rows, format: format)
}

@Test func listJSONCarriesTheProgressFields() throws {
    let noon30June = vn.instant(day(30, 6, 2024), hour: 12)
    let plain = Item(id: "p", agency: "A", task: "T", source: src)
    let out = render([benLuc(), plain], at: noon30June, language: .vi, format: .json)
    let array = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
    let a = try #require(array.first)
    #expect((a["target"] as? NSNumber)?.intValue == 25)
    #expect(a["target_is_percent"] as? Bool == false)
    #expect(a["unit"] as? String == "thủ tục")
    #expect((a["progress"] as? NSNumber)?.intValue == 14)
    #expect(a["progress_on"] as? String == "2024-06-30")
    #expect((a["progress_share"] as? NSNumber)?.doubleValue == 0.56)  // 14 / 25
    // 181 of 365 days (see MeasureTests): 0.49589... to four decimals.
    #expect((a["expected_share"] as? NSNumber)?.doubleValue == 0.4959)
    // An item without a target has none of these fields.
    #expect(array[1]["target"] == nil && array[1]["progress"] == nil)
}

@Test func progressReportedLaterThanNowDoesNotCountYet() throws {
    let endOf29June = vn.instant(day(30, 6, 2024)) - 1
    let out = render([benLuc()], at: endOf29June, language: .en, format: .json)
    let a = try #require((try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])?.first)
    #expect(a["progress"] is NSNull && a["progress_on"] is NSNull && a["progress_share"] is NSNull)
    // 29/6 - 1/1 = 180 days of 365: 0.49315... to four decimals.
    #expect((a["expected_share"] as? NSNumber)?.doubleValue == 0.4932)
}

@Test func listTableShowsProgressInEachLanguage() {
    let now = vn.instant(day(1, 7, 2024))
    #expect(render([benLuc()], at: now, language: .vi, format: .table).contains("Tiến độ"))
    #expect(render([benLuc()], at: now, language: .vi, format: .table).contains("14/25 thủ tục, 56 %"))
    #expect(render([benLuc()], at: now, language: .en, format: .table).contains("14/25 thủ tục, 56%"))
    var rate = benLuc()
    rate.measure = Measure(
        target: 76, isPercent: true, start: day(1, 1, 2024), progress: [ProgressEntry(on: day(1, 3, 2024), value: 60.5)]
    )
    // 60.5 / 76 = 0.796...: 80 % when rounded to whole percents.
    #expect(render([rate], at: now, language: .vi, format: .table).contains("60,5 %/76 %, 80 %"))
    #expect(render([rate], at: now, language: .en, format: .table).contains("60.5%/76%, 80%"))
    let plain = Item(id: "p", agency: "A", task: "T", source: src)
    #expect(!render([plain], at: now, language: .vi, format: .table).contains("Tiến độ"))
}
