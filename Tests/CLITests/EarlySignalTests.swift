import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Whether the process runs deadlined (it has been exec'd: before, the masks are the test's)
/// and has done anything about SIGTERM yet (blocked, ignored or caught it), from
/// /proc/PID/status: before that, the default action would end it by the signal.
private func tookNoteOfSIGTERM(_ pid: Int32) -> Bool {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
        status.hasPrefix("Name:\tdeadlined\n")
    else { return false }
    let bit = UInt64(1) << UInt64(SIGTERM - 1)
    for line in status.split(separator: "\n") {
        let parts = line.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, ["SigBlk", "SigIgn", "SigCgt"].contains(parts[0]) else { continue }
        let mask = UInt64(parts[1].trimmingCharacters(in: .whitespaces), radix: 16) ?? 0
        if mask & bit != 0 { return true }
    }
    return false
}

/// How a process that did not exit ended.
private func outcome(_ p: Process) -> String {
    p.terminationReason == .uncaughtSignal
        ? "ended by signal \(p.terminationStatus)" : "still running 10 s after SIGTERM"
}

/// Blocks SIGTERM in the calling thread while `body` runs: a process it starts inherits the
/// mask, so a SIGTERM sent at once waits, pending, for the daemon (otherwise one sent before
/// its main() runs ends it by the default action, as it would any program).
private func withSIGTERMBlocked<T>(_ body: () throws -> T) rethrows -> T {
    var set = sigset_t(), old = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGTERM)
    pthread_sigmask(SIG_BLOCK, &set, &old)
    defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
    return try body()
}

/// A SIGTERM sent the moment the daemon exists, or the moment it has taken note of the
/// signal, over and over, always ends it with status 0: it is never lost (the daemon used
/// to ignore SIGTERM for a moment while its handler was installed, and run on) nor left to
/// end the process unsaved (dispatchMain() unblocked it in the main thread before
/// libdispatch's handler was there).
@Test(.timeLimit(.minutes(4)), arguments: [false, true])
func aSIGTERMAtTheEarliestMomentAlwaysEndsTheDaemonWith0(atOnce: Bool) throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let state = dir.path("state")
    try makeDirectory(state, mode: 0o700)
    for round in 0..<40 {
        let daemon: DaemonProcess
        if atOnce {
            daemon = try withSIGTERMBlocked {
                try DaemonProcess(config: dir.main, state: state, outputIn: dir.url.path)
            }
        } else {
            daemon = try DaemonProcess(config: dir.main, state: state, outputIn: dir.url.path)
            let noted = poll(10, every: 50) { tookNoteOfSIGTERM(daemon.pid) || !daemon.process.isRunning }
            try #require(
                noted && daemon.process.isRunning,
                "round \(round): the daemon never took note of SIGTERM: \(daemon.stderr)")
        }
        kill(daemon.pid, SIGTERM)
        let status = daemon.exitStatus(within: 10)
        try #require(
            status == 0, "round \(round): \(status.map { "exited \($0)" } ?? outcome(daemon.process)): \(daemon.stderr)"
        )
    }
}
