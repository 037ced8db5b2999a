import Testing

@testable import DeadlinedCore

private let src = SourceLocation(file: "t.yaml", line: 1, column: 1)
private let vn = Zone.vietnam

private func dayDeadline(_ d: Int, _ m: Int, _ y: Int, zone: Zone = .vietnam) -> Deadline {
    Deadline(DueSpec(kind: .day, date: CivilDate(year: y, month: m, day: d)), in: zone)
}

/// The start of a local day in Vietnam.
private func start(_ d: Int, _ m: Int, _ y: Int) -> Int64 { vn.instant(CivilDate(year: y, month: m, day: d)) }

private func item(
    due: Deadline?, status: Status = .inProgress, completed: Int64? = nil, agency: String = "Sở Tài chính",
    id: String = "x"
) -> Item {
    Item(
        id: id, agency: agency, task: "t", deadline: due, dueText: nil, status: status, completed: completed,
        source: src)
}

@Test func overdueStartsExactlyAtMidnightAfterTheDueDay() {
    let it = item(due: dayDeadline(15, 5, 2024))
    let s = Settings()
    let midnight = unix("2024-05-15T17:00:00Z")  // 00:00 16/5 in Vietnam
    #expect(it.evaluate(at: midnight, settings: s) == Evaluation(state: .overdue, daysOverdue: 1, daysLeft: nil))
    #expect(it.evaluate(at: midnight - 1, settings: s) == Evaluation(state: .dueSoon, daysOverdue: nil, daysLeft: 0))
    #expect(it.evaluate(at: midnight + 86399, settings: s).daysOverdue == 1)
    #expect(it.evaluate(at: midnight + 86400, settings: s).daysOverdue == 2)
    #expect(it.evaluate(at: start(19, 5, 2024), settings: s).daysOverdue == 4)
    #expect(it.evaluate(at: start(15, 6, 2024), settings: s).daysOverdue == 31)
}

@Test func dueSoonIsTheFirstRemindBeforeWindow() {
    let it = item(due: dayDeadline(15, 5, 2024))
    var s = Settings()
    #expect(s.dueSoonWindow == 7 * 86400)
    // Reminders of a day deadline count back from the start of the due day (so `1d` reminds the
    // day before): the 7d window opens at 00:00 8/5 and lasts until the item is overdue.
    #expect(
        it.evaluate(at: start(8, 5, 2024), settings: s) == Evaluation(state: .dueSoon, daysOverdue: nil, daysLeft: 7))
    #expect(
        it.evaluate(at: start(8, 5, 2024) - 1, settings: s) == Evaluation(state: .open, daysOverdue: nil, daysLeft: 8))
    #expect(it.evaluate(at: start(1, 5, 2024), settings: s) == Evaluation(state: .open, daysOverdue: nil, daysLeft: 14))
    #expect(
        it.evaluate(at: start(15, 5, 2024), settings: s) == Evaluation(state: .dueSoon, daysOverdue: nil, daysLeft: 0))
    // Only the first (largest) offset counts, whatever the others are.
    s.remindBefore = [3 * 86400, 3600]
    #expect(it.evaluate(at: start(12, 5, 2024) - 1, settings: s).state == .open)
    #expect(it.evaluate(at: start(12, 5, 2024), settings: s).state == .dueSoon)
    // No reminders: never due soon, straight from open to overdue.
    s.remindBefore = []
    #expect(it.evaluate(at: unix("2024-05-15T16:59:59Z"), settings: s).state == .open)
    #expect(it.evaluate(at: unix("2024-05-15T17:00:00Z"), settings: s).state == .overdue)
}

@Test func timedDeadlineDueSoonWindowCountsBackFromItsTime() {
    // 17:00 15/5 (10:00Z): the 7d window opens at 17:00 8/5.
    let d = Deadline(DueSpec(kind: .time, date: CivilDate(year: 2024, month: 5, day: 15), hour: 17), in: vn)
    let it = item(due: d)
    #expect(it.evaluate(at: unix("2024-05-08T10:00:00Z"), settings: Settings()).state == .dueSoon)
    #expect(it.evaluate(at: unix("2024-05-08T09:59:59Z"), settings: Settings()).state == .open)
}

