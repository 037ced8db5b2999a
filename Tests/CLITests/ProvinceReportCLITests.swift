import DeadlinedCore
import Foundation
import Testing

/// `deadlined report --journal` over real journal files made by systemd-journal-remote from
/// journal export text: two offices' snapshots (issue 19).
@Suite("report --journal")
struct ProvinceReportCLITests {
    static let remote = NotifyDryRunTests.remote

    /// One snapshot entry in export format; counts given by key, the rest 0.
    static func entry(
        _ seq: Int, office: String, id: String, at: Int64, agency: String? = nil, parts: Int? = nil,
        _ counts: [String: Int]
    ) -> String {
        var s = "__CURSOR=s=0;i=\(seq)\n__REALTIME_TIMESTAMP=\(at * 1_000_000 + Int64(seq))\n"
        s += "__MONOTONIC_TIMESTAMP=\(seq)\n_BOOT_ID=0123456789abcdef0123456789abcdef\n"
        s += "SYSLOG_IDENTIFIER=deadlined\nMESSAGE_ID=\(AlertKind.snapshot.messageID)\nMESSAGE=snapshot\n"
        s += "DEADLINED_KIND=snapshot\nDEADLINED_OFFICE=\(office)\nDEADLINED_SNAPSHOT=\(id)\n"
        s += "DEADLINED_SNAPSHOT_UNIX=\(at)\nDEADLINED_SNAPSHOT_REASON=digest\n"
        if let agency { s += "DEADLINED_AGENCY=\(agency)\n" }
        if let parts { s += "DEADLINED_SNAPSHOT_PARTS=\(parts)\n" }
        for k in Tally.snapshotKeys { s += Tally.snapshotField(k) + "=\(counts[k] ?? 0)\n" }
        return s + "\n"
    }

    static let a = "UBND huyện Cần Giuộc", b = "Sở Tư pháp"
    /// An office whose daemon wrote an alert but no snapshot (an older deadlined, say).
    static let c = "UBND huyện Đức Hòa"
    // 17/5/2024 08:00, 20/5/2024 08:00 and 20:00 in Hà Nội (UTC+7).
    static let may17: Int64 = 1_715_907_600, may20: Int64 = 1_716_166_800, may20evening: Int64 = 1_716_210_000

    // Sở Tài chính in A: 3 tasks, 1 done on time, 2 overdue (one in progress, one not started).
    static let stc = [
        "done_on_time": 1, "overdue": 2, "by_status_done": 1, "by_status_in_progress": 1, "by_status_not_started": 1,
    ]
    // Sở Y tế in A: 1 task due within the week, not started.
    static let syt = ["not_yet_due": 1, "due_soon": 1, "by_status_not_started": 1]
    // A's office entry: the sum of the two.
    static let aTotal = [
        "done_on_time": 1, "not_yet_due": 1, "due_soon": 1, "overdue": 2, "by_status_done": 1,
        "by_status_in_progress": 1, "by_status_not_started": 2,
    ]
    // B: "SỞ Y TẾ" (the same agency, spelled in capitals): 1 overdue not started, 1 ongoing,
    // 1 cancelled.
    static let bSyt = ["overdue": 1, "ongoing": 1, "cancelled": 1, "by_status_ongoing": 1, "by_status_not_started": 1]

    /// A: an old complete snapshot, the latest complete one (a-2), then a newer one whose
    /// second agency entry never came (a-3, ignored: its 9 overdue must not show). B: one
    /// snapshot, four days before --at: silent. C: an alert only: listed, silent, no counts.
    static let export =
        entry(1, office: a, id: "a-1", at: may17, agency: "Sở Y tế", ["overdue": 5, "by_status_not_started": 5])
        + entry(2, office: a, id: "a-1", at: may17, parts: 1, ["overdue": 5, "by_status_not_started": 5])
        + entry(3, office: b, id: "b-1", at: may17, agency: "SỞ Y TẾ", bSyt)
        + entry(4, office: b, id: "b-1", at: may17, parts: 1, bSyt)
        + entry(5, office: a, id: "a-2", at: may20, agency: "Sở Tài chính", stc)
        + entry(6, office: a, id: "a-2", at: may20, agency: "Sở Y tế", syt)
        + entry(7, office: a, id: "a-2", at: may20, parts: 2, aTotal)
        + entry(8, office: a, id: "a-3", at: may20evening, agency: "Sở Tài chính", ["overdue": 9])
        + entry(9, office: a, id: "a-3", at: may20evening, parts: 2, ["overdue": 9])
        + NotifyDryRunTests.entry(
            10, may20, .overdue,
            NotifyDryRunTests.item("x", "Phòng Tư pháp", days: 2).merging(["DEADLINED_OFFICE": c]) { $1 })

