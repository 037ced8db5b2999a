import Foundation
import Testing

private let eventFiles: [String: String] = [
    "deadlined.yaml": """
    settings:
      remind_before: [7d, 36h]
    assignments:
      - id: a
        agency: "Sở Tài chính"
        task: "Tham mưu cấp có thẩm quyền cấp kinh phí cho các đơn vị thực hiện Đề án 06/CP, đợt 1"
        due: 15/5/2024
      - id: b
        agency: "Sở Nội vụ"
        task: "Thi đua"
        due: 10/5/2024
        completed: 12/5/2024
      - id: c
        agency: "Sở TT&TT"
        task: "Đào tạo"
        status: ongoing
      - id: t
        agency: "Sở Y tế"
        task: "Báo cáo"
        due: "17:00 20/5/2024"
      - id: z
        agency: "Sở Tài chính"
        task: "IOC"
        due: 31/12/9999
      - id: x
        agency: "Sở Y tế"
        task: "Khảo sát"
        due: 25/5/2024
        status: cancelled

    """
]

/// Runs python3 on `script` with `args`; nil (the test skipped) when python3 has no
/// `icalendar` module outside CI.
private func python(_ script: String, _ args: [String]) throws -> (status: Int32, out: Data, err: String)? {
    let py = Process()
    py.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    py.arguments = ["python3", "-c", script] + args
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
        return nil
    }
    return (py.terminationStatus, data, errText)
}

/// `export --component event` read back by Python's `icalendar`: all-day events on the due
/// day, one alarm per remind_before offset for work not done, RFC 5545 lines.
@Test func exportedEventsAreAllDayWithAnAlarmPerReminderOffset() throws {
    let dir = try ConfigDir(eventFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["export", "--config", dir.main, "--format", "ics", "--component", "event"])
    #expect(r.status == 0, "\(r.stderr)")
    let ics = dir.path("out.ics")
    try Data(r.stdout.utf8).write(to: URL(fileURLWithPath: ics))
    let script = """
        import json, sys
        import icalendar
        raw = open(sys.argv[1], 'rb').read()
        lines = raw.split(b'\\r\\n')
        problems = []
        if not raw.endswith(b'\\r\\n'): problems.append('no CRLF at the end')
        for n, l in enumerate(lines[:-1]):
            if b'\\n' in l or b'\\r' in l: problems.append('bare line break in line %d' % n)
            if len(l) > 75: problems.append('line %d has %d octets' % (n, len(l)))
            l.decode('utf-8')  # a fold never splits a UTF-8 sequence
        folded = sum(1 for l in lines if l.startswith(b' '))
        cal = icalendar.Calendar.from_ical(raw)
        out = {'problems': problems, 'folded': folded, 'todos': len(cal.walk('VTODO')), 'events': {}}
        for e in cal.walk('VEVENT'):
            end = e.get('DTEND')
            dur = e.get('DURATION')
            out['events'][str(e['UID'])] = {
                'start': e['DTSTART'].dt.isoformat(), 'start_is_date': e['DTSTART'].params.get('VALUE') == 'DATE',
                'end': end.dt.isoformat() if end else None,
                'duration': dur.dt.total_seconds() if dur else None,
                'summary': str(e['SUMMARY']), 'transp': str(e.get('TRANSP')), 'status': str(e.get('STATUS')),
                'alarms': [[a['TRIGGER'].dt.total_seconds(), str(a['ACTION']), str(a['DESCRIPTION'])]
                           for a in e.walk('VALARM')],
            }
        print(json.dumps(out, ensure_ascii=False))
        """
    guard let py = try python(script, [ics]) else {
        print("exportedEventsAreAllDay...: skipped, python3 has no icalendar module (make deps installs it)")
        return
    }
    #expect(py.status == 0, "\(py.err)")
    let out = try #require(try JSONSerialization.jsonObject(with: py.out) as? [String: Any])
    #expect(out["problems"] as? [String] == [])
    // The long SUMMARY and DESCRIPTION of `a` are over 75 octets: folded at least twice.
    #expect((out["folded"] as? Int ?? 0) >= 2)
    #expect(out["todos"] as? Int == 0)
    let events = try #require(out["events"] as? [String: [String: Any]])
    // c is ongoing work without a deadline: no day to show.
    #expect(Set(events.keys) == ["a@deadlined", "b@deadlined", "t@deadlined", "z@deadlined", "x@deadlined"])
    let a = try #require(events["a@deadlined"])
    #expect(a["start"] as? String == "2024-05-15")
    #expect(a["start_is_date"] as? Bool == true)
    #expect(a["end"] as? String == "2024-05-16")
    #expect(
        a["summary"] as? String
            == "Sở Tài chính — Tham mưu cấp có thẩm quyền cấp kinh phí cho các đơn vị thực hiện Đề án 06/CP, đợt 1")
    #expect(a["transp"] as? String == "TRANSPARENT")
    // 7d = 604800 s and 36h = 129600 s before the start of 15/5.
    let alarms = try #require(a["alarms"] as? [[Any]])
    #expect(alarms.map { ($0[0] as? Double) ?? 0 } == [-604_800, -129_600])
    #expect(alarms.map { $0[1] as? String } == ["DISPLAY", "DISPLAY"])
    #expect(
        alarms.first?[2] as? String == "Còn 7 ngày đến hạn: Sở Tài chính — "
            + "Tham mưu cấp có thẩm quyền cấp kinh phí cho các đơn vị thực hiện Đề án 06/CP, đợt 1")
    #expect((alarms.last?[2] as? String)?.hasPrefix("Còn 1 ngày 12 giờ đến hạn: ") == true)
    // Done work has nothing left to remind of; cancelled work neither, and says so.
    #expect((events["b@deadlined"]?["alarms"] as? [Any])?.isEmpty == true)
    #expect((events["x@deadlined"]?["alarms"] as? [Any])?.isEmpty == true)
    #expect(events["x@deadlined"]?["status"] as? String == "CANCELLED")
    #expect(a["status"] as? String == "None")
    // A timed deadline is shown on its day.
    #expect(events["t@deadlined"]?["start"] as? String == "2024-05-20")
    #expect(events["t@deadlined"]?["end"] as? String == "2024-05-21")
    // The last day there is: one day, as a duration (10000-01-01 has no DATE form).
    #expect(events["z@deadlined"]?["start"] as? String == "9999-12-31")
    #expect(events["z@deadlined"]?["end"] == nil || events["z@deadlined"]?["end"] is NSNull)
    #expect(events["z@deadlined"]?["duration"] as? Double == 86400)
    // The trigger lines as written.
    #expect(r.stdout.contains("TRIGGER:-P7D\r\n"))
    #expect(r.stdout.contains("TRIGGER:-P1DT12H\r\n"))
    #expect(r.stdout.contains("DTSTART;VALUE=DATE:20240515\r\nDTEND;VALUE=DATE:20240516\r\n"))
}

@Test func exportWithoutAComponentStillWritesToDos() throws {
    let dir = try ConfigDir(eventFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["export", "--config", dir.main, "--format", "ics"])
    #expect(r.status == 0)
    #expect(r.stdout.components(separatedBy: "BEGIN:VTODO").count - 1 == 6)
    #expect(!r.stdout.contains("VEVENT"))
}
