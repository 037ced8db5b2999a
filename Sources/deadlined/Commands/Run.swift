import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import DeadlinedSystem
import Foundation

extension LogTarget: ExpressibleByArgument {}

/// `--state-dir`, else `$STATE_DIRECTORY` (systemd may list several, ':'-separated; the first
/// is ours), else /var/lib/deadlined.
func stateDirectory(_ option: String?) -> String {
    option ?? systemdDirectory("STATE_DIRECTORY") ?? "/var/lib/deadlined"
}

/// The first of the directories systemd passes in `variable` (RuntimeDirectory=, ...).
func systemdDirectory(_ variable: String) -> String? {
    ProcessInfo.processInfo.environment[variable]?.split(separator: ":").first.map(String.init)
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon (the default): alert through the journal when deadlines come and pass.")

    @OptionGroup var options: ConfigOptions

    @Option(
        help: ArgumentHelp(
            "Where the ledger of sent alerts lives (default: $STATE_DIRECTORY, else /var/lib/deadlined).",
            valueName: "dir"))
    var stateDir: String?

    @Option(help: "journal, console or auto (the journal when running under it).")
    var logTarget: LogTarget = .auto

    func run() throws {
        let state = stateDirectory(stateDir)
        // Before anything is sent: one daemon per state directory (the lock is held until the
        // process exits), and only a directory no one else can write.
        if case .failure(let refused) = StateDirectory.claim(state) {
            Console.error("deadlined: \(refused.message)")
            throw ExitCode(refused.status)
        }
        Memory.oneArena()
        let daemon = Daemon(
            options: DaemonOptions(
                configPath: options.config, stateDirectory: state,
                runtimeDirectory: systemdDirectory("RUNTIME_DIRECTORY"), target: logTarget))
        if let code = daemon.start() {
            Console.error("deadlined: \(options.config): invalid configuration, not starting")
            throw ExitCode(code)
        }
        daemon.run()
    }
}

struct Reload: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reload",
        abstract: "Ask the running daemon to reload, and wait until it has applied or rejected the configuration.",
        discussion: """
            Used as the unit's ExecReload=; by hand: deadlined reload --pid "$(systemctl show -p MainPID --value deadlined)". \
            Exits 0 when the new configuration was applied, 1 when it was rejected (the first error is printed), \
            the process could not be signalled or did not answer in time.
            """)

    @Option(help: ArgumentHelp("The daemon's process id ($MAINPID).", valueName: "pid"))
    var pid: Int32

    @Option(
        help: ArgumentHelp(
            "The daemon's state directory (where a daemon outside systemd records the outcome).", valueName: "dir"))
    var stateDir: String?

    @Option(help: ArgumentHelp("Seconds to wait for the daemon.", valueName: "seconds"))
    var timeout: Double = 30

    func validate() throws {
        // kill(0) and kill(-1) signal the caller's process group and every process: `systemctl
        // show -p MainPID` prints 0 when the service is stopped.
        guard pid > 0 else {
            throw ValidationError("--pid: expected the daemon's process id, not \(pid) (is the service running?)")
        }
        guard timeout.isFinite, timeout > 0, timeout <= 86400 else {
            throw ValidationError("--timeout: expected seconds between 0 and 86400, not \(timeout)")
        }
    }

    func run() throws {
        // Another program's process is not sent SIGHUP (which would end most of them).
        if case .success(let comm) = FileSource().read("/proc/\(pid)/comm", maxSize: 4096) {
            let name = String(decoding: comm, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard name == "deadlined" else {
                say("deadlined: process \(pid) is '\(name)', not deadlined; not signalled")
                throw ExitCode(1)
            }
        }
        let state = stateDirectory(stateDir)
        let directories = ReloadClient.directories(
            pid: pid, runtime: systemdDirectory("RUNTIME_DIRECTORY"), state: state)
        let outcome = ReloadClient(directories: directories).reload(pid: pid, timeout: timeout)
        switch outcome {
        case .applied(let m):
            tell("deadlined: \(m)")
        case .rejected(let m):
            say("deadlined: reload rejected, the previous configuration stays in force: \(m)")
            throw ExitCode(1)
        case .failed(let m):
            say("deadlined: \(m)")
            throw ExitCode(1)
        }
    }
}
