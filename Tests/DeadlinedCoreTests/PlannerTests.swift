import Foundation
import Testing

@testable import DeadlinedCore

/// Fixtures shared by PlannerTests, EngineTests and LedgerTests (namespaced to avoid clashes).
enum SchedFixture {
    static let src = SourceLocation(file: "t.yaml", line: 1, column: 1)
    static let day: Int64 = 86400
    static let hour: Int64 = 3600

    /// Unix seconds of an ISO 8601 instant with an explicit offset, computed by Foundation,
    /// independently of the zone code under test.
    static func at(_ iso: String) -> Int64 {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        guard let d = f.date(from: iso) else { fatalError("bad ISO instant in a test: \(iso)") }
        return Int64(d.timeIntervalSince1970)
    }

    static func zone(_ id: String) -> Zone {
        guard let z = Zone(identifier: id) else { fatalError("unknown zone in a test: \(id)") }
        return z
    }

    static func dayDeadline(_ d: Int, _ m: Int, _ y: Int, zone: Zone = .vietnam) -> Deadline {
        Deadline(DueSpec(kind: .day, date: CivilDate(year: y, month: m, day: d)), in: zone)
    }

    static func timeDeadline(_ h: Int, _ min: Int, _ d: Int, _ m: Int, _ y: Int, zone: Zone = .vietnam) -> Deadline {
        Deadline(DueSpec(kind: .time, date: CivilDate(year: y, month: m, day: d), hour: h, minute: min), in: zone)
    }

    static func item(
        _ id: String = "a", deadline: Deadline?, status: Status = .inProgress, completed: Int64? = nil,
        agency: String = "Sở Tài chính", task: String = "Tham mưu cấp kinh phí", directive: Int? = nil,
        dueText: String? = nil
    ) -> Item {
        Item(
            id: id, directive: directive, agency: agency, task: task, deadline: deadline, dueText: dueText,
            status: status,
            completed: completed, source: src)
    }

    static func settings(
        remind: [Int64] = [7 * 86400, 86400], repeatEvery: Int64 = 86400, escalate: Int64 = 30 * 86400,
        budget: Int = 5000, window: Int64 = 30, zone: Zone = .vietnam, language: Language = .vi,
        digestAt: Int = 8 * 3600
    ) -> Settings {
        var s = Settings()
        s.remindBefore = remind
        s.repeatOverdue = repeatEvery
        s.escalateAfter = escalate
        s.alertBudget = budget
        s.alertWindow = window
        s.zone = zone
        s.language = language
        s.digestAt = digestAt
        return s
    }

    static func config(
        _ items: [Item], settings: Settings = SchedFixture.settings(), directives: [Directive] = []
    ) -> Config {
        Config(settings: settings, directives: directives, items: items)
    }

    static func itemAlerts(_ alerts: [Alert]) -> [Alert] { alerts.filter { $0.kind != .digest } }

    /// Runs an engine the way the daemon does: tick, then sleep until `nextWake`, up to `end`
    /// inclusive. Returns every alert with the instant it was sent.
    static func run(_ engine: inout Engine, from start: Int64, through end: Int64) -> [(Int64, Alert)] {
        var out: [(Int64, Alert)] = []
        var now = start
        var steps = 0
        while now <= end {
            for a in engine.tick(now: now) { out.append((now, a)) }
            let next = engine.nextWake(now: now)
            #expect(next > now, "nextWake must move forward once everything due is sent")
            if next <= now { break }
            now = next
            steps += 1
            if steps > 100_000 { break }
        }
        return out
    }

    // Local instants in Vietnam (+07:00, no DST), written as ISO so they are computed by Foundation.
    static func vn(_ d: Int, _ m: Int, _ y: Int, _ h: Int = 0, _ min: Int = 0, _ s: Int = 0) -> Int64 {
        at(String(format: "%04d-%02d-%02dT%02d:%02d:%02d+07:00", y, m, d, h, min, s))
    }
}

private typealias F = SchedFixture

// MARK: - Reminder times and overdue start

