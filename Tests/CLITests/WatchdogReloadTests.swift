import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `count` assignments in one file: decoding it takes a while.
func bigDropIn(_ count: Int) -> String {
    var s = "assignments:\n"
    s.reserveCapacity(count * 90)
    for i in 0..<count {
        s += "  - id: viec-\(i)\n    agency: \"Sở Tài chính\"\n    task: \"Báo cáo số \(i)\"\n    due: 31/12/9999\n"
    }
    return s
}

/// The most honest check of the watchdog: the daemon under a stand-in for systemd's notify
/// socket, with WATCHDOG_USEC set, reloading a configuration that takes a while to decode.
/// Pings must keep coming between RELOADING=1 and READY=1.
@Test(.timeLimit(.minutes(4)))
func theWatchdogKeepsBeingPingedWhileAReloadDecodes() throws {
    let dir = try ConfigDir([
        "deadlined.yaml": "settings:\n  language: en\n  watch: false\ninclude: [big.yaml]\n",
        "big.yaml": bigDropIn(bigReloadItems),
    ])
    defer { dir.cleanup() }
    let notify = try NotifyListener(path: dir.path("notify"))
    defer { notify.close() }
    let intervalUsec = 400_000  // pings every 0.2 s
    let daemon = try DaemonProcess(
        config: dir.main, state: dir.path("state"), outputIn: dir.url.path,
        environment: ["NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": String(intervalUsec)])
    let ready = try #require(notify.waitFor(seconds: 60) { $0.hasPrefix("READY=1") }, "\(daemon.log)")
    try #require(
        notify.waitFor(after: ready, seconds: 5) { $0 == "WATCHDOG=1" } != nil,
        "no WATCHDOG=1 at all: \(notify.messages.map(\.text))")

    // Touched, so the reload decodes it again rather than taking it from the cache.
    try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: dir.path("big.yaml"))
    kill(daemon.process.processIdentifier, SIGHUP)
    let reloading = try #require(notify.waitFor(after: ready, seconds: 10) { $0.hasPrefix("RELOADING=1") })
    // Two more requests while it decodes, the second from `deadlined reload`: they make one
    // more reload, and the command returns after that one, not after the one it interrupted.
    kill(daemon.process.processIdentifier, SIGHUP)
    let client = try deadlined([
        "reload", "--pid", String(daemon.process.processIdentifier), "--state-dir", dir.path("state"), "--timeout",
        "100",
    ])
    let clientReturned = NotifyListener.monotonic()
    #expect(client.status == 0, "\(client.stderr)")
    let done = try #require(notify.waitFor(after: reloading, seconds: 100) { $0.hasPrefix("READY=1") }, "\(daemon.log)")
    let second = try #require(
        notify.waitFor(after: done, seconds: 100) { $0.hasPrefix("RELOADING=1") }, "\(daemon.log)")
    let secondDone = try #require(
        notify.waitFor(after: second, seconds: 100) { $0.hasPrefix("READY=1") }, "\(daemon.log)")
    #expect(clientReturned >= notify.messages[secondDone].at)
    #expect(notify.waitFor(after: secondDone, seconds: 1) { $0.hasPrefix("RELOADING=1") } == nil, "a third reload")
    let m = notify.messages
    let took = m[done].at - m[reloading].at
    let pings = m[reloading...done].filter { $0.text == "WATCHDOG=1" }.map(\.at)
    try #require(took >= 1.0, "the reload took only \(took) s: too quick to tell; make big.yaml bigger")
    var longest = 0.0, last = m[reloading].at
    for t in pings + [m[done].at] {
        longest = max(longest, t - last)
        last = t
    }
    // Half the reload's time at most without a ping (the swap itself runs on the main queue).
    #expect(pings.count >= 2, "\(pings.count) pings during a reload of \(took) s")
    #expect(longest < took / 2, "\(longest) s without a ping during a reload of \(took) s")
    #expect(
        daemon.log.contains("Reloaded \(dir.main): 0 directives, \(bigReloadItems) items, 2 files"), "\(daemon.log)")
    #expect(daemon.stop() == 0)
}

/// Big enough that the reload takes over a second on a busy two-core machine.
private let bigReloadItems = 150_000
