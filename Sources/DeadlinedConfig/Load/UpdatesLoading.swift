import DeadlinedCore

/// The updates file written by `deadlined done`, `progress` and `status`, read with the
/// configuration, and the rule that says which of it and the config is in force.
extension LoadSession {

    /// Reads the updates file, if there is one; a missing file is no error. A file there but
    /// unreadable or damaged is an error, like a broken config file: the updates it holds are
    /// never dropped in silence (a reload keeps the configuration in force).
    func loadUpdates(_ path: String) {
        let unreadable = { (reason: String) in
            Diagnostic(.error, file: path, "cannot read the updates file: \(reason)")
        }
        guard
            let decoded = loadSideFile(
                path, key: "updates:", unreadable: unreadable, decode: { $1.updates = $0.decodeUpdates() })
        else { return }
        updates = decoded.updates
    }

    /// Applies the updates in force. An update recorded after the last change (mtime) of the
    /// file that defines its item wins over that file's `status` and `completed`; one recorded
    /// before it gives way to the file, which someone edited since, when that file gives the
    /// item a status other than `not_started`. When the two disagree, a
    /// warning at the update says which one is in force (not when the file says `not_started`,
    /// or nothing, and a later update moves the item on). With no mtime known (a source that
    /// has none), the updates win.
    func applyUpdates(in zone: Zone) {
        guard !updates.isEmpty else { return }
        var changedAt: [String: Int64?] = [:]
        func lastChange(_ file: String) -> Int64? {
            if let known = changedAt[file] { return known }
            // Nanoseconds to whole seconds: an update in the same second as the edit counts
            // as after it.
            let t = source.stamp(file).map { $0.modified / 1_000_000_000 }
            changedAt[file] = t
            return t
        }
        // The last status update of each item, in the order they were recorded.
        var lastStatus: [Int: UpdateSpec] = [:]
        for u in updates.sorted(by: { $0.instant < $1.instant }) {
            guard let i = itemIds.find(u.update.id, idAt: { self.items[$0].id }) else {
                diagnostics.append(
                    Diagnostic(.warning, at: u.at, "update for '\(u.update.id)', which is not a tracked item; ignored"))
                continue
            }
            if u.status != nil { lastStatus[i] = u }
            if let p = u.progress { recordProgress(p, of: u, item: i, in: zone) }
        }
        for (i, u) in lastStatus.sorted(by: { $0.key < $1.key }) {
            guard let status = u.status else { continue }
            let item = items[i]
            let completed: Int64? =
                status != .done ? nil : u.completed.map { Deadline($0, in: zone).reminderAnchor } ?? u.instant
            let disagrees = status != item.status
            let who = u.update.by.map { " by \($0)" } ?? ""
            let file = item.source.file
            // A file that gives the item no status (or `not_started`) has nothing to win with:
            // editing it for another item must not undo the updates recorded for this one.
            if item.status != .notStarted, let changed = lastChange(file), u.instant < changed {
                if disagrees {
                    diagnostics.append(
                        Diagnostic(
                            .warning, at: u.at,
                            "this update\(who) at \(u.update.at) says '\(status.rawValue)' but \(item.source) says '\(item.status.rawValue)' and was changed after it (\(zone.iso8601(changed))): the configuration is in force"
                        ))
                }
                continue
            }
            // `not_started` is also what an item without `status` has: moving on from it is
            // what updates are for, not a disagreement.
            if disagrees, item.status != .notStarted {
                diagnostics.append(
                    Diagnostic(
                        .warning, at: u.at,
                        "\(item.source) says '\(item.status.rawValue)' but this later update\(who) at \(u.update.at) says '\(status.rawValue)': the update is in force"
                    ))
            }
            items[i].status = status
            items[i].completed = completed
        }
    }

    /// Adds a progress update to the item's progress entries (replacing the config's entry
    /// for the same day). An item without a target, or a value over it, is a warning at the
    /// update, which is ignored.
    private func recordProgress(_ p: (value: Double, percent: Bool), of u: UpdateSpec, item i: Int, in zone: Zone) {
        guard let measure = items[i].measure else {
            diagnostics.append(
                Diagnostic(.warning, at: u.at, "progress for '\(items[i].id)', which has no 'target'; ignored"))
            return
        }
        if let problem = progressProblem(p, measure: measure) {
            diagnostics.append(
                Diagnostic(.warning, at: u.at, "progress for '\(items[i].id)': \(problem); ignored"))
            return
        }
        items[i].measure?.record(ProgressEntry(on: u.on ?? zone.local(u.instant).date, value: p.value))
    }
}

extension Update.Change {
    /// The value as written, for messages.
    var text: String {
        switch self {
        case .status(let s): return s
        case .completed(let d): return d
        case .progress(let v, _): return v
        }
    }
}

/// What is wrong with a progress value for a target, or nil: a percentage for a count, or a
/// value above the target (above 100% for a percentage; a bare number counts as one).
public func progressProblem(_ p: (value: Double, percent: Bool), measure: Measure) -> String? {
    func shown(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }
    if p.percent, !measure.isPercent { return "\(shown(p.value))% is a percentage, the target is a count" }
    let limit = measure.isPercent ? 100 : measure.target
    if p.value > limit {
        return measure.isPercent
            ? "\(shown(p.value))% is above 100%" : "\(shown(p.value)) is above the target \(shown(measure.target))"
    }
    return nil
}
