import Foundation
import Testing

@testable import DeadlinedCore

// Issue 17, tasks without a date: work under way or not started with no `due` is "không
// thời hạn" (no deadline): listed and counted beside ongoing work, never overdue, never
// alerted, outside the four-way timeliness split and its two shares.

private typealias F = SchedFixture

/// The instant every test here asks about: 20/5/2024 10:00 in Vietnam.
private let now = F.vn(20, 5, 2024, 10)

/// Eight items at `now` (reminders 7 days and 1 day ahead, so "due soon" opens 7 days before):
/// - Sở A: a1 due 1/5, in progress: overdue (19 days); a2 no due, in progress: no deadline;
///   a3 no due, not started: no deadline.
/// - Sở B: b1 due 30/6, not started: open (41 days left); b2 no due, ongoing: ongoing;
///   b3 no due, done with no `completed`: done on time; b4 no due, done but completed
///   25/5 (after `now`): not done at `now`, so no deadline, and in progress in the split.
/// - Sở C: c1 no due, cancelled: cancelled.
private func mixed(_ language: Language = .vi) -> Config {
    let items = [
        F.item("a1", deadline: F.dayDeadline(1, 5, 2024), status: .inProgress, agency: "Sở A"),
        F.item("a2", deadline: nil, status: .inProgress, agency: "Sở A"),
        F.item("a3", deadline: nil, status: .notStarted, agency: "Sở A"),
        F.item("b1", deadline: F.dayDeadline(30, 6, 2024), status: .notStarted, agency: "Sở B"),
        F.item("b2", deadline: nil, status: .ongoing, agency: "Sở B"),
        F.item("b3", deadline: nil, status: .done, agency: "Sở B"),
        F.item("b4", deadline: nil, status: .done, completed: F.vn(25, 5, 2024), agency: "Sở B"),
        F.item("c1", deadline: nil, status: .cancelled, agency: "Sở C"),
    ]
    return F.config(items, settings: F.settings(language: language))
}

@Test func workWithoutADueIsNoDeadlineWhateverTheDay() {
    let s = F.settings()
    let inProgress = F.item(deadline: nil, status: .inProgress)
    let notStarted = F.item(deadline: nil, status: .notStarted)
    // A year apart, before and after any date: never open, due soon or overdue.
    for t in [F.vn(1, 1, 2000), now, F.vn(31, 12, 2099, 23, 59, 59)] {
        #expect(inProgress.evaluate(at: t, settings: s) == Evaluation(state: .noDeadline))
        #expect(notStarted.evaluate(at: t, settings: s) == Evaluation(state: .noDeadline))
    }
    // Regular work stays ongoing, cancelled stays cancelled.
    #expect(F.item(deadline: nil, status: .ongoing).evaluate(at: now, settings: s).state == .ongoing)
    #expect(F.item(deadline: nil, status: .cancelled).evaluate(at: now, settings: s).state == .cancelled)
}

@Test func doneWorkWithoutADueIsDoneOnTimeOnceItsCompletedDateIsReached() {
    let s = F.settings()
    // No `completed`: done on time, as before.
    #expect(F.item(deadline: nil, status: .done).evaluate(at: now, settings: s) == Evaluation(state: .doneOnTime))
    // Completed 25/5/2024 00:00: before that instant it was still under way, without a deadline.
    let later = F.item(deadline: nil, status: .done, completed: F.vn(25, 5, 2024))
    #expect(later.evaluate(at: F.vn(25, 5, 2024) - 1, settings: s).state == .noDeadline)
    #expect(later.evaluate(at: F.vn(25, 5, 2024), settings: s).state == .doneOnTime)
}

@Test func theTallyCountsNoDeadlineBesideOngoingAndOutsideTheShares() {
    var t = Tally()
    t.add(.noDeadline, status: .inProgress)
    t.add(.noDeadline, status: .notStarted)
    t.add(.noDeadline, status: .done)  // marked done, completed after `now`: under way
    t.add(.ongoing, status: .ongoing)
    t.add(.overdue, status: .inProgress)
    t.add(.doneOnTime, status: .done)
    // 3 no deadline + 1 ongoing + 1 overdue + 1 on time = 6; the status split adds up to it:
    // in progress 2 (the first and third) + 1 overdue = 3, not started 1, ongoing 1, done 1.
    #expect(t.noDeadline == 3 && t.ongoing == 1 && t.total == 6)
    #expect(t.byStatus.inProgress == 3 && t.byStatus.notStarted == 1)
    #expect(t.byStatus.ongoing == 1 && t.byStatus.done == 1 && t.byStatus.total == 6)
    // The shares are of the 2 with a deadline (6 - 1 ongoing - 3 no deadline): 1 of 2 each.
    #expect(t.withDeadline == 2 && t.overdueShare == 0.5 && t.onTimeShare == 0.5)
    #expect(t.notYetDue == 0 && t.overdue == 1 && t.dueSoon == 0)
}

