import DeadlinedConfig
import DeadlinedCore
import Dispatch
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// What the daemon is started with.
public struct DaemonOptions: Sendable {
    public var configPath: String
    public var stateDirectory: String
    /// Where the outcome of each reload is recorded for `deadlined reload`: systemd's
    /// RuntimeDirectory (/run/deadlined), apart from the state so a full or read-only state
    /// disk cannot make `systemctl reload` hang.
    public var runtimeDirectory: String
    public var target: LogTarget
    public var limits: Limits
    /// How long to wait before sending again what journald refused.
    public var retryDelay: DispatchTimeInterval = .seconds(5)

    public init(
        configPath: String, stateDirectory: String, runtimeDirectory: String? = nil, target: LogTarget,
        limits: Limits = Limits()
    ) {
        self.configPath = configPath
        self.stateDirectory = stateDirectory
        self.runtimeDirectory = runtimeDirectory ?? stateDirectory
        self.target = target
        self.limits = limits
    }
}

/// The running service: feeds events (timer fired, signal, clock changed, journald refusing
/// or taking entries, stop) to the pure `DaemonMachine` and carries out the actions it
/// returns, in order. Every piece of state is confined to `queue`.
public final class Daemon: @unchecked Sendable {
    let options: DaemonOptions
    let queue = DispatchQueue(label: "deadlined.main")
    let sink: any AlertSink
    let logger: Logger
    let store: LedgerStore
    let clock: any DaemonClock
    /// What is due, when to wake and when to reload: decided there, carried out here.
    var machine = DaemonMachine()
    /// The plan in force (the machine's).
    var engine: Engine? {
        get { machine.engine }
        set { machine.engine = newValue }
    }
    var timer: (any DispatchSourceTimer)?
    var watchdog: (any DispatchSourceTimer)?
    var signals: [any DispatchSourceSignal] = []
    var clockWatch: ClockWatch?
    var watcher: ConfigWatcher?
    /// The directories of the include patterns of the configuration in force, watched even
    /// when empty (see `ObservedSource.directories()`).
    var includeDirectories: [String] = []
    /// The last reload's result for STATUS= (the machine's).
    var reloadNote: String? {
        get { machine.reloadNote }
        set { machine.reloadNote = newValue }
    }
    var reloadGeneration = 0
    var ledgerDirty = false
    var ledgerWarned = false
    var reloadResultWarned = false
    /// Entries journald did not take (it was down or restarting): the ledger already counts
    /// them as sent, so they are sent again from here, oldest first, until it takes them.
    /// Kept in `unsentFile` too, so a crash meanwhile does not lose them.
    var unsent: [(Alert, CodePosition)] = []
    var unsentDropped = 0
    let unsentFile: UnsentFile
    var unsentFileWarned = false
    static let unsentLimit = DaemonMachine.heldLimit
    /// Where reloads decode, off `queue` (see `beginReload`); one decode at a time.
    let decodeQueue = DispatchQueue(label: "deadlined.decode")
    /// CLOCK_MONOTONIC µs when the last reload's decode started, for `deadlined reload`.
    var decodeStarted: UInt64 = 0
    /// Which reload's `trimLater` may give memory back (the last one's).
    var trimGeneration = 0

    /// `sink`: where entries go; by default the one `options.target` names.
    public init(options: DaemonOptions, sink: (any AlertSink)? = nil, clock: any DaemonClock = SystemClock()) {
        self.options = options
        self.clock = clock
        let sink = sink ?? options.target.sink()
        self.sink = sink
        var logger = Logger(label: "deadlined") { _ in SinkLogHandler(sink: sink) }
        logger.logLevel = .info
        self.logger = logger
        self.store = LedgerStore(directory: options.stateDirectory)
        self.unsentFile = UnsentFile(directory: options.stateDirectory)
    }

    /// Decoded files between reloads: a reload re-reads only the files that changed.
    let cache = ConfigCache()
    /// The office's name when `settings.office` gives none.
    let host = Sys.hostName()

