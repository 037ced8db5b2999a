import DeadlinedCore
import Foundation
import Testing

/// `deadlined notify --journal DIR` at the centre (issue 19): the merged journal of several
/// offices, each office's agencies mailed from the centre's agency book.
@Suite("notify --journal")
struct ProvinceNotifyCLITests {
    static func overdue(_ id: String, _ agency: String, office: String) -> [String: String] {
        var f = NotifyDryRunTests.item(id, agency, days: 2)
        f["DEADLINED_OFFICE"] = office
        return f
    }

    /// Two offices: Sở Tài chính (known to the centre, with an address) in both, and an
    /// agency only the district knows.
    static let export =
        NotifyDryRunTests.entry(1, 1000, .overdue, overdue("a", "Sở Tài chính", office: "UBND huyện Cần Giuộc"))
        + NotifyDryRunTests.entry(
            2, 1010, .overdue, overdue("b", "Phòng Tư pháp huyện", office: "UBND huyện Cần Giuộc"))
        + NotifyDryRunTests.entry(3, 1020, .overdue, overdue("c", "Sở Tài chính", office: "Sở Tư pháp"))

    @Test("each agency mailed once across offices; an agency the centre does not know goes to notify.cc")
    func merged() throws {
        guard FileManager.default.isExecutableFile(atPath: NotifyDryRunTests.remote) else { return }
        let dir = try ConfigDir(["centre/deadlined.yaml": NotifyDryRunTests.config])
        defer { dir.cleanup() }
        let remote = dir.path("remote")
        try FileManager.default.createDirectory(atPath: remote, withIntermediateDirectories: true)
        try Data(Self.export.utf8).write(to: URL(fileURLWithPath: dir.path("in.export")))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: NotifyDryRunTests.remote)
        p.arguments = ["--output=" + remote + "/remote-offices.journal", "--split-mode=none", dir.path("in.export")]
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let r = try deadlined([
            "notify", "--config", dir.path("centre/deadlined.yaml"), "--dry-run", "--once", "--journal", remote,
            "--state-dir", dir.path("."), "--at", "2026-11-30",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let mails = r.stdout.components(separatedBy: "# envelope: ").dropFirst().map { "# envelope: " + $0 }
        // Sở Tài chính: one mail with a (Cần Giuộc) and c (Sở Tư pháp), to its address and cc.
        // Phòng Tư pháp huyện, not in the centre's agencies: to notify.cc alone.
        #expect(mails.count == 2)
        guard mails.count == 2 else { return }
        #expect(mails[0].hasPrefix("# envelope: stc@longan.gov.vn, vp@longan.gov.vn\r\n"))
        #expect(mails[0].contains("\r\n1. Việc A\r\n") && mails[0].contains("\r\n2. Việc C\r\n"))
        #expect(mails[1].hasPrefix("# envelope: vp@longan.gov.vn\r\n"))
        #expect(mails[1].contains("\r\n1. Việc B\r\n"))
    }
}
