import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `deadlined run --log-target console` in the background, its standard error in a file the
/// test can poll: the daemon's own account of what it loaded and reloaded.
final class DaemonProcess {
    let process = Process()
    let errFile: String
    private let errHandle: FileHandle

    init(config: String, state: String, errFile: String, environment extra: [String: String] = [:]) throws {
        let exe = try #require(binary, "build deadlined first: swift build")
        self.errFile = errFile
        _ = FileManager.default.createFile(atPath: errFile, contents: nil)
        errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errFile))
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        process.executableURL = exe
        process.arguments = ["run", "--config", config, "--state-dir", state, "--log-target", "console"]
        var env = ProcessInfo.processInfo.environment
        for k in ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "JOURNAL_STREAM", "RUNTIME_DIRECTORY", "STATE_DIRECTORY"] { env[k] = nil }
        env["TZ"] = "UTC"
        for (k, v) in extra { env[k] = v }
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var log: String { (try? String(contentsOfFile: errFile, encoding: .utf8)) ?? "" }

    /// Waits until the log holds `text`, for at most `seconds`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if log.contains(text) { return true }
            if !process.isRunning { return log.contains(text) }
            usleep(50_000)
        }
        return log.contains(text)
    }

    /// Waits until the files are watched: "Loaded" is logged before the watch is set up, the
    /// start-up digest after (a change made in between is not seen).
    func waitForWatch() -> Bool {
        waitFor("] digest: Digest: ", seconds: 20)
    }

    /// SIGTERM, and the exit status.
    func stop() -> Int32 {
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? errHandle.close()
    }
}
