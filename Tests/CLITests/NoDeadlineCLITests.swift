import Foundation
import Testing

// Issue 17, tasks without a date, through the built binary: `check` notes them once per file
// with the count, `list` shows and filters them as "no_deadline", `report` counts them
// beside ongoing work and outside the shares; neither `list` nor `report` prints the note.

/// As of 20/5/2024 (Vietnam): a1 overdue (due 1/5), b1 open (due 30/6), b2 ongoing; a2, x1 and
/// x2 have no deadline. Sở A: a1, a2, x2; Sở B: b1, b2, x1.
private let undatedFiles: [String: String] = [
    "deadlined.yaml": """
    include: [conf.d/*.yaml]
    assignments:
      - {id: a1, agency: Sở A, task: Báo cáo, due: 1/5/2024, status: in_progress}
      - {id: a2, agency: Sở A, task: Triển khai đề án, status: in_progress}
      - {id: b1, agency: Sở B, task: Kiểm tra, due: 30/6/2024}
      - {id: b2, agency: Sở B, task: Thường trực, status: ongoing}

    """,
    "conf.d/x.yaml": """
    assignments:
      - {id: x1, agency: Sở B, task: Rà soát}
      - {id: x2, agency: Sở A, task: Tuyên truyền, status: đang thực hiện}

    """,
]

@Test func checkNotesTheAssignmentsWithoutADeadlineOncePerFile() throws {
    let dir = try ConfigDir(undatedFiles)
    defer { dir.cleanup() }
    let check = try deadlined(["check", "--config", dir.main])
    #expect(check.status == 0, "stderr: \(check.stderr)")
    let tail = "they are listed and counted, never overdue (see them: deadlined list --state no_deadline)"
    #expect(
        check.stderr.contains(
            "\(dir.main): note: 1 assignment has no deadline (không thời hạn); it is listed and counted, never overdue"),
        "\(check.stderr)")
    #expect(
        check.stderr.contains(
            "\(dir.path("conf.d/x.yaml")): note: 2 assignments have no deadline (không thời hạn); \(tail)"),
        "\(check.stderr)")
    #expect(check.stderr.components(separatedBy: ": note: ").count == 3, "\(check.stderr)")
    // A note is neither an error nor a warning.
    #expect(check.stdout.hasPrefix("OK: 0 directives, 6 items") && !check.stdout.contains("warning"), "\(check.stdout)")
    // --quiet prints errors only.
    let quiet = try deadlined(["check", "--quiet", "--config", dir.main])
    #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")
}

@Test func listShowsAndFiltersWorkWithoutADeadline() throws {
    let dir = try ConfigDir(undatedFiles)
    defer { dir.cleanup() }
    let all = try deadlined(["list", "--config", dir.main, "--at", "20/5/2024", "--format", "json"])
    #expect(all.status == 0 && all.stderr.isEmpty, "\(all.stderr)")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
    // Soonest due first, those without a deadline last (by agency, then id): a1, b1; a2, x2
    // (Sở A), b2 ongoing, x1 (Sở B).
    #expect(rows.count == 6)
    let states = Dictionary(
        uniqueKeysWithValues: rows.map { ($0["id"] as? String ?? "", $0["state"] as? String ?? "") })
    #expect(
        states == [
            "a1": "overdue", "b1": "open", "a2": "no_deadline", "x1": "no_deadline", "x2": "no_deadline",
            "b2": "ongoing",
        ])
    let only = try deadlined(["list", "--config", dir.main, "--at", "20/5/2024", "--state", "no_deadline"])
    #expect(only.status == 0, "\(only.stderr)")
    let lines = only.stdout.split(separator: "\n")
    #expect(lines.filter { $0.contains("không thời hạn") }.count == 3, "\(only.stdout)")
    #expect(only.stdout.contains("3 việc."), "\(only.stdout)")
}

@Test func reportCountsWorkWithoutADeadlineBesideOngoing() throws {
    let dir = try ConfigDir(undatedFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["report", "--config", dir.main, "--at", "20/5/2024", "--format", "json"])
    #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let total = try #require(parsed["total"] as? [String: Any])
    // 6 = 1 overdue (a1) + 1 not yet due (b1) + 1 ongoing (b2) + 3 no deadline (a2, x1, x2).
    #expect(total["total"] as? Int == 6 && total["overdue"] as? Int == 1 && total["not_yet_due"] as? Int == 1)
    #expect(total["ongoing"] as? Int == 1 && total["no_deadline"] as? Int == 3)
    // In the split: a1, a2, x2 in progress; b1, x1 not started; b2 ongoing.
    let split = try #require(total["by_status"] as? [String: Int])
    #expect(split == ["done": 0, "ongoing": 1, "in_progress": 3, "not_started": 2])
    // The shares are of the 2 with a deadline: 1 overdue of 2, none on time.
    #expect((total["overdue_share"] as? NSNumber)?.doubleValue == 0.5)
    #expect((total["on_time_share"] as? NSNumber)?.doubleValue == 0)
    let groups = try #require(parsed["groups"] as? [[String: Any]])
    // Sở A (1 overdue) first: a2, x2 without a deadline; Sở B: x1.
    #expect(groups.map { $0["agency"] as? String } == ["Sở A", "Sở B"])
    #expect(groups.map { $0["no_deadline"] as? Int } == [2, 1])
    let table = try deadlined(["report", "--config", dir.main, "--at", "20/5/2024"])
    #expect(table.status == 0, "\(table.stderr)")
    #expect(table.stdout.contains("1 chưa đến hạn, 1 quá hạn, 3 không thời hạn."), "\(table.stdout)")
    #expect(table.stdout.contains("tính trên 2 nhiệm vụ: tổng số trừ 1 thường xuyên và 3 không thời hạn."))
}