@Test func theReportCountsEachGroupsWorkWithoutADeadline() throws {
    let (groups, total) = mixed().report(at: now, by: .agency)
    // Most overdue first (Sở A, 1), then B before C.
    #expect(groups.map(\.0) == ["Sở A", "Sở B", "Sở C"])
    let a = groups[0].1, b = groups[1].1, c = groups[2].1
    // Sở A: a1 overdue; a2, a3 no deadline. Split: a1, a2 in progress; a3 not started.
    #expect(a.total == 3 && a.overdue == 1 && a.noDeadline == 2)
    #expect(a.byStatus.inProgress == 2 && a.byStatus.notStarted == 1)
    // Sở B: b1 open, b2 ongoing, b3 on time, b4 no deadline. Split: one of each status.
    #expect(b.total == 4 && b.notYetDue == 1 && b.ongoing == 1 && b.doneOnTime == 1 && b.noDeadline == 1)
    #expect(b.byStatus.done == 1 && b.byStatus.ongoing == 1 && b.byStatus.inProgress == 1)
    #expect(b.byStatus.notStarted == 1)
    // Sở C: only the cancelled item, in no count.
    #expect(c.total == 0 && c.cancelled == 1)
    // Total: 7 counted = 1 on time + 1 not yet due + 1 overdue + 1 ongoing + 3 no deadline.
    #expect(total.total == 7 && total.noDeadline == 3 && total.withDeadline == 3 && total.cancelled == 1)
}

@Test func reportJSONAndCSVCarryTheNoDeadlineCount() throws {
    let cfg = mixed(.en)
    let (groups, total) = cfg.report(at: now, by: .agency)
    let r = Renderer(zone: .vietnam, language: .en, width: nil)
    let json = r.report(groups, total: total, by: .agency, format: .json)
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let t = try #require(parsed["total"] as? [String: Any])
    #expect(t["no_deadline"] as? Int == 3 && t["ongoing"] as? Int == 1 && t["total"] as? Int == 7)
    // The shares: 1 on time of 3, 1 overdue of 3 (the total less 1 ongoing and 3 no deadline).
    #expect((t["on_time_share"] as? NSNumber)?.doubleValue == 0.3333)
    #expect((t["overdue_share"] as? NSNumber)?.doubleValue == 0.3333)
    let rows = try #require(parsed["groups"] as? [[String: Any]])
    #expect(rows.map { $0["no_deadline"] as? Int } == [2, 1, 0])
    // CSV: the column after on_time_share (CSV has every key of a JSON group).
    let csv = r.report(groups, total: total, by: .agency, format: .csv).split(separator: "\n").map(String.init)
    #expect(csv[0].hasSuffix(",due_soon,cancelled,on_time_share,no_deadline"))
    // TOTAL: 7 total, 1 on time, 0 late, 1 not yet due, 1 overdue, 1 ongoing, share 1/3;
    // split 1 done, 1 ongoing, 3 in progress, 2 not started; 0 due soon, 1 cancelled,
    // on-time share 1/3; 3 no deadline.
    #expect(csv.last == "TOTAL,7,1,0,1,1,1,0.3333,1,1,3,2,0,1,0.3333,3")
    // Without such items the count is there, 0.
    var dated = cfg
    dated.items.removeAll { $0.deadline == nil && $0.status != .cancelled }
    let (g2, t2) = dated.report(at: now, by: .agency)
    #expect(r.report(g2, total: t2, by: .agency, format: .csv).split(separator: "\n").last?.hasSuffix(",0") == true)
    let j2 = r.report(g2, total: t2, by: .agency, format: .json)
    #expect(j2.contains(#""no_deadline": 0"#))
}

@Test func theReportTableAndSummaryNameTheWorkWithoutADeadline() {
    let (groups, total) = mixed(.vi).report(at: now, by: .agency)
    let r = Renderer(zone: .vietnam, language: .vi, width: nil)
    #expect(
        r.summary(total)
            == "7 nhiệm vụ: 1 hoàn thành (1 đúng hạn, 0 trễ hạn), 1 thường xuyên, 3 đang thực hiện, 2 chưa thực hiện; 1 chưa đến hạn, 1 quá hạn, 3 không thời hạn. Không tính 1 nhiệm vụ đã hủy."
    )
    let table = r.report(groups, total: total, by: .agency, format: .table)
    // The "By deadline" table has the column ("Không thời hạn", on two lines), and says what
    // the shares are of: 7 - 1 - 3 = 3.
    let timeliness = table.components(separatedBy: "Theo thời hạn:")[1]
    #expect(timeliness.contains("Không") && timeliness.contains("thời hạn"))
    #expect(
        table.contains(
            "Tỷ lệ đúng hạn và quá hạn tính trên 3 nhiệm vụ: tổng số trừ 1 thường xuyên và 3 không thời hạn."))
    // The total row of that table: 1 on time, 0 late, 1 not yet due, 1 overdue, 3 no deadline,
    // then the shares 33,33 % each.
    let totalRow = timeliness.split(separator: "\n").first { $0.hasPrefix("Tổng cộng") } ?? ""
    #expect(
        totalRow.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            == "Tổng cộng 1 0 1 1 3 33,33 % 33,33 %")
    let en = Renderer(zone: .vietnam, language: .en, width: nil)
    #expect(en.summary(total).contains("; 1 not yet due, 1 overdue, 3 with no deadline."))
}

