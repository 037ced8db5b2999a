import DeadlinedCore
import Foundation
import Testing

/// `deadlined notify --dry-run --once` over a real journal file: made from journal export
/// text by systemd-journal-remote (`make deps` installs it), read with libsystemd.
@Suite("notify --dry-run --once")
struct NotifyDryRunTests {
    static let remote = "/lib/systemd/systemd-journal-remote"

    static let config = """
        notify:
          relay: smtp://127.0.0.1
          from: deadlined@longan.gov.vn
          cc: vp@longan.gov.vn
        agencies:
          - name: Sở Tài chính
            head: Nguyễn Văn An
            email: stc@longan.gov.vn
          - name: Sở Y tế
        assignments:
          - {id: a, agency: Sở Tài chính, task: Việc A, due: 15/5/2024}
          - {id: b, agency: Sở Y tế, task: Việc B, due: 15/5/2024}
          - {id: c, agency: Sở Tài chính, task: Việc C, due: 15/5/2024}
        """

    /// One entry in journal export format; `t` in seconds.
    static func entry(_ seq: Int, _ t: Int64, _ kind: AlertKind?, _ fields: [String: String]) -> String {
        var s = "__CURSOR=s=0;i=\(seq)\n__REALTIME_TIMESTAMP=\(t * 1_000_000)\n__MONOTONIC_TIMESTAMP=\(t * 1_000_000)\n"
        s += "_BOOT_ID=0123456789abcdef0123456789abcdef\nSYSLOG_IDENTIFIER=deadlined\n"
        s += "MESSAGE_ID=" + (kind?.messageID ?? "a596d6fe7bfa4994828e72309e95d61e") + "\n"
        for (k, v) in fields.sorted(by: { $0.key < $1.key }) { s += k + "=" + v + "\n" }
        return s + "\n"
    }

    static func item(_ id: String, _ agency: String, days: Int) -> [String: String] {
        [
            "MESSAGE": "Quá hạn \(days) ngày: \(agency) — Việc \(id.uppercased())", "DEADLINED_ID": id,
            "DEADLINED_AGENCY": agency, "DEADLINED_TASK": "Việc \(id.uppercased())", "DEADLINED_DUE_TEXT": "15/5/2024",
            "DEADLINED_DAYS_OVERDUE": String(days), "DEADLINED_BASIS": "không ghi văn bản",
        ]
    }

    /// Six entries: three overdue (two agencies), a reminder (not a kind that is mailed),
    /// journald's own "suppressed" entry (not deadlined's), the overall digest.
    static let export =
        entry(1, 1000, .overdue, item("a", "Sở Tài chính", days: 3))
        + entry(2, 1010, .reminder, item("a", "Sở Tài chính", days: 0))
        + entry(3, 1020, .overdue, item("b", "Sở Y tế", days: 4))
        + entry(4, 1030, nil, ["MESSAGE": "Suppressed 5 messages"])
        + entry(5, 1040, .escalated, item("c", "Sở Tài chính", days: 40))
        + entry(6, 1050, .digest, ["MESSAGE": "Tổng hợp: 3 quá hạn", "DEADLINED_KIND": "digest"])

