import DeadlinedConfig
import DeadlinedCore
import Dispatch

#if canImport(Glibc)
import Glibc
#endif

/// Reload requests (SIGHUP, a file change, the next year of recurring duties) against the
/// one decode that may run at a time. Requests that come while a decode runs are merged into
/// one more decode after it: that one reads every change made before they came.
struct ReloadRequests: Equatable {
    private(set) var decoding = false
    /// Why the merged next decode runs (the first reason given), when one is waiting.
    private(set) var queued: String?

    /// A reload was asked for; whether a decode starts now.
    mutating func requested(_ reason: String) -> Bool {
        if decoding {
            if queued == nil { queued = reason }
            return false
        }
        decoding = true
        return true
    }

    /// The decode's result is in force (or rejected); the reason of the decode to start next.
    mutating func finished() -> String? {
        guard let next = queued else {
            decoding = false
            return nil
        }
        queued = nil
        return next
    }
}

extension Daemon {
    /// Starts decoding the configuration on `decodeQueue`. The main queue goes on meanwhile
    /// with the old configuration in force: timers fire and the watchdog is pinged (a reload
    /// whose include walks a big tree took longer than systemd's WatchdogSec=20s).
    /// `reloaded(_:_:)` swaps the result in, back on the main queue.
    func beginReload(reason: String) {
        dispatchPrecondition(condition: .onQueue(queue))
        decodeStarted = clock.monotonicMicroseconds()
        let now = clock.now()
        for action in machine.decodeStarted(monotonicMicroseconds: decodeStarted) { perform(action, now: now) }
        decodeQueue.async { [self] in
            let (result, observed) = load()
            queue.async { [self] in reloaded(result, observed) }
        }
    }

    /// After a reload has been swapped in: starts the one merged from requests that came
    /// while it decoded, if any.
    func reloadFinished() {
        let now = clock.now()
        for action in machine.reloadFinished() { perform(action, now: now) }
    }

    /// Gives freed memory back 30 s after the last reload: a burst of reloads (an editor
    /// saving often) reuses the heap instead of faulting its pages in again. One timer per
    /// reload, not a periodic wake-up.
    func trimLater() {
        trimGeneration += 1
        let generation = trimGeneration
        queue.asyncAfter(deadline: .now() + .seconds(30)) { [unowned self] in
            if self.trimGeneration == generation { Memory.trim() }
        }
    }

    /// Records the outcome of reload number N, for `deadlined reload` to wait on.
    func writeReloadResult(ok: Bool, message: String) {
        let text =
            "\(getpid())\t\(reloadGeneration)\t\(decodeStarted)\t\(ok ? "ok" : "failed")\t\(Text.oneLine(message))\n"
        let path = options.runtimeDirectory + "/reload-result"
        if let problem = writeAtomically(text, to: path, directory: options.runtimeDirectory, mode: 0o644) {
            if !reloadResultWarned {
                logger.warning("Failed to record the reload result for 'deadlined reload': \(problem)")
            }
            reloadResultWarned = true
        } else {
            reloadResultWarned = false
        }
    }
}
