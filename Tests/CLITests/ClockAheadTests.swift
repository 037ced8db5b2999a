import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// libfaketime itself, preloaded: the `faketime` wrapper does not pass SIGTERM on.
private let libfaketime = "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1"

/// Runs `deadlined run` under libfaketime from `start` (local time in Vietnam), waits until
/// its stderr contains every one of `expected` (or 15 s), stops it with SIGTERM and returns
/// what it wrote.
private func runDaemon(at start: String, config: String, state: String, until expected: [String]) throws -> String {
    let exe = try #require(binary, "build deadlined first: swift build")
    let err = state + ".err"
    _ = FileManager.default.createFile(atPath: err, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
    let p = Process()
    // Through sh's exec (so SIGTERM still reaches the daemon): started directly by Process with
    // libfaketime preloaded, the daemon did not see its arguments on this machine (cause not
    // found; from a shell or Python it does).
    p.executableURL = URL(fileURLWithPath: "/bin/sh")
    p.arguments = [
        "-c", "exec \"$0\" \"$@\"", exe.path, "run", "--config", config, "--state-dir", state, "--log-target",
        "console",
    ]
    var env = ProcessInfo.processInfo.environment
    for k in [
        "NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "JOURNAL_STREAM", "RUNTIME_DIRECTORY", "STATE_DIRECTORY",
    ] { env[k] = nil }
    env["TZ"] = "Asia/Ho_Chi_Minh"
    env["LD_PRELOAD"] = libfaketime
    // Starts at `start` and runs on from there.
    env["FAKETIME"] = "@" + start
    env["FAKETIME_DONT_FAKE_MONOTONIC"] = "1"
    p.environment = env
    p.standardOutput = FileHandle.nullDevice
    p.standardError = handle
    p.standardInput = FileHandle.nullDevice
    try p.run()
    var text = ""
    for _ in 0..<300 {
        text = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        if expected.allSatisfy(text.contains) { break }
        usleep(50_000)
    }
    kill(p.processIdentifier, SIGTERM)
    p.waitUntilExit()
    try handle.close()
    return (try? String(contentsOfFile: err, encoding: .utf8)) ?? text
}

/// Issue 13, part 1, with the real binary and a faked clock: run once a year ahead, then at
/// the right time on the same state directory. The item is alerted at the right time, with
/// one warning that names the clock; and again when it escalates.
@Test(.enabled(if: FileManager.default.fileExists(atPath: libfaketime)), .timeLimit(.minutes(2)))
func aRunWithTheClockAYearAheadDoesNotSilenceTheRunsAtTheRightTime() throws {
    let dir = try ConfigDir([
        "deadlined.yaml": """
        settings:
          language: en
          timezone: Asia/Ho_Chi_Minh
        assignments:
          - id: kh-15-1
            agency: "Sở Tài chính"
            task: "Cấp kinh phí"
            due: 15/1/2027
        """
    ])
    defer { dir.cleanup() }
    let state = dir.path("state")
    try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)

    let ahead = try runDaemon(at: "2027-11-30 10:00:00", config: dir.main, state: state, until: ["escalated: "])
    #expect(ahead.contains("escalated: "), "\(ahead)")

    let right = try runDaemon(
        at: "2027-01-16 09:00:00", config: dir.main, state: state, until: ["] overdue: ", "system clock"])
    #expect(right.contains("] overdue: "), "\(right)")
    let warnings = right.split(separator: "\n").filter { $0.contains("system clock was ahead") }
    #expect(warnings.count == 1, "\(right)")
    #expect(warnings.first?.contains("the latest 2027-11-30T") == true, "\(right)")

    let march = try runDaemon(at: "2027-03-01 09:00:00", config: dir.main, state: state, until: ["escalated: "])
    #expect(march.contains("escalated: "), "\(march)")
    #expect(!march.contains("system clock was ahead"), "\(march)")
}
