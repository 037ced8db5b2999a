import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

// One daemon per state directory, and only a state directory no one else can write:
// issue 13, parts 3 and 5.

func makeDirectory(_ path: String, mode: mode_t) throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    #expect(chmod(path, mode) == 0)
}

@Test(.timeLimit(.minutes(2)))
func aSecondDaemonOnTheSameStateDirectoryExits75NamingTheFirstAndSendsNothing() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let state = dir.path("state")
    try makeDirectory(state, mode: 0o700)

    let first = try DaemonProcess(config: dir.main, state: state, outputIn: dir.url.path)
    try #require(first.waitFor("Loaded "), "the first daemon did not start: \(first.stderr)")

    let second = try DaemonProcess(config: dir.main, state: state, outputIn: dir.url.path)
    let status = second.exitStatus(within: 20)
    #expect(
        status == 75,
        "the second daemon \(status.map { "exited \($0)" } ?? "was still running after 20 s"): \(second.stderr)")
    #expect(
        second.stderr
            == "deadlined: another deadlined (pid \(first.pid)) is running on the state directory \(state) (it holds \(state)/lock); not starting\n"
    )
    #expect(second.stdout.isEmpty)

    // The first one goes on; once it has stopped, the directory is free again.
    #expect(first.process.isRunning)
    #expect(first.stop() == 0)
    let third = try DaemonProcess(config: dir.main, state: state, outputIn: dir.url.path)
    #expect(third.waitFor("Loaded "), "\(third.stderr)")
    #expect(third.stop() == 0)
}

@Test(.timeLimit(.minutes(2)), arguments: [0o770, 0o707, 0o777, 0o1777] as [mode_t])
func aStateDirectoryOthersCanWriteIsRefusedWith77(mode: mode_t) throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let state = dir.path("state")
    try makeDirectory(state, mode: mode)
    let daemon = try DaemonProcess(config: dir.main, state: state, outputIn: dir.url.path)
    let status = daemon.exitStatus(within: 20)
    #expect(status == 77, "\(status.map { "exited \($0)" } ?? "still running after 20 s"): \(daemon.stderr)")
    let shown = String(mode & 0o7777, radix: 8)
    #expect(
        daemon.stderr
            == "deadlined: the state directory \(state) can be written by others than its owner (mode \(shown)); not starting (chmod go-w \(state))\n"
    )
    #expect(daemon.stdout.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: state + "/ledger"))
}

@Test(.timeLimit(.minutes(2)))
func aStateDirectoryOwnedBySomeoneElseIsRefusedWith77() throws {
    // Needs root to give the directory away; elsewhere there is nothing to check.
    guard geteuid() == 0 else { return }
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let state = dir.path("state")
    try makeDirectory(state, mode: 0o700)
    #expect(chown(state, 65534, 65534) == 0)
    let daemon = try DaemonProcess(config: dir.main, state: state, outputIn: dir.url.path)
    let status = daemon.exitStatus(within: 20)
    #expect(status == 77, "\(status.map { "exited \($0)" } ?? "still running after 20 s"): \(daemon.stderr)")
    #expect(
        daemon.stderr
            == "deadlined: the state directory \(state) belongs to uid 65534, not to this process's user (uid 0); not starting\n"
    )
    #expect(daemon.stdout.isEmpty)
}

@Test(.timeLimit(.minutes(2)))
func aSymlinkPlantedAtTheLockFileIsRefusedAndItsTargetUntouched() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let state = dir.path("state")
    try makeDirectory(state, mode: 0o700)
    let victim = dir.path("victim")
    try Data("precious\n".utf8).write(to: URL(fileURLWithPath: victim))
    #expect(chmod(victim, 0o644) == 0)
    #expect(symlink(victim, state + "/lock") == 0)
    let daemon = try DaemonProcess(config: dir.main, state: state, outputIn: dir.url.path)
    let status = daemon.exitStatus(within: 20)
    #expect(status == 77, "\(status.map { "exited \($0)" } ?? "still running after 20 s"): \(daemon.stderr)")
    #expect(
        daemon.stderr.hasPrefix("deadlined: cannot lock the state directory \(state): \(state)/lock: "),
        "\(daemon.stderr)")
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
    #expect(try fileMode(victim) == 0o644)
}

func fileMode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int) ?? -1
}

@Test(.timeLimit(.minutes(2)))
func temporaryFilesACrashLeftInTheStateDirectoryAreRemovedAtStart() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let state = dir.path("state")
    try makeDirectory(state, mode: 0o700)
    for name in [".ledger.k3j2h1.tmp", ".reload-result.9x8y.tmp", "notes.txt"] {
        try Data("left\n".utf8).write(to: URL(fileURLWithPath: state + "/" + name))
    }
    let daemon = try DaemonProcess(config: dir.main, state: state, outputIn: dir.url.path)
    try #require(daemon.waitFor("Loaded "), "\(daemon.stderr)")
    #expect(daemon.stop() == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: state).sorted() == ["ledger", "lock", "notes.txt"])
}
