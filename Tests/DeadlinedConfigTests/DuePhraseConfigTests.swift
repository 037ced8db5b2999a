import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

// The deadline phrases of issue 17 in a configuration: the settings that place the parts of a
// month and of a day, the note on approximate dues, and the warnings that catch typos. Instants
// are Vietnam time (UTC+7): 24:00 local of a day is 17:00Z of that day.

private func item(_ r: LoadResult, _ id: String) -> Item? { r.config?.items.first { $0.id == id } }

@Test func settingsPlaceThePartsOfAMonthAndOfADay() {
    let r = load(
        """
        settings:
          early_month_day: 5
          mid_month_day: 15
          morning_ends: "11:30"
          afternoon_ends: "16:30"
        assignments:
          - {id: a, agency: A, task: T, due: đầu tháng 8/2024}
          - {id: b, agency: A, task: T, due: giữa tháng 8/2024}
          - {id: c, agency: A, task: T, due: sáng 6/9/2023}
          - {id: d, agency: A, task: T, due: chiều 6/9/2023}
          - {id: e, agency: A, task: T, due: 6/9/2023}
        """)
    #expect(r.errors.isEmpty, "\(r.diagnostics)")
    // End of 5/8/2024 and of 15/8/2024 local.
    #expect(item(r, "a")?.deadline?.overdueAt == unix("2024-08-05T17:00:00Z"))
    #expect(item(r, "b")?.deadline?.overdueAt == unix("2024-08-15T17:00:00Z"))
    // 11:30 local = 04:30Z, 16:30 local = 09:30Z.
    #expect(item(r, "c")?.deadline?.overdueAt == unix("2023-09-06T04:30:00Z"))
    #expect(item(r, "d")?.deadline?.overdueAt == unix("2023-09-06T09:30:00Z"))
    #expect(item(r, "e")?.deadline?.overdueAt == unix("2023-09-06T17:00:00Z"))
    // The text stays as written, for `list` and `calendar`.
    #expect(item(r, "a")?.dueText == "đầu tháng 8/2024")
}

@Test func withoutSettingsThePartsEndOnTheDefaults() {
    let r = load(
        """
        assignments:
          - {id: a, agency: A, task: T, due: đầu tháng 8/2024}
          - {id: b, agency: A, task: T, due: giữa tháng 8/2024}
          - {id: c, agency: A, task: T, due: sáng 6/9/2023}
          - {id: d, agency: A, task: T, due: chiều 6/9/2023}
        """)
    // Days 10 and 20; 12:00 local = 05:00Z, 17:00 local = 10:00Z.
    #expect(item(r, "a")?.deadline?.overdueAt == unix("2024-08-10T17:00:00Z"))
    #expect(item(r, "b")?.deadline?.overdueAt == unix("2024-08-20T17:00:00Z"))
    #expect(item(r, "c")?.deadline?.overdueAt == unix("2023-09-06T05:00:00Z"))
    #expect(item(r, "d")?.deadline?.overdueAt == unix("2023-09-06T10:00:00Z"))
}

