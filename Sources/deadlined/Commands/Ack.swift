import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import DeadlinedSystem
import Foundation

struct AckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack",
        abstract: "Record that an overdue item has been followed up: its repeats stay quiet until a date.",
        discussion: """
            Writes acks.yaml beside the main configuration; the daemon sees the change and reloads.
            Repeats resume by themselves after --until. An acknowledgement never hides an item from 'report'.
            """)

    @OptionGroup var options: ConfigOptions

    @Argument(help: "The item id, as 'deadlined list' shows it.", completion: Completion.itemIDs)
    var id: String

    @Option(help: ArgumentHelp("Quiet until then (a date such as 30/11/2026, or a date and time).", valueName: "when"))
    var until: String?

    @Option(help: ArgumentHelp("What was done (\"đã đôn đốc, chờ báo cáo\").", valueName: "text"))
    var note: String?

    @Flag(help: "Remove the acknowledgement instead.")
    var clear = false

    func validate() throws {
        if !clear, until == nil { throw ValidationError("give --until WHEN (or --clear)") }
    }

    func run() throws {
        let (cfg, _) = try options.load(quietWarnings: true)
        guard cfg.items.contains(where: { $0.id == id }) else {
            let near = Text.suggestion(for: id, among: cfg.items.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
            throw usageError("no tracked item has the id '\(id)'\(near)")
        }
        let path = ConfigLoader.acksPath(for: options.config)
        let dir = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        // One writer at a time, and each one reads the file under the lock: 40 acks at once
        // otherwise lost each other's entries.
        let lock = try lockAcks(path, in: dir)
        defer { lock.release() }
        // Under the lock no other ack writes here: what a crash left behind can go.
        removeStaleTemporaries(of: AckCommand.fileName(path), in: dir)
        var file: AckFile
        switch AckFile.read(path, source: FileSource()) {
        case .success(let f): file = f
        case .failure(let broken):
            Console.error(
                broken.renderedDiagnostics(in: cliLanguage, colour: Console.colours(2, choice: options.color)))
            throw ExitCode(exitConfig)
        }
        if clear {
            if !file.remove(id) { tell("deadlined: '\(id)' had no acknowledgement") }
        } else if let until {
            let end: Int64
            switch DueGrammar.instant(until, in: cfg.settings.zone, atEnd: true) {
            case .success(let t): end = t
            case .failure(let e): throw usageError("--until: \(e.message)")
            }
            let clock = Int64(Date().timeIntervalSince1970)
            if end <= clock {
                say(
                    "deadlined: warning: --until \(until) is already past; the acknowledgement quiets nothing")
            }
            let now = cfg.settings.zone.iso8601(clock)
            let who = ProcessInfo.processInfo.environment["SUDO_USER"] ?? ProcessInfo.processInfo.environment["USER"]
            file.set(AckFile.Entry(id: id, until: until, note: note, by: who, at: now))
        }
        if let problem = writeAtomically(file.rendered(), to: path, directory: dir, mode: 0o644) {
            say("deadlined: \(problem)")
            throw ExitCode(1)
        }
        tell(
            clear
                ? "deadlined: '\(id)' is no longer acknowledged (\(path))"
                : "deadlined: '\(id)' acknowledged until \(until ?? "") (\(path))")
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// How long `ack` waits for another `ack` to finish writing.
    static let lockWait = 30.0

    /// Takes the lock of acks.yaml (`acks.yaml.lock` beside it), waiting for another writer.
    func lockAcks(_ path: String, in dir: String) throws -> FileLock {
        let name = AckCommand.fileName(path) + ".lock"
        switch FileLock.acquire(name, in: dir, wait: AckCommand.lockWait) {
        case .success(let lock):
            lock.recordOwner()
            return lock
        case .failure(.held(let pid)):
            let who = pid.map { "process \($0)" } ?? "another process"
            say(
                "deadlined: \(who) has held \(dir)/\(name) for \(Int(AckCommand.lockWait)) s; nothing was written, try again"
            )
            throw ExitCode(1)
        case .failure(.failed(let reason)):
            say("deadlined: cannot lock \(path) for writing: \(reason); nothing was written")
            throw ExitCode(1)
        }
    }
}
