import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `deadlined reload` run by hand against a daemon in the foreground: it finds where the
/// daemon records the outcome (here its RUNTIME_DIRECTORY, which the caller does not have)
/// and exits 0 when applied, 1 with the first error when rejected.
@Test(.timeLimit(.minutes(1)))
func reloadByHandFindsTheDaemonsRuntimeDirectoryAndNamesTheFirstError() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let runtime = dir.path("run"), state = dir.path("state")
    try FileManager.default.createDirectory(atPath: runtime, withIntermediateDirectories: true)
    let daemon = try DaemonProcess(config: dir.main, state: state, runtime: runtime, outputIn: dir.url.path)
    // Loaded (its signal handlers are in place before the first load is logged).
    try #require(
        daemon.waitFor("Loaded ", seconds: 10), "the daemon did not log its first load: \(daemon.log)")

    func reload() throws -> Run {
        // Not given the runtime directory, and pointed at another state directory.
        try deadlined([
            "reload", "--pid", String(daemon.pid), "--state-dir", dir.path("elsewhere"), "--timeout",
            "20",
        ])
    }
    let applied = try reload()
    #expect(applied.status == 0, "\(applied.stderr)")
    #expect(applied.stdout == "deadlined: reloaded\n")

    try Data("settings:\n  language: en\ndirectives: [\n".utf8).write(to: URL(fileURLWithPath: dir.main))
    let rejected = try reload()
    #expect(rejected.status == 1)
    #expect(
        rejected.stderr.hasPrefix(
            "deadlined: reload rejected, the previous configuration stays in force: 1 error; the first: \(dir.main):"))
    #expect(rejected.stderr.contains("(deadlined check --config \(dir.main) shows all)"), "\(rejected.stderr)")
    #expect(daemon.process.isRunning)
    #expect(daemon.stop() == 0)
}

@Test func reloadRefusesPidsThatWouldSignalOtherProcesses() throws {
    // `systemctl show -p MainPID --value` prints 0 for a stopped service: kill(0) would hang
    // up the caller's whole process group, kill(-1) every process.
    for pid in ["0", "-1"] {
        let r = try deadlined(["reload", "--pid=\(pid)"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--pid: expected the daemon's process id, not \(pid)"))
    }
    for timeout in ["nan", "inf", "0", "-3"] {
        #expect(try deadlined(["reload", "--pid", "1", "--timeout=\(timeout)"]).status == 64)
    }
    // Another program's process is not sent SIGHUP.
    let sleeper = Process()
    sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
    sleeper.arguments = ["30"]
    try sleeper.run()
    defer { sleeper.terminate() }
    let r = try deadlined(["reload", "--pid", String(sleeper.processIdentifier), "--timeout", "1"])
    #expect(r.status == 1)
    #expect(r.stderr == "deadlined: process \(sleeper.processIdentifier) is 'sleep', not deadlined; not signalled\n")
    #expect(sleeper.isRunning)
}
