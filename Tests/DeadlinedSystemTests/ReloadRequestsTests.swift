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
