import Foundation
import Testing

@testable import DeadlinedCore

private typealias F = SchedFixture

private func engineKinds(_ alerts: [(Int64, Alert)]) -> [String] {
    alerts.filter { $0.1.kind != .digest }.map { "\($0.0) \($0.1.kind.rawValue) \($0.1.field("DEADLINED_ID") ?? "")" }
}

private func engineExpected(_ list: [(Int64, AlertKind)], id: String = "a") -> [String] {
    list.map { "\($0.0) \($0.1.rawValue) \(id)" }
}

// MARK: - A whole life, followed through nextWake

@Test func engineFollowsOneItemThroughItsWholeLife() {
    let it = F.item(deadline: F.dayDeadline(15, 5, 2024))
    let start = F.vn(1, 5, 2024)
    var engine = Engine(config: F.config([it]), ledger: Ledger(), now: start)
    let alerts = F.run(&engine, from: start, through: F.vn(18, 6, 2024))
    var expected: [(Int64, AlertKind)] = [(F.vn(8, 5, 2024), .reminder), (F.vn(14, 5, 2024), .reminder)]
    // Overdue from 16/5 00:00, daily, for 30 days; escalated from 15/6 00:00.
    for k in Int64(0)..<30 { expected.append((F.vn(16, 5, 2024) + k * F.day, .overdue)) }
    for k in Int64(0)..<4 { expected.append((F.vn(15, 6, 2024) + k * F.day, .escalated)) }
    #expect(engineKinds(alerts) == engineExpected(expected))
    // Priorities by kind.
    for (_, a) in alerts {
        switch a.kind {
        case .reminder: #expect(a.priority == .notice)
        case .overdue: #expect(a.priority == .err)
        case .escalated: #expect(a.priority == .crit)
        case .digest: #expect(a.priority == .warning || a.priority == .info)
        default: Issue.record("unexpected \(a.kind)")
        }
    }
    // One digest a day at 08:00 local: 2/5 ... 18/5 is 48 days from 1/5 08:00 on, each with an
    // agency entry (when something is due soon or overdue) and an overall entry.
    let digestTimes = Set(alerts.filter { $0.1.kind == .digest }.map(\.0))
    #expect(digestTimes == Set((0..<48).map { F.vn(1, 5, 2024, 8) + Int64($0) * F.day }))
}

@Test func engineFollowingNextWakeEqualsPollingEveryHour() {
    let items = [
        F.item("a", deadline: F.dayDeadline(15, 5, 2024)),
        F.item("b", deadline: F.timeDeadline(17, 0, 12, 5, 2024)),
        F.item("c", deadline: F.dayDeadline(3, 5, 2024)),
    ]
    let s = F.settings(remind: [7 * F.day, F.day, 2 * F.hour], repeatEvery: 12 * F.hour, escalate: 5 * F.day)
    let start = F.vn(1, 5, 2024)
    let end = F.vn(25, 5, 2024)
    var woken = Engine(config: F.config(items, settings: s), ledger: Ledger(), now: start)
    let a = F.run(&woken, from: start, through: end)
    var polled = Engine(config: F.config(items, settings: s), ledger: Ledger(), now: start)
    var b: [(Int64, Alert)] = []
    var t = start
    while t <= end {
        for x in polled.tick(now: t) { b.append((t, x)) }
        t += F.hour
    }
    #expect(engineKinds(a) == engineKinds(b))
    #expect(!engineKinds(a).isEmpty)
    // "b" is timed at 17:00 12/5: its reminders count back from 17:00.
    let bReminders = a.filter { $0.1.kind == .reminder && $0.1.field("DEADLINED_ID") == "b" }.map(\.0)
    #expect(bReminders == [F.vn(5, 5, 2024, 17), F.vn(11, 5, 2024, 17), F.vn(12, 5, 2024, 15)])
}

// MARK: - Catch-up at start-up

@Test func engineCatchUpBeforeDueSendsOnlyTheLatestReminder() {
    let it = F.item(deadline: F.dayDeadline(15, 5, 2024))
    let now = F.vn(15, 5, 2024, 10)
    var engine = Engine(config: F.config([it]), ledger: Ledger(), now: now)
    let alerts = F.itemAlerts(engine.tick(now: now))
    #expect(alerts.count == 1)
    #expect(alerts.first?.kind == .reminder)
    #expect(alerts.first?.priority == .notice)
    #expect(alerts.first?.field("DEADLINED_DAYS_LEFT") == "0")
    #expect(engine.ledger.entries["a"]?.lastReminder == F.vn(14, 5, 2024))
    // Nothing else until the item is overdue (the only wake before that is the digest).
    let rest = F.run(&engine, from: now + 1, through: F.vn(16, 5, 2024))
    #expect(engineKinds(rest) == engineExpected([(F.vn(16, 5, 2024), .overdue)]))
}

/// (start-up instant, the one alert sent, its priority, the next slot start).
@Test(
    arguments: [
        ("2024-05-20T10:00:00+07:00", AlertKind.overdue, Priority.err, "2024-05-21T00:00:00+07:00"),
        ("2024-06-14T23:59:59+07:00", AlertKind.overdue, Priority.err, "2024-06-15T00:00:00+07:00"),
        ("2024-06-15T00:00:00+07:00", AlertKind.escalated, Priority.crit, "2024-06-16T00:00:00+07:00"),
        ("2024-09-01T10:00:00+07:00", AlertKind.escalated, Priority.crit, "2024-09-02T00:00:00+07:00"),
    ] as [(String, AlertKind, Priority, String)])
