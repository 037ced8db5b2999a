/// Which items count at an instant: the one rule that `report`, `list`, the digest, `check`
/// and the daemon's STATUS= share.
///
/// An item that is no occurrence always counts. An occurrence of a recurring duty counts once
/// it is due at `now` (its deadline has passed: `overdueAt <= now`), and so does the duty's
/// one current occurrence, the first not yet due; later occurrences do not exist for a view
/// of `now`. A monthly duty due on the 15th from 9/2023, asked about at 15/9/2024 23:59:59,
/// counts 9/2023 ... 8/2024 (12 due) and 9/2024 (current, due at the end of that day): 13.
extension Config {
    /// `countedMask(at:)[i]` says whether `items[i]` counts at `now`.
    public func countedMask(at now: Int64) -> [Bool] {
        var mask = [Bool](repeating: true, count: items.count)
        guard !duties.isEmpty else { return mask }
        // Per duty, the occurrence not yet due with the earliest deadline.
        var current = [Int](repeating: -1, count: duties.count)
        var currentDue = [Int64](repeating: Int64.max, count: duties.count)
        items.withUnsafeBufferPointer { items in
            for i in items.indices {
                guard let d = items[i].duty, let due = items[i].deadline?.overdueAt, due > now else { continue }
                mask[i] = false
                if due < currentDue[d] {
                    currentDue[d] = due
                    current[d] = i
                }
            }
        }
        for c in current where c >= 0 { mask[c] = true }
        return mask
    }

    /// How many items count at `now`: all of them when there is no recurring duty.
    public func countedCount(at now: Int64) -> Int {
        duties.isEmpty ? items.count : countedMask(at: now).reduce(0) { $0 + ($1 ? 1 : 0) }
    }

    /// The items that count at `now` (see `countedMask(at:)`), in their order; with
    /// `dutiesAsOne`, each duty is one of them: its representative (`DutySummary.row`).
    public func countedItems(at now: Int64, dutiesAsOne: Bool = false) -> [Item] {
        // Without duties every item counts: the array itself, not a copy.
        guard !duties.isEmpty else { return items }
        let mask = countedMask(at: now)
        var keep = mask
        if dutiesAsOne, !duties.isEmpty {
            let summaries = dutySummaries(at: now, mask: mask)
            for i in items.indices where items[i].duty != nil { keep[i] = false }
            for s in summaries { if let s, s.row >= 0 { keep[Int(s.row)] = true } }
        }
        var out: [Item] = []
        out.reserveCapacity(items.count)
        for i in items.indices where keep[i] { out.append(items[i]) }
        return out
    }

    /// Each duty's open occurrences at `now`, among those `mask` counts; nil for a duty with
    /// none counted.
    public func dutySummaries(at now: Int64, mask: [Bool]) -> [DutySummary?] {
        var missed = [Int](repeating: 0, count: duties.count)
        var oldest = [Int](repeating: -1, count: duties.count)
        var next = [Int](repeating: -1, count: duties.count)
        var last = [Int](repeating: -1, count: duties.count)
        for i in items.indices where mask[i] {
            guard let d = items[i].duty else { continue }
            let item = items[i]
            let due = item.deadline?.overdueAt ?? Int64.max
            if last[d] < 0 || due >= (items[last[d]].deadline?.overdueAt ?? Int64.max) { last[d] = i }
            if due > now {
                if next[d] < 0 || due < (items[next[d]].deadline?.overdueAt ?? Int64.max) { next[d] = i }
            } else if !item.isDone(at: now), item.status != .ongoing {
                missed[d] += 1
                if oldest[d] < 0 || due < (items[oldest[d]].deadline?.overdueAt ?? Int64.max) { oldest[d] = i }
            }
        }
        return duties.indices.map { d in
            guard last[d] >= 0 else { return nil }
            let row = oldest[d] >= 0 ? oldest[d] : next[d] >= 0 ? next[d] : last[d]
            return DutySummary(
                duty: duties[d], row: Int32(row), missed: missed[d],
                oldestMissed: oldest[d] >= 0 ? items[oldest[d]].deadline : nil,
                next: next[d] >= 0 ? items[next[d]].deadline : nil)
        }
    }
}

/// A recurring duty at an instant, as one row: how many counted occurrences are missed
/// (past due, not done), the oldest of them, and the current one not yet due.
public final class DutySummary: Sendable {
    public let duty: Duty
    /// The index in `Config.items` of the occurrence that stands for the duty: the oldest
    /// missed, else the current one, else the last one.
    public let row: Int32
    public let missed: Int
    public let oldestMissed: Deadline?
    public let next: Deadline?

    public init(duty: Duty, row: Int32, missed: Int, oldestMissed: Deadline?, next: Deadline?) {
        self.duty = duty
        self.row = row
        self.missed = missed
        self.oldestMissed = oldestMissed
        self.next = next
    }
}
