import Foundation
import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

// `done_by` names are matched to the assignment's agencies through a map of folded names
// (issue 13, part 8): these pin down that the map treats spellings exactly as the pairwise
// comparison it replaced did. Speed is measured by bench/done_by.py, not here.

/// One assignment of `agencies`, with `doneBy` written as a flow list of quoted names.
private func assignment(_ agencies: [String], doneBy: [String]) -> LoadResult {
    func list(_ names: [String]) -> String { "[" + names.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }
    return load(
        "assignments:\n  - id: x\n    agency: \(list(agencies))\n    task: T\n    due: 15/5/2024\n    done_by: \(list(doneBy))\n"
    )
}

/// Status of each item, by agency as written.
private func statuses(_ r: LoadResult) -> [String: Status] {
    Dictionary((r.config?.items ?? []).map { ($0.agency, $0.status) }, uniquingKeysWith: { a, _ in a })
}

@Test(arguments: [
    // Case, diacritics dropped, đ as d, surrounding spaces: all one agency.
    ("Sở Tài chính", "SỞ TÀI CHÍNH"),
    ("Sở Tài chính", "so tai chinh"),
    ("Sở Tài chính", "  Sở Tài chính  "),
    ("Đài Phát thanh", "dai phat thanh"),
    // NFD (decomposed) in done_by, NFC in agency, and the other way round.
    ("Sở Tài chính", "Sở Tài chính".decomposedStringWithCanonicalMapping),
    ("Sở Tài chính".decomposedStringWithCanonicalMapping, "Sở Tài chính"),
    ("Sở Y tế", "SỞ Y TẾ".decomposedStringWithCanonicalMapping),
])
func doneByMatchesFoldedSpellings(agency: String, written: String) {
    let r = assignment([agency, "Sở Nội vụ"], doneBy: [written])
    #expect(r.errors.isEmpty, "\(r.errors)")
    #expect(statuses(r) == [agency.trimmingWhitespace(): .done, "Sở Nội vụ": .notStarted])
}

@Test func doneByDoesNotMatchADifferentName() {
    // Not a fold apart: a missing word, a different letter.
    let r = assignment(["Sở Tài chính", "Sở Y tế"], doneBy: ["Sở Tài", "Sở Y tá"])
    #expect(r.config == nil)
    #expect(
        r.errors.map(\.message) == [
            "'done_by' names 'Sở Tài', which is not among this assignment's agencies",
            "'done_by' names 'Sở Y tá', which is not among this assignment's agencies; did you mean 'Sở Y tế'?",
        ])
}

@Test func theFirstDoneByEntryForAnAgencyGivesItsCompletionDate() throws {
    // Two entries fold to one agency: the first wins, as with the comparison it replaced.
    let r = load(
        """
        assignments:
          - id: x
            agency: [Sở Y tế, Sở Nội vụ]
            task: T
            due: 15/5/2024
            done_by:
              - {agency: SỞ Y TẾ, completed: 10/5/2024}
              - {agency: so y te, completed: 12/5/2024}

        """)
    let cfg = try #require(r.config)
    let yte = try #require(cfg.items.first { $0.agency == "Sở Y tế" })
    #expect(yte.status == .done)
    #expect(yte.completed == unix("2024-05-09T17:00:00Z"))
}

@Test func anAgencyListedTwiceUnderTwoSpellingsIsReportedAtEachRepeat() {
    let r = assignment(["Sở Y tế", "SỞ Y TẾ", "so y te"], doneBy: [])
    #expect(
        r.errors.map(\.message) == [
            "agency 'SỞ Y TẾ' is listed twice in this assignment (first at line 3)",
            "agency 'so y te' is listed twice in this assignment (first at line 3)",
        ])
    #expect(r.errors.map { $0.location?.column } == [25, 36])
}

@Test func everyAgencyOfALargeAssignmentIsMatchedToItsDoneByEntry() throws {
    // 2,000 agencies, done_by in reverse order and upper case, every other one with a date.
    let names = (0..<2000).map { "Ủy ban nhân dân xã Hòa Bình \($0)" }
    var text = "assignments:\n  - id: x\n    task: T\n    due: 15/5/2024\n    agency:\n"
    for n in names { text += "      - \"\(n)\"\n" }
    text += "    done_by:\n"
    for (k, n) in names.reversed().enumerated() {
        text +=
            k % 2 == 0
            ? "      - {agency: \"\(n.uppercased())\", completed: 10/5/2024}\n" : "      - \"\(n.uppercased())\"\n"
    }
    let r = load(text)
    let cfg = try #require(r.config, "\(r.errors.prefix(3))")
    #expect(cfg.items.count == 2000)
    #expect(cfg.items.allSatisfy { $0.status == .done })
    // names.reversed() puts agency 1999 at k = 0, with a date; agency 1998 at k = 1, without.
    let dated = cfg.items.filter { $0.completed != nil }.map(\.agency)
    #expect(dated.count == 1000)
    #expect(dated.first == "Ủy ban nhân dân xã Hòa Bình 1")
    #expect(cfg.items.first { $0.agency == "Ủy ban nhân dân xã Hòa Bình 0" }?.completed == nil)
}

@Test func listFiltersAgenciesByFoldedNameWhateverTheNormalForm() throws {
    let cfg = try #require(assignment(["Sở Tài chính", "Sở Y tế"], doneBy: []).config)
    for name in ["so tai chinh", "SỞ TÀI CHÍNH", "Sở Tài chính".decomposedStringWithCanonicalMapping] {
        #expect(
            cfg.rows(at: 0, filter: ListFilter(agencies: [name, "nowhere"])).map(\.item.agency) == ["Sở Tài chính"],
            "\(name)")
    }
}

@Test func onlyTheFirstTenUnknownDoneByNamesGetASuggestion() {
    // Each suggestion is an edit distance to every agency: for all of n unknown names that was
    // n² (5,000 took 80 s in a release build). Every unknown name is still an error.
    let agencies = (1...12).map { "Phòng số \($0)" }
    let r = assignment(agencies, doneBy: agencies.map { $0 + "x" })
    #expect(r.errors.count == 12)
    #expect(
        r.errors.prefix(10).map(\.message)
            == (1...10).map {
                "'done_by' names 'Phòng số \($0)x', which is not among this assignment's agencies; did you mean 'Phòng số \($0)'?"
            })
    #expect(
        r.errors.suffix(2).map(\.message) == [
            "'done_by' names 'Phòng số 11x', which is not among this assignment's agencies",
            "'done_by' names 'Phòng số 12x', which is not among this assignment's agencies",
        ])
}