@Test func timedDeadlineIsOverdueFromItsTime() {
    let d = Deadline(DueSpec(kind: .time, date: CivilDate(year: 2024, month: 5, day: 15), hour: 17), in: vn)
    let it = item(due: d)
    let s = Settings()
    let five = unix("2024-05-15T10:00:00Z")
    #expect(it.evaluate(at: five, settings: s) == Evaluation(state: .overdue, daysOverdue: 0, daysLeft: nil))
    #expect(it.evaluate(at: five - 1, settings: s) == Evaluation(state: .dueSoon, daysOverdue: nil, daysLeft: 0))
    #expect(it.evaluate(at: five + 86400, settings: s).daysOverdue == 1)
}

@Test func completedOnOrBeforeTheDueDayIsDoneOnTime() {
    let s = Settings()
    let due = dayDeadline(31, 5, 2024)
    let now = start(20, 6, 2024)
    #expect(
        item(due: due, status: .done, completed: start(28, 5, 2024)).evaluate(at: now, settings: s)
            == Evaluation(state: .doneOnTime))
    #expect(
        item(due: due, status: .done, completed: start(31, 5, 2024)).evaluate(at: now, settings: s)
            == Evaluation(state: .doneOnTime))
    // The last second of the due day is still on time.
    #expect(
        item(due: due, status: .done, completed: start(1, 6, 2024) - 1).evaluate(at: now, settings: s).state
            == .doneOnTime)
}

@Test func completedAfterTheDueDayIsDoneLateByCalendarDays() {
    let s = Settings()
    let now = start(20, 6, 2024)
    #expect(
        item(due: dayDeadline(30, 5, 2024), status: .done, completed: start(3, 6, 2024)).evaluate(at: now, settings: s)
            == Evaluation(state: .doneLate, daysOverdue: 4, daysLeft: nil))
    #expect(
        item(due: dayDeadline(30, 5, 2024), status: .done, completed: start(31, 5, 2024)).evaluate(at: now, settings: s)
            == Evaluation(state: .doneLate, daysOverdue: 1, daysLeft: nil))
    // Timed deadline, done half an hour late on the same day.
    let timed = Deadline(DueSpec(kind: .time, date: CivilDate(year: 2024, month: 5, day: 15), hour: 17), in: vn)
    #expect(
        item(due: timed, status: .done, completed: unix("2024-05-15T10:30:00Z")).evaluate(at: now, settings: s)
            == Evaluation(state: .doneLate, daysOverdue: 0, daysLeft: nil))
    #expect(
        item(due: timed, status: .done, completed: unix("2024-05-15T09:59:59Z")).evaluate(at: now, settings: s).state
            == .doneOnTime)
}

@Test func doneWithoutADateCountsAsOnTime() {
    let it = item(due: dayDeadline(15, 5, 2024), status: .done)
    #expect(it.evaluate(at: start(1, 1, 2025), settings: Settings()) == Evaluation(state: .doneOnTime))
    #expect(it.isDone(at: 0))
}

@Test func completedLaterThanNowMeansNotDoneYet() {
    let s = Settings()
    let it = item(due: dayDeadline(31, 5, 2024), status: .done, completed: start(28, 5, 2024))
    #expect(!it.isDone(at: start(20, 5, 2024)))
    #expect(it.isDone(at: start(28, 5, 2024)))
    #expect(
        it.evaluate(at: start(20, 5, 2024), settings: s) == Evaluation(state: .open, daysOverdue: nil, daysLeft: 11))
    #expect(
        it.evaluate(at: start(27, 5, 2024), settings: s) == Evaluation(state: .dueSoon, daysOverdue: nil, daysLeft: 4))
    #expect(it.evaluate(at: start(28, 5, 2024), settings: s).state == .doneOnTime)
    // Done late, but asked about a day between the deadline and the completion: overdue then.
    let late = item(due: dayDeadline(30, 5, 2024), status: .done, completed: start(3, 6, 2024))
    #expect(
        late.evaluate(at: start(2, 6, 2024), settings: s) == Evaluation(state: .overdue, daysOverdue: 3, daysLeft: nil))
    #expect(late.evaluate(at: start(3, 6, 2024), settings: s).state == .doneLate)
}

