import DeadlinedCore

/// What the load does with progress once every file is merged: dates after the load's day
/// are errors, and `done_when_target` completes the items whose target was reached.
extension LoadSession {
    /// false (with the errors added) when a progress date is after the day of `asOf`.
    func checkProgress(in zone: Zone) -> Bool {
        guard !progressDates.isEmpty else { return true }
        if let asOf {
            let today = zone.local(asOf).date
            for p in progressDates where p.date > today {
                diagnostics.append(
                    Diagnostic(.error, at: p.at, "progress dated \(p.date) is in the future (today is \(today))"))
            }
            if diagnostics.hasErrors { return false }
        }
        if settings.doneWhenTarget { completeReached(in: zone) }
        return true
    }

    /// Marks done, on the date of the entry that reached it, each item whose target was
    /// reached and that is not already done.
    private func completeReached(in zone: Zone) {
        for i in items.indices where items[i].status != .done {
            guard let reached = items[i].measure?.reached else { continue }
            items[i].status = .done
            items[i].completed = zone.instant(reached.on)
        }
    }
}
