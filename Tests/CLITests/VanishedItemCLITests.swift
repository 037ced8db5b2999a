import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 13, part 2, with the built binary: a drop-in moved away for a second and back (the
/// daemon watching its files reloads twice) does not re-send its item's catch-up alert.
@Test(.timeLimit(.minutes(1)))
func aDropInMovedAwayAndBackIsNotAlertedAgain() throws {
    let exe = try #require(binary, "build deadlined first: swift build")
    let dir = try ConfigDir([
        "deadlined.yaml": """
        settings:
          language: en
          watch: true
        include: [conf.d/*.yaml]
        """,
        // Another drop-in stays: an include that matches no file is an error.
        "conf.d/tp.yaml": """
        assignments:
          - id: stays
            agency: "Sở Tư pháp"
            task: "Làm sạch dữ liệu"
            due: 2/1/2024
        """,
        "conf.d/tc.yaml": """
        assignments:
          - id: moved
            agency: "Sở Tài chính"
            task: "Cấp kinh phí"
            due: 3/1/2024
        """,
    ])
    defer { dir.cleanup() }
    let state = dir.path("state"), err = dir.path("daemon.err")
    try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: err, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
    let p = Process()
    p.executableURL = exe
    p.arguments = ["run", "--config", dir.main, "--state-dir", state, "--log-target", "console"]
    var env = ProcessInfo.processInfo.environment
    for k in [
        "NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "JOURNAL_STREAM", "RUNTIME_DIRECTORY", "STATE_DIRECTORY",
    ] { env[k] = nil }
    p.environment = env
    p.standardOutput = FileHandle.nullDevice
    p.standardError = handle
    p.standardInput = FileHandle.nullDevice
    try p.run()
    defer {
        if p.isRunning { kill(p.processIdentifier, SIGKILL) }
        try? handle.close()
    }
    func log() -> String { (try? String(contentsOfFile: err, encoding: .utf8)) ?? "" }
    /// The start-up load and the reloads applied.
    func loads() -> Int {
        log().components(separatedBy: "] config: Loaded ").count
            + log().components(separatedBy: "] config: Reloaded ").count - 2
    }
    func waitFor(_ what: () -> Bool) -> Bool {
        for _ in 0..<200 {
            if what() { return true }
            usleep(50_000)
        }
        return false
    }
    try #require(waitFor { log().contains("[moved]") && log().contains("[stays]") }, "\(log())")

    let file = dir.path("conf.d/tc.yaml"), away = dir.path("tc.yaml.away")
    try FileManager.default.moveItem(atPath: file, toPath: away)
    try #require(waitFor { loads() >= 2 }, "no reload after the drop-in went: \(log())")
    try FileManager.default.moveItem(atPath: away, toPath: file)
    try #require(waitFor { loads() >= 3 }, "no reload after the drop-in came back: \(log())")
    // Whatever the reload would send has been sent by the time it logs its load; a little more
    // time all the same.
    usleep(500_000)
    kill(p.processIdentifier, SIGTERM)
    p.waitUntilExit()
    let lines = log().split(separator: "\n")
    #expect(lines.filter { $0.hasSuffix("[moved]") && $0.contains("] escalated: ") }.count == 1, "\(log())")
    #expect(lines.filter { $0.hasSuffix("[stays]") && $0.contains("] escalated: ") }.count == 1, "\(log())")
}
