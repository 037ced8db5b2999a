import Foundation
import Testing

// `report --agency` and `--directive` (issue 15 point 7), on `validFiles` at 20/5/2024.

@Test func reportAgencyNarrowsToThatAgencysItemsInAnySpelling() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined([
        "report", "--config", dir.main, "--at", "20/5/2024", "--format", "csv", "--agency", "so tt&tt",
    ])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    // Sở TT&TT: mooc ongoing, soon (22/5) due soon and not started; the total is that row.
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(
        Array(lines.dropFirst()) == [
            "Sở TT&TT,2,0,0,1,0,1,0.0000,0,1,0,1,1,0,0.0000,0", "TOTAL,2,0,0,1,0,1,0.0000,0,1,0,1,1,0,0.0000,0",
        ])
}

@Test func reportDirectiveNarrowsAndCombinesWithAgency() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined([
        "report", "--config", dir.main, "--at", "20/5/2024", "--format", "json", "--directive", "kh-762",
    ])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let total = try #require(obj["total"] as? [String: Any])
    // kh-762: stc (overdue), lam-sach for Tư pháp (done on time) and LĐTB&XH (open), snv (late).
    #expect((total["total"] as? NSNumber)?.intValue == 4)
    #expect((total["overdue"] as? NSNumber)?.intValue == 1)
    let both = try deadlined([
        "report", "--config", dir.main, "--at", "20/5/2024", "--format", "csv", "--directive", "kh-762", "--agency",
        "Sở Tài chính",
    ])
    // Only stc: Sở Tài chính's ioc has no directive.
    #expect(both.stdout.split(separator: "\n").last == "TOTAL,1,0,0,0,1,0,1.0000,0,0,1,0,0,0,0.0000,0")
}

@Test func reportNamesAnUnknownDirectiveOrAgencyWithASuggestion() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let d = try deadlined(["report", "--config", dir.main, "--directive", "kh-726"])
    #expect(d.status == 64)
    #expect(d.stdout.isEmpty)
    #expect(d.stderr.contains("--directive: no directive has the id 'kh-726'; did you mean 'kh-762'?"))
    let a = try deadlined(["report", "--config", dir.main, "--agency", "Sở Tài chín"])
    #expect(a.status == 64)
    #expect(a.stderr.contains("--agency: no item is assigned to 'Sở Tài chín'; did you mean 'Sở Tài chính'?"))
}
