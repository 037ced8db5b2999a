import Foundation
import Testing

@testable import DeadlinedCore

private typealias F = SchedFixture

private func kinds(_ alerts: [Alert]) -> [String] {
    F.itemAlerts(alerts).map { "\($0.kind.rawValue) \($0.field("DEADLINED_ID") ?? "")" }
}

// MARK: - Records written while the clock was ahead

/// `faketime '@2027-11-30 10:00:00'` for an item due 15/1/2027, then the same state at the right
/// time: the bogus escalated slot recorded in November must not silence January and March.
@Test func ledgerRecordsFromAClockAYearAheadSuppressNothingOnceTheClockIsRight() {
    let cfg = F.config([F.item(deadline: F.dayDeadline(15, 1, 2027))])
    let wrong = F.vn(30, 11, 2027, 10)
    var ahead = Engine(config: cfg, ledger: Ledger(), now: wrong)
    #expect(kinds(ahead.tick(now: wrong)) == ["escalated a"])
    // The daemon stopped; the ledger went through the file.
    let saved = Ledger.parse(ahead.ledger.serialized()).0

    let right = F.vn(16, 1, 2027, 9)
    var engine = Engine(config: cfg, ledger: saved, now: right)
    #expect(kinds(engine.tick(now: right)) == ["overdue a"])
    // The daemon keeps running: the next day's slot, and so on.
    #expect(kinds(engine.tick(now: F.vn(17, 1, 2027, 0))) == ["overdue a"])

    let march = F.vn(1, 3, 2027, 9)
    var again = Engine(config: cfg, ledger: Ledger.parse(engine.ledger.serialized()).0, now: march)
    #expect(kinds(again.tick(now: march)) == ["escalated a"])
}

/// The same while running: the clock is set back from a year ahead without a restart.
@Test func ledgerRecordsFromAClockAYearAheadSuppressNothingAfterTheClockIsSetBack() {
    let cfg = F.config([F.item(deadline: F.dayDeadline(15, 1, 2027))])
    let wrong = F.vn(30, 11, 2027, 10)
    var engine = Engine(config: cfg, ledger: Ledger(), now: wrong)
    #expect(kinds(engine.tick(now: wrong)) == ["escalated a"])
    let right = F.vn(16, 1, 2027, 9)
    engine.clockChanged(now: right)
    #expect(engine.nextWake(now: right) == right)
    #expect(kinds(engine.tick(now: right)) == ["overdue a"])
}

/// A reminder recorded in the future (the clock ahead, but before the deadline) does not
/// hide the reminders due now.
@Test func ledgerReminderRecordedInTheFutureDoesNotHideTheCurrentOne() {
    let cfg = F.config([F.item(deadline: F.dayDeadline(15, 1, 2027))])
    let wrong = F.vn(14, 1, 2027, 10)
    var ahead = Engine(config: cfg, ledger: Ledger(), now: wrong)
    #expect(kinds(ahead.tick(now: wrong)) == ["reminder a"])
    let right = F.vn(9, 1, 2027, 10)
    var engine = Engine(config: cfg, ledger: Ledger.parse(ahead.ledger.serialized()).0, now: right)
    #expect(kinds(engine.tick(now: right)) == ["reminder a"])
    #expect(engine.ledger.entries["a"]?.lastReminder == F.vn(8, 1, 2027))
    // And the day-before reminder still comes on 14/1.
    #expect(engine.nextWake(now: right) <= F.vn(14, 1, 2027))
}

/// Records that are not in the future are left alone (the fix must not re-send).
@Test func ledgerRecordsOfThePastStillSuppressRepeats() {
    let cfg = F.config([F.item(deadline: F.dayDeadline(15, 1, 2027))])
    let t = F.vn(16, 1, 2027, 9)
    var engine = Engine(config: cfg, ledger: Ledger(), now: t)
    #expect(kinds(engine.tick(now: t)) == ["overdue a"])
    var restarted = Engine(config: cfg, ledger: Ledger.parse(engine.ledger.serialized()).0, now: t + 60)
    #expect(kinds(restarted.tick(now: t + 60)).isEmpty)
}

// MARK: - Future records: forgotten and reported once

@Test func ledgerFutureRecordsAreReportedOnceWithTheClockNamed() throws {
    let cfg = F.config([F.item(deadline: F.dayDeadline(15, 1, 2027))])
    let wrong = F.vn(30, 11, 2027, 10)
    var ahead = Engine(config: cfg, ledger: Ledger(), now: wrong)
    _ = ahead.tick(now: wrong)
    // The start-up digest, as the daemon sends it.
    _ = ahead.digest(now: wrong)
    #expect(ahead.futureRecords == nil)
    let right = F.vn(16, 1, 2027, 9)
    var engine = Engine(config: cfg, ledger: ahead.ledger, now: right)
    // The escalated slot and the start-up digest.
    let future = try #require(engine.futureRecords)
    #expect(future.count == 2)
    #expect(future.latest == wrong)
    #expect(engine.ledger.entries["a"]?.lastSlot == nil)
    #expect(engine.ledger.lastDigest == nil)
    #expect(
        future.warning(now: right, zone: .vietnam)
            == "The ledger held 2 records of alerts dated more than a day after the current time (2027-01-16T09:00:00+07:00; the latest "
            + "2027-11-30T10:00:00+07:00): the system clock was ahead when they were written. Treating them as not sent"
    )
    _ = engine.tick(now: right)
    // Once: the next start finds nothing to warn about.
    #expect(Engine(config: cfg, ledger: engine.ledger, now: right + 60).futureRecords == nil)
    // Nor does a clock change that finds nothing in the future.
    #expect(engine.clockChanged(now: right + 120) == nil)
}

/// A vanished item's `missingSince` in the future would keep its record past the grace
/// period: it is moved back to `now`.
@Test func ledgerVanishedRecordFromTheFutureStartsItsGraceNow() {
    var l = Ledger(vanished: ["x": LedgerEntry(due: 100, missingSince: 5_000_000)])
    _ = l.forgetFuture(now: 1_000_000, settings: F.settings())
    #expect(l.vanished["x"]?.missingSince == 1_000_000)
}