@Test func plannerDayDeadlineRemindersCountBackFromStartOfDueDay() {
    let d = F.dayDeadline(15, 5, 2024)
    let s = F.settings(remind: [7 * F.day, F.day])
    #expect(
        Planner.reminderTimes(d, settings: s) == [F.at("2024-05-08T00:00:00+07:00"), F.at("2024-05-14T00:00:00+07:00")])
    #expect(d.overdueAt == F.at("2024-05-16T00:00:00+07:00"))
    #expect(d.reminderAnchor == F.at("2024-05-15T00:00:00+07:00"))
    #expect(d.shownAt == F.at("2024-05-15T23:59:59+07:00"))
    // Written smallest first, still sorted earliest first.
    #expect(
        Planner.reminderTimes(d, settings: F.settings(remind: [F.day, 7 * F.day]))
            == Planner.reminderTimes(d, settings: s))
}

@Test func plannerTimedDeadlineRemindersCountBackFromItsTime() {
    let d = F.timeDeadline(17, 0, 15, 5, 2024)
    let s = F.settings(remind: [7 * F.day, F.day])
    #expect(
        Planner.reminderTimes(d, settings: s) == [F.at("2024-05-08T17:00:00+07:00"), F.at("2024-05-14T17:00:00+07:00")])
    #expect(d.overdueAt == F.at("2024-05-15T17:00:00+07:00"))
    // A zero offset of a timed deadline would coincide with overdue: no reminder for it.
    #expect(Planner.reminderTimes(d, settings: F.settings(remind: [0])) == [])
    // A zero offset of a day deadline reminds at the start of the due day.
    #expect(Planner.reminderTimes(F.dayDeadline(15, 5, 2024), settings: F.settings(remind: [0])) == [F.vn(15, 5, 2024)])
}

/// (instant, kind the planner sends for an item never alerted before, or nil).
let plannerFreshFireCases: [(String, String?)] = [
    ("2024-05-01T00:00:00+07:00", nil),
    ("2024-05-07T23:59:59+07:00", nil),
    ("2024-05-08T00:00:00+07:00", "reminder"),
    ("2024-05-13T23:59:59+07:00", "reminder"),
    ("2024-05-14T00:00:00+07:00", "reminder"),
    ("2024-05-15T23:59:59+07:00", "reminder"),
    ("2024-05-16T00:00:00+07:00", "overdue"),
    ("2024-06-14T23:59:59+07:00", "overdue"),
    ("2024-06-15T00:00:00+07:00", "escalated"),
    ("2025-01-01T00:00:00+07:00", "escalated"),
]

@Test(arguments: plannerFreshFireCases)
func plannerFireFromNothing(_ iso: String, _ kind: String?) {
    let it = F.item(deadline: F.dayDeadline(15, 5, 2024))
    let (k, e) = Planner.fire(it, nil, settings: F.settings(), now: F.at(iso))
    #expect(k?.rawValue == kind)
    if kind != nil {
        // Sending it again at the same instant sends nothing.
        #expect(Planner.fire(it, e, settings: F.settings(), now: F.at(iso)).0 == nil)
    }
}

@Test func plannerNothingIsOverdueOneSecondEarlier() {
    let d = F.dayDeadline(15, 5, 2024)
    let it = F.item(deadline: d)
    let s = F.settings()
    let overdue = F.vn(16, 5, 2024)
    // Both reminders already sent.
    let sent = LedgerEntry(due: d.overdueAt, lastReminder: F.vn(14, 5, 2024))
    #expect(Planner.fire(it, sent, settings: s, now: overdue - 1).0 == nil)
    #expect(Planner.nextEvent(it, sent, settings: s, now: overdue - 1) == overdue)
    #expect(it.evaluate(at: overdue - 1, settings: s).state != .overdue)
    let (k, e) = Planner.fire(it, sent, settings: s, now: overdue)
    #expect(k == .overdue)
    #expect(e?.lastSlot == 0)
    #expect(e?.lastReminder == F.vn(14, 5, 2024))
    #expect(it.evaluate(at: overdue, settings: s).state == .overdue)
}