func engineCatchUpAfterDueSendsOneOverdue(_ iso: String, _ kind: AlertKind, _ priority: Priority, _ nextIso: String) {
    let it = F.item(deadline: F.dayDeadline(15, 5, 2024))
    let now = F.at(iso)
    var engine = Engine(config: F.config([it]), ledger: Ledger(), now: now)
    let alerts = F.itemAlerts(engine.tick(now: now))
    #expect(alerts.map(\.kind) == [kind])
    #expect(alerts.first?.priority == priority)
    #expect(alerts.first?.field("DEADLINED_DAYS_LEFT") == nil)
    #expect(engine.ledger.entries["a"]?.lastReminder == nil)
    #expect(F.itemAlerts(engine.tick(now: now)).isEmpty)
    #expect(F.itemAlerts(engine.tick(now: F.at(nextIso) - 1)).isEmpty)
    #expect(engine.heap.min?.time == F.at(nextIso))
    // Escalation is at overdueAt + 30d = 00:00 15/6.
    let nextKind: AlertKind = F.at(nextIso) >= F.vn(15, 6, 2024) ? .escalated : .overdue
    #expect(F.itemAlerts(engine.tick(now: F.at(nextIso))).map(\.kind) == [nextKind])
}

// MARK: - Restart from the ledger

@Test func engineRestartDoesNotRepeatAReminder() {
    let it = F.item(deadline: F.dayDeadline(15, 5, 2024))
    let config = F.config([it])
    var first = Engine(config: config, ledger: Ledger(), now: F.vn(7, 5, 2024, 12))
    #expect(F.itemAlerts(first.tick(now: F.vn(7, 5, 2024, 12))).isEmpty)
    #expect(F.itemAlerts(first.tick(now: F.vn(8, 5, 2024))).map(\.kind) == [.reminder])
    // Restart six hours later, from the ledger as written to disk.
    let (ledger, problems) = Ledger.parse(first.ledger.serialized())
    #expect(problems.isEmpty)
    let now = F.vn(8, 5, 2024, 6)
    var second = Engine(config: config, ledger: ledger, now: now)
    #expect(F.itemAlerts(second.tick(now: now)).isEmpty)
    #expect(second.nextWake(now: now) == F.vn(8, 5, 2024, 8))  // the digest comes first
    let rest = F.run(&second, from: now, through: F.vn(16, 5, 2024))
    #expect(engineKinds(rest) == engineExpected([(F.vn(14, 5, 2024), .reminder), (F.vn(16, 5, 2024), .overdue)]))
}

@Test func engineRestartKeepsTheOverdueRhythm() {
    let it = F.item(deadline: F.dayDeadline(15, 5, 2024))
    let config = F.config([it], settings: F.settings(repeatEvery: 6 * F.hour))
    let start = F.vn(15, 5, 2024, 22)
    var first = Engine(config: config, ledger: Ledger(), now: start)
    let before = F.run(&first, from: start, through: F.vn(16, 5, 2024, 7))
    #expect(
        engineKinds(before).suffix(2)
            == engineExpected([(F.vn(16, 5, 2024), .overdue), (F.vn(16, 5, 2024, 6), .overdue)])[...])
    // Restart in the same slot: nothing; the next overdue alert is at the next slot start.
    let (ledger, _) = Ledger.parse(first.ledger.serialized())
    let now = F.vn(16, 5, 2024, 9, 30)
    var second = Engine(config: config, ledger: ledger, now: now)
    let after = F.run(&second, from: now, through: F.vn(17, 5, 2024, 1))
    #expect(
        engineKinds(after)
            == engineExpected([
                (F.vn(16, 5, 2024, 12), .overdue), (F.vn(16, 5, 2024, 18), .overdue), (F.vn(17, 5, 2024), .overdue),
            ]))
    // Down for a day and a half: one catch-up alert at start-up, then back on the rhythm.
    let (ledger2, _) = Ledger.parse(second.ledger.serialized())
    let later = F.vn(18, 5, 2024, 14)
    var third = Engine(config: config, ledger: ledger2, now: later)
    let caught = F.run(&third, from: later, through: F.vn(19, 5, 2024))
    #expect(
        engineKinds(caught)
            == engineExpected([(later, .overdue), (F.vn(18, 5, 2024, 18), .overdue), (F.vn(19, 5, 2024), .overdue)]))
}

@Test func engineRestartInTheEscalatedPhaseDoesNotRepeat() {
    let it = F.item(deadline: F.dayDeadline(15, 5, 2024))
    let config = F.config([it])
    let now = F.vn(20, 6, 2024, 10)
    var first = Engine(config: config, ledger: Ledger(), now: now)
    #expect(F.itemAlerts(first.tick(now: now)).map(\.kind) == [.escalated])
    var second = Engine(config: config, ledger: Ledger.parse(first.ledger.serialized()).0, now: now + 600)
    #expect(F.itemAlerts(second.tick(now: now + 600)).isEmpty)
    #expect(second.heap.min?.time == F.vn(21, 6, 2024))
}

// MARK: - Reloads: extensions and resolved items

@Test func engineExtensionStartsRemindersAfresh() {
    let old = F.item(deadline: F.dayDeadline(15, 5, 2024))
    var engine = Engine(config: F.config([old]), ledger: Ledger(), now: F.vn(14, 5, 2024))
    #expect(F.itemAlerts(engine.tick(now: F.vn(14, 5, 2024))).map(\.kind) == [.reminder])
    // Extended to 30/5 the same night.
    let extended = F.item(deadline: F.dayDeadline(30, 5, 2024))
    let now = F.vn(14, 5, 2024, 1)
    #expect(engine.replaceConfig(F.config([extended]), now: now).isEmpty)
    #expect(engine.ledger.entries["a"] == nil)
    let rest = F.run(&engine, from: now, through: F.vn(31, 5, 2024))
    #expect(
        engineKinds(rest)
            == engineExpected([
                (F.vn(23, 5, 2024), .reminder), (F.vn(29, 5, 2024), .reminder), (F.vn(31, 5, 2024), .overdue),
            ]))
}

