import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

// An assignment's mapping is walked in place (`walkMapping`), not made into a list of entries
// first: its keys are still all checked before any field is read, so diagnostics keep the order
// they had, and a repeated key still names the line of its first occurrence.

@Test func anAssignmentsKeysAreCheckedBeforeItsFieldsAreRead() {
    let r = load("assignments:\n  - id: a\n    agency: A\n    task: T\n    due: someday\n    staus: done\n")
    #expect(r.config == nil)
    #expect(
        r.diagnostics.map(\.message) == [
            "unknown key 'staus' in an assignment; did you mean 'status'?",
            r.diagnostics.last?.message ?? "",
        ])
    #expect(r.diagnostics.map { $0.location?.line } == [6, 5])
    #expect(r.diagnostics.last?.message.hasPrefix("invalid date for 'due'") == true)
}

@Test func aKeyGivenThreeTimesNamesItsFirstLineEachTime() {
    let r = load(
        "assignments:\n  - id: a\n    agency: A\n    task: T\n    due: 15/5/2024\n    task: U\n    task: V\n")
    #expect(r.config == nil)
    #expect(
        r.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:6:5: error: duplicate key 'task' in an assignment; first given at line 4
                task: U
                ^
            /etc/deadlined/deadlined.yaml:7:5: error: duplicate key 'task' in an assignment; first given at line 4
                task: V
                ^
            """)
}

@Test func aRepeatedKeyOfADirectiveNamesItsFirstLine() {
    let r = load("directives:\n  - id: d\n    title: T\n    id: e\n    assignments: []\n")
    #expect(r.config == nil)
    #expect(
        r.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:4:5: error: duplicate key 'id' in a directive; first given at line 2
                id: e
                ^
            """)
}

@Test func theFieldWarningsOfAnAssignmentPointAtTheirValues() {
    let r = load(
        "assignments:\n  - id: a\n    agency: A\n    task: T\n    assigned: 10/5/2024\n    completed: 1/5/2024\n    status: in_progress\n"
    )
    let warnings = r.diagnostics.filter { $0.severity == .warning }
    #expect(warnings.map { $0.location?.line } == [7, 6])
    #expect(warnings.map { $0.location?.column } == [13, 16])
}

@Test func anAssignmentThatIsNotAMappingIsReportedOnce() {
    let r = load("assignments:\n  - just text\n")
    #expect(r.config == nil)
    #expect(r.diagnostics.map(\.message) == ["expected a mapping for an assignment, found text"])
}

// The hash of an assignment's `id` is taken before its fields are checked together (to start
// loading its slot of the id index) and reused for its item: only an item whose id is the `id`
// as given, that is of an assignment of one agency.

@Test func anIdGivenTwiceIsADuplicateWithItsHashTakenEarly() {
    let r = load(
        "assignments:\n  - id: a\n    agency: A\n    task: T\n    due: 15/5/2024\n  - id: a\n    agency: B\n    task: U\n    due: 15/5/2024\n"
    )
    #expect(
        r.diagnostics.filter { $0.severity == .error }.map(\.message) == [
            "duplicate id 'a'; first defined at /etc/deadlined/deadlined.yaml:2:5"
        ])
}

@Test func theIdsOfSeveralAgenciesItemsAreHashedAsTheirOwn() {
    // `a` for agencies X and Y makes items a/x and a/y; a later `a/y` of one agency clashes
    // with the second, and `a` alone clashes with none.
    let r = load(
        "assignments:\n  - id: a\n    agency: [X, Y]\n    task: T\n    due: 15/5/2024\n  - id: a/y\n    agency: B\n    task: U\n    due: 15/5/2024\n  - id: a\n    agency: C\n    task: V\n    due: 15/5/2024\n"
    )
    #expect(
        r.diagnostics.filter { $0.severity == .error }.map(\.message) == [
            "duplicate id 'a/y'; first defined at /etc/deadlined/deadlined.yaml:2:5"
        ])
}