@Test func plannerCatchUpSendsOnlyTheLatestReminder() {
    let d = F.dayDeadline(15, 5, 2024)
    let it = F.item(deadline: d)
    let s = F.settings()
    let now = F.vn(15, 5, 2024, 10)  // both reminder times passed, not yet due
    #expect(Planner.nextEvent(it, nil, settings: s, now: now) == now)
    let (k, e) = Planner.fire(it, nil, settings: s, now: now)
    #expect(k == .reminder)
    #expect(e == LedgerEntry(due: d.overdueAt, lastReminder: F.vn(14, 5, 2024), lastSlot: nil))
    // The earlier (7d) reminder is not sent afterwards: the next thing is the overdue alert.
    #expect(Planner.fire(it, e, settings: s, now: now).0 == nil)
    #expect(Planner.nextEvent(it, e, settings: s, now: now) == F.vn(16, 5, 2024))
}

@Test func plannerCatchUpAfterDueSendsOneOverdueOrEscalated() {
    let d = F.dayDeadline(15, 5, 2024)
    let it = F.item(deadline: d)
    let s = F.settings()
    let (k1, e1) = Planner.fire(it, nil, settings: s, now: F.vn(20, 5, 2024, 10))
    #expect(k1 == .overdue)
    #expect(e1?.lastReminder == nil)
    #expect(e1?.lastSlot == 4)
    #expect(Planner.nextEvent(it, e1, settings: s, now: F.vn(20, 5, 2024, 10)) == F.vn(21, 5, 2024))
    let (k2, e2) = Planner.fire(it, nil, settings: s, now: F.vn(20, 6, 2024, 10))
    #expect(k2 == .escalated)
    #expect(e2?.lastSlot == Planner.escalatedBase + 5)
    #expect(Planner.nextEvent(it, e2, settings: s, now: F.vn(20, 6, 2024, 10)) == F.vn(21, 6, 2024))
}

// MARK: - Overdue slots

@Test func plannerSlotsAreAlignedToTheDeadline() {
    let d = F.dayDeadline(15, 5, 2024)
    let s = F.settings(repeatEvery: 6 * F.hour, escalate: 2 * F.day)
    let o = F.vn(16, 5, 2024)
    #expect(Planner.slot(at: o, d, settings: s) == 0)
    #expect(Planner.slot(at: o + 6 * F.hour - 1, d, settings: s) == 0)
    #expect(Planner.slot(at: o + 6 * F.hour, d, settings: s) == 1)
    #expect(Planner.slot(at: o + 2 * F.day - 1, d, settings: s) == 7)
    #expect(Planner.slot(at: o + 2 * F.day, d, settings: s) == Planner.escalatedBase)
    #expect(Planner.slot(at: o + 2 * F.day + 13 * F.hour, d, settings: s) == Planner.escalatedBase + 2)
    for k in Int64(0)..<8 {
        #expect(Planner.slotStart(k, d, settings: s) == o + k * 6 * F.hour)
    }
    #expect(Planner.slotStart(Planner.escalatedBase, d, settings: s) == F.vn(18, 5, 2024))
    #expect(Planner.slotStart(Planner.escalatedBase + 3, d, settings: s) == F.vn(18, 5, 2024, 18))
}

/// Alerting an overdue item at every event the planner reports yields alerts at the due time,
/// every repeat after it, then escalated at overdueAt + escalate_after and every repeat after that.
@Test func plannerOverdueRhythmAndEscalation() {
    let d = F.dayDeadline(15, 5, 2024)
    let it = F.item(deadline: d)
    // 36h is not a multiple of the 1d repeat: escalation interrupts the rhythm, then starts its own.
    let s = F.settings(remind: [], repeatEvery: F.day, escalate: 36 * F.hour)
    var e: LedgerEntry? = nil
    var now = F.vn(10, 5, 2024)
    var sent: [(Int64, AlertKind)] = []
    while now <= F.vn(20, 5, 2024) {
        guard let t = Planner.nextEvent(it, e, settings: s, now: now) else { break }
        now = t
        let (k, ne) = Planner.fire(it, e, settings: s, now: now)
        e = ne
        if let k { sent.append((now, k)) } else { Issue.record("nextEvent \(now) fired nothing"); break }
    }
    let expected: [(Int64, AlertKind)] = [
        (F.vn(16, 5, 2024), .overdue),
        (F.vn(17, 5, 2024), .overdue),
        (F.vn(17, 5, 2024, 12), .escalated),
        (F.vn(18, 5, 2024, 12), .escalated),
        (F.vn(19, 5, 2024, 12), .escalated),
        (F.vn(20, 5, 2024, 12), .escalated),
    ]
    #expect(sent.map { "\($0.0) \($0.1)" } == expected.map { "\($0.0) \($0.1)" })
}

