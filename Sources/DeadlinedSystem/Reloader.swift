import DeadlinedConfig
import Dispatch

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
        Sys.notify("RELOADING=1\nMONOTONIC_USEC=\(decodeStarted)")
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
}
