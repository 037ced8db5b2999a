/// When each item's next alert falls due, and what it is. Pure: `now` is always an argument.
public enum Planner {
    /// Overdue slots after escalation are numbered from here, so one integer orders them all.
    public static let escalatedBase: Int64 = 1 << 40

    /// The overdue slot containing `t` (t >= overdueAt).
    public static func slot(at t: Int64, _ d: Deadline, settings: Settings) -> Int64 {
        let escalation = d.overdueAt + settings.escalateAfter
        if t < escalation { return (t - d.overdueAt) / settings.repeatOverdue }
        return escalatedBase + (t - escalation) / settings.repeatOverdue
    }

    /// The instant a slot starts.
    public static func slotStart(_ s: Int64, _ d: Deadline, settings: Settings) -> Int64 {
        slotStart(s, overdueAt: d.overdueAt, settings: settings)
    }

    /// The instant a slot starts, for a deadline known by its `overdueAt` (a ledger entry's `due`).
    public static func slotStart(_ s: Int64, overdueAt: Int64, settings: Settings) -> Int64 {
        let escalation = overdueAt + settings.escalateAfter
        if s >= escalatedBase { return escalation + (s - escalatedBase) * settings.repeatOverdue }
        return min(overdueAt + s * settings.repeatOverdue, escalation)
    }

    /// The ledger entry for an item's current deadline: a changed deadline starts afresh.
    public static func entry(_ d: Deadline, _ e: LedgerEntry?) -> LedgerEntry {
        if let e, e.due == d.overdueAt { return e }
        return LedgerEntry(due: d.overdueAt)
    }

    static func alerting(_ item: Item, at now: Int64) -> Deadline? {
        guard let d = item.deadline, item.status != .ongoing, !item.isDone(at: now) else { return nil }
        return d
    }

    /// The alert due for `item` at `now`, if any, and the ledger entry after sending it.
    /// Catch-up sends one alert, never a burst: the latest reminder or the current slot.
    public static func fire(
        _ item: Item, _ entry: LedgerEntry?, settings: Settings, now: Int64
    ) -> (AlertKind?, LedgerEntry?) {
        guard let d = alerting(item, at: now) else { return (nil, entry) }
        var e = Planner.entry(d, entry)
        if now >= d.overdueAt {
            // Acknowledged: quiet until the ack ends; the slot then current is alerted.
            if let ack = item.ack, now < ack.until { return (nil, e) }
            let s = slot(at: now, d, settings: settings)
            if let last = e.lastSlot, last >= s { return (nil, e) }
            e.lastSlot = s
            return (s >= escalatedBase ? .escalated : .overdue, e)
        }
        let sent = e.lastReminder ?? Int64.min
        // The latest reminder time already passed and not yet sent (no array: this runs for
        // every item on every reload).
        var latest: Int64?
        for offset in settings.remindBefore {
            let f = d.reminderAnchor - offset
            if f < d.overdueAt, f <= now, f > sent, f > (latest ?? Int64.min) { latest = f }
        }
        if let f = latest {
            e.lastReminder = f
            return (.reminder, e)
        }
        return (nil, e)
    }

    /// The earliest instant at or after `now` when `fire` would send something; nil for never.
    public static func nextEvent(_ item: Item, _ entry: LedgerEntry?, settings: Settings, now: Int64) -> Int64? {
        nextEvent(
            deadline: item.deadline, status: item.status, completed: item.completed, ackUntil: item.ack?.until, entry,
            settings: settings, now: now)
    }

    /// `nextEvent` from the fields it reads, for passes over every item that read them in
    /// place rather than copy each item.
    public static func nextEvent(
        deadline: Deadline?, status: Status, completed: Int64?, ackUntil: Int64?, _ entry: LedgerEntry?,
        settings: Settings, now: Int64
    ) -> Int64? {
        guard let d = deadline, status != .ongoing else { return nil }
        if Item.isDone(status: status, completed: completed, at: now) { return nil }
        let e = Planner.entry(d, entry)
        if now >= d.overdueAt {
            let s = slot(at: now, d, settings: settings)
            let next: Int64
            if let last = e.lastSlot, last >= s {
                next = slotStart(last + 1, d, settings: settings)
            } else {
                next = now
            }
            if let until = ackUntil, until > next { return until }
            return next
        }
        let sent = e.lastReminder ?? Int64.min
        var earliest: Int64?
        for offset in settings.remindBefore {
            let f = d.reminderAnchor - offset
            if f < d.overdueAt, f > sent, f < (earliest ?? Int64.max) { earliest = f }
        }
        return earliest.map { max($0, now) } ?? d.overdueAt
    }
}

