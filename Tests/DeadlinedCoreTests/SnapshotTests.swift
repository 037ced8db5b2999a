import Foundation
import Testing

@testable import DeadlinedCore

// The state snapshot (issue 19): one entry per agency, then the office entry, with the counts
// of `report --format json`.

@Test func aSnapshotHasOneEntryPerAgencyThenTheOfficeWithTheReportsCounts() throws {
    let cfg = sampleWithCancelled()
    let now = unix("2024-05-20T16:59:59Z")  // 23:59:59 on 20/5 in Hà Nội
    let entries = Snapshot.entries(cfg, now: now, reason: .digest, id: "ab-3", office: "UBND huyện Cần Giuộc")
    // The report's order (reportGroupsCarryTheStatusSplitAndTheCancelled): Tài chính (2
    // overdue), Nội vụ (1), then Xây dựng and Y tế in Vietnamese order; then the office.
    #expect(
        entries.map { $0.field("DEADLINED_AGENCY") } == ["Sở Tài chính", "Sở Nội vụ", "Sở Xây dựng", "Sở Y tế", nil])
    #expect(entries.allSatisfy { $0.kind == .snapshot && $0.priority == .info })
    for e in entries {
        #expect(e.field("DEADLINED_OFFICE") == "UBND huyện Cần Giuộc")
        #expect(e.field("DEADLINED_SNAPSHOT") == "ab-3")
        #expect(e.field("DEADLINED_SNAPSHOT_AT") == "2024-05-20T23:59:59+07:00")
        #expect(e.field("DEADLINED_SNAPSHOT_UNIX") == String(now))
        #expect(e.field("DEADLINED_SNAPSHOT_REASON") == "digest")
    }
    let office = try #require(entries.last)
    #expect(office.field("DEADLINED_SNAPSHOT_PARTS") == "4")
    #expect(entries.dropLast().allSatisfy { $0.field("DEADLINED_SNAPSHOT_PARTS") == nil })
    // Tài chính by hand: a (in_progress) and c (not_started), both due before 20/5: 2 overdue;
    // h cancelled. Nothing done, nothing due within the 7 days of the first reminder.
    let tc = entries[0]
    let expectedTC: [(String, String)] = [
        ("DEADLINED_N_TOTAL", "2"), ("DEADLINED_N_DONE_ON_TIME", "0"), ("DEADLINED_N_DONE_LATE", "0"),
        ("DEADLINED_N_NOT_YET_DUE", "0"), ("DEADLINED_N_DUE_SOON", "0"), ("DEADLINED_N_OVERDUE", "2"),
        ("DEADLINED_N_ONGOING", "0"), ("DEADLINED_N_CANCELLED", "1"), ("DEADLINED_N_BY_STATUS_DONE", "0"),
        ("DEADLINED_N_BY_STATUS_ONGOING", "0"), ("DEADLINED_N_BY_STATUS_IN_PROGRESS", "1"),
        ("DEADLINED_N_BY_STATUS_NOT_STARTED", "1"), ("DEADLINED_N_ITEMS_WITH_TARGET", "0"),
    ]
    for (k, v) in expectedTC { #expect(tc.field(k) == v, "\(k)") }
    #expect(tc.field("DEADLINED_PROGRESS_SHARE_SUM") == nil)
    // The office: 7 counted (a b c d e f g), 1 done on time (f), 2 not yet due (b 30/5 and d
    // 31/5, both more than 7 days off: none due soon), 3 overdue (a c g), 1 ongoing (e), 2
    // cancelled (h i); by status 1 done, 1 ongoing, 2 in progress (a, b), 3 not started (c d g).
    let expectedOffice: [(String, String)] = [
        ("DEADLINED_N_TOTAL", "7"), ("DEADLINED_N_DONE_ON_TIME", "1"), ("DEADLINED_N_DONE_LATE", "0"),
        ("DEADLINED_N_NOT_YET_DUE", "2"), ("DEADLINED_N_DUE_SOON", "0"), ("DEADLINED_N_OVERDUE", "3"),
        ("DEADLINED_N_ONGOING", "1"), ("DEADLINED_N_CANCELLED", "2"), ("DEADLINED_N_BY_STATUS_DONE", "1"),
        ("DEADLINED_N_BY_STATUS_ONGOING", "1"), ("DEADLINED_N_BY_STATUS_IN_PROGRESS", "2"),
        ("DEADLINED_N_BY_STATUS_NOT_STARTED", "3"),
    ]
    for (k, v) in expectedOffice { #expect(office.field(k) == v, "\(k)") }
    #expect(office.message == "Số liệu của UBND huyện Cần Giuộc: 7 nhiệm vụ, 3 quá hạn, 4 cơ quan")
}

@Test func aSnapshotEntryReadsBackToTheSameTally() throws {
    let cfg = sampleWithCancelled()
    let now = unix("2024-05-20T16:59:59Z")
    let (groups, total) = cfg.report(at: now, by: .agency)
    let entries = Snapshot.entries(cfg, now: now, reason: .start, id: "x", office: "o")
    for (e, t) in zip(entries, groups.map(\.1) + [total]) {
        let fields = Dictionary(e.fields, uniquingKeysWith: { a, _ in a })
        #expect(Tally(snapshotFields: fields) == t)
    }
    // A count missing or negative: not a snapshot to trust.
    var fields = Dictionary(entries[0].fields, uniquingKeysWith: { a, _ in a })
    fields["DEADLINED_N_OVERDUE"] = nil
    #expect(Tally(snapshotFields: fields) == nil)
    fields["DEADLINED_N_OVERDUE"] = "-1"
    #expect(Tally(snapshotFields: fields) == nil)
}

@Test func progressSharesTravelAsTheirSum() throws {
    var t = Tally()
    t.withTarget = 2
    t.shareSum = 0.5 + 0.25  // two items at 50 % and 25 % of target: a mean of 37.5 %
    let fields = Dictionary(t.snapshotFields, uniquingKeysWith: { a, _ in a })
    #expect(fields["DEADLINED_PROGRESS_SHARE_SUM"] == "0.750000")
    let back = try #require(Tally(snapshotFields: fields))
    #expect(back.progressShare == 0.375)
    var sum = back
    sum.merge(back)
    #expect(sum.withTarget == 4 && sum.shareSum == 1.5 && sum.progressShare == 0.375)
}

/// Every count `report --format json` gives a group is in the snapshot: a count added to the
/// report but not to `Tally.snapshotKeys` fails here.
@Test func theSnapshotCarriesEveryCountOfTheJSONReport() throws {
    let cfg = sampleWithCancelled()
    let now = unix("2024-05-20T16:59:59Z")
    let (groups, total) = cfg.report(at: now, by: .agency)
    let text = Renderer(zone: .vietnam, language: .vi, width: nil).report(
        groups, total: total, by: .agency, format: .json)
    let doc = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let totalObject = try #require(doc["total"] as? [String: Any])
    var keys: Set<String> = []
    for (k, v) in totalObject {
        if let nested = v as? [String: Any] {
            for n in nested.keys { keys.insert(k + "_" + n) }
        } else {
            keys.insert(k)
        }
    }
    // total is the sum of the four-way split; the shares are ratios of the counts.
    keys.subtract(["total", "on_time_share", "overdue_share", "progress_share"])
    #expect(keys.subtracting(Tally.snapshotKeys).isEmpty, "\(keys.subtracting(Tally.snapshotKeys))")
}

@Test func everyEntryIsStampedWithTheOfficeOnce() {
    let a = Alert(kind: .overdue, priority: .err, message: "m", fields: [("DEADLINED_ID", "x")])
    let s = a.stamped(office: "Sở Tư pháp")
    #expect(s.field("DEADLINED_OFFICE") == "Sở Tư pháp")
    #expect(s.stamped(office: "khác").fields.filter { $0.0 == "DEADLINED_OFFICE" }.map(\.1) == ["Sở Tư pháp"])
    var settings = Settings()
    #expect(settings.officeName(host: "may-chu-1") == "may-chu-1")
    settings.office = "Sở Tư pháp"
    #expect(settings.officeName(host: "may-chu-1") == "Sở Tư pháp")
}
