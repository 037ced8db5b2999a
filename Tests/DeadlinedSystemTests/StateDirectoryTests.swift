import Foundation
import Testing

@testable import DeadlinedSystem

#if canImport(Glibc)
import Glibc
#endif

private func tempDir() throws -> String {
    let path = NSTemporaryDirectory() + "deadlined-lock-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

@Test func aSecondLockOnTheSameFileIsRefusedNamingTheHolderUntilTheFirstIsReleased() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    // flock locks belong to an open file: a second open in this process conflicts as another
    // process's would.
    let first = try FileLock.acquire("lock", in: dir).get()
    first.recordOwner()
    #expect(FileLock.acquire("lock", in: dir) == .failure(.held(pid: getpid())))
    let start = Date()
    #expect(FileLock.acquire("lock", in: dir, wait: 0.3) == .failure(.held(pid: getpid())))
    #expect(Date().timeIntervalSince(start) >= 0.25)
    first.release()
    let again = try FileLock.acquire("lock", in: dir).get()
    again.release()
}

@Test func aLockWaitsForTheHolderToRelease() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let first = try FileLock.acquire("lock", in: dir).get()
    let fd = first.fd
    DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(200)) { close(fd) }
    let second = try FileLock.acquire("lock", in: dir, wait: 10).get()
    second.release()
}

@Test func aLockFileThatIsASymlinkIsRefused() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(symlink(dir + "/elsewhere", dir + "/lock") == 0)
    #expect(FileLock.acquire("lock", in: dir) == .failure(.failed("\(dir)/lock: it is a symbolic link")))
    #expect(!FileManager.default.fileExists(atPath: dir + "/elsewhere"))
}

@Test func claimingAStateDirectoryMakesItPrivateAndRecordsThePid() throws {
    let parent = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let state = parent + "/state"
    let lock = try StateDirectory.claim(state).get()
    defer { lock.release() }
    #expect((try FileManager.default.attributesOfItem(atPath: state)[.posixPermissions] as? Int) == 0o700)
    #expect(try String(contentsOfFile: state + "/lock", encoding: .utf8) == "\(getpid())\n")
    #expect(
        StateDirectory.claim(state)
            == .failure(
                StateDirectory.Refusal(
                    status: 75,
                    message:
                        "another deadlined (pid \(getpid())) is running on the state directory \(state) (it holds \(state)/lock); not starting"
                )))
}

@Test func aStateDirectoryGroupOrOthersCanWriteIsRefused() throws {
    let state = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: state) }
    for mode: mode_t in [0o720, 0o702, 0o775] {
        #expect(chmod(state, mode) == 0)
        let shown = String(mode, radix: 8)
        #expect(
            StateDirectory.claim(state)
                == .failure(
                    StateDirectory.Refusal(
                        status: 77,
                        message:
                            "the state directory \(state) can be written by others than its owner (mode \(shown)); not starting (chmod go-w \(state))"
                    )))
    }
    #expect(!FileManager.default.fileExists(atPath: state + "/lock"))
    #expect(chmod(state, 0o755) == 0)
    let lock = try StateDirectory.claim(state).get()
    lock.release()
}

@Test func aStateDirectoryThatCannotBeMadeIsRefused() {
    let r = StateDirectory.claim("/nonexistent-deadlined-dir/state")
    #expect(
        r
            == .failure(
                StateDirectory.Refusal(
                    status: 77,
                    message:
                        "cannot create the state directory /nonexistent-deadlined-dir/state: No such file or directory; not starting"
                )))
}

@Test func aReadOnlyStateDirectoryIsStillLockedSoTheDaemonRunsOnABrokenDisk() throws {
    // Needs root to mount a read-only tmpfs; elsewhere there is nothing to check.
    guard geteuid() == 0 else { return }
    let state = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: state) }
    func mount(_ options: String) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/mount")
        p.arguments =
            options == "tmpfs" ? ["-t", "tmpfs", "-o", "size=1M,mode=0700", "tmpfs", state] : ["-o", options, state]
        guard (try? p.run()) != nil else { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }
    try #require(mount("tmpfs") == 0)
    defer { _ = umount(state) }
    // No lock file and none can be made: the directory itself is locked.
    #expect(mount("remount,ro") == 0)
    let first = try StateDirectory.claim(state).get()
    let busy = "is running on the state directory \(state) (it holds \(state)/lock); not starting"
    #expect(
        StateDirectory.claim(state)
            == .failure(StateDirectory.Refusal(status: 75, message: "another deadlined " + busy)))
    first.release()
    // A lock file left from before the disk went read-only is locked as it is, read-only.
    #expect(mount("remount,rw") == 0)
    try "\(getpid())\n".write(toFile: state + "/lock", atomically: false, encoding: .utf8)
    #expect(mount("remount,ro") == 0)
    let second = try StateDirectory.claim(state).get()
    #expect(
        StateDirectory.claim(state)
            == .failure(StateDirectory.Refusal(status: 75, message: "another deadlined (pid \(getpid())) " + busy)))
    second.release()
}

@Test func aPidRecordedByAProcessThatIsGoneIsNotNamed() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let first = try FileLock.acquire("lock", in: dir).get()
    defer { first.release() }
    // The largest pid Linux hands out is 4194304; this one is never a live process.
    try "4194305\n".write(toFile: dir + "/lock", atomically: false, encoding: .utf8)
    #expect(FileLock.acquire("lock", in: dir) == .failure(.held(pid: nil)))
    try "\(getpid())\n".write(toFile: dir + "/lock", atomically: false, encoding: .utf8)
    #expect(FileLock.acquire("lock", in: dir) == .failure(.held(pid: getpid())))
}
