import DeadlinedCore
import Dispatch
import Logging

/// Entries journald refused (it was down or restarting): held, on disk too, and sent again
/// oldest first until it takes them. The entries are held in `Daemon` (`unsent`), on its
/// queue; when to retry and what STATUS= says about them is `DaemonMachine`'s.
extension Daemon {
    /// Sends alerts; the source position defaults to the caller's (CODE_FILE, CODE_LINE).
    func emit(_ alerts: [Alert], file: String = #fileID, line: UInt = #line, function: String = #function) {
        let code = CodePosition(file: file, line: line, function: function)
        let office = engine?.config.settings.office ?? host
        let alerts = alerts.map { $0.stamped(office: office) }
        // Behind entries still waiting, to keep the order.
        if !unsent.isEmpty {
            hold(alerts.map { ($0, code) })
            return
        }
        for (i, a) in alerts.enumerated() {
            if !sink.send(a, code: code) {
                hold(alerts[i...].map { ($0, code) })
                return
            }
        }
    }

    func hold(_ entries: [(Alert, CodePosition)]) {
        unsent += entries
        // On disk before the ledger that counts them as sent is saved.
        if !entries.isEmpty { noteUnsentFile(unsentFile.append(entries)) }
        let now = clock.now()
        for action in machine.journalRefused(waiting: unsent.count) { perform(action, now: now) }
    }

    /// Drops the oldest held entries, beyond `DaemonMachine.heldLimit`.
    func dropOldest(_ over: Int) {
        unsent.removeFirst(over)
        unsentDropped += over
        noteUnsentFile(unsentFile.consumed(over))
    }

    /// Sends what journald refused, oldest first, stopping at the first refusal.
    func retryUnsent() {
        machine.retryDue()
        var sent = 0
        for (a, code) in unsent {
            guard sink.send(a, code: code) else { break }
            sent += 1
        }
        unsent.removeFirst(sent)
        if unsent.isEmpty { unsentFile.clear() } else { noteUnsentFile(unsentFile.consumed(sent)) }
        let now = clock.now()
        for action in machine.journalAccepted(
            sent: sent, waiting: unsent.count, now: now, monotonic: clock.monotonicSeconds())
        {
            perform(action, now: now)
        }
        if unsent.isEmpty, unsentDropped > 0 || sent > 0 {
            logger.warning(
                "The journal refused entries for a while; \(sent) were sent late\(unsentDropped > 0 ? ", \(unsentDropped) older ones were dropped (more than \(Daemon.unsentLimit) waiting)" : "")"
            )
            unsentDropped = 0
        }
    }

    /// Warns once when the entries held for journald cannot be kept on disk (they are still
    /// held in memory).
    func noteUnsentFile(_ problem: String?) {
        if let problem, !unsentFileWarned {
            logger.warning(
                "Failed to keep the entries the journal refused on disk, holding them in memory only: \(problem)")
        }
        unsentFileWarned = problem != nil
    }

    /// Sends the entries journald refused before the daemon last stopped (or was killed).
    func sendHeldEntries() {
        let (held, problem) = unsentFile.load()
        if let problem { logger.warning("\(problem)") }
        guard !held.isEmpty else {
            unsentFile.clear()
            return
        }
        logger.notice("Sending \(held.count) journal entries the journal refused before the daemon stopped")
        unsent = held
        retryUnsent()
    }
}