/// The daemon's decisions: which alerts to send at `now` and when to wake next.
/// The shell feeds it events and carries out what it returns; it never reads a clock.
public struct Engine: Sendable {
    public private(set) var config: Config
    public internal(set) var ledger: Ledger
    var heap = EventHeap([])
    /// The current budget window's start, in the seconds of the clock `tick` is given as
    /// `monotonic` (journald counts its rate limit on the monotonic clock, so a step of the
    /// wall clock must not open a fresh window).
    var windowStart: Int64 = Int64.min
    var sentInWindow = 0
    public private(set) var nextDigest: Int64 = Int64.max
    /// Instants at which unfinished items become overdue, and become due soon, in item order:
    /// the STATUS= counts at any `now` are a pass over these two arrays, not over the items.
    var overdueTimes: [Int64] = []
    var dueSoonTimes: [Int64] = []
    /// Records of the ledger given to `init` that lay after `now` and were forgotten, for the
    /// shell to warn about once.
    public private(set) var futureRecords: FutureRecords?
    /// Items with a target and the next time one has a `behind` or `reached` due
    /// (`ProgressPlanner`).
    var progressItems: [Int32] = []
    var nextProgress: Int64 = Int64.max

    public init(config: Config, ledger: Ledger, now: Int64) {
        self.config = config
        self.ledger = ledger
        futureRecords = self.ledger.forgetFuture(now: now, settings: config.settings)
        _ = replan(now: now, resolving: false)
        nextDigest = Engine.digestTime(after: now, settings: config.settings)
    }

    var writer: AlertWriter { AlertWriter(settings: config.settings) }

    /// One pass over the items, one ledger lookup each: "resolved" alerts (when `resolving`)
    /// for items alerted as overdue and now done, whose records go; records of items whose
    /// deadline changed (an extension) dropped; records of items that are gone set aside in
    /// `ledger.vanished` for `Ledger.vanishedGrace`, and taken back by an item that returns
    /// within it; the heap and the sorted status instants rebuilt. Run on start-up and on
    /// every reload, over every item.
    // Long because it is the one pass over every item on start-up and reload: split, it
    // would read each item and its ledger record more than once.
    mutating func replan(now: Int64, resolving: Bool) -> [Alert] {
        var alerts: [Alert] = []
        let settings = config.settings
        let w = AlertWriter(settings: settings)
        let old = ledger.entries
        let grace = Ledger.vanishedGrace
        // Usually empty: then no lookups in it.
        var vanished = ledger.vanished
        var returned: [(String, LedgerEntry)] = []
        // Records to drop; when every other record belongs to a current item (the usual
        // reload), the dictionary is kept and only these are removed.
        var drop: [String] = []
        var matched = 0
        overdueTimes = []
        dueSoonTimes = []
        progressItems = []
        let window = settings.dueSoonWindow
        var entries: [EventHeap.Entry] = []
        entries.reserveCapacity(config.items.count)
        let config = self.config
        // The items are read in place: copying each one (a reference count on its texts, far
        // away in memory) was most of the cost of this pass.
        config.items.withUnsafeBufferPointer { items in
            for i in items.indices {
                var e = old.isEmpty ? nil : old[items[i].id]
                let current = e != nil
                if current {
                    matched += 1
                } else if !vanished.isEmpty, let v = vanished.removeValue(forKey: items[i].id),
                    now - (v.missingSince ?? now) <= grace
                {
                    // Back within the grace period: its history continues.
                    e = v
                    e?.missingSince = nil
                }
                if let x = e {
                    if resolving, x.lastSlot != nil, items[i].isDone(at: now) {
                        let item = items[i]
                        alerts.append(
                            w.itemAlert(.resolved, item: item, directive: config.directive(of: item), now: now))
                        e = nil
                    } else if let d = items[i].deadline, x.due == d.overdueAt {
                        // kept
                    } else {
                        e = nil
                    }
                    if e == nil, current { drop.append(items[i].id) }
                    if let e, !current { returned.append((items[i].id, e)) }
                }
                if items[i].measure != nil { progressItems.append(Int32(i)) }
                let status = items[i].status
                if status != .ongoing, status != .done, let d = items[i].deadline {
                    overdueTimes.append(d.overdueAt)
                    if window > 0 { dueSoonTimes.append(d.reminderAnchor - window) }
                }
                let t = Planner.nextEvent(
                    deadline: items[i].deadline, status: status, completed: items[i].completed,
                    ackUntil: items[i].ack?.until, e,
                    settings: settings, now: now)
                if let t { entries.append(.init(time: t, index: Int32(i))) }
            }
        }
        if matched == old.count {
            for id in drop { ledger.entries[id] = nil }
        } else {
            var kept: [String: LedgerEntry] = [:]
            kept.reserveCapacity(matched)
            let dropped = Set(drop)
            for item in config.items {
                if let x = old[item.id], !dropped.contains(item.id) { kept[item.id] = x }
            }
            // The rest are records of items no longer in the configuration.
            for (id, x) in old where kept[id] == nil && !dropped.contains(id) {
                var v = x
                v.missingSince = now
                vanished[id] = v
            }
            ledger.entries = kept
        }
        for (id, x) in returned { ledger.entries[id] = x }
        if !vanished.isEmpty { vanished = vanished.filter { now - ($0.value.missingSince ?? now) <= grace } }
        ledger.vanished = vanished
        heap = EventHeap(entries)
        planProgress(now: now)
        return alerts
    }