    func journal(in dir: ConfigDir) throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: Self.remote) else {
            #expect(ProcessInfo.processInfo.environment["CI"] != "true", "systemd-journal-remote is missing")
            return nil
        }
        let input = dir.path("in.export"), output = dir.path("remote/offices.journal")
        try FileManager.default.createDirectory(atPath: dir.path("remote"), withIntermediateDirectories: true)
        try Data(Self.export.utf8).write(to: URL(fileURLWithPath: input))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.remote)
        p.arguments = ["--output=" + output, "--split-mode=none", input]
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return output
    }

    static let settings = "settings:\n  timezone: Asia/Ho_Chi_Minh\nassignments: []\n"
    // 21/5/2024 08:00 in Hà Nội: A's snapshot is a day old, B's four days.
    static let at = "08:00 21/5/2024"

    @Test("JSON: each office's latest complete snapshot, its time and whether it is silent")
    func json() throws {
        let dir = try ConfigDir(["deadlined.yaml": Self.settings])
        defer { dir.cleanup() }
        guard try journal(in: dir) != nil else { return }
        let r = try deadlined([
            "report", "--config", dir.main, "--journal", dir.path("remote"), "--format", "json", "--at", Self.at,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(doc["by"] as? String == "office")
        let offices = try #require(doc["offices"] as? [[String: Any]])
        // Vietnamese order: "Sở Tư pháp" before "UBND huyện Cần Giuộc" before "... Đức Hòa".
        #expect(offices.map { $0["office"] as? String } == [Self.b, Self.a, Self.c])
        #expect(offices.map { $0["silent"] as? Bool } == [true, false, true])
        #expect(
            offices.map { $0["snapshot_at"] as? String } == [
                "2024-05-17T08:00:00+07:00", "2024-05-20T08:00:00+07:00", nil,
            ])
        #expect(offices[2]["snapshot_at"] is NSNull)
        #expect((offices[2]["totals"] as? [String: Any])?["total"] as? Int == 0)
        #expect((offices[2]["by_agency"] as? [Any])?.isEmpty == true)
        let aTotals = try #require(offices[1]["totals"] as? [String: Any])
        // a-2's totals (a-3, later but incomplete, had 9 overdue): 4 tasks, 2 overdue.
        #expect(aTotals["total"] as? Int == 4)
        #expect(aTotals["overdue"] as? Int == 2)
        #expect(aTotals["due_soon"] as? Int == 1)
        let byAgency = try #require(offices[1]["by_agency"] as? [[String: Any]])
        #expect(byAgency.map { $0["agency"] as? String } == ["Sở Tài chính", "Sở Y tế"])
        #expect((byAgency[0]["by_status"] as? [String: Any])?["in_progress"] as? Int == 1)
        // The province: 4 + 2 = 6 tasks; with a deadline 1 + 1 + 3 = 5 (not the ongoing one):
        // on time 1/5 = 0.2, overdue 3/5 = 0.6; 1 cancelled.
        let total = try #require(doc["total"] as? [String: Any])
        #expect(total["total"] as? Int == 6)
        #expect(total["overdue"] as? Int == 3)
        #expect(total["cancelled"] as? Int == 1)
        #expect(total["on_time_share"] as? Double == 0.2)
        #expect(total["overdue_share"] as? Double == 0.6)
    }

    @Test("CSV by agency: the same agency in two offices summed, silent offices still counted")
    func csvByAgency() throws {
        let dir = try ConfigDir(["deadlined.yaml": Self.settings])
        defer { dir.cleanup() }
        guard let file = try journal(in: dir) else { return }
        let r = try deadlined([
            "report", "--config", dir.main, "--journal-file", file, "--by", "agency", "--format", "csv", "--at",
            Self.at,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        // Sở Tài chính (2 overdue) first; "SỞ Y TẾ" (B, first in office order) and "Sở Y tế"
        // (A) are one agency: 1 + 2 tasks (ongoing 1, not yet due 1, overdue 1; with a
        // deadline 2: overdue share 0.5), 2 offices. The total: the 3 offices of the report
        // (C, without counts, among them). No office has work without a deadline: the last
        // column, as in `report --format csv`, is 0.
        let expected = """
            agency,offices,total,done_on_time,done_late,not_yet_due,overdue,ongoing,overdue_share,by_status_done,by_status_ongoing,by_status_in_progress,by_status_not_started,due_soon,cancelled,on_time_share,no_deadline
            Sở Tài chính,1,3,1,0,0,2,0,0.6667,1,0,1,1,0,0,0.3333,0
            SỞ Y TẾ,2,3,0,0,1,1,1,0.5000,0,1,0,2,1,1,0.0000,0
            TOTAL,3,6,1,0,1,3,1,0.6000,1,1,1,3,1,1,0.2000,0

            """
        #expect(r.stdout == expected)
    }

    @Test("table: each office under a line with its time; a silent one says so, in Vietnamese and English")
    func table() throws {
        let dir = try ConfigDir([
            "deadlined.yaml": Self.settings, "en.yaml": "settings:\n  language: en\nassignments: []\n",
        ])
        defer { dir.cleanup() }
        guard let file = try journal(in: dir) else { return }
        let vi = try deadlined(["report", "--config", dir.main, "--journal-file", file, "--at", Self.at])
        #expect(vi.status == 0, "\(vi.stderr)")
        #expect(vi.stdout.contains("Sở Tư pháp — số liệu lúc 08:00 17/5/2024 — KHÔNG BÁO CÁO\n"))
        #expect(vi.stdout.contains("UBND huyện Cần Giuộc — số liệu lúc 08:00 20/5/2024\n"))
        #expect(vi.stdout.contains("Sở Tư pháp (không báo cáo)"))
        #expect(vi.stdout.contains("UBND huyện Đức Hòa — chưa có số liệu — KHÔNG BÁO CÁO\n"))
        let en = try deadlined(["report", "--config", dir.path("en.yaml"), "--journal-file", file, "--at", Self.at])
        #expect(en.stdout.contains("Sở Tư pháp — counts as of 08:00 17/5/2024 — SILENT\n"))
        // Without --at, as of now (long after May 2024): both offices are silent.
        let now = try deadlined(["report", "--config", dir.path("en.yaml"), "--journal-file", file])
        #expect(now.stdout.contains("UBND huyện Cần Giuộc — counts as of 08:00 20/5/2024 — SILENT\n"))
    }

    @Test("HTML and xlsx are written; --by directive is refused")
    func otherFormats() throws {
        let dir = try ConfigDir(["deadlined.yaml": Self.settings])
        defer { dir.cleanup() }
        guard let file = try journal(in: dir) else { return }
        let html = try deadlined([
            "report", "--config", dir.main, "--journal-file", file, "--format", "html", "--at", Self.at,
        ])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("<td class=\"silent\">không báo cáo</td>"))
        #expect(html.stdout.contains("<td>UBND huyện Cần Giuộc</td>"))
        let xlsx = dir.path("province.xlsx")
        let x = try deadlined([
            "report", "--config", dir.main, "--journal-file", file, "--format", "xlsx", "--output", xlsx, "--at",
            Self.at,
        ])
        #expect(x.status == 0, "\(x.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: xlsx))
        #expect(bytes.prefix(2) == Data("PK".utf8))
        let bad = try deadlined(["report", "--config", dir.main, "--journal-file", file, "--by", "directive"])
        #expect(bad.status == 64)
    }
}