@Test func plannerMidSlotAlertKeepsTheRhythm() {
    let d = F.dayDeadline(15, 5, 2024)
    let it = F.item(deadline: d)
    let s = F.settings()
    // Alerted late in slot 2 (catch-up at 18/5 23:00): the next is still at the slot 3 start.
    let (k, e) = Planner.fire(it, nil, settings: s, now: F.vn(18, 5, 2024, 23))
    #expect(k == .overdue)
    #expect(Planner.nextEvent(it, e, settings: s, now: F.vn(18, 5, 2024, 23)) == F.vn(19, 5, 2024))
    #expect(Planner.fire(it, e, settings: s, now: F.vn(19, 5, 2024) - 1).0 == nil)
    #expect(Planner.fire(it, e, settings: s, now: F.vn(19, 5, 2024)).0 == .overdue)
}

// MARK: - What is not alerted

@Test func plannerSkipsDoneOngoingAndUndatedItems() {
    let d = F.dayDeadline(15, 5, 2024)
    let s = F.settings()
    let now = F.vn(20, 5, 2024)
    let done = F.item(deadline: d, status: .done, completed: F.vn(10, 5, 2024))
    let doneNoDate = F.item(deadline: d, status: .done)
    let ongoing = F.item(deadline: d, status: .ongoing)
    let undated = F.item(deadline: nil)
    for it in [done, doneNoDate, ongoing, undated] {
        #expect(Planner.fire(it, nil, settings: s, now: now).0 == nil)
        #expect(Planner.nextEvent(it, nil, settings: s, now: now) == nil)
    }
    // Marked done with a completion date still ahead: alerted until then.
    let later = F.item(deadline: d, status: .done, completed: F.vn(25, 5, 2024))
    #expect(Planner.fire(later, nil, settings: s, now: now).0 == .overdue)
    #expect(Planner.fire(later, nil, settings: s, now: F.vn(25, 5, 2024)).0 == nil)
}

@Test func plannerChangedDeadlineStartsAfresh() {
    let old = F.dayDeadline(15, 5, 2024)
    let new = F.dayDeadline(30, 5, 2024)
    let s = F.settings()
    let e = LedgerEntry(due: old.overdueAt, lastReminder: F.vn(14, 5, 2024), lastSlot: 3)
    #expect(Planner.entry(old, e) == e)
    #expect(Planner.entry(new, e) == LedgerEntry(due: new.overdueAt))
    let it = F.item(deadline: new)
    // On 19/5 the old records would say "overdue slot 3 sent"; the new deadline's first
    // reminder is 23/5.
    #expect(Planner.fire(it, e, settings: s, now: F.vn(19, 5, 2024)).0 == nil)
    #expect(Planner.nextEvent(it, e, settings: s, now: F.vn(19, 5, 2024)) == F.vn(23, 5, 2024))
    let (k, ne) = Planner.fire(it, e, settings: s, now: F.vn(23, 5, 2024))
    #expect(k == .reminder)
    #expect(ne == LedgerEntry(due: new.overdueAt, lastReminder: F.vn(23, 5, 2024)))
}

// MARK: - The heap

@Test func plannerEventHeapPopsInTimeOrder() {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int64 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int64(seed >> 40) % 1000
    }
    var initial: [EventHeap.Entry] = []
    for i in 0..<300 { initial.append(.init(time: next(), index: Int32(i))) }
    var heap = EventHeap(initial)
    var all = initial
    for i in 300..<500 {
        let e = EventHeap.Entry(time: next(), index: Int32(i))
        heap.push(e)
        all.append(e)
    }
    #expect(heap.count == 500)
    var popped: [Int64] = []
    var indices = Set<Int32>()
    while let e = heap.pop() {
        popped.append(e.time)
        indices.insert(e.index)
    }
    #expect(popped == all.map(\.time).sorted())
    #expect(indices.count == 500)
    #expect(heap.min == nil)
}