    /// The configuration (its office named: `settings.office`, else the host name), and what
    /// the load looked at (see `rereadIfChanged`).
    func load() -> (LoadResult, ObservedSource) {
        let source = ObservedSource()
        var result = ConfigLoader(source: source, limits: options.limits, cache: cache, asOf: clock.now()).load(
            options.configPath)
        if let office = result.config?.settings.officeName(host: host) { result.config?.settings.office = office }
        return (result, source)
    }

    /// Reloads when a file the load read changed before the watch on it was set up: no
    /// inotify event would tell of that edit.
    func rereadIfChanged(_ observed: ObservedSource) {
        guard watcher != nil, let path = observed.changed().first else { return }
        logger.notice("\(path) changed while it was read; reloading")
        reload(reason: "a file changed while it was read")
    }

    /// Loads everything, arms the timers and tells systemd it is ready. Returns an exit
    /// status when it cannot start (78 for an invalid configuration).
    public func start() -> Int32? {
        sendHeldEntries()
        let now = clock.now()
        let (result, observed) = load()
        // What the load freed goes back before the engine and the first alerts are made: much
        // of it (the files' bytes and tapes) was freed in the decoding threads' malloc arenas,
        // which this thread does not allocate from, so they would come on top of it.
        Memory.trim()
        guard let config = result.config else {
            emit(
                AlertWriter(settings: Settings()).configRejected(
                    result.diagnostics, path: options.configPath, keeping: false))
            return 78
        }
        for d in result.diagnostics where d.severity == .warning {
            logger.warning("\(d.description)", metadata: ["config_file": "\(d.file)"])
        }
        // Under systemd StateDirectory= made it; elsewhere make it (EEXIST is fine).
        mkdir(options.stateDirectory, 0o700)
        // A healthy ledger holds a record per item, and some of vanished ones: a damaged one
        // is not read past a few times that.
        includeDirectories = observed.directories()
        let (ledger, problems) = store.load(maxEntries: max(4 * config.items.count, 100_000))
        for p in problems { logger.warning("\(p)") }
        let writer = AlertWriter(settings: config.settings)
        var e = Engine(config: config, ledger: ledger, now: now)
        machine.snapshotSeed = UInt64.random(in: 1...UInt64.max)
        if let future = e.futureRecords {
            logger.warning("\(store.path): \(future.warning(now: now, zone: config.settings.zone))")
        }
        let resolved = e.resolve(now: now)
        machine.started(e)
        emit([writer.configLoaded(config, path: options.configPath, reload: false)] + resolved)
        if !resolved.isEmpty { ledgerDirty = true }
        queue.sync {
            installSources()
            wake()
            // The start-up digest, after the catch-up alerts so its queued count is what is left.
            let now = clock.now()
            for action in machine.digest(now: now) { perform(action, now: now) }
            for action in machine.snapshot(now: now, reason: .start) { perform(action, now: now) }
            saveLedger()
            // On the queue: a signal or file change handled from here on sees (and sends its
            // RELOADING=1) after this READY=1, and no handler runs while the status is read.
            let ready = clock.now()
            for action in machine.configInForce(now: ready, monotonic: clock.monotonicSeconds()) {
                perform(action, now: ready)
            }
            rereadIfChanged(observed)
        }
        Memory.trim()
        return nil
    }

    /// Parks the main thread for good: `queue` runs on Dispatch's threads, and `stop()` ends
    /// the process. Not dispatchMain(): on Linux it leaves the main thread in sigsuspend()
    /// with an empty mask, which unblocks SIGTERM there; one that came before libdispatch
    /// installed its handler then took the default action and ended the process unsaved
    /// (seen 1 in 40 starts under a test's inherited mask).
    public func run() -> Never {
        while true { pause() }
    }

