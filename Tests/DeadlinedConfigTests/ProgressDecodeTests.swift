import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

// Targets, progress and milestones of an assignment (issue 16): what is read, and each
// check with the line and column it names. Columns are counted by hand in the YAML below:
// `      - {on: 30/6/2024, value: 14}` has '{' at column 9 and the value 14 at column 32.

private func day(_ d: Int, _ m: Int, _ y: Int) -> CivilDate { CivilDate(year: y, month: m, day: d) }

/// The Bến Lức assignment with `extra` lines (indented 4) after `due:`, line 7 on.
private func benLuc(_ extra: String, settings: String = "", asOf: Int64? = nil) -> LoadResult {
    let yaml = """
        assignments:
          - id: bl
            agency: UBND huyện Bến Lức
            task: Cung cấp dịch vụ công thiết yếu
            assigned: 1/1/2024
            due: 31/12/2024

        """ + extra + settings
    return ConfigLoader(source: MemorySource([mainPath: yaml]), asOf: asOf).load(mainPath)
}

private let standard = """
        target: 25
        unit: thủ tục
        progress:
          - {on: 30/6/2024, value: 14}
        milestones:
          - {by: 30/6/2024, value: 15}

    """

@Test func benLucTargetProgressAndMilestonesAreRead() throws {
    let r = benLuc(standard, asOf: Zone.vietnam.instant(day(1, 7, 2024)))
    #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
    let item = try #require(r.config?.items.first)
    #expect(
        item.measure
            == Measure(
                target: 25, unit: "thủ tục", start: day(1, 1, 2024),
                progress: [ProgressEntry(on: day(30, 6, 2024), value: 14)],
                milestones: [Milestone(by: day(30, 6, 2024), value: 15)]))
    #expect(item.status == .notStarted)
}

@Test func startIsTheDirectivesIssuedWithoutAssigned() throws {
    let yaml = """
        directives:
          - id: kh
            issued: 15/1/2024
            assignments:
              - {id: a, agency: A, task: T, due: 31/12/2024, target: 76%, progress: [{on: 1/3/2024, value: "60,5%"}]}
        """
    let r = load(yaml)
    #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
    let m = try #require(r.config?.items.first?.measure)
    #expect(m.start == day(15, 1, 2024) && m.isPercent && m.target == 76)
    #expect(m.progress == [ProgressEntry(on: day(1, 3, 2024), value: 60.5)])
}

@Test(arguments: [
    ("    target: 25\n    progress:\n      - {on: 30/6/2024, value: 26}\n", "9:32: error: 26 is above the target 25"),
    (
        "    target: 25\n    progress:\n      - {on: 30/6/2024, value: 1.5}\n",
        "9:32: error: the target 25 is a count, so a 'progress' value is a whole number"
    ),
    (
        "    target: 25\n    progress:\n      - {on: 30/6/2024, value: 50%}\n",
        "9:32: error: the target 25 is a count, so a 'progress' value is a count, not 50%"
    ),
    ("    target: 76%\n    progress:\n      - {on: 30/6/2024, value: 101}\n", "9:32: error: 101% is above 100%"),
    (
        "    target: 25\n    progress:\n      - {on: 30/6/2024, value: -1}\n",
        "9:32: error: 'value' must not be negative, found '-1'"
    ),
    ("    target: 0\n", "7:13: error: 'target' must be above zero"),
    ("    target: 120%\n", "7:13: error: 'target' is a percentage above 100%"),
    ("    target: 12.5\n", "7:13: error: a count 'target' is a whole number; write a percentage with '%'"),
    ("    target: nhiều\n", "7:13: error: expected a number for 'target' such as 25 or 76%, found 'nhiều'"),
    (
        "    target: 76%\n    unit: thủ tục\n",
        "8:11: error: 'unit' names what a count counts; the target 76% is a percentage"
    ),
    (
        "    target: 25\n    progress:\n      - {on: 30/6/2024, value: 14}\n      - {on: 30/6/2024, value: 15}\n",
        "10:9: error: 'progress' entries go oldest first, one per date: 30/6/2024 comes after 30/6/2024"
    ),
    (
        "    target: 25\n    progress:\n      - {on: 31/12/2023, value: 1}\n",
        "9:9: error: 31/12/2023 is before the work was assigned (1/1/2024, 'assigned' or the directive's 'issued')"
    ),
    (
        "    target: 25\n    milestones:\n      - {by: 1/1/2025, value: 20}\n",
        "9:9: error: the milestone 1/1/2025 is after the due date 31/12/2024"
    ),
    (
        "    target: 25\n    milestones:\n      - {by: 30/6/2024, value: 15}\n      - {by: 30/9/2024, value: 15}\n",
        "10:9: error: milestone values rise: 15 on 30/9/2024 is not above 15 on 30/6/2024"
    ),
    (
        "    progress:\n      - {on: 30/6/2024, value: 14}\n",
        "8:7: error: 'unit', 'progress' and 'milestones' measure against a 'target', and this assignment has none"
    ),
    (
        "    target: 25\n    progress:\n      - {on: 30/6/2024}\n",
        "9:9: error: an entry of 'progress' needs 'on' and 'value'"
    ),
    (
        "    target: 25\n    progress:\n      - {on: 6/2024, value: 3}\n",
        "9:14: error: 'on' takes single days such as 2/9/2025, not '6/2024'"
    ),
])
func measureProblemsAreNamedWhereWritten(extra: String, expected: String) {
    let r = benLuc(extra)
    #expect(r.config == nil)
    #expect(r.errors.map(\.description) == [mainPath + ":" + expected])
}

