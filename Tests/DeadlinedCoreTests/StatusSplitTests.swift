import Foundation
import Testing

@testable import DeadlinedCore

// Issue 15 point 6: the status split of each report group and the status `cancelled`.

private typealias F = SchedFixture

@Test(arguments: [
    "cancelled", "canceled", "hủy", "đã hủy", "Đã Hủy", "huỷ", "không thực hiện", "dừng thực hiện", "DUNG THUC HIEN",
    "da-huy", "hu\u{1EF7}", "hu\u{79}\u{309}",
])
func cancelledIsReadInEverySpelling(_ text: String) {
    #expect(Status(parsing: text) == .cancelled)
}

@Test func cancelledIsAmongTheSpellingsSuggested() {
    #expect(Status.spellings.contains("cancelled") && Status.spellings.contains("hủy"))
    #expect(Status(parsing: "cancel") == nil)
}

@Test func aCancelledItemIsCancelledWhateverItsDeadline() {
    let s = Settings()
    // Due 1/5/2024: at 20/5 it would be overdue; cancelled, it is neither overdue nor open.
    let it = F.item(deadline: F.dayDeadline(1, 5, 2024), status: .cancelled)
    #expect(it.evaluate(at: F.vn(20, 5, 2024), settings: s) == Evaluation(state: .cancelled))
    #expect(it.evaluate(at: F.vn(1, 4, 2024), settings: s) == Evaluation(state: .cancelled))
    let none = F.item(deadline: nil, status: .cancelled)
    #expect(none.evaluate(at: F.vn(20, 5, 2024), settings: s).state == .cancelled)
}

@Test func aCancelledItemNeverAlerts() {
    let s = F.settings()
    let it = F.item(deadline: F.dayDeadline(1, 5, 2024), status: .cancelled)
    // Before the reminders, in the reminder window and long overdue (escalated): nothing.
    for now in [F.vn(1, 4, 2024), F.vn(30, 4, 2024), F.vn(2, 5, 2024), F.vn(1, 7, 2024)] {
        #expect(Planner.fire(it, nil, settings: s, now: now).0 == nil)
        #expect(Planner.nextEvent(it, nil, settings: s, now: now) == nil)
    }
}

@Test func theEngineLeavesCancelledItemsOutOfStatusCounts() {
    // Two items due 1/5/2024, one cancelled: at 20/5 one is overdue, and STATUS= counts one item.
    let items = [
        F.item("a", deadline: F.dayDeadline(1, 5, 2024)),
        F.item("b", deadline: F.dayDeadline(1, 5, 2024), status: .cancelled),
    ]
    var engine = Engine(config: F.config(items), ledger: Ledger(), now: F.vn(20, 5, 2024))
    #expect(engine.statusCounts(now: F.vn(20, 5, 2024)).overdue == 1)
    #expect(engine.cancelledItems == 1)
    let alerts = F.itemAlerts(engine.tick(now: F.vn(20, 5, 2024)))
    #expect(alerts.count == 1)
    #expect(alerts.first?.fields.contains { $0 == ("DEADLINED_ID", "a") } == true)
}

@Test func tallySplitsByStatusAndSetsCancelledApart() {
    var t = Tally()
    // Done on time and late: done; ongoing: ongoing; open, due soon and overdue: by status.
    t.add(.doneOnTime, status: .done)
    t.add(.doneLate, status: .done)
    t.add(.ongoing, status: .ongoing)
    t.add(.overdue, status: .inProgress)
    t.add(.open, status: .inProgress)
    t.add(.dueSoon, status: .notStarted)
    t.add(.overdue, status: .notStarted)
    // Marked done with a `completed` date after `now`: open at `now`, and under way.
    t.add(.open, status: .done)
    t.add(.cancelled, status: .cancelled)
    t.add(.cancelled, status: .cancelled)
    #expect(t.byStatus.done == 2 && t.byStatus.ongoing == 1)
    #expect(t.byStatus.inProgress == 3 && t.byStatus.notStarted == 2)
    #expect(t.total == 8 && t.byStatus.total == 8)
    #expect(t.cancelled == 2)
    // Timeliness is as before: 2 overdue of 7 with a deadline, 1 of them done on time.
    #expect(t.overdue == 2 && t.notYetDue == 3 && t.dueSoon == 1 && t.withDeadline == 7)
    #expect(t.overdueShare == 2.0 / 7.0 && t.onTimeShare == 1.0 / 7.0)
}

/// `sampleConfig` plus a cancelled item of Sở Tài chính whose due date (1/5/2024) has passed,
/// and a cancelled one of Sở Xây dựng, an agency with nothing else.
func sampleWithCancelled() -> Config {
    var cfg = sampleConfig()
    cfg.items.append(
        F.item("h", deadline: F.dayDeadline(1, 5, 2024), status: .cancelled, agency: "Sở Tài chính", directive: 0))
    cfg.items.append(F.item("i", deadline: F.dayDeadline(1, 5, 2024), status: .cancelled, agency: "Sở Xây dựng"))
    return cfg
}