@Test func statusesOtherThanDoneAreNotDone() {
    for st in [Status.notStarted, .inProgress, .ongoing] {
        #expect(
            !item(due: dayDeadline(15, 5, 2024), status: st, completed: start(1, 5, 2024)).isDone(at: start(1, 6, 2024))
        )
    }
}

@Test func ongoingWorkIsOngoingWithOrWithoutADeadline() {
    let s = Settings()
    #expect(
        item(due: nil, status: .ongoing).evaluate(at: start(1, 6, 2024), settings: s) == Evaluation(state: .ongoing))
    #expect(
        item(due: dayDeadline(15, 5, 2024), status: .ongoing).evaluate(at: start(1, 6, 2024), settings: s)
            == Evaluation(state: .ongoing))
    #expect(
        item(due: nil, status: .done).evaluate(at: start(1, 6, 2024), settings: s) == Evaluation(state: .doneOnTime))
}

@Test func dayCountsUseTheConfiguredZone() throws {
    // Due 15/5 in New York (UTC-4 in May): overdue from 2024-05-16T04:00:00Z.
    let ny = try #require(Zone(identifier: "America/New_York"))
    var s = Settings()
    s.zone = ny
    let it = item(due: dayDeadline(15, 5, 2024, zone: ny))
    #expect(it.evaluate(at: unix("2024-05-16T03:59:59Z"), settings: s).state == .dueSoon)
    #expect(
        it.evaluate(at: unix("2024-05-16T04:00:00Z"), settings: s)
            == Evaluation(state: .overdue, daysOverdue: 1, daysLeft: nil))
}

@Test func statesAreNamedInTheirOutputSpelling() {
    #expect(
        ItemState.allCases.map(\.rawValue) == [
            "overdue", "due_soon", "open", "done_on_time", "done_late", "ongoing", "no_deadline", "cancelled",
        ])
}

// MARK: Tally and report

@Test func tallyCountsTheFourWaysPlusOngoing() {
    var t = Tally()
    for s: ItemState in [.overdue, .overdue, .dueSoon, .open, .open, .doneOnTime, .doneLate, .ongoing] { t.add(s) }
    #expect(t.overdue == 2)
    #expect(t.dueSoon == 1)
    #expect(t.notYetDue == 3)
    #expect(t.doneOnTime == 1)
    #expect(t.doneLate == 1)
    #expect(t.ongoing == 1)
    #expect(t.total == 8)
    #expect(t.withDeadline == 7)
    #expect(t.overdueShare == 2.0 / 7.0)
    #expect(Tally().overdueShare == 0)
    var onlyOngoing = Tally()
    onlyOngoing.add(.ongoing)
    #expect(onlyOngoing.overdueShare == 0 && onlyOngoing.total == 1)
}

/// A small config: three agencies, due 15/5/2024 unless said otherwise.
func sampleConfig() -> Config {
    let dir = Directive(id: "kh-762", title: "Đề án 06", reference: "Kế hoạch số 762/KH-TCT", source: src)
    let d15 = dayDeadline(15, 5, 2024)
    let items = [
        Item(
            id: "a", directive: 0, agency: "Sở Tài chính", task: "Cấp kinh phí", deadline: d15, dueText: "15/5/2024",
            status: .inProgress, source: src),
        Item(
            id: "b", directive: 0, agency: "Sở Nội vụ", task: "Thi đua", deadline: dayDeadline(30, 5, 2024),
            dueText: "30/5/2024", status: .done,
            completed: start(3, 6, 2024), source: src),
        Item(
            id: "c", directive: 0, agency: "Sở Tài chính", task: "Báo cáo", deadline: dayDeadline(10, 5, 2024),
            dueText: "10/5/2024", source: src),
        Item(
            id: "d", agency: "Sở Y tế", task: "Dịch vụ công", deadline: dayDeadline(31, 5, 2024),
            dueText: "tháng 5/2024", source: src),
        Item(id: "e", agency: "Sở Y tế", task: "Thường xuyên", status: .ongoing, source: src),
        Item(
            id: "f", directive: 0, agency: "Sở Nội vụ", task: "Đánh giá", deadline: dayDeadline(1, 5, 2024),
            dueText: "1/5/2024", status: .done,
            completed: start(30, 4, 2024), source: src),
        Item(
            id: "g", agency: "Sở Nội vụ", task: "Kiểm tra", deadline: dayDeadline(17, 5, 2024), dueText: "17/5/2024",
            source: src),
    ]
    return Config(directives: [dir], items: items, files: ["t.yaml"])
}

