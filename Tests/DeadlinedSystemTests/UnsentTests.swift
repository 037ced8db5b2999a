import DeadlinedCore
import Foundation
import Testing

@testable import DeadlinedSystem

private func stateDir() throws -> String {
    let path = NSTemporaryDirectory() + "deadlined-unsent-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// A journal that refuses entries until told to take them, and keeps whole alerts.
final class RecordingSink: AlertSink, @unchecked Sendable {
    let lock = NSLock()
    var accepting: Bool
    var taken: [Alert] = []

    init(accepting: Bool) { self.accepting = accepting }

    func send(_ alert: Alert, code: CodePosition) -> Bool {
        lock.withLock {
            guard accepting else { return false }
            taken.append(alert)
            return true
        }
    }

    func accept() { lock.withLock { accepting = true } }
    var alerts: [Alert] { lock.withLock { taken } }
}

private func overdue(_ n: Int) -> [Alert] {
    (1...n).map {
        Alert(
            kind: .overdue, priority: .err, message: "Quá hạn \($0): Sở Tài chính",
            fields: [("DEADLINED_ID", "kh-\($0)"), ("DEADLINED_TASK", "two\nlines,\ta tab, a \\ and \\n")])
    }
}

private func options(_ dir: String) -> DaemonOptions {
    var o = DaemonOptions(configPath: "/nonexistent/deadlined.yaml", stateDirectory: dir, target: .console)
    // No retry during the test: the process is "killed" with the entries still waiting.
    o.retryDelay = .seconds(3600)
    return o
}

/// journald refuses, the daemon is killed (SIGKILL: nothing more runs), and the next start
/// sends what was refused, whole and in order, once.
@Test func entriesTheJournalRefusedAreSentAfterACrash() throws {
    let dir = try stateDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let alerts = overdue(3)
    let refusing = RecordingSink(accepting: false)
    let killed = Daemon(options: options(dir), sink: refusing)
    killed.queue.sync {
        killed.emit(Array(alerts[0..<2]))
        killed.emit(Array(alerts[2...]))
    }
    #expect(refusing.alerts.isEmpty)

    let journal = RecordingSink(accepting: true)
    let restarted = Daemon(options: options(dir), sink: journal)
    // (No configuration: the start fails after sending what was held, then the rejection.)
    #expect(restarted.start() == 78)
    #expect(journal.alerts.first?.message == "Sending 3 journal entries the journal refused before the daemon stopped")
    let taken = journal.alerts.filter { $0.kind != .log }
    // Each as emitted, with the office it was written for (no configuration: the host name).
    #expect(Array(taken.prefix(3)) == alerts.map { $0.stamped(office: Sys.hostName()) })
    #expect(taken.dropFirst(3).contains { $0.kind == .configRejected })

    // Sent once: a third start has nothing left to send.
    let again = RecordingSink(accepting: true)
    #expect(Daemon(options: options(dir), sink: again).start() == 78)
    #expect(!again.alerts.contains { $0.kind == .overdue })
}

/// Entries sent late while the daemon runs are not sent again after a restart.
@Test func entriesSentLateAreNotSentAgainAfterARestart() throws {
    let dir = try stateDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let sink = RecordingSink(accepting: false)
    let daemon = Daemon(options: options(dir), sink: sink)
    daemon.queue.sync { daemon.emit(overdue(4)) }
    sink.accept()
    daemon.queue.sync { daemon.retryUnsent() }
    #expect(sink.alerts.filter { $0.kind == .overdue }.count == 4)

    let next = RecordingSink(accepting: true)
    #expect(Daemon(options: options(dir), sink: next).start() == 78)
    #expect(!next.alerts.contains { $0.kind == .overdue })
}

/// STATUS= says the journal is refusing and how many wait, and stops saying so once they are sent.
@Test func statusShowsEntriesWaitingForTheJournal() throws {
    let dir = try stateDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let sink = RecordingSink(accepting: false)
    let daemon = Daemon(options: options(dir), sink: sink)
    daemon.queue.sync { daemon.emit(overdue(3)) }
    let refusing = daemon.queue.sync { daemon.status(now: 1_800_000_000) }
    #expect(refusing.hasSuffix("journal refusing entries: 3 waiting"))
    sink.accept()
    let after = daemon.queue.sync {
        daemon.retryUnsent()
        return daemon.status(now: 1_800_000_000)
    }
    #expect(!after.contains("journal refusing"))
}

/// With a configuration loaded, the note joins the counts, in the configured language.
@Test(arguments: [(Language.en, "journal refusing entries: 2 waiting"), (.vi, "journald từ chối nhận: 2 mục đang chờ")])
func statusWithAConfigurationNamesTheWaitingEntries(_ language: Language, _ note: String) throws {
    let dir = try stateDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let daemon = Daemon(options: options(dir), sink: RecordingSink(accepting: false))
    var settings = Settings()
    settings.language = language
    let status = daemon.queue.sync {
        daemon.engine = Engine(config: Config(settings: settings), ledger: Ledger(), now: 1_800_000_000)
        daemon.emit(overdue(2))
        return daemon.status(now: 1_800_000_000)
    }
    #expect(status.hasSuffix("; " + note))
    #expect(status.hasPrefix(language == .en ? "0 items" : "0 việc"))
}

/// The file format: awkward text comes back exactly, `@sent` lines consume from the head, a
/// line cut by a crash is skipped and counted.
@Test func unsentFileRoundTripsAndSkipsATornLine() throws {
    let dir = try stateDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let file = UnsentFile(directory: dir)
    let code = CodePosition(file: "DeadlinedSystem/Daemon.swift", line: 42, function: "wake(saving:)")
    let alerts =
        overdue(5) + [
            Alert(kind: .digest, priority: .info, message: "a\\tb\\\\n\r", fields: [("DEADLINED_X", "=x=\t")])
        ]
    #expect(file.append(alerts.map { ($0, code) }) == nil)
    #expect(file.consumed(2) == nil)
    var (held, problem) = file.load()
    #expect(problem == nil)
    #expect(held.map(\.0) == Array(alerts.dropFirst(2)))
    #expect(held.first?.1.function == "wake(saving:)")
    #expect(held.first?.1.line == 42)
    // A crash in mid-write leaves a line without its newline.
    let handle = try #require(FileHandle(forWritingAtPath: file.path))
    handle.seekToEndOfFile()
    handle.write(Data("overdue\t3\tx".utf8))
    handle.closeFile()
    (held, problem) = file.load()
    #expect(held.count == 4)
    #expect(problem == "\(file.path): 1 damaged line skipped")
    file.clear()
    #expect(file.load().0.isEmpty)
}
