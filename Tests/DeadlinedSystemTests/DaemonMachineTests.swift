import DeadlinedConfig
import DeadlinedCore
import Testing

@testable import DeadlinedSystem

// The daemon's decisions driven by hand: each event brings its time, nothing sleeps.

private func day(_ y: Int, _ m: Int, _ d: Int) -> Int64 {
    Zone.vietnam.instant(CivilDate(year: y, month: m, day: d))
}

private func config(_ yaml: String, asOf: Int64) throws -> Config {
    let r = ConfigLoader(source: MemorySource(["/c.yaml": "settings:\n  language: en\n" + yaml]), asOf: asOf).load(
        "/c.yaml")
    return try #require(r.config, "\(r.renderedDiagnostics())")
}

private let oneTask = """
    assignments:
      - id: stc
        agency: "Sở Tài chính"
        task: "Cấp kinh phí"
        due: 15/5/2024

    """

private let monthly = """
    assignments:
      - id: bao-cao
        agency: "Văn phòng UBND tỉnh"
        task: "Báo cáo hằng tháng"
        every: month
        day: 20
        starts: 1/2024

    """

private func started(_ cfg: Config, now: Int64) -> DaemonMachine {
    var m = DaemonMachine()
    m.started(Engine(config: cfg, ledger: Ledger(), now: now))
    return m
}

private func emitted(_ actions: [DaemonMachine.Action]) -> [Alert] {
    actions.flatMap { action -> [Alert] in
        if case .emit(let alerts) = action { return alerts }
        return []
    }
}

private func armed(_ actions: [DaemonMachine.Action]) -> Int64? {
    actions.compactMap { action -> Int64? in
        if case .arm(let t) = action { return t }
        return nil
    }.last
}

@Test func aTimerFiringSendsWhatIsDueOnceAndArmsTheNextWake() throws {
    let now = day(2024, 5, 16) + 10 * 3600
    var m = started(try config(oneTask, asOf: now), now: now)
    let first = m.timerFired(now: now, monotonic: 100)
    #expect(emitted(first).map(\.kind) == [.overdue])
    #expect(first.contains(.ledgerChanged))
    let next = try #require(armed(first))
    #expect(next > now && next < Int64.max)
    // STATUS= follows the new plan: the counts and the next check.
    #expect(first.last == .notifyStatus)

    // Nothing more is due a second later: the same wake is armed, nothing sent.
    let again = m.timerFired(now: now + 1, monotonic: 101)
    #expect(again == [.arm(at: next), .notifyStatus])
}

@Test func beforeStartingTheMachineDecidesNothing() {
    var m = DaemonMachine()
    #expect(m.timerFired(now: day(2024, 5, 16), monotonic: 1).isEmpty)
    #expect(m.digest(now: day(2024, 5, 16)).isEmpty)
    #expect(m.clockChanged(now: day(2024, 5, 16)) == nil)
}

@Test func reloadsAskedForDuringADecodeAreMergedIntoOneMore() throws {
    let now = day(2024, 5, 1)
    let cfg = try config(oneTask, asOf: now)
    var m = started(cfg, now: now)
    #expect(m.reloadRequested("SIGHUP") == [.startDecode("SIGHUP")])
    #expect(m.reloadRequested("file change").isEmpty)
    #expect(m.reloadRequested("SIGHUP").isEmpty)
    #expect(m.reloadQueued)
    #expect(m.reloadDecoded(cfg, now: now) == [])
    #expect(m.reloadFinished() == [.startDecode("file change")])
    #expect(!m.reloadQueued)
    _ = m.reloadDecoded(cfg, now: now)
    #expect(m.reloadFinished().isEmpty)
    // Idle again: the next request starts at once.
    #expect(m.reloadRequested("SIGHUP") == [.startDecode("SIGHUP")])
}

@Test func aRejectedReloadKeepsThePlanInForce() throws {
    let now = day(2024, 5, 1)
    var m = started(try config(oneTask, asOf: now), now: now)
    _ = m.reloadRequested("SIGHUP")
    #expect(m.reloadDecoded(nil, now: now) == nil)
    #expect(m.engine?.config.items.map(\.id) == ["stc"])
    #expect(m.reloadFinished().isEmpty)
}

