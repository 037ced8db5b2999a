import DeadlinedCore

/// What the daemon decides (what is due, when to wake next, when to reload and whether a
/// reload made the next year of recurring duties), apart from carrying it out: events in,
/// actions out, no I/O and no clock (each event brings its time). `Daemon` feeds it on its
/// queue and performs what it returns, in order.
struct DaemonMachine {
    enum Action: Equatable {
        /// Send these alerts; the ledger already counts them.
        case emit([Alert])
        /// The ledger changed: it is to be saved.
        case ledgerChanged
        /// Arm the wake-up timer at this wall-clock second (`Int64.max`: nothing to wait for).
        case arm(at: Int64)
        /// Start decoding the configuration, for this reason (then `decodeStarted`).
        case startDecode(String)
        /// Send the entries journald refused again, after the retry delay.
        case scheduleRetry
        /// Drop this many of the oldest entries journald refused (more than `heldLimit` wait).
        case dropOldest(Int)
        /// Tell systemd this (`sd_notify`), e.g. "STATUS=...".
        case notify(String)
        /// Tell systemd the STATUS= line (`status(now:monotonic:)`) as it is when performed:
        /// after the alerts before it were sent, or held when journald refused them.
        case notifyStatus
        /// Stopping: one last attempt to send the entries journald refused (those it still
        /// refuses stay on disk for the next start).
        case sendHeldOnce
        /// Save the ledger now, changed or not.
        case saveLedger
        /// End the process with this status.
        case exit(Int32)
        /// Record the reload's outcome for `deadlined reload` (ExecReload=), which then returns.
        case writeReloadResult(ok: Bool, message: String)
    }

    /// Recurring duties are made a year ahead; this long before that runs out, more are made.
    static let horizonMargin: Int64 = 30 * 86400
    /// How long after a failed attempt to make more the next one is made.
    static let horizonRetry: Int64 = 86400
    static let horizonReason = "recurring duties: the next year of occurrences"

    /// The plan in force; nil until started.
    var engine: Engine?
    private(set) var reloads = ReloadRequests()
    /// While a reload making the next year of recurring duties runs: the horizon before it.
    private(set) var extendingFrom: Int64?
    /// When the last attempt to make the next year failed (a broken config): tried again a
    /// day later, or at the next reload, not at every wake.
    private(set) var horizonFailedAt: Int64?
    /// The most entries journald refused that are held; older ones are dropped.
    static let heldLimit = 200_000
    /// How many entries journald refused are held to be sent again (by `Daemon`, on disk too).
    private(set) var waiting = 0
    /// Whether a retry of the held entries is scheduled: one at a time.
    private(set) var retryScheduled = false
    /// The last reload's result for STATUS=, e.g. "nạp lại lỗi 20:15, giữ cấu hình cũ".
    var reloadNote: String?

    /// What makes each snapshot's id unique: a random number the daemon draws at start-up,
    /// and how many snapshots it wrote since.
    var snapshotSeed: UInt64 = 0
    private(set) var snapshotSerial = 0

    /// Started with the first configuration and the ledger read.
    mutating func started(_ engine: Engine) {
        self.engine = engine
    }

    /// The timer fired (or a reload or clock change asks for a wake): sends what is due, arms
    /// the next wake and updates STATUS=, unless the next year of recurring duties must be
    /// made first (the wake then follows that reload).
    mutating func timerFired(now: Int64, monotonic: Int64) -> [Action] {
        guard var e = engine else { return [] }
        if let horizon = e.config.horizon, now >= horizon - DaemonMachine.horizonMargin, extendingFrom == nil,
            horizonFailedAt.map({ now - $0 >= DaemonMachine.horizonRetry || now < $0 }) ?? true
        {
            extendingFrom = horizon
            return reloadRequested(DaemonMachine.horizonReason)
        }
        let alerts = e.tick(now: now, monotonic: monotonic)
        engine = e
        var sent: [Action] = alerts.isEmpty ? [] : [.emit(alerts), .ledgerChanged]
        if alerts.contains(where: { $0.kind == .digest }) { sent += snapshot(now: now, reason: .digest) }
        return sent + [
            .arm(at: e.nextWake(now: now, monotonic: monotonic)),
            .notifyStatus,
        ]
    }

    /// SIGHUP, a file change or the horizon: a decode starts now, or after the running one.
    mutating func reloadRequested(_ reason: String) -> [Action] {
        reloads.requested(reason) ? [.startDecode(reason)] : []
    }

    /// A decode ended; `config` is nil when it was rejected (the old one stays). The alerts
    /// the new plan resolves at once (nil when rejected).
    mutating func reloadDecoded(_ config: Config?, now: Int64) -> [Alert]? {
        guard var e = engine else { return nil }
        var resolved: [Alert]?
        if let config {
            resolved = e.replaceConfig(config, now: now)
            engine = e
            horizonFailedAt = nil
        }
        if let before = extendingFrom {
            if engine?.config.horizon == before { horizonFailedAt = now }
            extendingFrom = nil
        }
        return resolved
    }

