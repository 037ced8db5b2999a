import Testing

@testable import DeadlinedConfig

// The duplicate-id error and its note, wherever the loader finds the duplicate: across files
// for directives, and between one-off items and recurring duties (in either order). Each
// whole rendering is pinned, as `deadlined check` printed it before the messages were made
// in one place.

private let included = "/etc/deadlined/assignments.d/one.yaml"

private func loadMainAndIncluded(_ main: String, _ other: String) -> LoadResult {
    load(files: [mainPath: "include: [assignments.d/*.yaml]\n" + main, included: other])
}

private let duplicateX = """
    /etc/deadlined/assignments.d/one.yaml:2:5: error: duplicate id 'x'; first defined at /etc/deadlined/deadlined.yaml:3:5
      - id: x
        ^
    /etc/deadlined/deadlined.yaml:3:5: note: 'x' first defined here
      - id: x
        ^
    """

@Test func aDirectiveIdTakenInAnEarlierFileIsAnErrorWithANote() {
    let r = loadMainAndIncluded(
        "directives:\n  - id: d1\n    assignments:\n      - id: a\n        agency: A\n        task: T\n        due: 15/5/2024\n",
        "directives:\n  - id: d1\n    assignments:\n      - id: b\n        agency: B\n        task: T\n        due: 15/5/2024\n"
    )
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/assignments.d/one.yaml:2:5: error: duplicate directive id 'd1'; first defined at /etc/deadlined/deadlined.yaml:3:5
              - id: d1
                ^
            /etc/deadlined/deadlined.yaml:3:5: note: directive 'd1' first defined here
              - id: d1
                ^
            """)
}

@Test func aRecurringDutyWithTheIdOfAnEarlierItemIsAnErrorWithANote() {
    let r = loadMainAndIncluded(
        "assignments:\n  - id: x\n    agency: A\n    task: T\n    due: 15/5/2024\n",
        "assignments:\n  - id: x\n    agency: B\n    task: T\n    every: month\n    starts: 1/1/2024\n")
    #expect(r.config == nil)
    #expect(r.renderedDiagnostics() == duplicateX)
}

@Test func anItemWithTheIdOfAnEarlierRecurringDutyIsAnErrorWithANote() {
    let r = loadMainAndIncluded(
        "assignments:\n  - id: x\n    agency: A\n    task: T\n    every: month\n    starts: 1/1/2024\n",
        "assignments:\n  - id: x\n    agency: B\n    task: T\n    due: 15/5/2024\n")
    #expect(r.config == nil)
    #expect(r.renderedDiagnostics() == duplicateX)
}

@Test func twoRecurringDutiesWithOneIdAreAnErrorWithANote() {
    let r = loadMainAndIncluded(
        "assignments:\n  - id: x\n    agency: A\n    task: T\n    every: month\n    starts: 1/1/2024\n",
        "assignments:\n  - id: x\n    agency: B\n    task: T\n    every: quarter\n    starts: 1/1/2024\n")
    #expect(r.config == nil)
    #expect(r.renderedDiagnostics() == duplicateX)
}