@Test func engineExtensionOfAnOverdueItemStopsOverdueAlerts() {
    let old = F.item(deadline: F.dayDeadline(15, 5, 2024))
    var engine = Engine(config: F.config([old]), ledger: Ledger(), now: F.vn(16, 5, 2024))
    #expect(F.itemAlerts(engine.tick(now: F.vn(16, 5, 2024))).map(\.kind) == [.overdue])
    let now = F.vn(16, 5, 2024, 10)
    let extended = F.item(deadline: F.dayDeadline(30, 5, 2024))
    #expect(engine.replaceConfig(F.config([extended]), now: now).isEmpty)
    let rest = F.run(&engine, from: now, through: F.vn(31, 5, 2024))
    #expect(
        engineKinds(rest)
            == engineExpected([
                (F.vn(23, 5, 2024), .reminder), (F.vn(29, 5, 2024), .reminder), (F.vn(31, 5, 2024), .overdue),
            ]))
    // A restart on the old ledger with the extended config starts afresh as well.
    var restarted = Engine(
        config: F.config([extended]), ledger: Ledger(entries: ["a": LedgerEntry(due: F.vn(16, 5, 2024), lastSlot: 0)]),
        now: now)
    #expect(F.itemAlerts(restarted.tick(now: now)).isEmpty)
    #expect(restarted.heap.min?.time == F.vn(23, 5, 2024))
}

@Test func engineReloadDropsRecordsOfRemovedItemsAndKeepsTheOthers() {
    let d = F.dayDeadline(15, 5, 2024)
    let items = ["a", "b", "c"].map { F.item($0, deadline: d) }
    let now = F.vn(16, 5, 2024)
    var engine = Engine(config: F.config(items), ledger: Ledger(), now: now)
    #expect(F.itemAlerts(engine.tick(now: now)).count == 3)
    #expect(Set(engine.ledger.entries.keys) == ["a", "b", "c"])
    // "b" leaves the config, "c" is extended: only "a" keeps its record, and is not repeated.
    let later = now + 600
    #expect(
        engine.replaceConfig(F.config([items[0], F.item("c", deadline: F.dayDeadline(30, 5, 2024))]), now: later)
            .isEmpty)
    #expect(Set(engine.ledger.entries.keys) == ["a"])
    #expect(F.itemAlerts(engine.tick(now: later)).isEmpty)
    // Every record belongs to a current item and one is extended: the others stay as they were.
    var second = Engine(config: F.config(items), ledger: Ledger(), now: now)
    _ = second.tick(now: now)
    let before = second.ledger.entries["a"]
    #expect(
        second.replaceConfig(
            F.config([items[0], items[1], F.item("c", deadline: F.dayDeadline(30, 5, 2024))]), now: later
        ).isEmpty)
    #expect(Set(second.ledger.entries.keys) == ["a", "b"])
    #expect(second.ledger.entries["a"] == before)
}

@Test func engineResolvedOnceWhenAnOverdueItemIsDone() {
    let d = F.dayDeadline(15, 5, 2024)
    let open = F.item(deadline: d)
    let start = F.vn(20, 5, 2024, 9)
    var engine = Engine(config: F.config([open]), ledger: Ledger(), now: start)
    #expect(F.itemAlerts(engine.tick(now: start)).map(\.kind) == [.overdue])
    let done = F.item(deadline: d, status: .done, completed: F.vn(22, 5, 2024))
    let now = F.vn(22, 5, 2024, 10)
    let resolved = engine.replaceConfig(F.config([done]), now: now)
    #expect(resolved.count == 1)
    #expect(resolved.first?.kind == .resolved)
    #expect(resolved.first?.priority == .info)
    #expect(resolved.first?.field("DEADLINED_KIND") == "resolved")
    #expect(resolved.first?.field("DEADLINED_ID") == "a")
    // Completed on 22/5, due 15/5: 7 days late.
    #expect(resolved.first?.message.hasPrefix("Đã hoàn thành, trễ 7 ngày: ") == true)
    // Exactly once: neither a second reload nor a restart says it again, and nothing else fires.
    #expect(engine.replaceConfig(F.config([done]), now: now + 60).isEmpty)
    #expect(engineKinds(F.run(&engine, from: now, through: F.vn(30, 6, 2024))).isEmpty)
    var restarted = Engine(config: F.config([done]), ledger: Ledger.parse(engine.ledger.serialized()).0, now: now + 120)
    #expect(restarted.replaceConfig(F.config([done]), now: now + 180).isEmpty)
    #expect(F.itemAlerts(restarted.tick(now: now + 180)).isEmpty)
}

@Test func engineNoResolvedForAnItemOnlyReminded() {
    let d = F.dayDeadline(15, 5, 2024)
    var engine = Engine(config: F.config([F.item(deadline: d)]), ledger: Ledger(), now: F.vn(14, 5, 2024))
    #expect(F.itemAlerts(engine.tick(now: F.vn(14, 5, 2024))).map(\.kind) == [.reminder])
    let done = F.item(deadline: d, status: .done, completed: F.vn(14, 5, 2024, 9))
    #expect(engine.replaceConfig(F.config([done]), now: F.vn(14, 5, 2024, 10)).isEmpty)
}

// MARK: - nextWake and the digest