    /// The next daily digest time strictly after `now`.
    public static func digestTime(after now: Int64, settings: Settings) -> Int64 {
        let zone = settings.zone
        var day = zone.local(now).date
        for _ in 0..<3 {
            let h = settings.digestAt / 3600, m = (settings.digestAt / 60) % 60
            let t = zone.instant(day, hour: h, minute: m)
            if t > now { return t }
            day = day.adding(days: 1)
        }
        return now + 86400
    }

    /// "Resolved" alerts for items that were alerted as overdue and are done in `config`;
    /// their ledger entries go. Called on every reload, and once after start-up so work
    /// finished while the daemon was down is reported too.
    public mutating func resolve(_ config: Config? = nil, now: Int64) -> [Alert] {
        let cfg = config ?? self.config
        var alerts: [Alert] = []
        let w = AlertWriter(settings: cfg.settings)
        for item in cfg.items {
            guard let e = ledger.entries[item.id], e.lastSlot != nil, item.isDone(at: now) else { continue }
            alerts.append(w.itemAlert(.resolved, item: item, directive: cfg.directive(of: item), now: now))
            ledger.entries[item.id] = nil
        }
        return alerts
    }

    /// Swaps in a new configuration. Items that were alerted as overdue and are now done get
    /// a "resolved" alert; everything is re-planned.
    public mutating func replaceConfig(_ new: Config, now: Int64) -> [Alert] {
        let digestChanged =
            new.settings.digestAt != config.settings.digestAt || new.settings.zone != config.settings.zone
        config = new
        let alerts = replan(now: now, resolving: true)
        if digestChanged { nextDigest = Engine.digestTime(after: now, settings: new.settings) }
        return alerts
    }

    /// The clock jumped or the machine resumed: the heap holds absolute times, so only the
    /// digest needs a second look, unless the clock went back past records sent while it was
    /// ahead: those are forgotten (returned, for one warning) and every item re-planned.
    @discardableResult
    public mutating func clockChanged(now: Int64) -> FutureRecords? {
        let future = ledger.forgetFuture(now: now, settings: config.settings)
        if future != nil { _ = replan(now: now, resolving: false) }
        var expected = Engine.digestTime(after: now, settings: config.settings)
        // Set back past a digest already sent: that digest is not sent twice. The last one sent
        // covers `expected` if it went at or after it and before the next; it may have gone
        // late, after midnight (caught up after a step forward), so not the same date.
        let following = Engine.digestTime(after: expected, settings: config.settings)
        if let last = ledger.lastDigest, last >= expected, last < following {
            expected = following
        }
        if nextDigest > expected || nextDigest < now - 86400 { nextDigest = expected }
        return future
    }

    /// The digest entries for `now`.
    public mutating func digest(now: Int64) -> [Alert] {
        ledger.lastDigest = now
        return writer.digest(config, now: now, queued: queued(now: now))
    }