    func installSources() {
        let t = DispatchSource.makeTimerSource(flags: [], queue: queue)
        t.setEventHandler { [unowned self] in self.wake() }
        t.resume()
        timer = t
        // No signal(sig, SIG_IGN) here: it would discard a signal already pending. They are
        // blocked since the process started (Sys.blockStopSignals), so only these sources see them.
        for sig in Sys.stopSignals {
            let s = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            s.setEventHandler { [unowned self] in
                if sig == SIGHUP { self.reload(reason: "SIGHUP") } else { self.stop() }
            }
            s.resume()
            signals.append(s)
        }
        clockWatch = ClockWatch(queue: queue) { [unowned self] in self.clockChanged() }
        if let usec = Sys.watchdogInterval() {
            let w = DispatchSource.makeTimerSource(flags: [], queue: queue)
            let half = Int(usec / 2)
            w.schedule(deadline: .now(), repeating: .microseconds(half), leeway: .microseconds(half / 10))
            w.setEventHandler { Sys.notify("WATCHDOG=1") }
            w.resume()
            watchdog = w
        }
        if engine?.config.settings.watch ?? false {
            watchWatchedFiles()
        }
    }

    func watchWatchedFiles() {
        guard let cfg = engine?.config else { return }
        if watcher == nil {
            watcher = ConfigWatcher(queue: queue) { [unowned self] in self.reload(reason: "file change") }
        }
        watcher?.watch(files: cfg.files, main: options.configPath, directories: includeDirectories)
    }

    /// Sends what is due, saves the ledger and re-arms the timer for the next event.
    /// `saving: false` leaves the ledger to the caller (a reload saves it after `READY=1`).
    /// A wake that makes the next year of recurring duties first ends in `reloaded(_:_:)`,
    /// which wakes again.
    func wake(saving: Bool = true) {
        let now = clock.now()
        for action in machine.timerFired(now: now, monotonic: clock.monotonicSeconds()) {
            if case .arm = action, saving { saveLedger() }
            perform(action, now: now)
        }
    }

    /// Carries out one of the machine's actions; `now` is the time of the event it answers.
    /// Alerts carry the position of the code that fed the event (CODE_FILE/LINE/FUNC).
    func perform(
        _ action: DaemonMachine.Action, now: Int64, file: String = #fileID, line: UInt = #line,
        function: String = #function
    ) {
        switch action {
        case .emit(let alerts): emit(alerts, file: file, line: line, function: function)
        case .ledgerChanged: ledgerDirty = true
        case .arm(let next): arm(at: next, now: now)
        case .startDecode(let reason): beginReload(reason: reason)
        case .dropOldest(let over): dropOldest(over)
        case .scheduleRetry:
            queue.asyncAfter(deadline: .now() + options.retryDelay) { [unowned self] in self.retryUnsent() }
        case .notify(let message): Sys.notify(message)
        case .notifyStatus: Sys.notify("STATUS=\(status(now: now))")
        case .sendHeldOnce: sendHeldOnce()
        case .saveLedger:
            ledgerDirty = true
            saveLedger()
        case .exit(let code): exit(code)
        case .writeReloadResult(let ok, let message): writeReloadResult(ok: ok, message: message)
        }
    }

    func arm(at next: Int64, now: Int64) {
        guard let t = timer else { return }
        if next == Int64.max {
            t.schedule(wallDeadline: .distantFuture)
        } else {
            t.schedule(
                wallDeadline: DispatchWallTime(timespec: timespec(tv_sec: Int(max(next, now)), tv_nsec: 0)),
                leeway: .milliseconds(50))
        }
    }

    func status(now: Int64) -> String {
        machine.status(now: now, monotonic: clock.monotonicSeconds())
    }

    func saveLedger() {
        guard ledgerDirty, let e = engine else { return }
        if let problem = store.save(e.ledger) {
            if !ledgerWarned {
                logger.warning("Failed to save the ledger, keeping it in memory and retrying: \(problem)")
                ledgerWarned = true
            }
            return
        }
        if ledgerWarned { logger.notice("The ledger is saved again at \(store.path)") }
        ledgerWarned = false
        ledgerDirty = false
    }