    /// Whether another decode is queued behind the one that ended.
    var reloadQueued: Bool { reloads.queued != nil }

    /// A decode started at this CLOCK_MONOTONIC time: systemd is told RELOADING=1 with it
    /// (Type=notify-reload wants MONOTONIC_USEC= of the reload's start).
    func decodeStarted(monotonicMicroseconds: UInt64) -> [Action] {
        [.notify("RELOADING=1\nMONOTONIC_USEC=\(monotonicMicroseconds)")]
    }

    /// The configuration is in force (the first one, or a reload's) and the wake after it is
    /// done: systemd is told READY=1 with the new STATUS= line.
    func configInForce(now: Int64, monotonic: Int64) -> [Action] {
        [.notify("READY=1\nSTATUS=\(status(now: now, monotonic: monotonic))")]
    }

    /// A reload's outcome is known, after READY=1: recorded for `deadlined reload`, unless
    /// another decode is queued (a SIGHUP that came meanwhile may follow edits this one did
    /// not read, so `deadlined reload` waits for that one).
    func reloadSettled(ok: Bool, message: String) -> [Action] {
        reloadQueued ? [] : [.writeReloadResult(ok: ok, message: message)]
    }

    /// After a decode has been swapped in: the decode merged from requests that came meanwhile.
    mutating func reloadFinished() -> [Action] {
        reloads.finished().map { [.startDecode($0)] } ?? []
    }

    /// The wall clock was set: the ledger's records from the future, when there are some.
    mutating func clockChanged(now: Int64) -> FutureRecords? {
        guard var e = engine else { return nil }
        defer { engine = e }
        return e.clockChanged(now: now)
    }

    /// The digest due now (at start-up: what is open).
    mutating func digest(now: Int64) -> [Action] {
        guard var e = engine else { return [] }
        let alerts = e.digest(now: now)
        engine = e
        return [.emit(alerts), .ledgerChanged]
    }

    /// The office's counts at `now` (`Snapshot`), through the same path as alerts.
    mutating func snapshot(now: Int64, reason: SnapshotReason) -> [Action] {
        guard let e = engine else { return [] }
        snapshotSerial += 1
        let id = String(snapshotSeed, radix: 16) + "-" + String(snapshotSerial)
        return [
            .emit(
                Snapshot.entries(
                    e.config, now: now, reason: reason, id: id, office: e.config.settings.office ?? ""))
        ]
    }

    /// journald refused entries: `waiting` are held now. The oldest beyond `heldLimit` are
    /// dropped; a retry is scheduled unless one is.
    mutating func journalRefused(waiting: Int) -> [Action] {
        let over = max(0, waiting - DaemonMachine.heldLimit)
        self.waiting = waiting - over
        var actions: [Action] = over > 0 ? [.dropOldest(over)] : []
        if !retryScheduled {
            retryScheduled = true
            actions.append(.scheduleRetry)
        }
        return actions
    }

    /// The scheduled retry is due: the held entries are sent again now.
    mutating func retryDue() {
        retryScheduled = false
    }

    /// A retry sent `sent` held entries and `waiting` are still held: STATUS= shows the new
    /// count (or no longer says the journal refuses) when some went, and another retry is
    /// scheduled while some are left.
    mutating func journalAccepted(sent: Int, waiting: Int, now: Int64, monotonic: Int64) -> [Action] {
        self.waiting = waiting
        var actions: [Action] = []
        if sent > 0, engine != nil { actions.append(.notify("STATUS=\(status(now: now, monotonic: monotonic))")) }
        if waiting > 0 { actions += journalRefused(waiting: waiting) }
        return actions
    }

    /// The one STATUS= line: the counts, the next check, the last reload's result and the
    /// entries waiting for journald.
    func status(now: Int64, monotonic: Int64) -> String {
        let n = waiting
        guard let e = engine else { return n == 0 ? "starting" : "starting; journal refusing entries: \(n) waiting" }
        let c = e.statusCounts(now: now)
        let refusing =
            n == 0
            ? nil
            : Words(e.config.settings.language).pick(
                vi: "journald từ chối nhận: \(n) mục đang chờ", en: "journal refusing entries: \(n) waiting")
        let note = [reloadNote, refusing].compactMap { $0 }.joined(separator: "; ")
        return statusLine(
            overdue: c.overdue, dueSoon: c.dueSoon, items: e.config.countedCount(at: now) - e.cancelledItems,
            next: e.nextWake(now: now, monotonic: monotonic),
            reload: note.isEmpty ? nil : note, settings: e.config.settings)
    }

    /// SIGTERM (or SIGINT): tell systemd, try the held entries once more, save the ledger and
    /// exit 0.
    func stopRequested() -> [Action] {
        [.notify("STOPPING=1")] + (waiting > 0 ? [.sendHeldOnce] : []) + [.saveLedger, .exit(0)]
    }
}
