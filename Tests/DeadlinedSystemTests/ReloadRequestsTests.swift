import Testing

@testable import DeadlinedSystem

@Test func reloadRequestsWhileOneDecodesMergeIntoOneMore() {
    var r = ReloadRequests()
    let first = r.requested("SIGHUP")
    #expect(first)
    // Three more while it decodes: none starts now, one more runs after it.
    let during = [r.requested("file change"), r.requested("SIGHUP"), r.requested("file change")]
    #expect(during == [false, false, false])
    #expect(r.queued == "file change")
    let next = r.finished()
    #expect(next == "file change")
    #expect(r.decoding)
    // The merged one ends with nothing waiting: the next request starts at once.
    let after = r.finished()
    #expect(after == nil)
    #expect(!r.decoding)
    let again = r.requested("SIGHUP")
    #expect(again)
}

/// `deadlined reload` answers only with a reload whose decode started after its SIGHUP was
/// sent: one that was decoding already may have read the files before the caller's edit.
@Test func theReloadCommandTakesOnlyAReloadStartedAfterItsSignal() {
    let sent: UInt64 = 5_000_000
    let line = { (started: UInt64) in "42\t7\t\(started)\tok\treloaded\n" }
    #expect(ReloadClient.answer(line(sent + 1), pid: 42, baseline: 6, sentAt: sent) == .applied("reloaded"))
    #expect(ReloadClient.answer(line(sent - 1), pid: 42, baseline: 6, sentAt: sent) == nil)
    #expect(ReloadClient.answer(line(sent + 1), pid: 43, baseline: 6, sentAt: sent) == nil)
    #expect(ReloadClient.answer(line(sent + 1), pid: 42, baseline: 7, sentAt: sent) == nil)
    #expect(
        ReloadClient.answer("42\t7\t\(sent + 1)\tfailed\t2 errors\n", pid: 42, baseline: 6, sentAt: sent)
            == .rejected("2 errors"))
    // A daemon of the version before writes no start time: taken as before, by generation.
    #expect(ReloadClient.answer("42\t7\tok\treloaded\n", pid: 42, baseline: 6, sentAt: sent) == .applied("reloaded"))
}
