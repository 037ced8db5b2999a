import Dispatch
import Foundation
import Testing

@testable import DeadlinedSystem

/// Counts the watcher's calls, for a test to wait on.
private final class Calls: Sendable {
    let semaphore = DispatchSemaphore(value: 0)
    func called() { semaphore.signal() }
    func came(within seconds: Double) -> Bool { semaphore.wait(timeout: .now() + seconds) == .success }
    /// Forgets calls already made (a burst of events may call once or twice).
    func settle() {
        Thread.sleep(forTimeInterval: 0.8)
        while semaphore.wait(timeout: .now()) == .success {}
    }
}

@Test func aWatchedDirectoryMovedAwayIsWatchedAgainWhenAnotherTakesItsPlace() throws {
    let root = NSTemporaryDirectory() + "deadlined-watch-\(UUID().uuidString)"
    let conf = root + "/conf", old = root + "/conf.old", file = root + "/conf/a.yaml"
    try FileManager.default.createDirectory(atPath: conf, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    try "assignments: []\n".write(toFile: file, atomically: false, encoding: .utf8)
    let calls = Calls()
    let queue = DispatchQueue(label: "test.watch")
    let watcher = try #require(ConfigWatcher(queue: queue) { calls.called() })
    queue.sync { watcher.watch(files: [file], main: file) }

    // mv conf conf.old: the watch followed the directory; it is dropped and conf awaited.
    try FileManager.default.moveItem(atPath: conf, toPath: old)
    #expect(calls.came(within: 5), "the directory moving away was not noticed")
    try FileManager.default.createDirectory(atPath: conf, withIntermediateDirectories: false)
    try "assignments: []\n".write(toFile: file, atomically: false, encoding: .utf8)
    #expect(calls.came(within: 5), "the new directory was not noticed")
    calls.settle()

    // Edits in the old directory no longer matter; edits in the new one do.
    try "assignments: [] # old\n".write(toFile: old + "/a.yaml", atomically: false, encoding: .utf8)
    #expect(!calls.came(within: 1), "an edit in the moved-away directory was taken for a config change")
    try "assignments: [] # new\n".write(toFile: file, atomically: false, encoding: .utf8)
    #expect(calls.came(within: 5), "an edit in the new directory was not noticed")
    withExtendedLifetime(watcher) {}
}
