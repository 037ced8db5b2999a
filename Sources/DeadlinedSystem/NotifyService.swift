import DeadlinedCore

#if canImport(Glibc)
import Glibc
#endif

/// The `deadlined notify` service: reads alerts from the journal, batches them per agency,
/// hands each mail to the relay and saves the journal cursor only after the relay took it.
/// Killed at any moment, it sends again what was not yet saved: at least once, and every
/// copy of a mail carries the same Message-ID.
public final class NotifyService {
    let journal: NotifyJournal
    let composer: MailComposer
    let sender: SMTPSender
    let stateDirectory: String
    var queue: NotifyQueue
    var savedOnDisk: String?
    /// Recipients that already have the mail with this Message-ID (accepted or refused for
    /// good), so a retry after a failure goes only to the others.
    var done: [String: Set<String>] = [:]
    var failures = 0
    var retryAt: Int64 = 0
    var lastError: String?
    var sent = 0

    public init(journal: NotifyJournal, composer: MailComposer, sender: SMTPSender, stateDirectory: String) {
        self.journal = journal
        self.composer = composer
        self.sender = sender
        self.stateDirectory = stateDirectory
        savedOnDisk = NotifyCursorFile.load(stateDirectory: stateDirectory)
        queue = NotifyQueue(settings: composer.settings, zone: composer.zone, cursor: savedOnDisk)
    }

    /// Runs until killed; with `once`, until what the journal holds now is sent (0), or a
    /// send failed (75, EX_TEMPFAIL). 1 when the journal cannot be read.
    public func run(once: Bool, fromStart: Bool) -> Int32 {
        switch journal.seek(after: savedOnDisk, fromStart: fromStart) {
        case .cursorGone:
            log(
                LOG_WARNING,
                "The saved journal cursor is no longer in the journal (rotated or vacuumed); starting at the oldest entry, so some mails may be sent again"
            )
        case .tail:
            // Saved at once: a crash before the first mail must not skip what comes next.
            if savedOnDisk == nil, let c = journal.cursor() { save(c) }
        case .resumed, .head:
            break
        }
        Sys.notify("READY=1")
        while true {
            do {
                while let e = try journal.next() { queue.add(e) }
            } catch {
                log(LOG_ERR, "Cannot read the journal, stopping: \(error)")
                return 1
            }
            if let c = queue.savedCursor, c != savedOnDisk { save(c) }
            let now = Sys.now()
            if now >= retryAt { sendDue(once ? queue.pending : queue.due(now: now), now: now) }
            Sys.notify("STATUS=" + status())
            if once, queue.backlog == 0 { return 0 }
            if once, failures > 0 { return 75 }
            var wake = queue.nextDue(now: now) ?? now + 3600
            if failures > 0 { wake = max(wake, retryAt) }
            journal.wait(seconds: Double(min(max(wake - now, 1), 3600)))
        }
    }

    func sendDue(_ batches: [NotifyBatch], now: Int64) {
        for b in batches {
            guard let mail = composer.compose(b, now: now) else {
                log(
                    LOG_WARNING,
                    "No mail address for \(b.agency.map { Text.oneLine($0) } ?? "the overall digest") and no notify.cc: \(b.entries.count) entries not mailed"
                )
                handled(b)
                continue
            }
            var got = done[mail.messageID] ?? []
            for r in mail.recipients where !got.contains(r) {
                switch sender.send(mail, to: r) {
                case .accepted:
                    got.insert(r)
                case .refused(let code, let reason):
                    log(
                        LOG_ERR,
                        "The relay refused recipient \(r) (\(code)) for \(mail.messageID): \(Text.oneLine(reason)); not retried"
                    )
                    got.insert(r)
                case .failed(let reason):
                    done[mail.messageID] = got
                    failures += 1
                    lastError = Text.oneLine(reason)
                    let wait = notifyBackoff(failures: failures)
                    retryAt = now + wait
                    log(
                        LOG_WARNING,
                        "Cannot hand \(mail.messageID) to \(composer.settings.relay): \(Text.oneLine(reason)); retrying in \(wait) s, \(queue.backlog) entries waiting"
                    )
                    return
                }
            }
            done[mail.messageID] = nil
            failures = 0
            lastError = nil
            sent += 1
            log(
                LOG_INFO,
                "Sent \(mail.messageID) to \(mail.recipients.joined(separator: ", ")): \(b.items.count) items for \(b.agency.map { Text.oneLine($0) } ?? "all agencies")"
            )
            handled(b)
        }
    }

    func handled(_ b: NotifyBatch) {
        if let c = queue.handled(b) { save(c) }
    }

    func save(_ c: String) {
        if let why = NotifyCursorFile.save(c, stateDirectory: stateDirectory) {
            log(LOG_ERR, "Cannot save the journal cursor in \(stateDirectory): \(why); will try again")
        } else {
            savedOnDisk = c
        }
    }

    /// One line for `STATUS=`.
    func status() -> String {
        var s = "\(queue.backlog) entries waiting, \(sent) mails sent"
        if let e = lastError { s += ", last error: " + Text.truncate(e, to: 200) }
        return s
    }

    /// A line on standard error with its syslog priority prefix, which journald reads when
    /// systemd connected standard error to it.
    func log(_ priority: Int32, _ message: String) {
        let underJournal = getenv("JOURNAL_STREAM") != nil
        Console.error((underJournal ? "<\(priority)>" : "") + message)
    }
}
