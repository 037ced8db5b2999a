import DeadlinedCore
import Foundation
import Testing

@testable import DeadlinedSystem

private func tempDir() throws -> String {
    let path = NSTemporaryDirectory() + "deadlined-system-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

@Test func ledgerStoreRoundTripsThroughTheFile() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let store = LedgerStore(directory: dir)
    let ledger = Ledger(
        entries: ["a": LedgerEntry(due: 100, lastReminder: 50, lastSlot: 2), "b/so-y-te": LedgerEntry(due: 7)],
        lastDigest: 99)
    #expect(store.save(ledger) == nil)
    let (back, problems) = store.load()
    #expect(back == ledger)
    #expect(problems.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: store.path + ".tmp"))
}

@Test func ledgerStoreWithNoFileStartsEmptyWithoutWarning() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let (ledger, problems) = LedgerStore(directory: dir).load()
    #expect(ledger == Ledger())
    #expect(problems.isEmpty)
}

@Test func ledgerStoreReportsAFailedWriteInsteadOfCrashing() {
    let store = LedgerStore(directory: "/nonexistent-deadlined-dir/sub")
    let problem = store.save(Ledger(entries: ["a": LedgerEntry(due: 1)]))
    #expect(
        problem
            == "cannot write /nonexistent-deadlined-dir/sub/ledger: cannot open its directory: No such file or directory"
    )
}

@Test func ledgerStoreWarnsAboutACorruptFileAndKeepsWhatItCanRead() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let store = LedgerStore(directory: dir)
    try "deadlined-ledger 1\na\t100\t-\t3\nbroken line\n".write(toFile: store.path, atomically: true, encoding: .utf8)
    let (ledger, problems) = store.load()
    #expect(ledger.entries["a"] == LedgerEntry(due: 100, lastSlot: 3))
    // One warning for all the damage.
    #expect(
        problems == [
            "\(store.path): 1 damaged ledger line skipped; the ledger was cut short (no end marker); keeping the 1 record read"
        ])
}

@Test func fileSourceNamesTheReasonAFileCannotBeRead() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let src = FileSource()
    guard case .failure(let missing) = src.read(dir + "/nope.yaml", maxSize: 1000) else {
        Issue.record("a missing file was read")
        return
    }
    #expect(missing.reason == "No such file or directory")
    guard case .failure(let directory) = src.read(dir, maxSize: 1000) else {
        Issue.record("a directory was read")
        return
    }
    #expect(directory.reason == "it is a directory, not a file")
    try String(repeating: "x", count: 2000).write(toFile: dir + "/big.yaml", atomically: true, encoding: .utf8)
    guard case .failure(let big) = src.read(dir + "/big.yaml", maxSize: 1000) else {
        Issue.record("a file over the limit was read")
        return
    }
    #expect(big.reason.contains("max_file_size"))
    let loop1 = dir + "/loop1", loop2 = dir + "/loop2"
    try FileManager.default.createSymbolicLink(atPath: loop1, withDestinationPath: loop2)
    try FileManager.default.createSymbolicLink(atPath: loop2, withDestinationPath: loop1)
    guard case .failure(let loop) = src.read(loop1, maxSize: 1000) else {
        Issue.record("a symlink loop was read")
        return
    }
    #expect(loop.reason == "Too many levels of symbolic links")
}

@Test func fileSourceReadsEveryByteAndAFileLongerThanItsStatSays() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let src = FileSource()
    for size in [0, 1, 4095, 65_536 + 7, 300_001] {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        let path = dir + "/f\(size).yaml"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(try src.read(path, maxSize: 1 << 20).get() == bytes)
        // Exactly at the limit is allowed; one byte less is not.
        if size > 0 {
            #expect(try src.read(path, maxSize: size).get().count == size)
            guard case .failure = src.read(path, maxSize: size - 1) else {
                Issue.record("a file of \(size) bytes was read with a limit of \(size - 1)")
                continue
            }
        }
    }
    // /proc files are regular files whose size says 0: what follows the stated end is read too,
    // and the limit still holds.
    let status = try src.read("/proc/self/status", maxSize: 1 << 20).get()
    #expect(String(decoding: status, as: UTF8.self).hasPrefix("Name:"))
    guard case .failure(let over) = src.read("/proc/self/status", maxSize: 10) else {
        Issue.record("a growing file was read past the limit")
        return
    }
    #expect(over.reason.contains("max_file_size"))
}

@Test func fileSourceGlobIsSortedAndAMissingDirectoryMatchesNothing() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for n in ["b.yaml", "a.yaml", "c.txt"] {
        try "x: 1\n".write(toFile: dir + "/" + n, atomically: true, encoding: .utf8)
    }
    #expect(try FileSource().glob(dir + "/*.yaml").get() == [dir + "/a.yaml", dir + "/b.yaml"])
    #expect(try FileSource().glob(dir + "/missing/*.yaml").get() == [])
}

@Test func fileSourceGlobMatchesAsGlob3Does() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let fm = FileManager.default
    for d in ["sub1", "sub2", ".hidden"] {
        try fm.createDirectory(atPath: dir + "/" + d, withIntermediateDirectories: true)
    }
    for f in ["sub1/a.yaml", "sub2/b.yaml", "sub2/c.yml", ".hidden/h.yaml", "top.yaml", ".dot.yaml", "x[1].yaml"] {
        try "x: 1\n".write(toFile: dir + "/" + f, atomically: true, encoding: .utf8)
    }
    let g = FileSource()
    #expect(try g.glob(dir + "/*/*.yaml").get() == [dir + "/sub1/a.yaml", dir + "/sub2/b.yaml"])  // no hidden directory
    #expect(try g.glob(dir + "/*.yaml").get() == [dir + "/top.yaml", dir + "/x[1].yaml"])  // no dot file
    #expect(try g.glob(dir + "/sub?/[bc].y*ml").get() == [dir + "/sub2/b.yaml", dir + "/sub2/c.yml"])
    #expect(try g.glob(dir + "/sub1/a.yaml").get() == [dir + "/sub1/a.yaml"])
    #expect(try g.glob(dir + "/sub1/none.yaml").get() == [])
    #expect(try g.glob(dir + "/top.yaml/*").get() == [])  // a file is no directory
}

