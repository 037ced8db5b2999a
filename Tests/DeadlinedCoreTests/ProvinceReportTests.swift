import Foundation
import Testing

@testable import DeadlinedCore

// The province report rebuilt from snapshots alone (issue 19): pure, no journal.

private func fields(_ a: Alert) -> [String: String] { Dictionary(a.fields, uniquingKeysWith: { x, _ in x }) }

/// The office's JSON in the province report carries exactly the groups and total of its own
/// `report --format json`: the centre's view is the office's view.
@Test func anOfficesJSONIsItsOwnReportsJSON() throws {
    let cfg = sampleWithCancelled()
    let now = unix("2024-05-20T16:59:59Z")
    var collector = SnapshotCollector()
    for e in Snapshot.entries(cfg, now: now, reason: .digest, id: "s-1", office: "UBND huyện Cần Giuộc") {
        collector.add(fields(e))
    }
    let renderer = Renderer(zone: .vietnam, language: .vi, width: nil)
    let province = renderer.province(
        ProvinceReport(collector.snapshots, at: now + 3600), by: .office, format: .json)
    let (groups, total) = cfg.report(at: now, by: .agency)
    let own = renderer.report(groups, total: total, by: .agency, format: .json)
    func parse(_ s: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
    }
    let p = try parse(province), o = try parse(own)
    let office = try #require((p["offices"] as? [[String: Any]])?.first)
    #expect(office["office"] as? String == "UBND huyện Cần Giuộc")
    #expect(office["snapshot_at"] as? String == "2024-05-20T23:59:59+07:00")
    #expect(office["silent"] as? Bool == false)
    let byAgency = try #require(office["by_agency"] as? [NSDictionary])
    let ownGroups = try #require(o["groups"] as? [NSDictionary])
    #expect(byAgency == ownGroups)
    #expect(office["totals"] as? NSDictionary == o["total"] as? NSDictionary)
    #expect(p["total"] as? NSDictionary == o["total"] as? NSDictionary)
}

@Test func anOfficeIsSilentWhenItsSnapshotIsOlderThanTwoDays() {
    let at: Int64 = 1_716_166_800
    let snap = OfficeSnapshot(office: "o", id: "1", at: at, reason: "digest", total: Tally(), agencies: [])
    // Exactly two days: still reporting; a second more: silent.
    #expect(ProvinceReport([snap], at: at + 2 * 86400).offices[0].silent == false)
    #expect(ProvinceReport([snap], at: at + 2 * 86400 + 1).offices[0].silent == true)
    // An office the journal names without a complete snapshot: listed, silent, no time.
    let withEmpty = ProvinceReport([snap], at: at, without: ["a"])
    #expect(withEmpty.offices.map(\.snapshot.office) == ["a", "o"])
    #expect(withEmpty.offices.map(\.silent) == [true, false])
    #expect(withEmpty.offices.map(\.at) == [nil, at])
}

@Test func theLatestCompleteSnapshotWinsWhateverTheOrderOfReading() {
    func entry(_ id: String, _ at: Int64, agency: String? = nil, parts: Int? = nil, overdue: Int) -> [String: String] {
        var t = Tally()
        t.overdue = overdue
        t.byStatus.notStarted = overdue
        var f = Dictionary(t.snapshotFields, uniquingKeysWith: { x, _ in x })
        f["DEADLINED_OFFICE"] = "o"
        f["DEADLINED_SNAPSHOT"] = id
        f["DEADLINED_SNAPSHOT_UNIX"] = String(at)
        if let agency { f["DEADLINED_AGENCY"] = agency }
        if let parts { f["DEADLINED_SNAPSHOT_PARTS"] = String(parts) }
        return f
    }
    // Snapshot 2 (at 200) complete: one agency; snapshot 3 (at 300) names 2 parts, has 1.
    let entries = [
        entry("1", 100, agency: "x", overdue: 1), entry("1", 100, parts: 1, overdue: 1),
        entry("2", 200, agency: "x", overdue: 2), entry("2", 200, parts: 1, overdue: 2),
        entry("3", 300, agency: "x", overdue: 3), entry("3", 300, parts: 2, overdue: 3),
    ]
    for order in [
        entries, entries.reversed(), [entries[3], entries[0], entries[5], entries[2], entries[1], entries[4]],
    ] {
        var c = SnapshotCollector()
        for e in order { c.add(e) }
        #expect(c.snapshots.map(\.id) == ["2"])
        #expect(c.snapshots.first?.total.overdue == 2)
    }
    // The same agency entry twice (sent again) does not complete a snapshot of two parts.
    var c = SnapshotCollector()
    for e in [entries[4], entries[4], entries[5]] { c.add(e) }
    #expect(c.snapshots.isEmpty)
    var bad = entries[0]
    bad["DEADLINED_SNAPSHOT_UNIX"] = "soon"
    c.add(bad)
    #expect(c.unreadable == 1)
}

@Test func agenciesAreSummedAcrossOfficesByTheirIdentity() {
    func tally(overdue: Int, open: Int) -> Tally {
        var t = Tally()
        t.overdue = overdue
        t.notYetDue = open
        t.byStatus.notStarted = overdue + open
        return t
    }
    let a = OfficeSnapshot(
        office: "A", id: "1", at: 0, reason: "start", total: tally(overdue: 1, open: 2),
        agencies: [("Sở Y tế", tally(overdue: 1, open: 0)), ("Sở Nội vụ", tally(overdue: 0, open: 2))])
    let b = OfficeSnapshot(
        office: "B", id: "1", at: 0, reason: "start", total: tally(overdue: 2, open: 0),
        agencies: [("SỞ Y TẾ", tally(overdue: 2, open: 0))])
    let rows = ProvinceReport([a, b], at: 0).byAgency
    // Y tế: 1 + 2 overdue in 2 offices, named as A (first) spells it; Nội vụ: 2 open.
    #expect(rows.map(\.name) == ["Sở Y tế", "Sở Nội vụ"])
    #expect(rows.map(\.tally.overdue) == [3, 0])
    #expect(rows.map(\.tally.total) == [3, 2])
    #expect(rows.map(\.offices) == [2, 1])
}