@Test func anAcceptedReloadResolvesTheNewPlanAtOnce() throws {
    let now = day(2024, 5, 16) + 10 * 3600
    var m = started(try config("assignments: []\n", asOf: now), now: now)
    _ = m.reloadRequested("SIGHUP")
    let resolved = try #require(m.reloadDecoded(try config(oneTask, asOf: now), now: now))
    #expect(m.engine?.config.items.map(\.id) == ["stc"])
    // Whatever resolve sends now is not sent again by the next wake.
    let wake = m.timerFired(now: now, monotonic: 1)
    #expect((resolved + emitted(wake)).filter { $0.kind == .overdue }.count == 1)
}

@Test func aMonthBeforeTheHorizonTheNextYearIsMadeByAReloadRetriedDaily() throws {
    let asOf = day(2024, 6, 10)
    let cfg = try config(monthly, asOf: asOf)
    let horizon = try #require(cfg.horizon)
    var m = started(cfg, now: asOf)
    let early = horizon - 31 * 86400
    #expect(!m.timerFired(now: early, monotonic: 1).contains(.startDecode(DaemonMachine.horizonReason)))

    let t = horizon - 29 * 86400
    #expect(m.timerFired(now: t, monotonic: 2) == [.startDecode(DaemonMachine.horizonReason)])
    // While that reload decodes, wakes go on with the old plan and ask for nothing more.
    let during = m.timerFired(now: t + 60, monotonic: 3)
    #expect(armed(during) != nil)
    #expect(!during.contains(.startDecode(DaemonMachine.horizonReason)))

    // The reload did not move the horizon (the same config): not tried again for a day.
    _ = m.reloadDecoded(cfg, now: t + 120)
    #expect(m.reloadFinished().isEmpty)
    #expect(armed(m.timerFired(now: t + 3600, monotonic: 4)) != nil)
    #expect(m.timerFired(now: t + 120 + 86400, monotonic: 5) == [.startDecode(DaemonMachine.horizonReason)])

    // One made later moves it: wakes go back to plain ticks.
    let later = try config(monthly, asOf: t + 86400)
    #expect(try #require(later.horizon) > horizon)
    _ = m.reloadDecoded(later, now: t + 86400 + 300)
    _ = m.reloadFinished()
    #expect(armed(m.timerFired(now: t + 86400 + 400, monotonic: 6)) != nil)
}

@Test func theWallClockSetBackBeforeSentRecordsIsReported() throws {
    let now = day(2024, 5, 16) + 10 * 3600
    var m = started(try config(oneTask, asOf: now), now: now)
    _ = m.timerFired(now: now, monotonic: 1)
    // A year back: what was recorded as sent lies in the future.
    #expect(m.clockChanged(now: now - 365 * 86400) != nil)
    #expect(m.clockChanged(now: now + 1) == nil)
}

@Test func theDigestIsSentAndCounted() throws {
    let now = day(2024, 5, 16) + 10 * 3600
    var m = started(try config(oneTask, asOf: now), now: now)
    let actions = m.digest(now: now)
    #expect(actions.last == .ledgerChanged)
    #expect(!emitted(actions).isEmpty)
}

@Test func journalRefusingThenAcceptingSchedulesOneRetryAndClearsTheStatusNote() throws {
    let now = day(2024, 5, 10) + 10 * 3600
    var m = started(try config(oneTask, asOf: now), now: now)
    #expect(m.journalRefused(waiting: 2) == [.scheduleRetry])
    // Refused again before the retry: one retry at a time, the count follows.
    #expect(m.journalRefused(waiting: 3).isEmpty)
    #expect(m.status(now: now, monotonic: 1).hasSuffix("journal refusing entries: 3 waiting"))

    // The retry sends one, the journal refuses the next: the count drops, another retry.
    m.retryDue()
    let partly = m.journalAccepted(sent: 1, waiting: 2, now: now + 5, monotonic: 6)
    let status = m.status(now: now + 5, monotonic: 6)
    #expect(status.hasSuffix("journal refusing entries: 2 waiting"))
    #expect(partly == [.notify("STATUS=" + status), .scheduleRetry])

    // The journal takes the rest: STATUS= no longer says it refuses, nothing more scheduled.
    m.retryDue()
    let done = m.journalAccepted(sent: 2, waiting: 0, now: now + 10, monotonic: 11)
    #expect(done == [.notify("STATUS=" + m.status(now: now + 10, monotonic: 11))])
    #expect(!m.status(now: now + 10, monotonic: 11).contains("refusing"))
    #expect(m.waiting == 0 && !m.retryScheduled)
}