@Test func engineNextWakeIsTheNextEventNotAPoll() {
    let it = F.item(deadline: F.dayDeadline(15, 5, 2024))
    var engine = Engine(config: F.config([it]), ledger: Ledger(), now: F.vn(7, 5, 2024, 12))
    #expect(engine.tick(now: F.vn(7, 5, 2024, 12)).isEmpty)
    // Next event: the 7d reminder at 00:00 8/5, before the 08:00 digest.
    #expect(engine.nextWake(now: F.vn(7, 5, 2024, 12)) == F.vn(8, 5, 2024))
    #expect(engine.nextWake(now: F.vn(7, 5, 2024, 23, 59, 59)) == F.vn(8, 5, 2024))
    #expect(engine.tick(now: F.vn(8, 5, 2024)).map(\.kind) == [.reminder])
    #expect(engine.nextWake(now: F.vn(8, 5, 2024)) == F.vn(8, 5, 2024, 8))
    let digest = engine.tick(now: F.vn(8, 5, 2024, 8))
    #expect(!digest.isEmpty && digest.allSatisfy { $0.kind == .digest })
    #expect(engine.nextWake(now: F.vn(8, 5, 2024, 8)) == F.vn(9, 5, 2024, 8))
    #expect(engine.heap.min?.time == F.vn(14, 5, 2024))
    // Later in the week, after the 13/5 digest, the 1d reminder at 00:00 14/5 is next.
    for day in 9...13 { _ = engine.tick(now: F.vn(day, 5, 2024, 8)) }
    #expect(engine.nextWake(now: F.vn(13, 5, 2024, 8)) == F.vn(14, 5, 2024))
    #expect(engine.nextWake(now: F.vn(13, 5, 2024, 20)) == F.vn(14, 5, 2024))
}

@Test func engineNextWakeWithNothingPendingIsTheDigest() {
    let d = F.dayDeadline(15, 5, 2024)
    let items = [
        F.item("done", deadline: d, status: .done, completed: F.vn(10, 5, 2024)),
        F.item("ongoing", deadline: nil, status: .ongoing),
        F.item("undated", deadline: nil),
    ]
    let now = F.vn(20, 5, 2024, 9)
    var engine = Engine(config: F.config(items), ledger: Ledger(), now: now)
    #expect(engine.tick(now: now).isEmpty)
    #expect(engine.nextWake(now: now) == F.vn(21, 5, 2024, 8))
    #expect(Engine(config: F.config([]), ledger: Ledger(), now: now).nextWake(now: now) == F.vn(21, 5, 2024, 8))
    // Digest at 17:30 local instead.
    let s = F.settings(digestAt: 17 * 3600 + 30 * 60)
    #expect(
        Engine(config: F.config(items, settings: s), ledger: Ledger(), now: now).nextWake(now: now)
            == F.vn(20, 5, 2024, 17, 30))
}

/// (zone, now, the next 08:00 local strictly after now).
let engineDigestCases: [(String, String, String)] = [
    ("Asia/Ho_Chi_Minh", "2024-05-20T07:59:59+07:00", "2024-05-20T08:00:00+07:00"),
    ("Asia/Ho_Chi_Minh", "2024-05-20T08:00:00+07:00", "2024-05-21T08:00:00+07:00"),
    ("Asia/Ho_Chi_Minh", "2024-12-31T09:00:00+07:00", "2025-01-01T08:00:00+07:00"),
    ("Asia/Ho_Chi_Minh", "2024-12-31T23:59:59+07:00", "2025-01-01T08:00:00+07:00"),
    ("Asia/Ho_Chi_Minh", "2024-02-28T12:00:00+07:00", "2024-02-29T08:00:00+07:00"),
    ("Europe/Berlin", "2024-12-31T20:00:00+01:00", "2025-01-01T08:00:00+01:00"),
    // Spring forward 31/3/2024 02:00 -> 03:00: a 23-hour day.
    ("Europe/Berlin", "2024-03-30T09:00:00+01:00", "2024-03-31T08:00:00+02:00"),
    ("Europe/Berlin", "2024-03-31T01:30:00+01:00", "2024-03-31T08:00:00+02:00"),
    ("Europe/Berlin", "2024-03-31T03:30:00+02:00", "2024-03-31T08:00:00+02:00"),
    // Fall back 27/10/2024 03:00 -> 02:00: a 25-hour day.
    ("Europe/Berlin", "2024-10-26T09:00:00+02:00", "2024-10-27T08:00:00+01:00"),
    ("Europe/Berlin", "2024-10-27T02:30:00+02:00", "2024-10-27T08:00:00+01:00"),
    ("Europe/Berlin", "2024-10-27T08:00:00+01:00", "2024-10-28T08:00:00+01:00"),
    // New York: spring forward 10/3/2024 02:00 -> 03:00, fall back 3/11/2024 02:00 -> 01:00.
    ("America/New_York", "2024-03-09T09:00:00-05:00", "2024-03-10T08:00:00-04:00"),
    ("America/New_York", "2024-03-10T07:59:59-04:00", "2024-03-10T08:00:00-04:00"),
    ("America/New_York", "2024-11-02T09:00:00-04:00", "2024-11-03T08:00:00-05:00"),
    ("America/New_York", "2024-11-03T01:30:00-05:00", "2024-11-03T08:00:00-05:00"),
    ("America/New_York", "2024-12-31T22:00:00-05:00", "2025-01-01T08:00:00-05:00"),
    // Evening in New York is already the next day in UTC.
    ("America/New_York", "2024-03-09T21:00:00-05:00", "2024-03-10T08:00:00-04:00"),
]

@Test(arguments: engineDigestCases)
func engineDigestTimeLandsOnEightLocal(_ zoneId: String, _ nowIso: String, _ expectedIso: String) {
    let zone = F.zone(zoneId)
    let s = F.settings(zone: zone)
    let t = Engine.digestTime(after: F.at(nowIso), settings: s)
    #expect(t == F.at(expectedIso))
    #expect(zone.local(t).secondOfDay == 8 * 3600)
}

@Test func engineDigestTimesFollowOneADayAcrossTransitions() {
    for zoneId in ["Europe/Berlin", "America/New_York", "Asia/Ho_Chi_Minh"] {
        let zone = F.zone(zoneId)
        let s = F.settings(zone: zone)
        var t = F.at("2024-01-01T00:00:00Z")
        var days = Set<CivilDate>()
        for _ in 0..<400 {
            let next = Engine.digestTime(after: t, settings: s)
            #expect(next > t)
            #expect(zone.local(next).secondOfDay == 8 * 3600)
            #expect(next - t >= 23 * F.hour && next - t <= 25 * F.hour || t == F.at("2024-01-01T00:00:00Z"))
            days.insert(zone.local(next).date)
            t = next
        }
        #expect(days.count == 400)
    }
}

