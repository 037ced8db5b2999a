import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

// One daemon per state directory, and only a state directory no one else can write:
// issue 13, parts 3 and 5.

/// The environment of a daemon run by a test: none of systemd's variables.
func daemonEnvironment(runtime: String? = nil) -> [String: String] {
    var env = ProcessInfo.processInfo.environment
    for k in ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "JOURNAL_STREAM", "RUNTIME_DIRECTORY", "STATE_DIRECTORY"] { env[k] = nil }
    env["RUNTIME_DIRECTORY"] = runtime
    env["TZ"] = "UTC"
    return env
}

/// A `deadlined run` in the background with its output in files.
final class StateLockDaemon {
    let process = Process()
    let out: String, err: String
    private let handles: [FileHandle]

    init(config: String, state: String, runtime: String? = nil, outputIn dir: String) throws {
        let exe = try #require(binary, "build deadlined first: swift build")
        let tag = UUID().uuidString
        out = dir + "/daemon-\(tag).out"
        err = dir + "/daemon-\(tag).err"
        for f in [out, err] { _ = FileManager.default.createFile(atPath: f, contents: nil) }
        handles = [try FileHandle(forWritingTo: URL(fileURLWithPath: out)), try FileHandle(forWritingTo: URL(fileURLWithPath: err))]
        process.executableURL = exe
        process.arguments = ["run", "--config", config, "--state-dir", state, "--log-target", "console"]
        process.environment = daemonEnvironment(runtime: runtime)
        process.standardOutput = handles[0]
        process.standardError = handles[1]
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }
    var stdout: String { (try? String(contentsOfFile: out, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOfFile: err, encoding: .utf8)) ?? "" }

    /// Waits until stderr holds `text`; false after `seconds`.
    func waitFor(_ text: String, seconds: Double = 20) -> Bool {
        poll(seconds) { self.stderr.contains(text) }
    }

    /// The exit status, or nil when it was still running after `seconds` (it is then killed).
    func exitStatus(within seconds: Double) -> Int32? {
        if poll(seconds, { !self.process.isRunning }) {
            process.waitUntilExit()
            return process.terminationStatus
        }
        kill(pid, SIGKILL)
        process.waitUntilExit()
        return nil
    }

    /// SIGTERM, sent again every 200 ms: the daemon ignores the signal for a moment while it
    /// installs its handler at start-up, after it has logged "Loaded".
    func stop() -> Int32? {
        for _ in 0..<100 where process.isRunning {
            kill(pid, SIGTERM)
            if poll(0.2, { !self.process.isRunning }) { break }
        }
        return exitStatus(within: 1)
    }

    deinit {
        if process.isRunning { kill(pid, SIGKILL) }
        for h in handles { try? h.close() }
    }
}

/// Calls `done` every 20 ms until it is true (true) or `seconds` have passed (false).
func poll(_ seconds: Double, _ done: () -> Bool) -> Bool {
    let end = Date().addingTimeInterval(seconds)
    while Date() < end {
        if done() { return true }
        usleep(20_000)
    }
    return done()
}

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

    let first = try StateLockDaemon(config: dir.main, state: state, outputIn: dir.url.path)
    try #require(first.waitFor("Loaded "), "the first daemon did not start: \(first.stderr)")

    let second = try StateLockDaemon(config: dir.main, state: state, outputIn: dir.url.path)
    let status = second.exitStatus(within: 20)
    #expect(status == 75, "the second daemon \(status.map { "exited \($0)" } ?? "was still running after 20 s"): \(second.stderr)")
    #expect(
        second.stderr
            == "deadlined: another deadlined (pid \(first.pid)) is running on the state directory \(state) (it holds \(state)/lock); not starting\n")
    #expect(second.stdout.isEmpty)

    // The first one goes on; once it has stopped, the directory is free again.
    #expect(first.process.isRunning)
    #expect(first.stop() == 0)
    let third = try StateLockDaemon(config: dir.main, state: state, outputIn: dir.url.path)
    #expect(third.waitFor("Loaded "), "\(third.stderr)")
    #expect(third.stop() == 0)
}

@Test(.timeLimit(.minutes(2)), arguments: [0o770, 0o707, 0o777, 0o1777] as [mode_t])
func aStateDirectoryOthersCanWriteIsRefusedWith77(mode: mode_t) throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let state = dir.path("state")
    try makeDirectory(state, mode: mode)
    let daemon = try StateLockDaemon(config: dir.main, state: state, outputIn: dir.url.path)
    let status = daemon.exitStatus(within: 20)
    #expect(status == 77, "\(status.map { "exited \($0)" } ?? "still running after 20 s"): \(daemon.stderr)")
    let shown = String(mode & 0o7777, radix: 8)
    #expect(
        daemon.stderr
            == "deadlined: the state directory \(state) can be written by others than its owner (mode \(shown)); not starting (chmod go-w \(state))\n")
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
    let daemon = try StateLockDaemon(config: dir.main, state: state, outputIn: dir.url.path)
    let status = daemon.exitStatus(within: 20)
    #expect(status == 77, "\(status.map { "exited \($0)" } ?? "still running after 20 s"): \(daemon.stderr)")
    #expect(
        daemon.stderr
            == "deadlined: the state directory \(state) belongs to uid 65534, not to this process's user (uid 0); not starting\n")
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
    let daemon = try StateLockDaemon(config: dir.main, state: state, outputIn: dir.url.path)
    let status = daemon.exitStatus(within: 20)
    #expect(status == 77, "\(status.map { "exited \($0)" } ?? "still running after 20 s"): \(daemon.stderr)")
    #expect(daemon.stderr.hasPrefix("deadlined: cannot lock the state directory \(state): \(state)/lock: "), "\(daemon.stderr)")
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
    let daemon = try StateLockDaemon(config: dir.main, state: state, outputIn: dir.url.path)
    try #require(daemon.waitFor("Loaded "), "\(daemon.stderr)")
    #expect(daemon.stop() == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: state).sorted() == ["ledger", "lock", "notes.txt"])
}
