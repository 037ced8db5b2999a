import Testing

@testable import DeadlinedCore

private let src = SourceLocation(file: "t.yaml", line: 1, column: 1)

private func overdue(_ id: String, _ agency: String) -> Item {
    let due = Deadline(DueSpec(kind: .day, date: CivilDate(year: 2024, month: 5, day: 15)), in: .vietnam)
    return Item(
        id: id, agency: agency, task: "t", deadline: due, dueText: nil, status: .inProgress, completed: nil,
        source: src)
}

/// `report` groups keys as a dictionary of `String` does: spellings equal under canonical
/// equivalence (NFC and NFD of one name) are one group, named by the first seen, though they
/// are numbered apart by their bytes.
@Test func reportGroupsCanonicallyEqualSpellingsAsOne() {
    let nfc = "Sở Tài chính"
    let nfd = "So\u{31B}\u{309} Ta\u{300}i chi\u{301}nh"
    #expect(nfc == nfd && Array(nfc.utf8) != Array(nfd.utf8))
    let items = [
        overdue("a", nfd), overdue("b", "Sở Y tế"), overdue("c", nfc), overdue("d", nfd), overdue("e", "Sở Y tế"),
        overdue("f", nfc),
    ]
    let cfg = Config(directives: [], items: items, files: ["t.yaml"])
    let (groups, total) = cfg.report(at: unix("2024-06-01T00:00:00Z"), by: .agency)
    #expect(groups.count == 2)
    #expect(groups.map { Array($0.0.utf8) } == [Array(nfd.utf8), Array("Sở Y tế".utf8)])
    #expect(groups.map(\.1.overdue) == [4, 2])
    #expect(total.overdue == 6 && total.total == 6)
}

/// Many distinct keys (past the byte table's first growth) each keep their own tally.
@Test func reportKeepsEveryOneOfManyAgenciesApart() {
    let items = (0..<300).flatMap { a in (0...(a % 3)).map { k in overdue("i\(a)-\(k)", "Cơ quan số \(a)") } }
    let cfg = Config(directives: [], items: items, files: ["t.yaml"])
    let (groups, total) = cfg.report(at: unix("2024-06-01T00:00:00Z"), by: .agency)
    #expect(groups.count == 300)
    for (name, tally) in groups {
        let a = Int(name.split(separator: " ").last ?? "") ?? -1
        #expect(tally.overdue == a % 3 + 1, "\(name)")
    }
    #expect(total.overdue == items.count)
}