@Test func engineTickSendsTheDigestAtItsTimeAndRearms() {
    let s = F.settings(zone: F.zone("Europe/Berlin"))
    let it = F.item(deadline: F.dayDeadline(15, 3, 2024, zone: s.zone))
    let start = F.at("2024-03-30T09:00:00+01:00")
    var engine = Engine(config: F.config([it], settings: s), ledger: Ledger(), now: start)
    let first = engine.tick(now: start)
    #expect(F.itemAlerts(first).map(\.kind) == [.overdue])
    #expect(!first.contains { $0.kind == .digest })
    let d = F.at("2024-03-31T08:00:00+02:00")
    // The overdue repeat at 00:00 31/3 comes first, then the digest.
    #expect(engine.nextWake(now: start) == F.at("2024-03-31T00:00:00+01:00"))
    _ = engine.tick(now: F.at("2024-03-31T00:00:00+01:00"))
    #expect(engine.nextWake(now: F.at("2024-03-31T00:00:00+01:00")) == d)
    #expect(engine.tick(now: d - 1).isEmpty)
    let digest = engine.tick(now: d)
    #expect(digest.map(\.kind) == [.digest, .digest])
    #expect(digest.last?.priority == .warning)
    #expect(digest.last?.field("DEADLINED_OVERDUE") == "1")
    #expect(digest.first?.field("DEADLINED_AGENCY") == "Sở Tài chính")
    #expect(engine.ledger.lastDigest == d)
    #expect(engine.nextDigest == F.at("2024-04-01T08:00:00+02:00"))
    #expect(engine.tick(now: d).isEmpty)
}

// MARK: - Budget

@Test func engineBudgetPacesABurstAcrossWindows() {
    let d = F.dayDeadline(15, 5, 2024)
    let items = (0..<25).map { F.item(String(format: "item-%02d", $0), deadline: d) }
    let s = F.settings(budget: 10, window: 30)
    let t0 = F.vn(20, 5, 2024, 10)
    var engine = Engine(config: F.config(items, settings: s), ledger: Ledger(), now: t0)
    var seen: [String] = []
    let first = engine.tick(now: t0)
    #expect(first.count == 10)
    #expect(first.allSatisfy { $0.kind == .overdue })
    seen += first.compactMap { $0.field("DEADLINED_ID") }
    #expect(engine.queued(now: t0) == 15)
    // The next window opens one second after a full window, so that batches are always more
    // than one journald interval apart although the clock is read in whole seconds.
    #expect(engine.nextWake(now: t0) == t0 + 31)
    var copy = engine
    let digest = copy.digest(now: t0)
    #expect(digest.last?.field("DEADLINED_QUEUED") == "15")
    #expect(digest.last?.message.contains("15 cảnh báo đang chờ gửi.") == true)
    // Nothing more within the window, even when woken early.
    #expect(engine.tick(now: t0 + 29).isEmpty)
    #expect(engine.tick(now: t0 + 30).isEmpty)
    #expect(engine.nextWake(now: t0 + 30) == t0 + 31)
    let second = engine.tick(now: t0 + 31)
    #expect(second.count == 10)
    seen += second.compactMap { $0.field("DEADLINED_ID") }
    #expect(engine.nextWake(now: t0 + 31) == t0 + 62)
    let third = engine.tick(now: t0 + 62)
    #expect(third.count == 5)
    seen += third.compactMap { $0.field("DEADLINED_ID") }
    #expect(engine.queued(now: t0 + 62) == 0)
    #expect(seen.sorted() == items.map(\.id))
    // Then the next overdue slot at 00:00 21/5 (before the 08:00 digest).
    #expect(engine.nextWake(now: t0 + 62) == F.vn(21, 5, 2024))
}

@Test func aWallClockStepDoesNotOpenAFreshBudgetWindow() {
    // journald's rate limit runs on the monotonic clock: NTP stepping the wall clock (either
    // way) in the middle of a burst must not let a second batch into the same interval.
    let d = F.dayDeadline(15, 5, 2024)
    let items = (0..<25).map { F.item(String(format: "item-%02d", $0), deadline: d) }
    let s = F.settings(budget: 10, window: 30)
    let t0 = F.vn(20, 5, 2024, 10)
    let m0: Int64 = 1000
    var engine = Engine(config: F.config(items, settings: s), ledger: Ledger(), now: t0)
    #expect(engine.tick(now: t0, monotonic: m0).count == 10)
    // Five seconds later by the monotonic clock, the wall clock stepped an hour ahead, then
    // an hour back: still the same window.
    #expect(engine.tick(now: t0 + 3605, monotonic: m0 + 5).isEmpty)
    #expect(engine.tick(now: t0 - 3595, monotonic: m0 + 5).isEmpty)
    // Woken when the monotonic window ends: 26 s after a wall time of t0 + 5.
    #expect(engine.nextWake(now: t0 + 5, monotonic: m0 + 5) == t0 + 31)
    #expect(engine.nextWake(now: t0 + 3605, monotonic: m0 + 5) == t0 + 3631)
    #expect(engine.tick(now: t0 + 3631, monotonic: m0 + 31).count == 10)
}

