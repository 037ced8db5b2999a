import Foundation
import Testing

// A monthly meeting due on the 15th from 9/2023 with no `until`, and a one-off report.
private let files = [
    "deadlined.yaml": """
    assignments:
      - id: giaoban
        agency: Công an tỉnh
        task: Họp giao ban
        every: month
        day: 15
        starts: 1/9/2023
      - id: one
        agency: Công an tỉnh
        task: Báo cáo
        due: 1/8/2024

    """
]

private func reportTotal(_ at: String) throws -> Int? {
    let dir = try ConfigDir(files)
    defer { dir.cleanup() }
    let r = try deadlined(["report", "--config", dir.main, "--format", "json", "--at", at])
    #expect(r.status == 0, "\(r.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    return (json?["total"] as? [String: Any])?["total"] as? Int
}

@Test func reportAtAnEarlierDayCountsOccurrencesDueByThen() throws {
    // Due by 15/9/2024 23:59:59: 9/2023 ... 8/2024 = 4 + 8 = 12, the current one (9/2024) and
    // the one-off: 14, however far past 2024 the real clock is.
    #expect(try reportTotal("15/9/2024") == 14)
}

@Test func reportAtADayPastTheOccurrencesMadeForTheClockMakesThemThatFar() throws {
    // Due by 15/9/2029 23:59:59: 9/2023 ... 8/2029 = 4 + 5 * 12 + 8 = 72, the current one
    // (9/2029) and the one-off: 74. Made a year past the real clock only, they would stop
    // a year after it.
    #expect(try reportTotal("15/9/2029") == 74)
}

@Test func listShowsTheDutyAsOneRowUnlessOccurrencesAreAsked() throws {
    let dir = try ConfigDir(files)
    defer { dir.cleanup() }
    let one = try deadlined(["list", "--config", dir.main, "--format", "csv", "--at", "15/9/2024"])
    #expect(one.status == 0)
    let lines = one.stdout.split(separator: "\n").map(String.init)
    // Header, the duty (oldest missed 15/9/2023, first), the one-off.
    #expect(lines.count == 3)
    #expect(lines[1].hasPrefix("giaoban,,,Công an tỉnh,Họp giao ban,2023-09-15T23:59:59+07:00,"))
    #expect(lines[1].contains(",giaoban,giaoban@2023-09,12,2023-09-15T23:59:59+07:00,2024-09-15T23:59:59+07:00,"))
    let every = try deadlined([
        "list", "--config", dir.main, "--format", "csv", "--at", "15/9/2024", "--occurrences",
    ])
    // Header, 13 occurrences (9/2023 ... 9/2024), the one-off.
    #expect(every.stdout.split(separator: "\n").count == 15)
}

@Test func checkCountsTheOccurrencesDueAndTheCurrentOne() throws {
    let dir = try ConfigDir(files)
    defer { dir.cleanup() }
    var cal = Calendar(identifier: .gregorian)
    cal.timeZone = try #require(TimeZone(identifier: "Asia/Ho_Chi_Minh"))
    let today = cal.dateComponents([.year, .month, .day], from: Date())
    let (y, m, d) = (today.year ?? 0, today.month ?? 0, today.day ?? 0)
    // Due on the 15th, overdue from the 16th: the months from 9/2023 before this one, and
    // this one from its 16th on; then the current occurrence and the one-off.
    let due = (y * 12 + m) - (2023 * 12 + 9) + (d >= 16 ? 1 : 0)
    let r = try deadlined(["check", "--config", dir.main])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("OK: 0 directives, \(due + 2) items ("), "\(r.stdout)")
}
