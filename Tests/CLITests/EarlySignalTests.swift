import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Whether the process has done anything about SIGTERM yet (blocked, ignored or caught it),
/// from /proc/PID/status: before that, the default action would end it by the signal.
private func tookNoteOfSIGTERM(_ pid: Int32) -> Bool {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return false }
    let bit = UInt64(1) << UInt64(SIGTERM - 1)
    for line in status.split(separator: "\n") {
        let parts = line.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, ["SigBlk", "SigIgn", "SigCgt"].contains(parts[0]) else { continue }
        let mask = UInt64(parts[1].trimmingCharacters(in: .whitespaces), radix: 16) ?? 0
        if mask & bit != 0 { return true }
    }
    return false
}

/// A SIGTERM sent the moment the daemon has taken note of the signal, over and over, always
/// ends it with status 0: it is never lost (the daemon used to ignore SIGTERM for a moment
/// while its handler was installed, and run on) nor left to end the process unsaved.
@Test(.timeLimit(.minutes(4)))
func aSIGTERMAtTheEarliestMomentAlwaysEndsTheDaemonWith0() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let state = dir.path("state")
    try makeDirectory(state, mode: 0o700)
    for round in 0..<40 {
        let daemon = try DaemonProcess(config: dir.main, state: state, outputIn: dir.url.path)
        let noted = poll(10, every: 50) { tookNoteOfSIGTERM(daemon.pid) || !daemon.process.isRunning }
        try #require(noted && daemon.process.isRunning, "round \(round): the daemon never took note of SIGTERM: \(daemon.stderr)")
        kill(daemon.pid, SIGTERM)
        let status = daemon.exitStatus(within: 10)
        try #require(
            status == 0,
            "round \(round): \(status.map { "exited \($0)" } ?? "ended by a signal or still running 10 s after SIGTERM"): \(daemon.stderr)")
    }
}