@Test func progressAfterTheLoadsDayIsAnError() {
    // 30/6/2024 00:00 in Vietnam is the first instant it counts; one second before is 29/6.
    let onThe30th = Zone.vietnam.instant(day(30, 6, 2024))
    let r = benLuc(standard, asOf: onThe30th - 1)
    #expect(
        r.errors.map(\.description) == [
            mainPath + ":10:9: error: progress dated 30/6/2024 is in the future (today is 29/6/2024)"
        ])
    #expect(benLuc(standard, asOf: onThe30th).errors.isEmpty)
}

@Test func aTargetWithoutAStartIsWarnedAbout() {
    // "  - {id: a, agency: A, task: T, due: 31/12/2024, target: 25}": the 25 is at column 58 (57 characters before it).
    let r = load("assignments:\n  - {id: a, agency: A, task: T, due: 31/12/2024, target: 25}\n")
    #expect(r.errors.isEmpty)
    #expect(
        r.warnings.map(\.description) == [
            mainPath
                + ":2:58: warning: no 'assigned' date (nor a directive's 'issued') to start expected progress from; give 'assigned' to have expected_share"
        ])
    #expect(r.config?.items.first?.measure?.start == nil)
}

@Test func aRecurringDutyCannotHaveATarget() {
    // "  - {" is columns 1-5, "id: m, " 6-12, "agency: A, " 13-23, "task: T, " 24-32,
    // "every: month, " 33-46, "starts: 1/2024, " 47-62, "until: 3/2024, " 63-77, "target: "
    // 78-85: the 3 is at column 86.
    let r = load(
        "assignments:\n  - {id: m, agency: A, task: T, every: month, starts: 1/2024, until: 3/2024, target: 3}\n")
    #expect(
        r.errors.map(\.description) == [
            mainPath
                + ":2:86: error: a recurring duty cannot have a 'target': its occurrences would share one progress; give the target to a one-off assignment"
        ])
}

@Test func doneWhenTargetCompletesOnTheDayTheTargetWasReached() throws {
    let extra =
        "    target: 25\n    progress:\n      - {on: 30/6/2024, value: 14}\n      - {on: 15/11/2024, value: 25}\n"
    let on = benLuc(extra, settings: "settings:\n  done_when_target: true\n")
    #expect(on.diagnostics.isEmpty, "\(on.diagnostics)")
    let item = try #require(on.config?.items.first)
    #expect(item.status == .done)
    #expect(item.completed == Zone.vietnam.instant(day(15, 11, 2024)))
    // Without the setting, reaching the target changes nothing.
    #expect(benLuc(extra).config?.items.first?.status == .notStarted)
}
