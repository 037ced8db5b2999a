import Foundation
import Testing

// A note (an approximate due, a file's tasks without a date) is for `check`: `check --quiet`
// prints errors only, and `list` and `report`, which load quietly, print none.

@Test func checkQuietAndTheOtherCommandsPrintNoNotes() throws {
    // `check --quiet` is "errors only"; list and report load quietly too. The approximate due
    // below is a note for `check`, nowhere else.
    let dir = try ConfigDir([
        "deadlined.yaml": "assignments:\n  - {id: a, agency: A, task: T, due: giữa tháng 8/2024}\n"
    ])
    defer { dir.cleanup() }
    let check = try deadlined(["check", "--config", dir.main])
    #expect(check.status == 0 && check.stderr.contains(": note: 'giữa tháng 8/2024' is approximate"), "\(check.stderr)")
    for args in [["check", "--quiet"], ["list"], ["report", "--format", "json"]] {
        let r = try deadlined(args + ["--config", dir.main])
        #expect(r.status == 0 && r.stderr.isEmpty, "\(args): \(r.stderr)")
    }
}
