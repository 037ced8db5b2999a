import Foundation
import Testing

@testable import DeadlinedCore

private typealias F = SchedFixture

private func kinds(_ alerts: [Alert]) -> [String] {
    F.itemAlerts(alerts).map { "\($0.kind.rawValue) \($0.field("DEADLINED_ID") ?? "")" }
}

// MARK: - Items that vanish for a while

/// A drop-in moved away for one reload and back: the item's history continues, so its
/// catch-up alert is not sent again in the same slot.
@Test func anItemGoneForOneReloadIsNotReAlertedInTheSameSlot() {
    let a = F.item("a", deadline: F.dayDeadline(15, 5, 2024))
    let b = F.item("b", deadline: F.dayDeadline(15, 5, 2024))
    let now = F.vn(20, 5, 2024, 10)
    var engine = Engine(config: F.config([a, b]), ledger: Ledger(), now: now)
    #expect(kinds(engine.tick(now: now)) == ["overdue a", "overdue b"])
    #expect(kinds(engine.replaceConfig(F.config([b]), now: now + 1)).isEmpty)
    #expect(kinds(engine.tick(now: now + 1)).isEmpty)
    #expect(kinds(engine.replaceConfig(F.config([a, b]), now: now + 2)).isEmpty)
    #expect(kinds(engine.tick(now: now + 2)).isEmpty)
    // The next slot is alerted as usual.
    let next = F.vn(21, 5, 2024)
    #expect(engine.nextWake(now: now + 2) == next)
    // (Items due at one instant come out of the heap in no promised order.)
    #expect(kinds(engine.tick(now: next)).sorted() == ["overdue a", "overdue b"])
}

/// The same across a restart while the item is gone: the record is in the file.
@Test func anItemGoneAtARestartKeepsItsRecordInTheFile() {
    let a = F.item("a", deadline: F.dayDeadline(15, 5, 2024))
    let b = F.item("b", deadline: F.dayDeadline(15, 5, 2024))
    let now = F.vn(20, 5, 2024, 10)
    var engine = Engine(config: F.config([a, b]), ledger: Ledger(), now: now)
    _ = engine.tick(now: now)
    _ = engine.replaceConfig(F.config([b]), now: now + 1)
    let (saved, problems) = Ledger.parse(engine.ledger.serialized())
    #expect(problems.isEmpty)
    var restarted = Engine(config: F.config([a, b]), ledger: saved, now: now + 5)
    #expect(kinds(restarted.resolve(now: now + 5)).isEmpty)
    #expect(kinds(restarted.tick(now: now + 5)).isEmpty)
}

/// A vanished item's record is kept for the grace period and no longer: after it, a
/// returning item starts afresh.
@Test func aVanishedItemsRecordIsKeptForTheGracePeriodOnly() {
    // A long repeat, so the returning item is still in the slot it was alerted in.
    let s = F.settings(repeatEvery: 60 * F.day, escalate: 120 * F.day)
    let a = F.item("a", deadline: F.dayDeadline(15, 5, 2024))
    let b = F.item("b", deadline: F.dayDeadline(15, 5, 2024))
    let now = F.vn(20, 5, 2024, 10)
    for (gone, expected) in [(Int64(6), [String]()), (8, ["overdue a"])] {
        var engine = Engine(config: F.config([a, b], settings: s), ledger: Ledger(), now: now)
        #expect(kinds(engine.tick(now: now)) == ["overdue a", "overdue b"])
        _ = engine.replaceConfig(F.config([b], settings: s), now: now + 1)
        // Reloads while it is gone do not restart its grace period.
        for day in 1..<gone { _ = engine.replaceConfig(F.config([b], settings: s), now: now + day * F.day) }
        let back = now + gone * F.day + 2
        _ = engine.replaceConfig(F.config([a, b], settings: s), now: back)
        #expect(kinds(engine.tick(now: back)) == expected, "back after \(gone) days")
    }
}

/// An item that comes back with another deadline (extended meanwhile) starts afresh, as an
/// extension does.
@Test func aVanishedItemThatReturnsWithANewDeadlineStartsAfresh() {
    let a = F.item("a", deadline: F.dayDeadline(15, 5, 2024))
    let b = F.item("b", deadline: F.dayDeadline(15, 5, 2024))
    let now = F.vn(20, 5, 2024, 10)
    var engine = Engine(config: F.config([a, b]), ledger: Ledger(), now: now)
    _ = engine.tick(now: now)
    _ = engine.replaceConfig(F.config([b]), now: now + 1)
    let extended = F.item("a", deadline: F.dayDeadline(18, 5, 2024))
    _ = engine.replaceConfig(F.config([extended, b]), now: now + 2)
    #expect(kinds(engine.tick(now: now + 2)) == ["overdue a"])
}