    /// Makes the journal file; nil (the test is skipped) without systemd-journal-remote
    /// outside CI.
    func journal(in dir: ConfigDir) throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: NotifyDryRunTests.remote) else {
            #expect(ProcessInfo.processInfo.environment["CI"] != "true", "systemd-journal-remote is missing")
            return nil
        }
        let input = dir.path("in.export"), output = dir.path("test.journal")
        try Data(NotifyDryRunTests.export.utf8).write(to: URL(fileURLWithPath: input))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: NotifyDryRunTests.remote)
        p.arguments = ["-o", output, input]
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return output
    }

    /// The mails of stdout, each starting at its "# envelope:" line.
    func mails(_ out: String) -> [String] {
        out.components(separatedBy: "# envelope: ").dropFirst().map { "# envelope: " + $0 }
    }

    @Test("one mail per agency with exactly its items, the rest to cc, as sent")
    func perAgency() throws {
        let dir = try ConfigDir(["deadlined.yaml": NotifyDryRunTests.config])
        defer { dir.cleanup() }
        guard let file = try journal(in: dir) else { return }
        let args = [
            "notify", "--config", dir.main, "--dry-run", "--once", "--journal-file", file, "--state-dir", dir.path("."),
            "--at", "2026-11-30",
        ]
        let r = try deadlined(args)
        #expect(r.status == 0, "\(r.stderr)")
        let m = mails(r.stdout)
        // Sở Tài chính's batch opened first (entry 1), then Sở Y tế's (3), then the digest (6).
        #expect(m.count == 3)
        guard m.count == 3 else { return }
        #expect(m[0].hasPrefix("# envelope: stc@longan.gov.vn, vp@longan.gov.vn\r\nFrom: deadlined@longan.gov.vn\r\n"))
        #expect(m[0].contains("\r\n1. Việc A\r\n   Mã nhiệm vụ: a\r\n"))
        #expect(m[0].contains("\r\n   Hạn: 15/5/2024, quá hạn 3 ngày\r\n"))
        #expect(m[0].contains("\r\n2. Việc C\r\n"))
        #expect(m[0].contains("quá hạn nghiêm trọng 40 ngày"))
        #expect(!m[0].contains("Việc B") && !m[0].contains("\r\n3. "))
        #expect(m[1].hasPrefix("# envelope: vp@longan.gov.vn\r\n"))
        #expect(m[1].contains("\r\n1. Việc B\r\n") && !m[1].contains("Việc A"))
        #expect(m[2].hasPrefix("# envelope: vp@longan.gov.vn\r\n"))
        #expect(m[2].contains("\r\n1. Tổng hợp: 3 quá hạn\r\n"))
        #expect(!r.stdout.contains("Suppressed"))
        // 2026-11-30 as --at is the end of that day in Vietnam.
        #expect(m[0].contains("\r\nDate: Mon, 30 Nov 2026 23:59:59 +0700\r\n"))
        // The same entries give the same text, Message-IDs included.
        let again = try deadlined(args)
        #expect(again.stdout == r.stdout)
    }

    @Test("a saved cursor resumes after its entry; a cursor not in the journal starts at the oldest, said")
    func cursor() throws {
        let dir = try ConfigDir(["deadlined.yaml": NotifyDryRunTests.config])
        defer { dir.cleanup() }
        guard let file = try journal(in: dir) else { return }
        // The cursor journal-remote gave entry 3 (Sở Y tế's), read back with journalctl.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/journalctl")
        p.arguments = ["--file", file, "-o", "export", "--output-fields", "__CURSOR"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let exported = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let cursors = exported.split(separator: "\n").filter { $0.hasPrefix("__CURSOR=") }.map {
            String($0.dropFirst("__CURSOR=".count))
        }
        #expect(cursors.count == 6)
        guard cursors.count == 6 else { return }
        try Data((cursors[2] + "\n").utf8).write(to: URL(fileURLWithPath: dir.path("cursor")))
        let args = [
            "notify", "--config", dir.main, "--dry-run", "--once", "--journal-file", file, "--state-dir", dir.path("."),
        ]
        let r = try deadlined(args)
        #expect(r.status == 0, "\(r.stderr)")
        // Entries 4-6 remain: Việc C for Sở Tài chính, then the digest.
        let m = mails(r.stdout)
        #expect(m.count == 2)
        #expect(m.first?.contains("\r\n1. Việc C\r\n") == true)
        #expect(!r.stdout.contains("Việc A") && !r.stdout.contains("Việc B"))
        #expect(r.stderr.isEmpty)

        try Data("s=ffffffffffffffffffffffffffffffff;i=99\n".utf8).write(to: URL(fileURLWithPath: dir.path("cursor")))
        let gone = try deadlined(args)
        #expect(gone.status == 0)
        #expect(mails(gone.stdout).count == 3)
        #expect(gone.stderr.contains("the saved cursor is no longer in the journal; starting at the oldest entry"))
    }

    @Test("without a notify: section there is nothing to send (exit 78)")
    func noSection() throws {
        let dir = try ConfigDir(["deadlined.yaml": "assignments: []\n"])
        defer { dir.cleanup() }
        let r = try deadlined(["notify", "--config", dir.main, "--dry-run", "--once"])
        #expect(r.status == 78)
        #expect(r.stderr.contains("has no 'notify:' section"))
    }
}

@Test("check notes once each agency that notify cannot reach, and still passes")
func checkNotesAgenciesWithoutAddress() throws {
    let dir = try ConfigDir(["deadlined.yaml": NotifyDryRunTests.config])
    defer { dir.cleanup() }
    let r = try deadlined(["check", "--config", dir.main])
    #expect(r.status == 0, "\(r.stderr)")
    // Sở Y tế is registered on line 9 without an email (column 5, after "  - "); Sở Tài chính
    // has one. One note, however many items Sở Y tế has.
    #expect(
        r.stderr.components(separatedBy: "\n").filter { $0.contains(": note: ") } == [
            "\(dir.main):9:5: note: agency 'Sở Y tế' has no 'email' in 'agencies:'; deadlined notify sends its alerts to 'notify.cc' (vp@longan.gov.vn)"
        ])
    #expect(r.stdout.hasPrefix("OK: "))
}
