import Testing

@testable import DeadlinedCore

// `behind` and `reached` at fixed instants, for the Bến Lức case: 25 procedures assigned
// 1/1/2024, due 31/12/2024, 14 reported on 30/6/2024, remind_before 7d and 1d (the
// defaults). The due date's window opens 7 days before the start of 31/12: 24/12/2024 00:00
// in Vietnam.

private let vn = Zone.vietnam
private let src = SourceLocation(file: "t.yaml", line: 3, column: 5)
private func day(_ d: Int, _ m: Int, _ y: Int) -> CivilDate { CivilDate(year: y, month: m, day: d) }
private func start(_ d: Int, _ m: Int, _ y: Int) -> Int64 { vn.instant(day(d, m, y)) }

private func benLuc(
    progress: [ProgressEntry] = [ProgressEntry(on: day(30, 6, 2024), value: 14)], milestones: [Milestone] = []
)
    -> Item
{
    var it = Item(
        id: "bl", agency: "UBND huyện Bến Lức", task: "Dịch vụ công thiết yếu",
        deadline: Deadline(DueSpec(kind: .day, date: day(31, 12, 2024)), in: vn), dueText: "31/12/2024",
        status: .inProgress, source: src)
    it.measure = Measure(
        target: 25, unit: "thủ tục", start: day(1, 1, 2024), progress: progress, milestones: milestones)
    return it
}

@Test func behindOnceWhenTheDueDatesWindowOpens() {
    let s = Settings()
    let item = benLuc()
    #expect(ProgressPlanner.nextCheck(item, nil, settings: s, now: start(1, 7, 2024)) == start(24, 12, 2024))
    let before = ProgressPlanner.fire(item, nil, settings: s, now: start(24, 12, 2024) - 1)
    #expect(before.behind == nil && !before.reached)
    let (behind, reached, record) = ProgressPlanner.fire(item, nil, settings: s, now: start(24, 12, 2024))
    #expect(!reached)
    #expect(behind?.expected == 25 && behind?.day == day(31, 12, 2024))
    #expect(record == ProgressRecord(lastBehind: start(31, 12, 2024)))
    // The 1d reminder time does not repeat it, and nothing more is planned.
    #expect(ProgressPlanner.fire(item, record, settings: s, now: start(30, 12, 2024)).behind == nil)
    #expect(ProgressPlanner.nextCheck(item, record, settings: s, now: start(24, 12, 2024)) == nil)
}

@Test func aMilestoneHasItsOwnWindowAndItsOwnValue() {
    let s = Settings()
    let item = benLuc(milestones: [Milestone(by: day(30, 6, 2024), value: 15)])
    // The milestone's window opens on 23/6; the 14 of 30/6 does not count yet: 0 < 15.
    #expect(ProgressPlanner.nextCheck(item, nil, settings: s, now: start(1, 6, 2024)) == start(23, 6, 2024))
    let (behind, _, record) = ProgressPlanner.fire(item, nil, settings: s, now: start(23, 6, 2024))
    #expect(behind?.expected == 15 && behind?.day == day(30, 6, 2024))
    // Then the due date's window, at 24/12: 14 < 25.
    #expect(ProgressPlanner.nextCheck(item, record, settings: s, now: start(23, 6, 2024)) == start(24, 12, 2024))
    #expect(ProgressPlanner.fire(item, record, settings: s, now: start(24, 12, 2024)).behind?.expected == 25)
}

@Test func onTrackAtTheFirstReminderIsCheckedAgainAtTheNext() {
    let s = Settings()
    // 10 by 30/6 is expected; 12 was reported on 20/6: not behind at 23/6, nor at 29/6.
    let item = benLuc(
        progress: [ProgressEntry(on: day(20, 6, 2024), value: 12)],
        milestones: [Milestone(by: day(30, 6, 2024), value: 10)])
    let first = ProgressPlanner.fire(item, nil, settings: s, now: start(23, 6, 2024))
    #expect(first.behind == nil && first.2 == ProgressRecord())
    #expect(ProgressPlanner.nextCheck(item, first.2, settings: s, now: start(23, 6, 2024)) == start(29, 6, 2024))
    #expect(ProgressPlanner.fire(item, first.2, settings: s, now: start(29, 6, 2024)).behind == nil)
}