@Test func engineBudgetDigestCountsWhatIsQueued() {
    let d = F.dayDeadline(15, 5, 2024)
    let items = (0..<25).map { F.item(String(format: "item-%02d", $0), deadline: d) }
    let s = F.settings(budget: 10, window: 30)
    let digestAt = F.vn(21, 5, 2024, 8)
    var engine = Engine(config: F.config(items, settings: s), ledger: Ledger(), now: digestAt - 1)
    #expect(engine.nextDigest == digestAt)
    let first = engine.tick(now: digestAt)
    #expect(first.filter { $0.kind == .overdue }.count == 10)
    #expect(first.last?.kind == .digest)
    #expect(first.last?.field("DEADLINED_QUEUED") == "15")
    #expect(engine.nextWake(now: digestAt) == digestAt + 31)
    var ids = Set(first.compactMap { $0.kind == .overdue ? $0.field("DEADLINED_ID") : nil })
    let all = F.run(&engine, from: digestAt + 31, through: digestAt + 3600)
    for (_, a) in all where a.kind == .overdue {
        let id = a.field("DEADLINED_ID") ?? ""
        #expect(!ids.contains(id), "\(id) alerted twice")
        ids.insert(id)
    }
    #expect(ids.count == 25)
}

@Test func engineBurstOfOneHundredThousandAlertsEachOnce() {
    let d = F.dayDeadline(15, 5, 2024)
    let n = 100_000
    let items = (0..<n).map { F.item("i\($0)", deadline: d) }
    let s = F.settings(budget: 1_000_000)
    let now = F.vn(20, 5, 2024, 10)
    var engine = Engine(config: F.config(items, settings: s), ledger: Ledger(), now: now)
    let alerts = engine.tick(now: now)
    #expect(alerts.count == n)
    var seen = [Bool](repeating: false, count: n)
    var twice = 0
    for a in alerts {
        guard let id = a.field("DEADLINED_ID"), let i = Int(id.dropFirst()) else { continue }
        if seen[i] { twice += 1 }
        seen[i] = true
    }
    #expect(twice == 0)
    #expect(seen.allSatisfy { $0 })
    #expect(engine.ledger.entries.count == n)
    #expect(engine.tick(now: now + 1).isEmpty)
    #expect(engine.nextWake(now: now + 1) == F.vn(21, 5, 2024))
}

@Test func engineBurstUnderDefaultBudgetDeliversEveryItemOnce() {
    let d = F.dayDeadline(15, 5, 2024)
    let n = 12_345
    let items = (0..<n).map { F.item("i\($0)", deadline: d) }
    let s = F.settings(budget: 5000, window: 30)
    let now = F.vn(20, 5, 2024, 10)
    var engine = Engine(config: F.config(items, settings: s), ledger: Ledger(), now: now)
    let all = F.run(&engine, from: now, through: now + 600)
    let times = all.filter { $0.1.kind == .overdue }.map(\.0)
    #expect(times.count == n)
    #expect(Set(all.compactMap { $0.1.field("DEADLINED_ID") }).count == n)
    #expect(Dictionary(grouping: times, by: { $0 }).mapValues(\.count) == [now: 5000, now + 31: 5000, now + 62: 2345])
}

// MARK: - Clock changes

@Test func engineClockStepForwardFiresDueAlertsOnce() {
    let it = F.item(deadline: F.dayDeadline(15, 5, 2024))
    var engine = Engine(config: F.config([it]), ledger: Ledger(), now: F.vn(7, 5, 2024, 12))
    #expect(engine.tick(now: F.vn(7, 5, 2024, 12)).isEmpty)
    // The clock jumps a day forward, past the 00:00 reminder and the 08:00 digest.
    let now = F.vn(8, 5, 2024, 12)
    engine.clockChanged(now: now)
    let alerts = engine.tick(now: now)
    #expect(F.itemAlerts(alerts).map(\.kind) == [.reminder])
    #expect(alerts.filter { $0.kind == .digest }.count == 2)
    #expect(engine.tick(now: now).isEmpty)
    #expect(engine.tick(now: now + 1).isEmpty)
    #expect(engine.nextWake(now: now + 1) == F.vn(9, 5, 2024, 8))
    // Jump from before the due time to a day after it: one overdue alert, not two.
    let later = F.vn(17, 5, 2024, 12)
    _ = F.run(&engine, from: now + 1, through: F.vn(15, 5, 2024, 12))
    engine.clockChanged(now: later)
    #expect(F.itemAlerts(engine.tick(now: later)).map(\.kind) == [.overdue])
    #expect(F.itemAlerts(engine.tick(now: later + 1)).isEmpty)
    #expect(engine.heap.min?.time == F.vn(18, 5, 2024))
}

@Test func engineClockStepBackAnHourRepeatsNothing() {
    let it = F.item(deadline: F.dayDeadline(15, 5, 2024))
    let start = F.vn(15, 5, 2024, 22)
    var engine = Engine(config: F.config([it]), ledger: Ledger(), now: start)
    let before = F.run(&engine, from: start, through: F.vn(16, 5, 2024, 8, 30))
    // The catch-up reminder at start, the overdue alert at 00:00 and the 08:00 digest.
    #expect(engineKinds(before) == engineExpected([(start, .reminder), (F.vn(16, 5, 2024), .overdue)]))
    #expect(before.filter { $0.1.kind == .digest }.map(\.0) == [F.vn(16, 5, 2024, 8), F.vn(16, 5, 2024, 8)])
    // At 08:30 the clock is set back an hour, to 07:30.
    let back = F.vn(16, 5, 2024, 7, 30)
    engine.clockChanged(now: back)
    let after = F.run(&engine, from: back, through: F.vn(17, 5, 2024, 9))
    #expect(engineKinds(after) == engineExpected([(F.vn(17, 5, 2024), .overdue)]))
    #expect(after.filter { $0.1.kind == .digest }.map(\.0) == [F.vn(17, 5, 2024, 8), F.vn(17, 5, 2024, 8)])
}

