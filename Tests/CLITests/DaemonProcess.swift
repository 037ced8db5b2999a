import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The environment of a daemon run by a test: none of systemd's variables.
func daemonEnvironment(runtime: String? = nil) -> [String: String] {
    var env = ProcessInfo.processInfo.environment
    for k in [
        "NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "JOURNAL_STREAM", "RUNTIME_DIRECTORY", "STATE_DIRECTORY",
    ] { env[k] = nil }
    env["RUNTIME_DIRECTORY"] = runtime
    env["TZ"] = "UTC"
    return env
}

/// `deadlined run --log-target console` in the background, its standard output and error in
/// files the test can poll: the daemon's own account of what it loaded and reloaded.
final class DaemonProcess {
    let process = Process()
    let out: String, err: String
    private let handles: [FileHandle]

    /// `state` is made (mode 0755) when it does not exist; `environment` adds to or replaces
    /// `daemonEnvironment(runtime:)`.
    init(
        config: String, state: String, runtime: String? = nil, outputIn dir: String,
        environment extra: [String: String] = [:]
    ) throws {
        let exe = try #require(binary, "build deadlined first: swift build")
        let tag = UUID().uuidString
        out = dir + "/daemon-\(tag).out"
        err = dir + "/daemon-\(tag).err"
        for f in [out, err] { _ = FileManager.default.createFile(atPath: f, contents: nil) }
        handles = [
            try FileHandle(forWritingTo: URL(fileURLWithPath: out)),
            try FileHandle(forWritingTo: URL(fileURLWithPath: err)),
        ]
        if !FileManager.default.fileExists(atPath: state) {
            try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        }
        process.executableURL = exe
        process.arguments = ["run", "--config", config, "--state-dir", state, "--log-target", "console"]
        var env = daemonEnvironment(runtime: runtime)
        for (k, v) in extra { env[k] = v }
        process.environment = env
        process.standardOutput = handles[0]
        process.standardError = handles[1]
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }
    var stdout: String { (try? String(contentsOfFile: out, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOfFile: err, encoding: .utf8)) ?? "" }
    /// What the daemon logged (to the console: its standard error).
    var log: String { stderr }

    /// Waits until stderr holds `text`; false after `seconds`, or once the daemon has ended
    /// without logging it.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 20) -> Bool {
        poll(seconds) { self.stderr.contains(text) || !self.process.isRunning } && stderr.contains(text)
    }

    /// Waits until the files are watched: "Loaded" is logged before the watch is set up, the
    /// start-up digest after.
    func waitForWatch() -> Bool {
        waitFor("] digest: Digest: ", seconds: 20)
    }

    /// The exit status, or nil when it was still running after `seconds` (it is then killed)
    /// or was ended by a signal.
    func exitStatus(within seconds: Double) -> Int32? {
        if poll(seconds, { !self.process.isRunning }) {
            process.waitUntilExit()
            return process.terminationReason == .exit ? process.terminationStatus : nil
        }
        kill(pid, SIGKILL)
        process.waitUntilExit()
        return nil
    }

    /// One SIGTERM, and the exit status (nil when it had not exited 10 s later).
    func stop() -> Int32? {
        if process.isRunning { kill(pid, SIGTERM) }
        return exitStatus(within: 10)
    }

    deinit {
        if process.isRunning { kill(pid, SIGKILL) }
        for h in handles { try? h.close() }
    }
}

/// Calls `done` every 20 ms until it is true (true) or `seconds` have passed (false).
func poll(_ seconds: Double, every interval: useconds_t = 20_000, _ done: () -> Bool) -> Bool {
    let end = Date().addingTimeInterval(seconds)
    while Date() < end {
        if done() { return true }
        usleep(interval)
    }
    return done()
}
