import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import DeadlinedSystem
import Foundation

/// `deadlined notify`: mails each agency its alerts, read back from the journal.
struct NotifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "Follow deadlined's alerts in the journal and mail each agency its items (the notify: section).",
        discussion: """
            Runs as deadlined-notify.service: the cursor of the last entry the relay accepted is \
            saved in the state directory, so nothing is lost across restarts and a mail may at \
            worst go twice, with the same Message-ID. With --once, send what the journal holds \
            and exit (75 when the relay failed). With --dry-run --once, print the mails the entries in the journal would make (RFC 5322, \
            as sent, each after a '# envelope:' line naming its recipients) and exit; nothing is \
            sent and no cursor is saved.
            """)

    @OptionGroup var options: ConfigOptions

    @Flag(help: "Print the mails instead of sending them.")
    var dryRun = false

    @Flag(help: "Handle what the journal holds now, then exit.")
    var once = false

    @Flag(help: "Without a saved cursor, start at the oldest entry rather than after the newest.")
    var fromStart = false

    @Option(
        name: [.customLong("journal"), .customLong("journal-directory")],
        help: ArgumentHelp(
            "Read the journal files in this directory (at the centre: /var/log/journal/remote).", valueName: "dir"))
    var journalDirectory: String?

    @Option(help: ArgumentHelp("Read this journal file (may be repeated).", valueName: "file"))
    var journalFile: [String] = []

    @Option(
        help: ArgumentHelp(
            "Where the cursor lives (default: $STATE_DIRECTORY, else /var/lib/deadlined-notify).",
            valueName: "dir"))
    var stateDir: String?

    @Option(help: ArgumentHelp("The time for the Date header of --dry-run (as for list --at).", valueName: "time"))
    var at: String?

    func validate() throws {
        if dryRun, !once { throw ValidationError("--dry-run goes with --once") }
        if journalDirectory != nil, !journalFile.isEmpty {
            throw ValidationError("give --journal or --journal-file, not both")
        }
        if at != nil, !dryRun { throw ValidationError("--at is for --dry-run") }
    }

    func run() throws {
        let (cfg, _) = try options.load(quietWarnings: true)
        guard let settings = cfg.settings.notify else {
            Console.error("deadlined: \(options.config) has no 'notify:' section; there is nothing to send")
            throw ExitCode(exitConfig)
        }
        let state = stateDir ?? systemdDirectory("STATE_DIRECTORY") ?? "/var/lib/deadlined-notify"
        let source: NotifyJournal.Source =
            journalDirectory.map { .directory($0) } ?? (journalFile.isEmpty ? .local : .files(journalFile))
        let journal: NotifyJournal
        do {
            journal = try NotifyJournal(source)
            try journal.match(Array(settings.kinds))
        } catch {
            Console.error("deadlined: cannot read the journal: \(error)")
            throw ExitCode(1)
        }
        if !dryRun { try send(cfg, settings, journal: journal, state: state) }
        let saved = NotifyCursorFile.load(stateDirectory: state)
        if journal.seek(after: saved, fromStart: true) == .cursorGone {
            Console.error("deadlined: the saved cursor is no longer in the journal; starting at the oldest entry")
        }
        var queue = NotifyQueue(settings: settings, zone: cfg.settings.zone, cursor: saved)
        do {
            while let e = try journal.next() { queue.add(e) }
        } catch {
            Console.error("deadlined: cannot read the journal: \(error)")
            throw ExitCode(1)
        }
        let now = try instant(at, zone: cfg.settings.zone)
        let composer = composer(cfg, settings)
        var out = ""
        for batch in queue.pending {
            guard let mail = composer.compose(batch, now: now) else {
                Console.error(
                    "deadlined: no address for \(batch.agency ?? "the overall digest") and no notify.cc; "
                        + "\(batch.entries.count) entries not mailed")
                continue
            }
            out += "# envelope: " + mail.recipients.joined(separator: ", ") + "\r\n" + mail.text
        }
        print(out, terminator: "")
        finished()
    }

    func composer(_ cfg: Config, _ settings: NotifySettings) -> MailComposer {
        MailComposer(
            settings: settings, zone: cfg.settings.zone, language: cfg.settings.language,
            directory: AgencyBook(registry: cfg.agencies), config: cfg)
    }

    /// The service: sends for real, until killed (or, with --once, until the journal's
    /// entries are handed over).
    func send(_ cfg: Config, _ settings: NotifySettings, journal: NotifyJournal, state: String) throws -> Never {
        // main.swift blocks SIGTERM for the daemon's signal sources; this loop has none, and
        // dying anywhere is safe because the cursor is saved only after the relay accepted.
        Sys.unblockStopSignals()
        let password: String?
        switch SMTPSender.password(settings, credentials: systemdDirectory("CREDENTIALS_DIRECTORY")) {
        case .success(let p): password = p
        case .failure(let e):
            Console.error("deadlined: \(e)")
            throw ExitCode(exitConfig)
        }
        let service = NotifyService(
            journal: journal, composer: composer(cfg, settings),
            sender: SMTPSender(settings: settings, password: password),
            stateDirectory: state)
        service.office = cfg.settings.officeName(host: Sys.hostName())
        Foundation.exit(service.run(once: once, fromStart: fromStart))
    }
}