    /// Validates the new configuration fully before it replaces the old one; decoded off
    /// the main queue (see `beginReload`), swapped in by `reloaded(_:_:)`.
    func reload(reason: String) {
        for action in machine.reloadRequested(reason) { perform(action, now: clock.now()) }
    }

    func reloaded(_ result: LoadResult, _ observed: ObservedSource) {
        let now = clock.now()
        reloadGeneration += 1
        guard let e = engine else { return reloadFinished() }
        // The old configuration is freed after READY=1, off the reload's critical path.
        let retired = e.config
        let w = Words(e.config.settings.language)
        let time = e.config.settings.zone.shortTime(now).split(separator: " ").first.map(String.init) ?? ""
        var outcome: (ok: Bool, message: String)
        if let config = result.config {
            for d in result.diagnostics where d.severity == .warning { logger.warning("\(d.description)") }
            let resolved = machine.reloadDecoded(config, now: now) ?? []
            emit(
                [AlertWriter(settings: config.settings).configLoaded(config, path: options.configPath, reload: true)]
                    + resolved)
            for action in machine.snapshot(now: now, reason: .reload) { perform(action, now: now) }
            ledgerDirty = true
            reloadNote = w.pick(vi: "nạp lại \(time)", en: "reloaded \(time)")
            outcome = (true, "reloaded")
            includeDirectories = observed.directories()
            if config.settings.watch { watchWatchedFiles() } else { watcher = nil }
        } else {
            _ = machine.reloadDecoded(nil, now: now)
            emit(
                AlertWriter(settings: e.config.settings).configRejected(
                    result.diagnostics, path: options.configPath, keeping: true))
            reloadNote = w.pick(
                vi: "nạp lại lỗi \(time), giữ cấu hình cũ", en: "reload failed \(time), kept previous config")
            let n = result.diagnostics.errorCount
            let first =
                result.diagnostics.first { $0.severity == .error }.map {
                    "; the first: " + Text.oneLine($0.description)
                } ?? ""
            outcome = (
                false,
                "\(n) error\(n == 1 ? "" : "s")\(first) (deadlined check --config \(options.configPath) shows all)"
            )
            // Keep watching what changed so a fixed file is picked up.
            watcher?.watch(
                files: e.config.files + result.files, main: options.configPath,
                directories: includeDirectories + observed.directories())
        }
        // The ledger is written after READY=1 (alerts sent by this wake are in it before the
        // reload returns): writing 40,000 records took ~3 ms of a 40 ms reload.
        wake(saving: false)
        let ready = clock.now()
        for action in machine.configInForce(now: ready, monotonic: clock.monotonicSeconds()) {
            perform(action, now: ready)
        }
        // Only now may `deadlined reload` (ExecReload=) return: on systemd 252 the reload
        // job ends with it, and the new plan's first alerts must be out by then. Not when
        // another reload is queued: a SIGHUP that came during this decode may follow edits
        // this one did not read.
        rereadIfChanged(observed)
        for action in machine.reloadSettled(ok: outcome.ok, message: outcome.message) { perform(action, now: ready) }
        saveLedger()
        withExtendedLifetime(retired) {}
        trimLater()
        reloadFinished()
    }

    func clockChanged() {
        let now = clock.now()
        logger.notice(
            "The system clock changed; re-planning at \(engine?.config.settings.zone.iso8601(now) ?? String(now))")
        if let future = machine.clockChanged(now: now), let zone = engine?.config.settings.zone {
            logger.warning("\(store.path): \(future.warning(now: now, zone: zone))")
            ledgerDirty = true
        }
        wake()
    }

    /// SIGTERM: carries out the machine's stop, which ends in exit(0).
    func stop() {
        let now = clock.now()
        for action in machine.stopRequested() { perform(action, now: now) }
    }

    /// The last attempt to send what journald refused, before stopping.
    func sendHeldOnce() {
        if !unsent.isEmpty { retryUnsent() }
        if !unsent.isEmpty {
            Console.error(
                "deadlined: stopping with \(unsent.count) entries the journal did not take; they are kept in \(unsentFile.path) and sent at the next start"
            )
        }
    }
}
