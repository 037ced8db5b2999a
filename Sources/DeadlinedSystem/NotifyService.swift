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
    /// Per mail being sent, the recipients the relay refused: not named as sent.
    var refusedBy: [String: Set<String>] = [:]
    var failures = 0
    var retryAt: Int64 = 0
    var lastError: String?
    var sent = 0
    /// DEADLINED_OFFICE of notify's own entries: `settings.office`, else the host name.
    public var office = Sys.hostName()

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
            report(
                .cursorGone,
                "The saved journal cursor is no longer in the journal (rotated or vacuumed); starting at the oldest entry, so some mails may be sent again",
                NotifyEvent.fields(.cursorGone))
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
                let who = b.agency.map { Text.oneLine($0) } ?? "the overall digest"
                report(
                    .unaddressed, "No mail address for \(who) and no notify.cc: \(b.entries.count) entries not mailed",
                    NotifyEvent.fields(.unaddressed, agency: who, count: b.entries.count))
                handled(b)
                continue
            }
            var got = done[mail.messageID] ?? []
            var refused = refusedBy[mail.messageID] ?? []
            for r in mail.recipients where !got.contains(r) {
                switch sender.send(mail, to: r) {
                case .accepted:
                    got.insert(r)
                case .refused(let code, let reason):
                    report(
                        .refused,
                        "The relay refused recipient \(r) (\(code)) for \(mail.messageID): \(Text.oneLine(reason)); not retried",
                        NotifyEvent.fields(
                            .refused, messageID: mail.messageID, recipient: r, reason: "\(code) \(reason)"))
                    got.insert(r)
                    refused.insert(r)
                case .failed(let reason):
                    done[mail.messageID] = got
                    refusedBy[mail.messageID] = refused
                    failures += 1
                    lastError = Text.oneLine(reason)
                    let wait = notifyBackoff(failures: failures)
                    retryAt = now + wait
                    report(
                        .failed,
                        "Cannot hand \(mail.messageID) to \(composer.settings.relay): \(Text.oneLine(reason)); retrying in \(wait) s, \(queue.backlog) entries waiting",
                        NotifyEvent.fields(
                            .failed, messageID: mail.messageID, relay: composer.settings.relay, reason: reason,
                            count: queue.backlog, retryIn: wait))
                    return
                }
            }
            done[mail.messageID] = nil
            refusedBy[mail.messageID] = nil
            failures = 0
            lastError = nil
            // Every recipient refused: each refusal is logged already, and nothing was sent.
            let accepted = mail.recipients.filter { !refused.contains($0) }
            guard !accepted.isEmpty else {
                handled(b)
                continue
            }
            sent += 1
            let to = accepted.joined(separator: ", ")
            let n = b.items.count
            report(
                .sent,
                "Sent \(mail.messageID) to \(to): \(n) item\(n == 1 ? "" : "s") for \(b.agency.map { Text.oneLine($0) } ?? "all agencies")",
                NotifyEvent.fields(.sent, messageID: mail.messageID, recipient: to, count: b.items.count))
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

    /// An entry with the event's MESSAGE_ID and fields when systemd connected us to the
    /// journal (JOURNAL_STREAM), else a line on standard error.
    func report(_ e: NotifyEvent, _ message: String, _ fields: [(String, String)]) {
        guard getenv("JOURNAL_STREAM") != nil else { return Console.error(message) }
        let sent = JournalSink.sendv(
            [
                ("MESSAGE", Text.oneLine(message)), ("PRIORITY", String(e.priority.rawValue)),
                ("SYSLOG_IDENTIFIER", "deadlined"), ("MESSAGE_ID", e.messageID),
            ] + fields + [(Snapshot.officeField, office)])
        if sent < 0 { log(e.priority.rawValue < Priority.warning.rawValue ? LOG_ERR : LOG_INFO, message) }
    }

    /// A line on standard error with its syslog priority prefix, which journald reads when
    /// systemd connected standard error to it.
    func log(_ priority: Int32, _ message: String) {
        let underJournal = getenv("JOURNAL_STREAM") != nil
        Console.error((underJournal ? "<\(priority)>" : "") + message)
    }
}
