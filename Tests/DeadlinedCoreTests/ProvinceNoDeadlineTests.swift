import Foundation
import Testing

@testable import DeadlinedCore

// Work without a deadline (issue 17) in the province report rebuilt from snapshots (issue
// 19): the count travels in the snapshot and shows wherever `report` shows it.

private typealias F = SchedFixture

/// 20/5/2024 10:00 in Vietnam: when the office writes its snapshot.
private let now = F.vn(20, 5, 2024, 10)
private let office = "UBND huyện Cần Giuộc"

/// Five items (reminders 7 days and 1 day ahead):
/// - Sở A: a1 due 1/5, in progress: overdue; a2 no due, in progress and a3 no due, not
///   started: no deadline. Counts: 3 tasks, 1 overdue, 2 no deadline; by status 2 in
///   progress, 1 not started; with a deadline 1 (a1): overdue share 1/1.
/// - Sở B: b1 due 30/6, not started: not yet due (41 days off, not due soon); b2 no due,
///   ongoing. Counts: 2 tasks, 1 not yet due, 1 ongoing; by status 1 not started, 1 ongoing.
/// - The office: 5 tasks, 1 overdue, 1 not yet due, 1 ongoing, 2 no deadline; with a
///   deadline 2 (a1, b1): overdue share 1/2.
private func undated() -> Config {
    F.config([
        F.item("a1", deadline: F.dayDeadline(1, 5, 2024), status: .inProgress, agency: "Sở A"),
        F.item("a2", deadline: nil, status: .inProgress, agency: "Sở A"),
        F.item("a3", deadline: nil, status: .notStarted, agency: "Sở A"),
        F.item("b1", deadline: F.dayDeadline(30, 6, 2024), status: .notStarted, agency: "Sở B"),
        F.item("b2", deadline: nil, status: .ongoing, agency: "Sở B"),
    ])
}

/// The snapshot read back as the centre reads it, an hour later (not silent).
private func provinceReport() -> ProvinceReport {
    var collector = SnapshotCollector()
    for e in Snapshot.entries(undated(), now: now, reason: .digest, id: "s-1", office: office) {
        collector.add(Dictionary(e.fields, uniquingKeysWith: { x, _ in x }))
    }
    return ProvinceReport(collector.snapshots, at: now + 3600)
}

@Test func theSnapshotCarriesTheNoDeadlineCount() throws {
    let entries = Snapshot.entries(undated(), now: now, reason: .digest, id: "s-1", office: office)
    // Sở A (1 overdue) before Sở B, then the office entry.
    #expect(entries.map { $0.field("DEADLINED_AGENCY") } == ["Sở A", "Sở B", nil])
    #expect(entries.map { $0.field("DEADLINED_N_NO_DEADLINE") } == ["2", "0", "2"])
    #expect(entries.map { $0.field("DEADLINED_N_TOTAL") } == ["3", "2", "5"])
    let p = provinceReport()
    #expect(p.total.noDeadline == 2 && p.total.total == 5)
    #expect(p.offices.first?.snapshot.agencies.map(\.1.noDeadline) == [2, 0])
}

@Test func anOfficeWithUndatedWorkReadsTheSameInItsJSONAndTable() throws {
    let renderer = Renderer(zone: .vietnam, language: .vi, width: nil)
    let (groups, total) = undated().report(at: now, by: .agency)
    func parse(_ s: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
    }
    let p = try parse(renderer.province(provinceReport(), by: .office, format: .json))
    let o = try parse(renderer.report(groups, total: total, by: .agency, format: .json))
    let first = try #require((p["offices"] as? [[String: Any]])?.first)
    #expect(first["by_agency"] as? [NSDictionary] == o["groups"] as? [NSDictionary])
    #expect(p["total"] as? NSDictionary == o["total"] as? NSDictionary)
    #expect((p["total"] as? [String: Any])?["no_deadline"] as? Int == 2)
    // The table under the office's line is its own report's table, no-deadline column and all.
    let own = renderer.report(groups, total: total, by: .agency, format: .table)
    // The column's heading is cut over two lines ("Không" / "thời hạn"); the sentence under
    // the table says the count.
    #expect(own.contains("  Không  ") && own.contains(", 2 không thời hạn."))
    #expect(renderer.province(provinceReport(), by: .office, format: .table).contains(own))
}

@Test func theProvinceCSVHasTheNoDeadlineColumnLastAsReportsCSV() {
    let renderer = Renderer(zone: .vietnam, language: .vi, width: nil)
    let csv = renderer.province(provinceReport(), by: .office, format: .csv).split(separator: "\n").map(String.init)
    #expect(csv.first?.hasSuffix(",due_soon,cancelled,on_time_share,no_deadline") == true)
    // Columns after the agency: total, on time, late, not yet due, overdue, ongoing, overdue
    // share, by status done/ongoing/in progress/not started, due soon, cancelled, on-time
    // share, no deadline; the figures of the fixture's comment.
    let at = "2024-05-20T10:00:00+07:00"
    #expect(
        Array(csv.dropFirst()) == [
            "\(office),\(at),false,Sở A,3,0,0,0,1,0,1.0000,0,0,2,1,0,0,0.0000,2",
            "\(office),\(at),false,Sở B,2,0,0,1,0,1,0.0000,0,1,0,1,0,0,0.0000,0",
            "\(office),\(at),false,TOTAL,5,0,0,1,1,1,0.5000,0,1,2,2,0,0,0.0000,2",
            "TOTAL,,,TOTAL,5,0,0,1,1,1,0.5000,0,1,2,2,0,0,0.0000,2",
        ])
}

@Test func theProvinceSheetsAndPageHaveTheNoDeadlineColumnAfterOverdue() throws {
    let renderer = Renderer(zone: .vietnam, language: .vi, width: nil)
    let book = renderer.provinceWorkbook(provinceReport(), by: .office)
    for sheet in book.sheets {
        let overdue = try #require(sheet.headers.firstIndex(of: "Quá hạn"))
        #expect(sheet.headers[overdue + 1] == "Không thời hạn", "\(sheet.name)")
        #expect(sheet.rows.allSatisfy { $0.count == sheet.headers.count }, "\(sheet.name)")
    }
    // The offices sheet: the office (2), then the total (2). The agencies sheet: Sở A 2, Sở B 0.
    let offices = book.sheets[0], agencies = book.sheets[1]
    let o = try #require(offices.headers.firstIndex(of: "Không thời hạn"))
    #expect(offices.rows.map { $0[o] } == [.integer(2), .integer(2)])
    let a = try #require(agencies.headers.firstIndex(of: "Không thời hạn"))
    #expect(agencies.rows.map { $0[a] } == [.integer(2), .integer(0)])
    #expect(renderer.provincePage(provinceReport(), by: .office).contains("<th>Không thời hạn</th>"))
    // Without undated work anywhere, no sheet has the column (as `report`'s sheet).
    var collector = SnapshotCollector()
    for e in Snapshot.entries(sampleWithCancelled(), now: now, reason: .digest, id: "s-2", office: office) {
        collector.add(Dictionary(e.fields, uniquingKeysWith: { x, _ in x }))
    }
    let plain = renderer.provinceWorkbook(ProvinceReport(collector.snapshots, at: now), by: .office)
    #expect(plain.sheets.allSatisfy { !$0.headers.contains("Không thời hạn") })
}