@Test func fileSourceGlobWalksADirectoryReachedThroughSymlinksOnce() throws {
    // Four links to "." and ten levels of "*": glob(3) walked 4^10 paths.
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for l in ["a", "b", "c", "d"] {
        try FileManager.default.createSymbolicLink(atPath: dir + "/" + l, withDestinationPath: ".")
    }
    try "x: 1\n".write(toFile: dir + "/x.yml", atomically: true, encoding: .utf8)
    let pattern = dir + String(repeating: "/*", count: 10) + "/x.yml"
    let found = try FileSource().glob(pattern).get()
    #expect(found == [dir + String(repeating: "/a", count: 10) + "/x.yml"])
}

@Test(arguments: [
    ("DEADLINED_AGENCY", true), ("MESSAGE", true), ("A1_B", true), ("_HIDDEN", false), ("1ABC", false),
    ("lower", false), ("WITH-DASH", false), ("", false), (String(repeating: "A", count: 65), false),
])
func journalFieldNamesAreValidatedBeforeSending(name: String, valid: Bool) {
    #expect(JournalSink.validName(name) == valid)
}

/// The real TFD_TIMER_CANCEL_ON_SET path: setting CLOCK_REALTIME (here to the time it already
/// has, so nothing else on the machine notices) makes the kernel cancel the timerfd, the read
/// fails with ECANCELED, and ClockWatch calls back. Needs CAP_SYS_TIME (root outside a
/// container); without it the test says so and checks nothing.
@Test func clockWatchNoticesThatTheWallClockWasSet() throws {
    let queue = DispatchQueue(label: "clock-watch-test")
    let fired = DispatchSemaphore(value: 0)
    let watch = try #require(ClockWatch(queue: queue) { fired.signal() })
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    guard clock_settime(CLOCK_REALTIME, &now) == 0 else {
        print(
            "clockWatchNoticesThatTheWallClockWasSet: skipped, cannot set the clock: \(String(cString: strerror(errno)))"
        )
        return
    }
    #expect(fired.wait(timeout: .now() + 5) == .success)
    // It re-arms itself: a second change is noticed too.
    clock_gettime(CLOCK_REALTIME, &now)
    #expect(clock_settime(CLOCK_REALTIME, &now) == 0)
    #expect(fired.wait(timeout: .now() + 5) == .success)
    withExtendedLifetime(watch) {}
}

/// A sink that refuses everything until told to take entries (journald down, then back).
final class RefusingSink: AlertSink, @unchecked Sendable {
    let lock = NSLock()
    var accepting = false
    var taken: [String] = []
    var codes: [CodePosition] = []
    var refused = 0

    func send(_ alert: Alert, code: CodePosition) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard accepting else {
            refused += 1
            return false
        }
        taken.append(alert.message)
        codes.append(code)
        return true
    }

    func accept() {
        lock.lock()
        accepting = true
        lock.unlock()
    }

    var snapshot: (taken: [String], refused: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (taken, refused)
    }
}

@Test func entriesTheJournalRefusedAreSentLaterInOrder() throws {
    let sink = RefusingSink()
    var options = DaemonOptions(
        configPath: "/nonexistent/deadlined.yaml", stateDirectory: try tempDir(), target: .console)
    options.retryDelay = .milliseconds(20)
    let daemon = Daemon(options: options, sink: sink)
    let alerts = (1...5).map { Alert(kind: .overdue, priority: .err, message: "overdue \($0)", fields: []) }
    daemon.queue.sync {
        daemon.emit(Array(alerts[0..<3]))
        // While some wait, later ones queue behind them rather than overtake.
        daemon.emit(Array(alerts[3...]))
    }
    Thread.sleep(forTimeInterval: 0.2)
    #expect(sink.snapshot.taken.isEmpty)
    #expect(sink.snapshot.refused >= 2)  // the first attempt and at least one retry
    sink.accept()
    var taken: [String] = []
    for _ in 0..<100 where taken.count < 6 {
        Thread.sleep(forTimeInterval: 0.02)
        taken = sink.snapshot.taken
    }
    // All five, in order, then the log line that says they were late.
    #expect(Array(taken.prefix(5)) == alerts.map(\.message))
    #expect(taken.count == 6)
    #expect(taken.last?.hasPrefix("The journal refused entries for a while; 5 were sent late") == true)
    daemon.queue.sync { #expect(daemon.unsent.isEmpty) }
}

@Test func entriesCarryTheSourcePositionOfTheirCallerNotOfEmit() throws {
    let sink = RefusingSink()
    sink.accept()
    let daemon = Daemon(
        options: DaemonOptions(
            configPath: "/nonexistent/deadlined.yaml", stateDirectory: try tempDir(), target: .console), sink: sink)
    let line: UInt = #line + 1
    daemon.queue.sync { daemon.emit([Alert(kind: .digest, priority: .info, message: "m", fields: [])]) }
    let code = try #require(sink.lock.withLock { sink.codes.first })
    #expect(code.file == "DeadlinedSystemTests/SystemTests.swift")
    #expect(code.line == line)
}
