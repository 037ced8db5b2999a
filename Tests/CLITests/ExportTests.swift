import Foundation
import Testing

/// `deadlined export --format ics` read back by a real iCalendar parser (Python's
/// `icalendar`, which `make deps` installs).
@Test func exportedCalendarParsesWithARealICalendarParser() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["export", "--config", dir.main, "--format", "ics"])
    #expect(r.status == 0)
    let ics = dir.path("out.ics")
    try Data(r.stdout.utf8).write(to: URL(fileURLWithPath: ics))
    let script = """
        import json, sys
        import icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        out = {}
        for t in cal.walk('VTODO'):
            due = t.get('DUE')
            out[str(t['UID'])] = {
                'summary': str(t['SUMMARY']), 'status': str(t['STATUS']),
                'categories': [str(c) for c in t['CATEGORIES'].cats] if t.get('CATEGORIES') else [],
                'due': due.dt.isoformat() if due else None,
                'completed': t['COMPLETED'].dt.isoformat() if t.get('COMPLETED') else None,
            }
        print(json.dumps(out, ensure_ascii=False))
        """
    let py = Process()
    py.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    py.arguments = ["python3", "-c", script, ics]
    let pipe = Pipe(), err = Pipe()
    py.standardOutput = pipe
    py.standardError = err
    try py.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    py.waitUntilExit()
    if py.terminationStatus != 0, errText.contains("No module named 'icalendar'"),
        ProcessInfo.processInfo.environment["CI"] != "true"
    {
        print(
            "exportedCalendarParsesWithARealICalendarParser: skipped, python3 has no icalendar module (make deps installs it)"
        )
        return
    }
    #expect(py.terminationStatus == 0, "\(errText)")
    let todos = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
    #expect(todos.count == 7)
    let stc = try #require(todos["stc@deadlined"])
    #expect(stc["summary"] as? String == "Sở Tài chính — Cấp kinh phí, đợt 1")
    #expect(stc["due"] as? String == "2024-05-15")
    #expect(stc["status"] as? String == "IN-PROCESS")
    #expect(stc["categories"] as? [String] == ["Sở Tài chính"])
    let done = try #require(todos["lam-sach/so-tu-phap@deadlined"])
    #expect(done["status"] as? String == "COMPLETED")
    // Completed 18/5/2024 in Asia/Ho_Chi_Minh: 17:00 UTC the day before.
    #expect(done["completed"] as? String == "2024-05-17T17:00:00+00:00")
    #expect(todos["lam-sach/so-ldtb-xh@deadlined"]?["due"] as? String == "2024-05-31")
}

@Test func ackWritesAFileTheLoaderReadsAndClearRemovesIt() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined([
        "ack", "stc", "--until", "25/5/2024", "--note", "đã đôn đốc, chờ báo cáo", "--config", dir.main,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let acks = try String(contentsOfFile: dir.path("acks.yaml"), encoding: .utf8)
    #expect(acks.contains("  - id: \"stc\"\n    until: \"25/5/2024\"\n    note: \"đã đôn đốc, chờ báo cáo\"\n"))
    let list = try deadlined([
        "list", "--config", dir.main, "--at", "20/5/2024", "--format", "json", "--agency", "Sở Tài chính",
    ])
    #expect(
        list.stdout.contains("\"ack_until\": \"2024-05-25T23:59:59+07:00\", \"ack_note\": \"đã đôn đốc, chờ báo cáo\""))
    let check = try deadlined(["check", "--config", dir.main])
    #expect(check.status == 0)
    // acks.yaml is not counted as an included file.
    #expect(check.stdout.hasSuffix("from \(dir.main) and 1 included file, with acknowledgements\n"), "\(check.stdout)")
    // An unknown id is refused, with a suggestion.
    let bad = try deadlined(["ack", "stcc", "--until", "25/5/2024", "--config", dir.main])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("no tracked item has the id 'stcc'; did you mean 'stc'?"))
    #expect(try deadlined(["ack", "stc", "--clear", "--config", dir.main]).status == 0)
    #expect(!(try deadlined(["list", "--config", dir.main, "--format", "json"]).stdout.contains("ack_until")))
}

@Test func ackWritesAFileTheDaemonCanReadWhateverTheUmaskAndAnUnreadableOneIsNamed() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let exe = try #require(binary, "build deadlined first: swift build")
    // root's umask 077 must not leave acks.yaml unreadable to the daemon's dynamic user.
    let sh = Process()
    sh.executableURL = URL(fileURLWithPath: "/bin/sh")
    sh.arguments = [
        "-c", "umask 077 && exec \"$0\" ack stc --until 25/5/2024 --config \"$1\" >/dev/null 2>&1", exe.path, dir.main,
    ]
    try sh.run()
    sh.waitUntilExit()
    #expect(sh.terminationStatus == 0)
    let mode = try FileManager.default.attributesOfItem(atPath: dir.path("acks.yaml"))[.posixPermissions] as? Int
    #expect(mode == 0o644)
    // A file there but unreadable (here: a directory) is a warning naming it, not silence.
    try FileManager.default.removeItem(atPath: dir.path("acks.yaml"))
    try FileManager.default.createDirectory(atPath: dir.path("acks.yaml"), withIntermediateDirectories: false)
    let check = try deadlined(["check", "--config", dir.main])
    #expect(check.status == 0)
    #expect(
        check.stderr.contains(
            "acks.yaml: warning: cannot read the acknowledgements file: it is a directory, not a file; its acknowledgements are not in force"
        ),
        "\(check.stderr)")
}

@Test func ackSaysWhyADateIsWrongAndWarnsAboutOneAlreadyPast() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let bad = try deadlined(["ack", "stc", "--until", "31/2/2026", "--config", dir.main])
    #expect(bad.status == 64)
    #expect(bad.stderr == "deadlined: --until: 31/2/2026 does not exist: month 2 of 2026 has 28 days\n")
    let past = try deadlined(["ack", "stc", "--until", "1/1/2020", "--config", dir.main])
    #expect(past.status == 0)
    #expect(past.stderr == "deadlined: warning: --until 1/1/2020 is already past; the acknowledgement quiets nothing\n")
    let at = try deadlined(["list", "--at", "tomorrow", "--config", dir.main])
    #expect(at.status == 64)
    #expect(at.stderr.hasPrefix("deadlined: --at: "))
    #expect(!at.stderr.contains("Usage: deadlined <subcommand>"))
}