@Test func reportGroupsByAgencyMostOverdueFirst() {
    let cfg = sampleConfig()
    // At the end of 20/5/2024: a, c overdue (Tài chính); b open (due 30/5, done 3/6 later), g overdue, f on time (Nội vụ);
    // d due 31/5 is due soon only from 25/5, so open; e ongoing (Y tế).
    let now = unix("2024-05-20T16:59:59Z")
    let (groups, total) = cfg.report(at: now, by: .agency)
    #expect(groups.map(\.0) == ["Sở Tài chính", "Sở Nội vụ", "Sở Y tế"])
    let tc = groups[0].1, nv = groups[1].1, yt = groups[2].1
    #expect(tc.overdue == 2 && tc.total == 2)
    #expect(nv.overdue == 1 && nv.doneOnTime == 1 && nv.notYetDue == 1 && nv.total == 3)
    #expect(yt.notYetDue == 1 && yt.ongoing == 1 && yt.overdue == 0 && yt.total == 2)
    #expect(
        total.total == 7 && total.overdue == 3 && total.doneOnTime == 1 && total.doneLate == 0 && total.notYetDue == 2
            && total.ongoing == 1)
}

@Test func reportGroupsByDirectiveWithADashForNone() throws {
    let cfg = sampleConfig()
    let (groups, total) = cfg.report(at: start(20, 6, 2024), by: .directive)
    // At 20/6: a, c overdue; b done late; f on time (kh-762). d, g overdue; e ongoing (-).
    let dir = try #require(groups.first { $0.0 == "kh-762" }).1
    let none = try #require(groups.first { $0.0 == "-" }).1
    #expect(dir.overdue == 2 && dir.doneLate == 1 && dir.doneOnTime == 1 && dir.total == 4)
    #expect(none.overdue == 2 && none.ongoing == 1 && none.total == 3)
    #expect(total.total == 7 && total.overdue == 4)
    // Ties on overdue are broken by name.
    #expect(groups.map(\.0) == ["-", "kh-762"])
}

@Test func rowsAreSoonestDueFirstAndFiltered() {
    let cfg = sampleConfig()
    let now = start(20, 5, 2024)
    #expect(cfg.rows(at: now).map(\.item.id) == ["f", "c", "a", "g", "b", "d", "e"])
    #expect(cfg.rows(at: now, filter: ListFilter(states: [.overdue])).map(\.item.id) == ["c", "a", "g"])
    #expect(cfg.rows(at: now, filter: ListFilter(agencies: ["so tai chinh"])).map(\.item.id) == ["c", "a"])
    #expect(
        cfg.rows(at: now, filter: ListFilter(agencies: ["SỞ Y TẾ", "Sở Nội vụ"])).map(\.item.id) == [
            "f", "g", "b", "d", "e",
        ])
    #expect(cfg.rows(at: now, filter: ListFilter(directives: ["kh-762"])).map(\.item.id) == ["f", "c", "a", "b"])
    #expect(cfg.rows(at: now, filter: ListFilter(directives: ["nope"])).isEmpty)
    #expect(cfg.rows(at: now, filter: ListFilter(states: [.ongoing, .doneOnTime])).map(\.item.id) == ["f", "e"])
}
