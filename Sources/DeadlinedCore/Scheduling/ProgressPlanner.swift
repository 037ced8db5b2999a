/// What has been sent about one item's progress: kept in the ledger so a restart repeats
/// neither a `behind` nor a `reached` entry.
public struct ProgressRecord: Sendable, Equatable {
    /// The checkpoint (its `anchor`) of the latest `behind` entry sent: checkpoints up to it
    /// are done.
    public var lastBehind: Int64?
    /// The `reached` entry was sent.
    public var reached: Bool

    public init(lastBehind: Int64? = nil, reached: Bool = false) {
        self.lastBehind = lastBehind
        self.reached = reached
    }
}

/// A date by which some value is expected: a milestone (its value) or the due date (the
/// target). Its reminder window is that of a deadline: the `remind_before` offsets counted
/// back from `anchor`, up to `end`.
public struct Checkpoint: Sendable, Equatable {
    /// Reminder offsets count back from here: the start of the day (of a milestone, or of a
    /// day deadline), or the time of a timed deadline.
    public var anchor: Int64
    /// From here on the checkpoint is past.
    public var end: Int64
    public var expected: Double
    /// The day, for messages.
    public var day: CivilDate
}

/// When the `behind` and `reached` entries of an item with a target fall due. Pure.
///
/// `behind`: at each reminder time of a checkpoint (`settings.remind_before` before a
/// milestone's day or the due date), while it is not past, the latest progress reported by
/// then (0 before any) is compared with the value expected by the checkpoint (the
/// milestone's value, or the target); below it, one `behind` entry is sent for that
/// checkpoint, and that checkpoint is done. Not below it, the next reminder time checks
/// again. A done or ongoing item is never behind; an acknowledgement does not quiet it.
/// `reached`: once, from the start of the day of the first progress entry that reaches the
/// target.
public enum ProgressPlanner {
    /// The milestones after the start and before the due day, then the due date.
    public static func checkpoints(_ item: Item, _ m: Measure, zone: Zone) -> [Checkpoint] {
        guard let d = item.deadline else { return [] }
        let dueDay = zone.local(d.shownAt).date
        var out: [Checkpoint] = []
        for ms in m.milestones where ms.by < dueDay && (m.start.map { ms.by > $0 } ?? true) {
            out.append(
                Checkpoint(
                    anchor: zone.instant(ms.by), end: zone.instant(ms.by.adding(days: 1)), expected: ms.value,
                    day: ms.by))
        }
        out.append(Checkpoint(anchor: d.reminderAnchor, end: d.overdueAt, expected: m.target, day: dueDay))
        return out
    }

    /// The entries due for `item` at `now`, with the checkpoint a `behind` is about, and the
    /// record after sending them.
    public static func fire(
        _ item: Item, _ record: ProgressRecord?, settings: Settings, now: Int64
    ) -> (behind: Checkpoint?, reached: Bool, ProgressRecord) {
        var r = record ?? ProgressRecord()
        guard let m = item.measure else { return (nil, false, r) }
        let latest = m.latest(at: now, zone: settings.zone)?.value ?? 0
        var reached = false
        if !r.reached, latest >= m.target {
            r.reached = true
            reached = true
        }
        guard item.status != .ongoing, !item.isDone(at: now) else { return (nil, reached, r) }
        // The earliest checkpoint not yet alerted whose window is open at `now`.
        for c in checkpoints(item, m, zone: settings.zone) where c.anchor > (r.lastBehind ?? Int64.min) {
            guard now < c.end else { continue }
            let open = settings.remindBefore.contains { c.anchor - $0 <= now && c.anchor - $0 < c.end }
            guard open else { break }
            if latest < c.expected {
                r.lastBehind = c.anchor
                return (c, reached, r)
            }
        }
        return (nil, reached, r)
    }

    /// The earliest instant after `now` when `fire` could send something; nil for never.
    public static func nextCheck(_ item: Item, _ record: ProgressRecord?, settings: Settings, now: Int64) -> Int64? {
        guard let m = item.measure else { return nil }
        let zone = settings.zone
        var next: Int64?
        func consider(_ t: Int64) { if t > now, t < (next ?? Int64.max) { next = t } }
        if record?.reached != true, let r = m.reached { consider(zone.instant(r.on)) }
        guard item.status != .ongoing, !item.isDone(at: now) else { return next }
        for c in checkpoints(item, m, zone: zone) where c.anchor > (record?.lastBehind ?? Int64.min) && c.end > now {
            for offset in settings.remindBefore where c.anchor - offset < c.end { consider(c.anchor - offset) }
        }
        return next
    }
}

extension Engine {
    /// The earliest time one of the items with a target (`progressItems`, found by `replan`'s
    /// pass over every item) has something due: made after every re-plan. Records of items
    /// without a target any more go.
    mutating func planProgress(now: Int64) {
        nextProgress = Int64.max
        var kept: [String: ProgressRecord] = [:]
        let settings = config.settings
        for i in progressItems {
            let item = config.items[Int(i)]
            let record = ledger.progress[item.id]
            if let record { kept[item.id] = record }
            // Due now (a catch-up) or later.
            let (behind, reached, _) = ProgressPlanner.fire(item, record, settings: settings, now: now)
            let t =
                behind != nil || reached ? now : ProgressPlanner.nextCheck(item, record, settings: settings, now: now)
            if let t { nextProgress = Swift.min(nextProgress, t) }
        }
        ledger.progress = kept
    }

    /// The `behind` and `reached` entries due at `now` (not counted against the alert budget:
    /// at most two per item with a target per checkpoint), recorded in the ledger.
    mutating func progressTick(now: Int64) -> [Alert] {
        guard now >= nextProgress else { return [] }
        var alerts: [Alert] = []
        let settings = config.settings
        let w = writer
        nextProgress = Int64.max
        for i in progressItems {
            let item = config.items[Int(i)]
            let (behind, reached, record) = ProgressPlanner.fire(
                item, ledger.progress[item.id], settings: settings, now: now)
            ledger.progress[item.id] = record
            let directive = config.directive(of: item)
            if reached { alerts.append(w.reachedAlert(item: item, directive: directive, now: now)) }
            if let behind {
                alerts.append(w.behindAlert(item: item, directive: directive, checkpoint: behind, now: now))
            }
            if let t = ProgressPlanner.nextCheck(item, record, settings: settings, now: now) {
                nextProgress = Swift.min(nextProgress, t)
            }
        }
        return alerts
    }
}
