import DeadlinedCore
import Foundation
import Testing

/// `deadlined notify --once` handing mail to an SMTP server: Python's smtpd (standard library
/// up to 3.11), which refuses recipients whose address starts with "refused" with 550 and
/// writes every accepted transaction to a file.
@Suite("notify --once sends through SMTP", .serialized)
struct NotifySendTests {
    static let sink = """
        import smtpd, asyncore, sys, os, warnings
        warnings.simplefilter("ignore")
        out = sys.argv[2]
        class Channel(smtpd.SMTPChannel):
            def smtp_RCPT(self, arg):
                if arg and "refused" in arg:
                    self.push("550 5.1.1 no such user")
                    return
                super().smtp_RCPT(arg)
        class Sink(smtpd.SMTPServer):
            channel_class = Channel
            def process_message(self, peer, mailfrom, rcpttos, data, **kw):
                n = len(os.listdir(out))
                with open(os.path.join(out, "%03d" % n), "wb") as f:
                    f.write(("RCPT " + ",".join(rcpttos) + "\\n").encode() + data)
        s = Sink(("127.0.0.1", 0), None, decode_data=False)
        with open(sys.argv[1], "w") as f:
            f.write(str(s.socket.getsockname()[1]))
        asyncore.loop()
        """

    /// A running sink: its port and the directory of what it received.
    final class Sink {
        let process = Process()
        let port: Int
        let box: String
        init(dir: ConfigDir, name: String) throws {
            box = dir.path(name)
            try FileManager.default.createDirectory(atPath: box, withIntermediateDirectories: true)
            let script = dir.path("sink.py"), portFile = dir.path(name + ".port")
            try Data(NotifySendTests.sink.utf8).write(to: URL(fileURLWithPath: script))
            process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            process.arguments = [script, portFile, box]
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            var p = 0
            for _ in 0..<100 where p == 0 {
                usleep(50_000)
                p = Int((try? String(contentsOfFile: portFile, encoding: .utf8)) ?? "") ?? 0
            }
            port = p
        }
        /// Each accepted transaction: "RCPT addr" then the message.
        func received() -> [String] {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: box)) ?? []).sorted()
            return names.compactMap { try? String(contentsOfFile: box + "/" + $0, encoding: .utf8) }
        }
        func stop() {
            // SIGKILL: a signal mask inherited from the test runner may hold SIGTERM.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    func config(port: Int) -> String {
        NotifyDryRunTests.config
            .replacingOccurrences(of: "smtp://127.0.0.1", with: "smtp://127.0.0.1:\(port)")
            .replacingOccurrences(of: "  - name: Sở Y tế", with: "  - name: Sở Y tế\n    email: refused@longan.gov.vn")
    }

    @Test("each agency gets its mail once, a refused recipient is logged and skipped, a rerun sends nothing")
    func sendsOnce() throws {
        let dir = try ConfigDir(["deadlined.yaml": ""])
        defer { dir.cleanup() }
        guard let file = try NotifyDryRunTests().journal(in: dir) else { return }
        let sink = try Sink(dir: dir, name: "box")
        defer { sink.stop() }
        #expect(sink.port > 0)
        try Data(config(port: sink.port).utf8).write(to: URL(fileURLWithPath: dir.main))
        let args = [
            "notify", "--config", dir.main, "--once", "--from-start", "--journal-file", file, "--state-dir",
            dir.path("."),
        ]
        let r = try deadlined(args)
        #expect(r.status == 0, "\(r.stderr)")
        let got = sink.received()
        // Sở Tài chính's mail to stc and to cc (one transaction each); Sở Y tế's to its
        // refused address (not received) and to cc; the overall digest to cc.
        #expect(
            got.map { $0.prefix { $0 != "\n" } } == [
                "RCPT stc@longan.gov.vn", "RCPT vp@longan.gov.vn", "RCPT vp@longan.gov.vn", "RCPT vp@longan.gov.vn",
            ])
        #expect(got.first?.contains("1. Việc A") == true && got.first?.contains("2. Việc C") == true)
        #expect(got.first?.contains("Việc B") == false)
        #expect(got[2].contains("1. Việc B") && got[2].contains("To: refused@longan.gov.vn"))
        #expect(r.stderr.contains("The relay refused recipient refused@longan.gov.vn (550)"))
        // The "sent" lines name only the recipients that took the mail: three mails sent.
        let sentLines = r.stderr.split(separator: "\n").filter { $0.contains("Sent <") }
        #expect(sentLines.count == 3, "\(r.stderr)")
        #expect(!sentLines.contains { $0.contains("refused@") }, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.path("cursor")))
        let again = try deadlined(args)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(sink.received().count == 4)
    }

    @Test("with the relay down nothing is lost: exit 75, the cursor stays, a later run delivers once")
    func relayDown() throws {
        let dir = try ConfigDir(["deadlined.yaml": ""])
        defer { dir.cleanup() }
        guard let file = try NotifyDryRunTests().journal(in: dir) else { return }
        let first = try Sink(dir: dir, name: "gone")
        let deadPort = first.port
        first.stop()
        try Data(config(port: deadPort).utf8).write(to: URL(fileURLWithPath: dir.main))
        let args = [
            "notify", "--config", dir.main, "--once", "--from-start", "--journal-file", file, "--state-dir",
            dir.path("."),
        ]
        let down = try deadlined(args)
        #expect(down.status == 75, "\(down.stderr)")
        #expect(down.stderr.contains("Cannot hand <deadlined."))
        #expect(!FileManager.default.fileExists(atPath: dir.path("cursor")))
        let sink = try Sink(dir: dir, name: "box")
        defer { sink.stop() }
        try Data(config(port: sink.port).utf8).write(to: URL(fileURLWithPath: dir.main))
        let up = try deadlined(args)
        #expect(up.status == 0, "\(up.stderr)")
        #expect(sink.received().count == 4)
        _ = try deadlined(args)
        #expect(sink.received().count == 4)
    }
}
