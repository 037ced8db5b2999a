import Foundation
import Testing

@testable import DeadlinedCore

private let vn = Zone.vietnam
private let src = SourceLocation(file: "t.yaml", line: 1, column: 1)
private func day(_ d: Int, _ m: Int, _ y: Int) -> CivilDate { CivilDate(year: y, month: m, day: d) }

/// Agency A: 14 of 25 (0.56) and 80 % of a 76 % target (1.05..., counted as 1); agency B: no
/// target. A's progress share: (0.56 + 1) / 2 = 0.78; the total's the same.
private func config() -> Config {
    let due = Deadline(DueSpec(kind: .day, date: day(31, 12, 2024)), in: vn)
    var a1 = Item(id: "a1", agency: "A", task: "T", deadline: due, status: .inProgress, source: src)
    a1.measure = Measure(target: 25, progress: [ProgressEntry(on: day(30, 6, 2024), value: 14)])
    var a2 = Item(id: "a2", agency: "A", task: "T", deadline: due, status: .inProgress, source: src)
    a2.measure = Measure(target: 76, isPercent: true, progress: [ProgressEntry(on: day(30, 6, 2024), value: 80)])
    let b = Item(id: "b", agency: "B", task: "T", deadline: due, status: .inProgress, source: src)
    return Config(items: [a1, a2, b])
}

@Test func reportGroupsCarryTheMeanProgressShare() throws {
    let now = vn.instant(day(1, 7, 2024))
    let (groups, total) = config().report(at: now, by: .agency)
    let a = try #require(groups.first { $0.0 == "A" }?.1)
    #expect(a.withTarget == 2 && a.progressShare == 0.78)
    #expect(groups.first { $0.0 == "B" }?.1.progressShare == nil)
    #expect(total.progressShare == 0.78)
    // Before 30/6 nothing is reported: both count 0.
    #expect(config().report(at: vn.instant(day(30, 6, 2024)) - 1, by: .agency).total.progressShare == 0)

    let r = Renderer(zone: vn, language: .vi, width: nil)
    let json = r.report(groups, total: total, by: .agency, format: .json)
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let rows = try #require(obj["groups"] as? [[String: Any]])
    let ja = try #require(rows.first { $0["agency"] as? String == "A" })
    #expect((ja["progress_share"] as? NSNumber)?.doubleValue == 0.78)
    #expect((ja["items_with_target"] as? NSNumber)?.intValue == 2)
    #expect(rows.first { $0["agency"] as? String == "B" }?["progress_share"] == nil)
    // The timeliness table ends with the progress column: A's 0,78, B's empty, the total's 0,78.
    let table = r.report(groups, total: total, by: .agency, format: .table)
    #expect(table.contains("Tiến độ"))
    let rowA = try #require(table.split(separator: "\n").last { $0.hasPrefix("A ") })
    #expect(rowA.hasSuffix("78,00 %"))
    let rowB = try #require(table.split(separator: "\n").last { $0.hasPrefix("B ") })
    #expect(rowB.hasSuffix("0,00 %"))
    let rowTotal = try #require(table.split(separator: "\n").last { $0.hasPrefix("Tổng cộng") })
    #expect(rowTotal.hasSuffix("78,00 %"))
    // No item with a target: no progress column.
    let plain = Config(items: [config().items[2]]).report(at: now, by: .agency)
    #expect(!r.report(plain.groups, total: plain.total, by: .agency, format: .table).contains("Tiến độ"))
    let csv = r.report(groups, total: total, by: .agency, format: .csv)
    #expect(
        csv.hasPrefix(
            "agency,total,done_on_time,done_late,not_yet_due,overdue,ongoing,overdue_share,"
                + "by_status_done,by_status_ongoing,by_status_in_progress,by_status_not_started,"
                + "due_soon,cancelled,on_time_share,no_deadline,items_with_target,progress_share\n"
        ))
    // A: 2 in progress, not yet due, none done: both shares 0; none without a deadline; then 2
    // with a target, 0,78.
    #expect(csv.contains("\nA,2,0,0,2,0,0,0.0000,0,0,2,0,0,0,0.0000,0,2,0.7800\n"))
    #expect(csv.contains("\nB,1,0,0,1,0,0,0.0000,0,0,1,0,0,0,0.0000,0,0,\n"))
}