@Test func engineClockStepBackAfterAReminderRepeatsNothing() {
    let it = F.item(deadline: F.dayDeadline(15, 5, 2024))
    var engine = Engine(config: F.config([it]), ledger: Ledger(), now: F.vn(13, 5, 2024, 23))
    _ = engine.tick(now: F.vn(13, 5, 2024, 23))  // catch-up of the 7d reminder
    #expect(F.itemAlerts(engine.tick(now: F.vn(14, 5, 2024))).map(\.kind) == [.reminder])
    let back = F.vn(13, 5, 2024, 23, 30)
    engine.clockChanged(now: back)
    let after = F.run(&engine, from: back, through: F.vn(16, 5, 2024))
    #expect(engineKinds(after) == engineExpected([(F.vn(16, 5, 2024), .overdue)]))
}

// MARK: - statusLine

@Test(arguments: [Language.vi, Language.en])
func engineStatusLineIsOneLine(_ language: Language) {
    var t = Tally()
    t.add(.overdue)
    t.add(.dueSoon)
    let s = F.settings(language: language)
    let line = statusLine(
        t, items: 2, next: F.vn(21, 5, 2024, 8), reload: "reload\nfailed:\r\n bad\u{2028}line\u{85}x", settings: s)
    #expect(!line.contains("\n"))
    #expect(!line.contains("\r"))
    #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x2028 || $0.value == 0x85 })
    #expect(line.contains("08:00 21/5"))
    #expect(statusLine(t, items: 2, next: Int64.max, reload: nil, settings: s).split(separator: "\n").count == 1)
    #expect(
        statusLine(t, items: 2, next: nil, reload: nil, settings: s)
            == (language == .vi ? "2 việc: 1 quá hạn, 1 sắp đến hạn" : "2 items: 1 overdue, 1 due soon"))
}

// MARK: - AlertWriter

private let engineDirective = Directive(
    id: "kh-762", title: "Kế hoạch thu ngân sách", reference: "Kế hoạch số 762/KH-TCT", source: SchedFixture.src)

@Test func engineOverdueAlertFieldsAndMessage() {
    let d = F.dayDeadline(15, 5, 2024)
    let it = F.item(
        "kh-762-stc", deadline: d, agency: "Sở Tài chính", task: "Tham mưu cấp kinh phí", directive: 0,
        dueText: "trước ngày 15/5/2024")
    let config = F.config([it], directives: [engineDirective])
    let now = F.vn(27, 5, 2024, 10)
    let a = AlertWriter(settings: config.settings).itemAlert(
        .overdue, item: it, directive: config.directive(of: it), now: now)
    #expect(a.kind == .overdue)
    #expect(a.priority == .err)
    #expect(
        a.message == "Quá hạn 12 ngày: Sở Tài chính — Tham mưu cấp kinh phí (hạn 15/5/2024, Kế hoạch số 762/KH-TCT)")
    #expect(a.field("DEADLINED_KIND") == "overdue")
    #expect(a.field("DEADLINED_ID") == "kh-762-stc")
    #expect(a.field("DEADLINED_AGENCY") == "Sở Tài chính")
    #expect(a.field("DEADLINED_TASK") == "Tham mưu cấp kinh phí")
    #expect(a.field("DEADLINED_DIRECTIVE") == "kh-762")
    #expect(a.field("DEADLINED_REFERENCE") == "Kế hoạch số 762/KH-TCT")
    #expect(a.field("DEADLINED_DUE") == "2024-05-15T23:59:59+07:00")
    #expect(a.field("DEADLINED_DUE_TEXT") == "trước ngày 15/5/2024")
    #expect(a.field("DEADLINED_STATUS") == "in_progress")
    #expect(a.field("DEADLINED_DAYS_OVERDUE") == "12")
    #expect(a.field("DEADLINED_DAYS_LEFT") == nil)
    #expect(a.fields.allSatisfy { $0.0.hasPrefix("DEADLINED_") })
    #expect(Set(a.fields.map(\.0)).count == a.fields.count)
    // In English.
    let en = AlertWriter(settings: F.settings(language: .en)).itemAlert(
        .overdue, item: it, directive: config.directive(of: it), now: now)
    #expect(en.message.hasPrefix("Overdue by 12 days: Sở Tài chính — "))
}

/// (now, N in "Quá hạn N ngày: "): calendar days past the due day 15/5, not 24-hour periods.
let engineDaysOverdueCases: [(String, Int)] = [
    ("2024-05-16T00:00:00+07:00", 1),
    ("2024-05-16T23:59:59+07:00", 1),
    ("2024-05-17T00:00:00+07:00", 2),
    ("2024-05-16T22:00:00+00:00", 2),  // 05:00 17/5 in Vietnam
    ("2024-06-15T10:00:00+07:00", 31),
]

@Test(arguments: engineDaysOverdueCases)
func engineOverdueMessageCountsCalendarDays(_ iso: String, _ n: Int) {
    let it = F.item(deadline: F.dayDeadline(15, 5, 2024))
    let a = AlertWriter(settings: F.settings()).itemAlert(.overdue, item: it, directive: nil, now: F.at(iso))
    #expect(a.message.hasPrefix("Quá hạn \(n) ngày: "))
    #expect(a.field("DEADLINED_DAYS_OVERDUE") == String(n))
}