@Test func theHTMLReportAndTheWorkbookHaveANoDeadlineColumn() {
    let cfg = mixed(.vi)
    let r = Renderer(zone: .vietnam, language: .vi, width: nil)
    let html = r.htmlReport(cfg, at: now)
    // After "Quá hạn" in the "Theo thời hạn" group, before the shares.
    #expect(html.contains("<th>Quá hạn</th><th>Không thời hạn</th><th>% đúng hạn</th>"))
    // The total row: 7 | done 1, ongoing 1, in progress 3, not started 2, cancelled 1 |
    // on time 1, late 0, not yet due 1, overdue 1, no deadline 3 | 33,33 % 33,33 %.
    let cells = [7, 1, 1, 3, 2, 1, 1, 0, 1, 1, 3].map { "<td class=\"n\">\($0)</td>" }.joined()
    #expect(html.contains("<tr class=\"total\"><td>Tổng cộng</td>" + cells))
    #expect(html.contains("tính trên 3 nhiệm vụ: tổng số trừ 1 thường xuyên và 3 không thời hạn."))
    let wb = cfg.reportWorkbook(at: now, words: Words(.vi))
    let headers = wb.sheets[0].headers
    let at = headers.firstIndex(of: "Không thời hạn")
    #expect(at != nil && at == headers.firstIndex(of: "Quá hạn").map { $0 + 1 })
    // The total row's no-deadline cell: 3.
    if let at { #expect(wb.sheets[0].rows.last?[at] == .integer(3)) }
}

@Test func listShowsAndFiltersTheNoDeadlineState() {
    let cfg = mixed(.vi)
    let rows = cfg.rows(at: now, filter: ListFilter(states: [.noDeadline]))
    // a2, a3 and b4, without a deadline: in id order.
    #expect(rows.map(\.item.id) == ["a2", "a3", "b4"])
    let table = Renderer(zone: .vietnam, language: .vi, width: nil).list(rows, format: .table)
    #expect(table.split(separator: "\n").filter { $0.contains("không thời hạn") }.count == 3)
    let json = Renderer(zone: .vietnam, language: .vi, width: nil).list(rows, format: .json)
    #expect(json.components(separatedBy: #""state": "no_deadline""#).count == 4)
    // Listed by default too (only cancelled items are left out unless asked for): 7 rows.
    #expect(cfg.rows(at: now).count == 7)
}

@Test func theDaemonNeverAlertsWorkWithoutADeadline() throws {
    let cfg = mixed(.vi)
    var engine = Engine(config: cfg, ledger: Ledger(), now: now)
    // A year of ticks: only the two dated items are ever alerted: a1 (overdue, repeated, then
    // escalated) and b1 (reminded from 23/6, overdue from 1/7); the others never.
    let sent = F.run(&engine, from: now, through: now + 365 * F.day)
    let ids = Set(F.itemAlerts(sent.map(\.1)).compactMap { a in a.fields.first { $0.0 == "DEADLINED_ID" }?.1 })
    #expect(ids == ["a1", "b1"])
    // STATUS= counts: 1 overdue (a1), nothing due soon.
    let c = engine.statusCounts(now: now)
    #expect(c.overdue == 1 && c.dueSoon == 0)
    // The digest: an entry for Sở A (1 overdue) and the total; none for Sở B, whose one dated
    // item is 41 days from its due date. The total carries the no-deadline count.
    let digest = AlertWriter(settings: cfg.settings).digest(cfg, now: now, queued: 0)
    #expect(digest.count == 2)
    let last = try #require(digest.last)
    #expect(last.fields.contains { $0 == ("DEADLINED_NO_DEADLINE", "3") })
    #expect(last.fields.contains { $0 == ("DEADLINED_OVERDUE", "1") })
    #expect(last.message.contains("3 không thời hạn"))
}

@Test func iCalendarWritesAToDoWithoutDueAndNoEvent() {
    let cfg = F.config([F.item("x", deadline: nil, status: .inProgress)])
    let w = ICalendarWriter(zone: .vietnam)
    let todo = w.write(cfg, now: now)
    // RFC 5545 allows a VTODO without DUE: the to-do is there, under way.
    #expect(todo.contains("BEGIN:VTODO") && todo.contains("STATUS:IN-PROCESS") && !todo.contains("DUE"))
    // An all-day event needs a day: none.
    #expect(!w.write(cfg, now: now, component: .event).contains("BEGIN:VEVENT"))
}