    /// Everything due at `now`: the digest when its time has come, then per-item alerts up to
    /// the budget of the current window. The ledger records each alert returned.
    /// `monotonic`: seconds of a clock that never steps (CLOCK_MONOTONIC), for the budget
    /// window; `now` when not given.
    public mutating func tick(now: Int64, monotonic: Int64? = nil) -> [Alert] {
        var alerts: [Alert] = []
        let s = config.settings
        let mono = monotonic ?? now
        if windowStart == Int64.min || mono - windowStart > s.alertWindow || mono < windowStart {
            windowStart = mono
            sentInWindow = 0
        }
        while sentInWindow < s.alertBudget, let top = heap.min, top.time <= now {
            _ = heap.pop()
            let item = config.items[Int(top.index)]
            let (kind, entry) = Planner.fire(item, ledger.entries[item.id], settings: s, now: now)
            if let entry { ledger.entries[item.id] = entry }
            if let kind {
                alerts.append(writer.itemAlert(kind, item: item, directive: config.directive(of: item), now: now))
                sentInWindow += 1
            }
            // After `fire`, nothing more is due at `now`; `now + 1` guarantees progress all the same.
            if let t = Planner.nextEvent(item, ledger.entries[item.id], settings: s, now: now) {
                heap.push(.init(time: Swift.max(t, now + 1), index: top.index))
            }
        }
        alerts += progressTick(now: now)
        // The digest comes after the items, so its count of queued alerts is what is left.
        if now >= nextDigest {
            alerts += digest(now: now)
            nextDigest = Engine.digestTime(after: now, settings: config.settings)
        }
        return alerts
    }

    /// When the shell should call `tick` next: the earliest event, or the end of the current
    /// budget window when alerts are waiting for budget.
    public func nextWake(now: Int64, monotonic: Int64? = nil) -> Int64 {
        var t = Swift.min(nextDigest, Swift.max(nextProgress, now))
        if let top = heap.min {
            if top.time <= now, sentInWindow >= config.settings.alertBudget {
                // One second of margin: `now` is whole seconds, so without it two windows'
                // batches could land less than one journald interval apart. The window's end
                // is on the monotonic clock; the wall time to wake is as far from `now`.
                let mono = monotonic ?? now
                t = Swift.min(t, now + Swift.max(windowStart + config.settings.alertWindow + 1 - mono, 0))
            } else {
                t = Swift.min(t, Swift.max(top.time, now))
            }
        }
        return t
    }

    /// Per-item alerts that are due but wait for budget.
    public func queued(now: Int64) -> Int {
        heap.items.reduce(0) { $0 + ($1.time <= now ? 1 : 0) }
    }

    /// Overdue and due-soon counts at `now` for STATUS=, in O(log n). Unlike a tally of each
    /// item's `evaluate(at:settings:)`, an item marked done counts as done even if its
    /// `completed` date is still ahead of `now`.
    public func statusCounts(now: Int64) -> (overdue: Int, dueSoon: Int) {
        // A branch-free pass over contiguous Int64s: ~30 µs for 100,000 items, and no sort on
        // every reload (which cost ~5 ms).
        func countAtOrBefore(_ a: [Int64]) -> Int { a.reduce(0) { $0 + ($1 <= now ? 1 : 0) } }
        let overdue = countAtOrBefore(overdueTimes)
        return (overdue, dueSoonTimes.isEmpty ? 0 : Swift.max(countAtOrBefore(dueSoonTimes) - overdue, 0))
    }
}

/// The one-line `STATUS=` text: counts, the next check and the last reload's result.
public func statusLine(_ t: Tally, items: Int, next: Int64?, reload: String?, settings: Settings) -> String {
    statusLine(overdue: t.overdue, dueSoon: t.dueSoon, items: items, next: next, reload: reload, settings: settings)
}

public func statusLine(
    overdue: Int, dueSoon: Int, items: Int, next: Int64?, reload: String?, settings: Settings
) -> String {
    let w = Words(settings.language)
    var s = w.pick(
        vi: "\(items) việc: \(overdue) quá hạn, \(dueSoon) sắp đến hạn",
        en: "\(items) items: \(overdue) overdue, \(dueSoon) due soon")
    if let next, next < Int64.max {
        s += w.pick(vi: "; kiểm tra tiếp ", en: "; next check ") + settings.zone.shortTime(next)
    }
    if let reload { s += "; " + reload }
    return Text.oneLine(s)
}