@Test func engineReminderAlertFields() {
    let d = F.timeDeadline(17, 0, 15, 5, 2024)
    let it = F.item(deadline: d, status: .notStarted, dueText: "17:00 15/5/2024")
    let w = AlertWriter(settings: F.settings())
    let a = w.itemAlert(.reminder, item: it, directive: nil, now: F.vn(8, 5, 2024, 17))
    #expect(a.priority == .notice)
    #expect(a.message == "Sắp đến hạn (còn 7 ngày): Sở Tài chính — Tham mưu cấp kinh phí (hạn 17:00 15/5/2024)")
    #expect(a.field("DEADLINED_KIND") == "reminder")
    #expect(a.field("DEADLINED_DUE") == "2024-05-15T17:00:00+07:00")
    #expect(a.field("DEADLINED_DUE_TEXT") == "17:00 15/5/2024")
    #expect(a.field("DEADLINED_STATUS") == "not_started")
    #expect(a.field("DEADLINED_DAYS_LEFT") == "7")
    #expect(a.field("DEADLINED_DAYS_OVERDUE") == nil)
    #expect(a.field("DEADLINED_DIRECTIVE") == nil)
    let today = w.itemAlert(.reminder, item: it, directive: nil, now: F.vn(15, 5, 2024, 9))
    #expect(today.message.hasPrefix("Đến hạn hôm nay: "))
    let esc = w.itemAlert(.escalated, item: it, directive: nil, now: F.vn(20, 6, 2024, 9))
    #expect(esc.priority == .crit)
    #expect(esc.field("DEADLINED_KIND") == "escalated")
}

@Test func engineMessageIsOneLineAndTruncatesTheTask() {
    let task = String(repeating: "Tham mưu cấp kinh phí thực hiện ", count: 8) + "\nDòng thứ hai\ncuối"
    let it = F.item(
        deadline: F.dayDeadline(15, 5, 2024), agency: "Sở Tài\nchính", task: task, directive: 0)
    let directive = Directive(id: "kh", reference: "Số 762/KH\n-TCT", source: F.src)
    let a = AlertWriter(settings: F.settings()).itemAlert(
        .overdue, item: it, directive: directive, now: F.vn(27, 5, 2024))
    #expect(!a.message.contains("\n"))
    #expect(!a.message.unicodeScalars.contains { $0.value < 0x20 })
    #expect(a.field("DEADLINED_TASK") == task)
    let flat = task.replacingOccurrences(of: "\n", with: " ")
    #expect(flat.count > AlertWriter.taskLimit)
    let shown = String(flat.prefix(AlertWriter.taskLimit - 1)) + "…"
    #expect(shown.count == AlertWriter.taskLimit)
    #expect(a.message == "Quá hạn 12 ngày: Sở Tài chính — " + shown + " (hạn 15/5/2024, Số 762/KH -TCT)")
    #expect(!a.message.contains(flat))
    // A task of exactly the limit is not cut.
    let exact = String(repeating: "ệ", count: AlertWriter.taskLimit)
    let b = AlertWriter(settings: F.settings()).itemAlert(
        .overdue, item: F.item(deadline: F.dayDeadline(15, 5, 2024), task: exact), directive: nil,
        now: F.vn(27, 5, 2024))
    #expect(b.message.contains(exact))
    #expect(!b.message.contains("…"))
}

@Test func engineResolvedAfterARestartWhenTheWorkWasFinishedWhileDown() {
    let d = F.dayDeadline(15, 5, 2024)
    let start = F.vn(20, 5, 2024, 9)
    var engine = Engine(config: F.config([F.item(deadline: d)]), ledger: Ledger(), now: start)
    #expect(F.itemAlerts(engine.tick(now: start)).map(\.kind) == [.overdue])
    // The daemon stops; the item is marked done; the daemon starts on the saved ledger.
    let done = F.item(deadline: d, status: .done, completed: F.vn(21, 5, 2024))
    let later = F.vn(23, 5, 2024, 9)
    var restarted = Engine(config: F.config([done]), ledger: Ledger.parse(engine.ledger.serialized()).0, now: later)
    let resolved = restarted.resolve(now: later)
    #expect(resolved.map(\.kind) == [.resolved])
    #expect(resolved.first?.message.hasPrefix("Đã hoàn thành, trễ 6 ngày: ") == true)
    #expect(restarted.resolve(now: later + 1).isEmpty)
}

@Test func engineStatusCountsAgreeWithTheFullTallyAtEveryInstant() {
    let items = (0..<40).map { i -> Item in
        let d = F.dayDeadline(1 + i % 28, 5 + i % 3, 2024)
        let status: Status = i % 7 == 0 ? .done : (i % 11 == 0 ? .ongoing : .inProgress)
        return F.item("s\(i)", deadline: d, status: status, completed: status == .done ? F.vn(1, 4, 2024) : nil)
    }
    let engine = Engine(config: F.config(items), ledger: Ledger(), now: F.vn(1, 4, 2024))
    var t = F.vn(20, 4, 2024)
    while t < F.vn(15, 8, 2024) {
        let full = engine.tally(now: t)
        let fast = engine.statusCounts(now: t)
        #expect(fast.overdue == full.overdue, "overdue at \(t)")
        #expect(fast.dueSoon == full.dueSoon, "due soon at \(t)")
        t += 6 * 3600
    }
}

@Test func anAcknowledgedItemStaysQuietUntilTheAckEndsThenResumes() {
    let d = F.dayDeadline(15, 5, 2024)
    var item = F.item(deadline: d)
    item.ack = Ack(until: F.vn(25, 5, 2024), note: "đã đôn đốc")
    let start = F.vn(20, 5, 2024, 9)
    var engine = Engine(config: F.config([item]), ledger: Ledger(), now: start)
    #expect(F.itemAlerts(engine.tick(now: start)).isEmpty)
    // The next wake-up for the item is the end of the ack, not the daily repeats before it.
    #expect(
        Planner.nextEvent(item, engine.ledger.entries[item.id], settings: F.settings(), now: start) == F.vn(25, 5, 2024)
    )
    let after = F.run(&engine, from: start, through: F.vn(27, 5, 2024, 12)).filter { $0.1.kind != .digest }
    #expect(after.map(\.0) == [F.vn(25, 5, 2024), F.vn(26, 5, 2024), F.vn(27, 5, 2024)])
    #expect(after.allSatisfy { $0.1.kind == .overdue })
    // `report` still counts it as overdue.
    #expect(engine.config.report(at: F.vn(21, 5, 2024), by: .agency).total.overdue == 1)
}
