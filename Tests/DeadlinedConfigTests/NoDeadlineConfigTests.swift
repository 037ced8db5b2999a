import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

// Issue 17, tasks without a date: an assignment under way or not started may leave `due` out
// ("đang triển khai", with no date in the document). It loads without an error, and each file
// gets one note with the count of such assignments.

@Test func anAssignmentInProgressOrNotStartedMayLeaveDueOut() {
    let r = load(
        """
        assignments:
          - {id: a, agency: A, task: T, status: in_progress}
          - {id: b, agency: A, task: T, status: not_started}
          - {id: c, agency: A, task: T}
          - {id: d, agency: A, task: T, status: đang thực hiện}
        """)
    #expect(r.errors.isEmpty, "\(r.diagnostics)")
    #expect(r.warnings.isEmpty, "\(r.diagnostics)")
    let items = r.config?.items ?? []
    #expect(items.map(\.id) == ["a", "b", "c", "d"])
    #expect(items.allSatisfy { $0.deadline == nil && $0.dueText == nil })
    // No status written: not started.
    #expect(items.map(\.status) == [.inProgress, .notStarted, .notStarted, .inProgress])
    // Every one is "no deadline" at any instant (1/1/2024 00:00 in Vietnam).
    let settings = r.config?.settings ?? Settings()
    #expect(
        items.allSatisfy { $0.evaluate(at: unix("2024-01-01T00:00:00+07:00"), settings: settings).state == .noDeadline }
    )
}

@Test func eachFileNotesHowManyAssignmentsHaveNoDeadline() {
    // Main: a and c have no due (c with two agencies is one assignment); b has one, d is
    // ongoing, e done, f cancelled, g recurring: none of these is counted. 2 in the main file.
    // conf.d/x.yaml: 1. conf.d/y.yaml: every assignment has a date: no note.
    let r = load(files: [
        mainPath: """
        include: [conf.d/*.yaml]
        assignments:
          - {id: a, agency: A, task: T, status: in_progress}
          - {id: b, agency: A, task: T, due: 15/5/2024}
          - {id: c, agency: [A, B], task: T}
          - {id: d, agency: A, task: T, status: ongoing}
          - {id: e, agency: A, task: T, status: done}
          - {id: f, agency: A, task: T, status: cancelled}
          - {id: g, agency: A, task: T, every: month, day: 15, starts: 1/9/2023}

        """,
        "/etc/deadlined/conf.d/x.yaml": "assignments:\n  - {id: x1, agency: A, task: T}\n",
        "/etc/deadlined/conf.d/y.yaml": "assignments:\n  - {id: y1, agency: A, task: T, due: 1/6/2024}\n",
    ])
    #expect(r.errors.isEmpty, "\(r.diagnostics)")
    let notes = r.diagnostics.filter { $0.severity == .note }
    #expect(
        notes.map(\.description) == [
            "/etc/deadlined/deadlined.yaml: note: 2 assignments have no deadline (không thời hạn); they are listed and counted, never overdue (see them: deadlined list --state no_deadline)",
            "/etc/deadlined/conf.d/x.yaml: note: 1 assignment has no deadline (không thời hạn); it is listed and counted, never overdue (see them: deadlined list --state no_deadline)",
        ])
    // Items: a, c's two (one per agency) and x1: four items from the 3 assignments.
    let undated = (r.config?.items ?? []).filter {
        $0.deadline == nil && $0.duty == nil && ($0.status == .inProgress || $0.status == .notStarted)
    }
    #expect(undated.count == 4 && undated.filter { $0.id.hasPrefix("c/") }.count == 2)
}

@Test func theNoteNamesTheFileWithoutKeepingItsText() {
    // A note with no position needs no source line: the file's bytes are not kept for it.
    let r = load("assignments:\n  - {id: a, agency: A, task: T}\n")
    #expect(r.renderedDiagnostics().hasPrefix("/etc/deadlined/deadlined.yaml: note: 1 assignment has no deadline"))
    #expect(r.texts[mainPath] == nil)
}
