@testable import DeadlinedCore

// Views of the scheduler that only the tests need: production code plans through
// `Planner.nextEvent` and counts through `Engine.statusCounts`.

extension Planner {
    /// Fire times of the reminders, earliest first. Offsets count back from the start of the
    /// due day for a day deadline (so `1d` reminds the day before), from the time otherwise.
    static func reminderTimes(_ d: Deadline, settings: Settings) -> [Int64] {
        settings.remindBefore.map { d.reminderAnchor - $0 }.filter { $0 < d.overdueAt }.sorted()
    }
}

extension Engine {
    /// Every item's state at `now`, evaluated one by one: what `statusCounts` must agree with.
    func tally(now: Int64) -> Tally {
        var t = Tally()
        for item in config.items { t.add(item.evaluate(at: now, settings: config.settings).state) }
        return t
    }
}
