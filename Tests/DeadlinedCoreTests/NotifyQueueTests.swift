import Testing

@testable import DeadlinedCore

func notifyEntry(
    _ cursor: String, _ time: Int64, _ kind: AlertKind, agency: String?, id: String? = nil, days: Int = 3
) -> NotifyEntry {
    var f: [String: String] = [:]
    if let agency { f["DEADLINED_AGENCY"] = agency }
    if let id {
        f["DEADLINED_ID"] = id
        f["DEADLINED_TASK"] = "Nhiệm vụ " + id
        f["DEADLINED_DUE_TEXT"] = "15/5/2024"
        f["DEADLINED_DAYS_OVERDUE"] = String(days)
        f["DEADLINED_BASIS"] = "Chỉ thị 05/CT-UBND"
    }
    return NotifyEntry(cursor: cursor, time: time, kind: kind, message: "m " + cursor, fields: f)
}

@Suite("Notify queue: batching, quiet hours, the cursor to save")
struct NotifyQueueTests {
    var settings: NotifySettings {
        var s = NotifySettings(relay: "smtp://127.0.0.1", from: "deadlined@longan.gov.vn")
        s.batch = 300
        return s
    }

    @Test("an entry is read back from journal fields by its MESSAGE_ID")
    func fromJournal() {
        let e = NotifyEntry(
            cursor: "c", time: 5,
            journalFields: [
                "MESSAGE_ID": AlertKind.escalated.messageID, "MESSAGE": "x", "DEADLINED_AGENCY": "Sở Y tế",
                "PRIORITY": "2",
            ])
        #expect(e?.kind == .escalated)
        #expect(e?.agency == "Sở Y tế")
        #expect(e?.fields["PRIORITY"] == nil)
        #expect(NotifyEntry(cursor: "c", time: 5, journalFields: ["MESSAGE_ID": "00"]) == nil)
        #expect(NotifyEntry(cursor: "c", time: 5, journalFields: ["MESSAGE": "no id"]) == nil)
    }

    @Test("entries of one agency within the window make one batch, due when the window closes")
    func batching() {
        var q = NotifyQueue(settings: settings, zone: .vietnam)
        q.add(notifyEntry("c1", 1000, .overdue, agency: "Sở Tài chính", id: "a"))
        q.add(notifyEntry("c2", 1100, .overdue, agency: "Sở Y tế", id: "b"))
        q.add(notifyEntry("c3", 1200, .escalated, agency: "Sở Tài chính", id: "c"))
        // Sở Tài chính's window opened at 1000 and closes at 1000 + 300.
        #expect(q.due(now: 1299).isEmpty)
        #expect(q.nextDue(now: 1000) == 1300)
        let due = q.due(now: 1300)
        #expect(due.count == 1)
        #expect(due.first?.agency == "Sở Tài chính")
        #expect(due.first?.entries.map(\.cursor) == ["c1", "c3"])
        #expect(q.backlog == 3)
        // c2 (Sở Y tế) is not sent yet, so only c1 may be saved, not c3.
        if let b = due.first { #expect(q.handled(b) == "c1") }
        #expect(q.savedCursor == "c1")
        #expect(q.backlog == 1)
        #expect(q.nextDue(now: 1300) == 1400)
        let next = q.due(now: 1400)
        #expect(next.map(\.agency) == ["Sở Y tế"])
        if let b = next.first { #expect(q.handled(b) == "c3") }
        #expect(q.backlog == 0)
        #expect(q.nextDue(now: 1400) == nil)
    }

    @Test("kinds that do not go out move the cursor at once")
    func otherKinds() {
        var q = NotifyQueue(settings: settings, zone: .vietnam, cursor: "c0")
        q.add(notifyEntry("c1", 1000, .reminder, agency: "Sở Y tế", id: "a"))
        #expect(q.savedCursor == "c1")
        #expect(q.backlog == 0)
        q.add(notifyEntry("c2", 1000, .overdue, agency: "Sở Y tế", id: "a"))
        q.add(notifyEntry("c3", 1001, .resolved, agency: "Sở Y tế", id: "a"))
        // c3 is handled but c2 before it is not: the cursor stays at c1.
        #expect(q.savedCursor == "c1")
        #expect(q.backlog == 1)
    }

    @Test("one line per item: its latest entry")
    func onePerItem() {
        let b = NotifyBatch(
            agency: "Sở Y tế", opened: 0,
            entries: [
                notifyEntry("c1", 0, .overdue, agency: "Sở Y tế", id: "a", days: 30),
                notifyEntry("c2", 1, .overdue, agency: "Sở Y tế", id: "b"),
                notifyEntry("c3", 2, .escalated, agency: "Sở Y tế", id: "a", days: 31),
                notifyEntry("c4", 3, .digest, agency: "Sở Y tế"),
            ])
        #expect(b.items.map(\.cursor) == ["c2", "c3", "c4"])
    }

    @Test("quiet hours across midnight hold mail until their end")
    func quietHours() {
        // 22:00-06:00 local. Vietnam is UTC+7 all year.
        let quiet = QuietHours(start: 22 * 3600, end: 6 * 3600)
        let z = Zone.vietnam
        let day = CivilDate(year: 2026, month: 11, day: 30)
        // 23:00 on the 30th waits for 06:00 on 1 December.
        #expect(quiet.release(after: z.instant(day, hour: 23), zone: z) == z.instant(day.adding(days: 1), hour: 6))
        // 05:00 on the 30th waits for 06:00 the same day.
        #expect(quiet.release(after: z.instant(day, hour: 5), zone: z) == z.instant(day, hour: 6))
        // Noon and 06:00 itself are outside.
        #expect(quiet.release(after: z.instant(day, hour: 12), zone: z) == z.instant(day, hour: 12))
        #expect(quiet.release(after: z.instant(day, hour: 6), zone: z) == z.instant(day, hour: 6))
        // A span within one day, 12:00-13:30: 12:15 waits for 13:30.
        let lunch = QuietHours(start: 12 * 3600, end: 13 * 3600 + 1800)
        #expect(
            lunch.release(after: z.instant(day, hour: 12, minute: 15), zone: z) == z.instant(day, hour: 13, minute: 30))

        var s = settings
        s.quietHours = quiet
        var q = NotifyQueue(settings: s, zone: z)
        let t = z.instant(day, hour: 22, minute: 10)
        q.add(notifyEntry("c1", t, .overdue, agency: "Sở Y tế", id: "a"))
        #expect(q.due(now: t + 300).isEmpty)
        #expect(q.nextDue(now: t) == z.instant(day.adding(days: 1), hour: 6))
        #expect(q.due(now: z.instant(day.adding(days: 1), hour: 6)).count == 1)
    }

    @Test("backoff doubles from 30 s up to 30 min")
    func backoff() {
        // 30, 60, 120, 240, 480, 960, then 1920 is capped at 1800.
        #expect((0...8).map { notifyBackoff(failures: $0) } == [0, 30, 60, 120, 240, 480, 960, 1800, 1800])
    }
}
