import Testing

@testable import DeadlinedCore

private typealias F = SchedFixture

/// The case Tests/e2e/clock.sh found in the real service: the digest of a day, caught up
/// after midnight by a clock step, then the clock set back over midnight and forward again.
@Test func engineDigestCaughtUpAfterMidnightIsNotSentAgainAfterAStepBack() {
    let it = F.item(deadline: F.dayDeadline(5, 5, 2024))  // due soon: a digest is two entries
    let s = F.settings(digestAt: 23 * 3600 + 50 * 60)
    let start = F.vn(1, 5, 2024, 0, 10)
    var engine = Engine(config: F.config([it], settings: s), ledger: Ledger(), now: start)
    _ = engine.digest(now: start)  // the start-up digest
    // A day forward, past 23:50 of 1/5: that day's digest goes once, late, at 00:10 on 2/5.
    let ahead = F.vn(2, 5, 2024, 0, 10)
    engine.clockChanged(now: ahead)
    #expect(engine.tick(now: ahead).filter { $0.kind == .digest }.count == 2)
    // An hour back, to 23:10 on 1/5, and the time runs over 23:50 again: no second digest.
    let back = F.vn(1, 5, 2024, 23, 10)
    engine.clockChanged(now: back)
    let after = F.run(&engine, from: back, through: F.vn(2, 5, 2024, 23, 55))
    #expect(after.filter { $0.1.kind == .digest }.map(\.0) == [F.vn(2, 5, 2024, 23, 50), F.vn(2, 5, 2024, 23, 50)])
}

/// A digest sent at its time and the clock set back an hour before it: not sent twice (the
/// same-day case), and a digest sent long before the time set does not hold the next one back.
@Test func engineDigestAfterAStepBackIsSentOncePerDay() {
    let it = F.item(deadline: F.dayDeadline(5, 5, 2024))  // due soon: a digest is two entries
    let start = F.vn(1, 5, 2024, 7)
    var engine = Engine(config: F.config([it]), ledger: Ledger(), now: start)
    let first = F.run(&engine, from: start, through: F.vn(1, 5, 2024, 8, 30))
    #expect(first.filter { $0.1.kind == .digest }.map(\.0) == [F.vn(1, 5, 2024, 8), F.vn(1, 5, 2024, 8)])
    let back = F.vn(1, 5, 2024, 7, 30)
    engine.clockChanged(now: back)
    #expect(engine.nextDigest == F.vn(2, 5, 2024, 8))
    // Set back three days: the digest of 28/4 is due, the one sent on 1/5 does not cover it.
    let farBack = F.vn(28, 4, 2024, 7)
    engine.clockChanged(now: farBack)
    #expect(engine.nextDigest == F.vn(28, 4, 2024, 8))
}