@Test func aRetryThatSendsNothingSchedulesAnotherWithoutAStatusUpdate() throws {
    let now = day(2024, 5, 10)
    var m = started(try config(oneTask, asOf: now), now: now)
    _ = m.journalRefused(waiting: 1)
    m.retryDue()
    #expect(m.journalAccepted(sent: 0, waiting: 1, now: now + 5, monotonic: 5) == [.scheduleRetry])
}

@Test func stoppingSaysSoSavesTheLedgerAndExitsZero() throws {
    let now = day(2024, 5, 10)
    var m = started(try config(oneTask, asOf: now), now: now)
    #expect(m.stopRequested() == [.notify("STOPPING=1"), .saveLedger, .exit(0)])
    // With entries journald refused: one last attempt before the ledger is saved.
    _ = m.journalRefused(waiting: 4)
    #expect(m.stopRequested() == [.notify("STOPPING=1"), .sendHeldOnce, .saveLedger, .exit(0)])
}

@Test func aReloadStartsWithItsDecodeThenReadyThenTheResultForDeadlinedReload() throws {
    let now = day(2024, 5, 10) + 10 * 3600
    let cfg = try config(oneTask, asOf: now)
    var m = started(cfg, now: now)
    // RELOADING=1 when the decode starts, with its CLOCK_MONOTONIC time.
    #expect(m.reloadRequested("SIGHUP") == [.startDecode("SIGHUP")])
    #expect(m.decodeStarted(monotonicMicroseconds: 1_500_000) == [.notify("RELOADING=1\nMONOTONIC_USEC=1500000")])
    _ = m.reloadDecoded(cfg, now: now + 1)
    _ = m.timerFired(now: now + 1, monotonic: 2)
    // READY=1 after the new plan's wake, then the result `deadlined reload` waits on.
    #expect(
        m.configInForce(now: now + 1, monotonic: 2) == [
            .notify("READY=1\nSTATUS=" + m.status(now: now + 1, monotonic: 2))
        ])
    #expect(m.reloadSettled(ok: true, message: "reloaded") == [.writeReloadResult(ok: true, message: "reloaded")])
    #expect(m.reloadFinished().isEmpty)
}

@Test func aReloadWithAnotherQueuedBehindItLeavesTheResultToThatOne() throws {
    let now = day(2024, 5, 10)
    let cfg = try config(oneTask, asOf: now)
    var m = started(cfg, now: now)
    _ = m.reloadRequested("SIGHUP")
    #expect(m.reloadRequested("file change").isEmpty)
    _ = m.reloadDecoded(nil, now: now + 1)
    #expect(m.configInForce(now: now + 1, monotonic: 2).count == 1)
    #expect(m.reloadSettled(ok: false, message: "1 error").isEmpty)
    #expect(m.reloadFinished() == [.startDecode("file change")])
    _ = m.reloadDecoded(cfg, now: now + 2)
    #expect(m.reloadSettled(ok: true, message: "reloaded") == [.writeReloadResult(ok: true, message: "reloaded")])
}

@Test func atStartUpTheCatchUpIsSentBeforeTheDigest() throws {
    // Started the day after the due date: the missed overdue alert first, then the digest.
    let now = day(2024, 5, 16) + 10 * 3600
    var m = started(try config(oneTask, asOf: now), now: now)
    let catchUp = m.timerFired(now: now, monotonic: 1)
    #expect(emitted(catchUp).map(\.kind) == [.overdue])
    let digest = m.digest(now: now)
    #expect(!emitted(digest).isEmpty)
    #expect(emitted(digest).allSatisfy { $0.kind == .digest })
    #expect(digest.last == .ledgerChanged)
    // Both counted: a wake at the same second sends nothing again.
    #expect(emitted(m.timerFired(now: now, monotonic: 2)).isEmpty)
}

@Test func beyondTheHeldLimitTheOldestRefusedEntriesAreDropped() throws {
    let now = day(2024, 5, 10)
    var m = started(try config(oneTask, asOf: now), now: now)
    #expect(m.journalRefused(waiting: DaemonMachine.heldLimit + 3) == [.dropOldest(3), .scheduleRetry])
    #expect(m.waiting == DaemonMachine.heldLimit)
    #expect(m.journalRefused(waiting: DaemonMachine.heldLimit + 1) == [.dropOldest(1)])
}
