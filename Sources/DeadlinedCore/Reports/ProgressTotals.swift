import Foundation

/// The progress of a group in `report`: the mean share of the items with a target, each
/// share at the latest value at `now` (0 before any is reported) and capped at 1, so one
/// target passed does not hide another behind. Items without a target are left out.
extension Tally {
    /// The mean share, 0...1; nil when no item of the group has a target.
    public var progressShare: Double? { withTarget == 0 ? nil : shareSum / Double(withTarget) }

    /// Adds an item's share, if it has a target.
    public mutating func addProgress(_ item: Item, at now: Int64, zone: Zone) {
        guard let m = item.measure else { return }
        let latest = m.latest(at: now, zone: zone)?.value ?? 0
        withTarget += 1
        shareSum += Swift.min(m.share(of: latest) ?? 0, 1)
    }
}

extension Renderer {
    /// `, "items_with_target": N, "progress_share": S` for a group with targets, else nothing.
    func progressJSON(_ t: Tally) -> String {
        guard let share = t.progressShare else { return "" }
        return ", \"items_with_target\": \(t.withTarget), \"progress_share\": \(String(format: "%.4f", share))"
    }

    /// `,N,S` for the CSV row of a report with targets.
    func progressCSV(_ t: Tally) -> String {
        "," + String(t.withTarget) + "," + (t.progressShare.map { String(format: "%.4f", $0) } ?? "")
    }
}