@Test func reportGroupsCarryTheStatusSplitAndTheCancelled() throws {
    let cfg = sampleWithCancelled()
    // At the end of 20/5/2024 (see reportGroupsByAgencyMostOverdueFirst), by status:
    // Tài chính: a in_progress (overdue), c not_started (overdue), h cancelled.
    // Nội vụ: f done (on time), b in_progress (marked done, completed 3/6, after now), g not_started.
    // Y tế: d not_started (open), e ongoing. Xây dựng: i cancelled, nothing counted.
    let (groups, total) = cfg.report(at: unix("2024-05-20T16:59:59Z"), by: .agency)
    let g = Dictionary(uniqueKeysWithValues: groups)
    let tc = try #require(g["Sở Tài chính"]), nv = try #require(g["Sở Nội vụ"])
    let yt = try #require(g["Sở Y tế"]), xd = try #require(g["Sở Xây dựng"])
    #expect(tc.total == 2 && tc.overdue == 2 && tc.cancelled == 1)
    #expect(tc.byStatus == split(done: 0, ongoing: 0, inProgress: 1, notStarted: 1))
    #expect(nv.byStatus == split(done: 1, ongoing: 0, inProgress: 1, notStarted: 1) && nv.cancelled == 0)
    #expect(yt.byStatus == split(done: 0, ongoing: 1, inProgress: 0, notStarted: 1))
    #expect(xd.total == 0 && xd.cancelled == 1 && xd.byStatus.total == 0)
    #expect(total.total == 7 && total.cancelled == 2 && total.overdue == 3)
    #expect(total.byStatus == split(done: 1, ongoing: 1, inProgress: 2, notStarted: 3))
}

private func split(done: Int, ongoing: Int, inProgress: Int, notStarted: Int) -> StatusSplit {
    var s = StatusSplit()
    s.done = done
    s.ongoing = ongoing
    s.inProgress = inProgress
    s.notStarted = notStarted
    return s
}

@Test func listShowsCancelledItemsOnlyWhenAsked() {
    let cfg = sampleWithCancelled()
    let now = unix("2024-05-20T16:59:59Z")
    #expect(!cfg.rows(at: now).contains { $0.item.id == "h" || $0.item.id == "i" })
    #expect(cfg.rows(at: now).count == 7)
    #expect(cfg.rows(at: now, filter: ListFilter(states: [.cancelled])).map(\.item.id) == ["h", "i"])
    #expect(
        cfg.rows(at: now, filter: ListFilter(agencies: ["Sở Tài chính"], states: [.cancelled])).map(\.item.id) == ["h"])
    #expect(cfg.rows(at: now, filter: ListFilter(agencies: ["Sở Xây dựng"])).isEmpty)
}

@Test func reportJSONHasByStatusCancelledAndShares() throws {
    let cfg = sampleWithCancelled()
    let (groups, total) = cfg.report(at: unix("2024-05-20T16:59:59Z"), by: .agency)
    let out = Renderer(zone: .vietnam, language: .vi, width: nil).report(
        groups, total: total, by: .agency, format: .json)
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    let t = try #require(obj["total"] as? [String: Any])
    let b = try #require(t["by_status"] as? [String: Any])
    #expect((b["done"] as? NSNumber)?.intValue == 1)
    #expect((b["ongoing"] as? NSNumber)?.intValue == 1)
    #expect((b["in_progress"] as? NSNumber)?.intValue == 2)
    #expect((b["not_started"] as? NSNumber)?.intValue == 3)
    #expect((t["cancelled"] as? NSNumber)?.intValue == 2)
    #expect((t["total"] as? NSNumber)?.intValue == 7)
    // 1 done on time of 6 with a deadline: 0.1667 to four places.
    #expect((t["on_time_share"] as? NSNumber)?.doubleValue == 0.1667)
    let gs = try #require(obj["groups"] as? [[String: Any]])
    let xd = try #require(gs.first { $0["agency"] as? String == "Sở Xây dựng" })
    #expect((xd["cancelled"] as? NSNumber)?.intValue == 1 && (xd["total"] as? NSNumber)?.intValue == 0)
}

@Test func reportSummarySaysTheSplitAndTheCancelledLeftOut() {
    let cfg = sampleWithCancelled()
    let (_, total) = cfg.report(at: unix("2024-05-20T16:59:59Z"), by: .agency)
    let vi = Renderer(zone: .vietnam, language: .vi, width: nil)
    let en = Renderer(zone: .vietnam, language: .en, width: nil)
    #expect(
        vi.summary(total)
            == "7 nhiệm vụ: 1 hoàn thành (1 đúng hạn, 0 trễ hạn), 1 thường xuyên, 2 đang thực hiện, 3 chưa thực hiện; 2 chưa đến hạn, 3 quá hạn. Không tính 2 nhiệm vụ đã hủy."
    )
    #expect(
        en.summary(total)
            == "7 tasks: 1 done (1 on time, 0 late), 1 ongoing, 2 in progress, 3 not started; 2 not yet due, 3 overdue. 2 cancelled tasks not counted."
    )
}

@Test func aCancelledItemIsACancelledToDoInICalendar() {
    let cfg = F.config([F.item("x", deadline: F.dayDeadline(15, 5, 2024), status: .cancelled)])
    let ics = ICalendarWriter(zone: .vietnam).write(cfg, now: F.vn(1, 5, 2024))
    #expect(ics.contains("\r\nSTATUS:CANCELLED\r\n"))
    #expect(!ics.contains("NEEDS-ACTION"))
}
