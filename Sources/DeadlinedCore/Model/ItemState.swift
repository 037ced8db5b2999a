/// Where an item stands at a given moment.
public enum ItemState: String, Sendable, CaseIterable, Hashable {
    case overdue
    case dueSoon = "due_soon"
    case open
    case doneOnTime = "done_on_time"
    case doneLate = "done_late"
    case ongoing
    /// Work under way or not started with no `due` ("không thời hạn"): listed and counted,
    /// never overdue, never alerted.
    case noDeadline = "no_deadline"
    /// Status `cancelled`: out of every count and never alerted.
    case cancelled
}

/// An item's state at `now`, with the day counts shown to people.
public struct Evaluation: Sendable, Equatable {
    public var state: ItemState
    /// Calendar days past the due day (local), for overdue and late items.
    public var daysOverdue: Int?
    /// Calendar days until the due day (0 = due today), for pending items not yet overdue.
    public var daysLeft: Int?
}

extension Item {
    /// Whether the work counts as done at `now`: a `completed` date later than `now` means
    /// that, as of `now`, it was not done yet.
    public func isDone(at now: Int64) -> Bool { Item.isDone(status: status, completed: completed, at: now) }

    /// `isDone` from the fields it reads (see `evaluate(deadline:...)`).
    public static func isDone(status: Status, completed: Int64?, at now: Int64) -> Bool {
        guard status == .done else { return false }
        if let c = completed { return c <= now }
        return true
    }

    /// The state of this item at `now` (Unix seconds).
    /// The deadline before any extension, placed in time.
    public func originalDeadline(in zone: Zone) -> Deadline? {
        guard let first = extensions.first else { return deadline }
        var spec = first.previousDue
        if spec.kind == .workingDays {
            // The loader places these on the config's calendar; a count still here (an item
            // built by hand) is placed on the built-in one.
            spec = DueSpec(kind: .day, date: HolidayCalendar.standard.addWorkingDays(spec.count, after: spec.date))
        }
        return Deadline(spec, in: zone)
    }

    /// The state at `now`; `against: .original` judges it by the deadline before extensions.
    public func evaluate(at now: Int64, settings: Settings, against basis: ReportBasis = .extended) -> Evaluation {
        let deadline = basis == .original && !extensions.isEmpty ? originalDeadline(in: settings.zone) : self.deadline
        return Item.evaluate(deadline: deadline, status: status, completed: completed, at: now, settings: settings)
    }

    /// `evaluate` from the fields it reads, for passes over many items that read them in
    /// place rather than copy each item.
    public static func evaluate(
        deadline: Deadline?, status: Status, completed: Int64?, at now: Int64, settings: Settings
    ) -> Evaluation {
        evaluate(
            deadline: deadline, status: status, completed: completed, at: now,
            today: Item.today(at: now, settings: settings), settings: settings)
    }

    /// The local day number of `now` in the settings' zone: what `evaluate` counts days
    /// overdue and left from.
    public static func today(at now: Int64, settings: Settings) -> Int {
        settings.zone.local(now).date.dayNumber
    }

    /// `evaluate` at one instant for many items: `today` (`Item.today(at: now, ...)`) is
    /// worked out once by the caller, not per item (a zone conversion and a date each).
    public static func evaluate(
        deadline: Deadline?, status: Status, completed: Int64?, at now: Int64, today: Int, settings: Settings
    ) -> Evaluation {
        if status == .cancelled { return Evaluation(state: .cancelled) }
        func isDone(at now: Int64) -> Bool { Item.isDone(status: status, completed: completed, at: now) }
        guard let deadline else {
            // Regular work, done work that never had a deadline, or work with none yet.
            if status == .ongoing { return Evaluation(state: .ongoing) }
            return Evaluation(state: isDone(at: now) ? .doneOnTime : .noDeadline)
        }
        if status == .ongoing { return Evaluation(state: .ongoing) }
        let dueDay = deadline.spec.date.dayNumber
        if isDone(at: now) {
            guard let c = completed, c >= deadline.overdueAt else { return Evaluation(state: .doneOnTime) }
            let late = settings.zone.local(c).date.dayNumber - dueDay
            return Evaluation(state: .doneLate, daysOverdue: max(late, deadline.spec.kind == .time ? 0 : 1))
        }
        if now >= deadline.overdueAt {
            return Evaluation(state: .overdue, daysOverdue: max(today - dueDay, 0))
        }
        let left = max(dueDay - today, 0)
        if settings.dueSoonWindow > 0, now >= deadline.reminderAnchor - settings.dueSoonWindow {
            return Evaluation(state: .dueSoon, daysLeft: left)
        }
        return Evaluation(state: .open, daysLeft: left)
    }
}