@Test func anApproximateDueIsNotedAtItsLine() {
    let r = load("assignments:\n  - id: a\n    agency: A\n    task: T\n    due: giữa tháng 8/2024\n")
    #expect(r.config != nil)
    #expect(
        r.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:5:10: note: 'giữa tháng 8/2024' is approximate: it is read as the end of day 'mid_month_day' (20 unless settings say otherwise) of 8/2024; write the exact date if the document gives one
                due: giữa tháng 8/2024
                     ^
            """)
}

@Test(
    "bad day-part settings are errors",
    arguments: [
        ("early_month_day: 30", "'early_month_day' must be a day of the month from 1 to 28, found '30'"),
        ("mid_month_day: x", "'mid_month_day' must be a day of the month from 1 to 28, found 'x'"),
        ("morning_ends: \"25:00\"", "invalid time for 'morning_ends': '25:00'; expected HH:MM such as 12:00"),
        ("afternoon_ends: \"5pm\"", "invalid time for 'afternoon_ends': '5pm'; expected HH:MM such as 17:00"),
        ("early_month_day: 20", "'early_month_day' (20) must come before 'mid_month_day' (20)"),
        ("morning_ends: \"18:00\"", "'morning_ends' must be earlier than 'afternoon_ends'"),
    ])
func badDayPartSetting(_ line: String, _ message: String) {
    let r = load("settings:\n  \(line)\nassignments:\n  - {id: a, agency: A, task: T, due: 1/1/2024}\n")
    #expect(r.config == nil)
    #expect(r.errors.map(\.message) == [message])
}

@Test func aPartOfAMonthIsNotASingleDay() {
    let r = load("settings:\n  holidays:\n    off: [đầu tháng 8/2024]\n")
    #expect(r.errors.map(\.message) == ["'holidays.off' takes single days such as 2/9/2025, not 'đầu tháng 8/2024'"])
}

@Test func completedBeforeAssignedIsAWarningAtCompleted() {
    let r = load(
        "assignments:\n  - id: a\n    agency: A\n    task: T\n    assigned: 5/3/2024\n    due: 30/3/2024\n    completed: 1/3/2024\n"
    )
    #expect(r.config != nil)
    #expect(
        r.warnings.map(\.description) == [
            "/etc/deadlined/deadlined.yaml:7:16: warning: 'completed: 1/3/2024' is before 'assigned: 5/3/2024': is one of them a typo?"
        ])
}

@Test func dueBeforeTheDirectiveWasIssuedIsAWarningAtDue() {
    let r = load(
        """
        directives:
          - id: kh-1
            issued: 2/4/2024
            assignments:
              - {id: a, agency: A, task: T, due: 15/5/2023}
              - {id: b, agency: A, task: T, due: tháng 3/2024}
              - {id: c, agency: A, task: T, due: tháng 4/2024}
              - {id: d, agency: A, task: T, due: 5 ngày làm việc}
        """)
    #expect(r.config != nil)
    // `tháng 3/2024` ends 31/3/2024, before 2/4/2024; `tháng 4/2024` ends 30/4, after it; a
    // count of working days starts at `issued` and cannot end before it. Column 42: six spaces,
    // `- {` (7-9), `id: a, ` (10-16), `agency: A, ` (17-27), `task: T, ` (28-36), `due: ` (37-41).
    #expect(
        r.warnings.map(\.description) == [
            "/etc/deadlined/deadlined.yaml:5:42: warning: 'due: 15/5/2023' ends on 15/5/2023, before the directive 'kh-1' was issued (2/4/2024): is the date a typo?",
            "/etc/deadlined/deadlined.yaml:6:42: warning: 'due: tháng 3/2024' ends on 31/3/2024, before the directive 'kh-1' was issued (2/4/2024): is the date a typo?",
        ])
}

@Test func completedAfterTheLoadsDateIsAWarning() {
    let yaml = """
        assignments:
          - {id: a, agency: A, task: T, due: 30/6/2024, completed: 20/6/2024}
          - {id: b, agency: A, task: T, due: 30/6/2024, completed: 10/6/2024}
          - {id: c, agency: A, task: T, due: 30/6/2024, completed: "17:00 10/6/2024"}
        """
    // The load's date: 09:00 local on 10/6/2024 (02:00Z). `a` is done ten days later; `b` on
    // the same day (its start, 10/6 00:00, is before 09:00); `c` at 17:00 that day, after 09:00.
    let asOf = unix("2024-06-10T02:00:00Z")
    let r = ConfigLoader(source: MemorySource([mainPath: yaml]), asOf: asOf).load(mainPath)
    #expect(r.config != nil)
    #expect(
        r.warnings.map(\.description) == [
            "/etc/deadlined/deadlined.yaml:2:5: warning: 'completed: 20/6/2024' is after today (10/6/2024): is the date a typo?",
            "/etc/deadlined/deadlined.yaml:4:5: warning: 'completed: 10/6/2024' is after today (10/6/2024): is the date a typo?",
        ])
    // Without a load's date there is nothing to compare with.
    #expect(load(yaml).warnings.isEmpty)
}

@Test func aDayAndAMonthWithoutAYearSuggestTheLoadsYear() {
    let yaml = "assignments:\n  - {id: a, agency: A, task: T, due: 6-9}\n"
    let asOf = unix("2025-03-01T00:00:00Z")
    let r = ConfigLoader(source: MemorySource([mainPath: yaml]), asOf: asOf).load(mainPath)
    #expect(
        r.errors.map(\.message) == [
            "invalid date for 'due': '6-9' is a day and a month without the year; write 6/9/2025 (day/month/year, four-digit year)"
        ])
}

@Test func wordsThatAreNoDateAreRefusedWithWhatToDo() {
    let r = load("assignments:\n  - {id: a, agency: A, task: T, due: khẩn trương}\n")
    #expect(
        r.errors.map(\.message) == [
            "invalid date for 'due': 'khẩn trương' (urgently) is not a date: leave 'due' out (with 'status: ongoing' for regular work) or give a date such as 15/5/2024"
        ])
}

@Test func anAcknowledgementUntilAPartOfADayFollowsTheSettings() {
    let files = [
        mainPath:
            "settings:\n  afternoon_ends: \"16:30\"\nassignments:\n  - {id: a, agency: A, task: T, due: 1/9/2024}\n",
        "/etc/deadlined/acks.yaml": "acks:\n  - {id: a, until: chiều 6/9/2024}\n",
    ]
    let r = load(files: files)
    #expect(r.errors.isEmpty, "\(r.diagnostics)")
    // 16:30 local on 6/9/2024 = 09:30Z.
    #expect(item(r, "a")?.ack?.until == unix("2024-09-06T09:30:00Z"))
}