@Test func aDoneItemIsNeverBehind() {
    var item = benLuc()
    item.status = .done
    #expect(ProgressPlanner.fire(item, nil, settings: Settings(), now: start(24, 12, 2024)).behind == nil)
}

@Test func engineSendsBehindOnceAcrossARestart() throws {
    let config = Config(items: [benLuc()])
    var engine = Engine(config: config, ledger: Ledger(), now: start(1, 7, 2024))
    #expect(engine.nextProgress == start(24, 12, 2024))
    let alerts = engine.tick(now: start(24, 12, 2024)).filter { $0.kind == .behind }
    #expect(alerts.count == 1)
    let a = try #require(alerts.first)
    #expect(a.priority == .warning)
    #expect(
        a.message
            == "Chậm tiến độ (14/25 thủ tục, 56 %, cần 25 trước 31/12/2024): UBND huyện Bến Lức — Dịch vụ công thiết yếu (hạn 31/12/2024)"
    )
    #expect(a.field("DEADLINED_PROGRESS") == "14")
    #expect(a.field("DEADLINED_TARGET") == "25")
    #expect(a.field("DEADLINED_EXPECTED") == "25")
    #expect(a.field("DEADLINED_EXPECTED_BY") == "31/12/2024")
    #expect(AlertKind.behind.messageID == "9b1bdf87f7c74c2592341e516f401241")
    // A restart with the ledger as written: the 1d reminder time sends no second one.
    let (ledger, problems) = Ledger.parse(engine.ledger.serialized())
    #expect(problems.isEmpty)
    #expect(ledger.progress["bl"] == ProgressRecord(lastBehind: start(31, 12, 2024)))
    var again = Engine(config: config, ledger: ledger, now: start(30, 12, 2024))
    #expect(again.tick(now: start(30, 12, 2024)).filter { $0.kind == .behind }.isEmpty)
}

@Test func engineSendsReachedOnceFromTheDayTheTargetIsReached() throws {
    let item = benLuc(progress: [
        ProgressEntry(on: day(30, 6, 2024), value: 14), ProgressEntry(on: day(15, 11, 2024), value: 25),
    ])
    let config = Config(items: [item])
    var engine = Engine(config: config, ledger: Ledger(), now: start(1, 11, 2024))
    #expect(engine.nextProgress == start(15, 11, 2024))
    #expect(engine.tick(now: start(15, 11, 2024) - 1).filter { $0.kind == .reached }.isEmpty)
    let reached = engine.tick(now: start(15, 11, 2024)).filter { $0.kind == .reached }
    #expect(reached.count == 1)
    #expect(reached.first?.priority == .info)
    #expect(reached.first?.message.hasPrefix("Đạt chỉ tiêu (25/25 thủ tục, 100 %): ") == true)
    let (ledger, _) = Ledger.parse(engine.ledger.serialized())
    var again = Engine(config: config, ledger: ledger, now: start(16, 11, 2024))
    #expect(again.tick(now: start(16, 11, 2024)).filter { $0.kind == .reached }.isEmpty)
    // Reached, so not behind when the due date's window opens.
    #expect(again.tick(now: start(24, 12, 2024)).filter { $0.kind == .behind }.isEmpty)
}

@Test func progressEntriesCarryEveryFieldTheCatalogQuotes() throws {
    let quoted = try CatalogFixture.quotedFields()
    let w = AlertWriter(settings: Settings())
    let item = benLuc()
    let measure = try #require(item.measure)
    let c = try #require(ProgressPlanner.checkpoints(item, measure, zone: vn).last)
    let alerts = [
        w.behindAlert(item: item, directive: nil, checkpoint: c, now: start(24, 12, 2024)),
        w.reachedAlert(item: item, directive: nil, now: start(24, 12, 2024)),
    ]
    for alert in alerts {
        let names = try #require(quoted[alert.kind.messageID])
        #expect(names.contains("DEADLINED_PROGRESS"))
        for name in names { #expect(alert.field(name) != nil, "\(alert.kind) lacks \(name)") }
    }
}
