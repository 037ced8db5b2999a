import Foundation
import Testing

/// The rows of `calendar`'s table whose date is `date` (d/m/yyyy).
private func row(_ out: String, _ date: String) -> String? {
    out.split(separator: "\n").first { $0.hasPrefix(date + " ") }.map(String.init)
}

@Test func calendar2026ShowsCultureDayAndTheNationalDayDecisionWithTheirBases() throws {
    let r = try deadlined(["calendar", "2026", "--config", "/nonexistent/deadlined.yaml"])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    #expect(r.stdout.hasPrefix("Năm 2026: đã quyết định / decided\n"))
    #expect(row(r.stdout, "24/11/2026")?.contains("nghỉ      Ngày Văn hóa Việt Nam 24/11") == true, "\(r.stdout)")
    #expect(row(r.stdout, "31/8/2026")?.contains("Nghỉ hoán đổi dịp Quốc khánh, làm bù Thứ Bảy 22/8/2026") == true)
    #expect(
        row(r.stdout, "22/8/2026")?.contains("làm việc  Làm bù cho ngày nghỉ Thứ Hai 31/8/2026 (Quốc khánh)") == true)
    #expect(row(r.stdout, "1/9/2026")?.contains("Quốc khánh, ngày liền kề 2/9") == true)
    #expect(row(r.stdout, "3/9/2026") == nil)
    // The bases, under sources.
    #expect(
        r.stdout.contains(
            "  Ngày Văn hóa Việt Nam / Vietnam Culture Day: Nghị quyết số 80-NQ/TW của Bộ Chính trị (1/2026)"))
    #expect(r.stdout.contains("  Quốc khánh / National Day: Lịch nghỉ lễ Quốc khánh 2026"))
    #expect(!r.stdout.contains("dự kiến"))
    #expect(r.stdout.contains("249 working days in 2026"))
}

@Test func calendarMarksAnUndecidedYearExpectedAndStatesTheRule() throws {
    let r = try deadlined(["calendar", "2027", "--config", "/nonexistent/deadlined.yaml"])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    #expect(r.stdout.hasPrefix("Năm 2027: dự kiến, chưa có quyết định / expected: rule-based default\n"))
    #expect(
        row(r.stdout, "4/2/2027")?.contains(
            "Nghỉ bù: Tết Nguyên đán, mùng 1 tháng Giêng rơi vào Thứ Bảy 6/2/2027 (dự kiến)") == true, "\(r.stdout)")
    #expect(row(r.stdout, "10/2/2027")?.hasSuffix("on Sunday 7/2/2027 (expected)") == true)
    #expect(
        r.stdout.contains("a Saturday among them gives the weekday before the break, a Sunday the weekday after it"))
}

@Test func aHolidaysDropInIsCheckedAndShownWithItsDocument() throws {
    let dir = try ConfigDir([
        "deadlined.yaml": "assignments:\n  - {id: a, agency: A, task: T, assigned: 3/2/2027, due: 1 ngày làm việc}\n",
        "holidays.d/2027.yaml": """
        decisions:
          - year: 2027
            occasion: tet
            off: [2027-02-03..2027-02-10]
            document: "Thông báo số 1/TB-BNV (thử)"

        """,
    ])
    defer { dir.cleanup() }
    let check = try deadlined(["check", "--config", dir.main])
    #expect(check.status == 0, "stderr: \(check.stderr)")
    #expect(check.stdout.hasSuffix("from \(dir.main), 1 holiday decision file\n"), "\(check.stdout)")
    let list = try deadlined(["list", "--format", "json", "--config", dir.main, "--at", "1/1/2027"])
    // 3/2 assigned; 4/2-10/2 off by the drop-in (3/2 too, but that is the assignment day): 11/2.
    #expect(list.stdout.contains("2027-02-11"), "\(list.stdout) \(list.stderr)")
    let cal = try deadlined(["calendar", "2027", "--config", dir.main])
    #expect(cal.stdout.hasPrefix("Năm 2027: quyết định một phần / partly decided\n"))
    #expect(
        cal.stdout.contains(
            "  Tết Nguyên đán / Lunar New Year (Tết): Thông báo số 1/TB-BNV (thử) [\(dir.path("holidays.d/2027.yaml")):2]"
        ))
    #expect(row(cal.stdout, "3/2/2027")?.contains("nghỉ") == true)

    try Data(
        "decisions:\n  - {year: 2027, occasion: tet, off: [2027-02-03], swaps: [{off: 2027-02-03, working: 2027-02-08}], document: x}\n"
            .utf8
    )
    .write(to: URL(fileURLWithPath: dir.path("holidays.d/2027.yaml")))
    let bad = try deadlined(["check", "--config", dir.main])
    #expect(bad.status != 0)
    #expect(
        bad.stderr.hasPrefix(
            "\(dir.path("holidays.d/2027.yaml")):2:5: error: holiday decision for tet 2027: the swap's working day 2027-02-08 is a Monday, not a Saturday or Sunday"
        ),
        "\(bad.stderr)")
}

#if canImport(Glibc)
import Glibc
#endif

/// The daemon watches the drop-ins with the rest of the configuration: changing one reloads.
@Test(.timeLimit(.minutes(1)))
func theDaemonReloadsWhenAHolidaysDropInChanges() throws {
    let dropIn = "decisions:\n  - {year: 2027, occasion: tet, off: [2027-02-04..2027-02-10], document: a}\n"
    let dir = try ConfigDir([
        "deadlined.yaml":
            "settings:\n  language: en\nassignments:\n  - {id: a, agency: A, task: T, assigned: 3/2/2027, due: 1 ngày làm việc}\n",
        "holidays.d/2027.yaml": dropIn,
    ])
    defer { dir.cleanup() }
    let daemon = try DaemonProcess(config: dir.main, state: dir.path("state"), outputIn: dir.url.path)
    try #require(daemon.waitFor("Loaded \(dir.main): 0 directives, 1 items, 2 files", seconds: 10), "\(daemon.log)")
    // A broken drop-in is rejected (the previous configuration stays), a fixed one applied.
    try Data("decisions: [\n".utf8).write(to: URL(fileURLWithPath: dir.path("holidays.d/2027.yaml")))
    #expect(daemon.waitFor(dir.path("holidays.d/2027.yaml"), seconds: 10), "\(daemon.log)")
    try Data((dropIn + "  - {year: 2027, occasion: national_day, off: [2027-09-02..2027-09-03], document: b}\n").utf8)
        .write(to: URL(fileURLWithPath: dir.path("holidays.d/2027.yaml")))
    #expect(daemon.waitFor("Reloaded \(dir.main): 0 directives, 1 items, 2 files", seconds: 10), "\(daemon.log)")
}
