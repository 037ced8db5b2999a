import Foundation

/// Why a snapshot of the counts was written.
public enum SnapshotReason: String, Sendable, CaseIterable {
    case start, reload, digest
}

/// The office's counts written to the journal, so a central `report --journal` can rebuild
/// each office's report without its configuration.
///
/// One entry per agency (DEADLINED_AGENCY), then one office entry with the totals and
/// DEADLINED_SNAPSHOT_PARTS, the number of agency entries: all share DEADLINED_SNAPSHOT (the
/// snapshot's id), DEADLINED_SNAPSHOT_AT (ISO 8601) and DEADLINED_SNAPSHOT_UNIX (the same
/// instant in seconds), DEADLINED_SNAPSHOT_REASON and DEADLINED_OFFICE. A reader holds a
/// snapshot complete when its office entry came with as many agency entries as it names.
/// The counts are those of `report --format json` by agency, one DEADLINED_N_<KEY> field
/// each (`Tally.snapshotCounts`).
public enum Snapshot {
    public static let officeField = "DEADLINED_OFFICE"

    /// The entries of one snapshot at `now`: agencies in the order `report` gives them, the
    /// office entry last.
    public static func entries(
        _ config: Config, now: Int64, reason: SnapshotReason, id: String, office: String
    ) -> [Alert] {
        let (groups, total) = config.report(at: now, by: .agency)
        let words = Words(config.settings.language)
        let common: [(String, String)] = [
            ("DEADLINED_KIND", AlertKind.snapshot.field), (officeField, office), ("DEADLINED_SNAPSHOT", id),
            ("DEADLINED_SNAPSHOT_AT", config.settings.zone.iso8601(now)),
            ("DEADLINED_SNAPSHOT_UNIX", String(now)), ("DEADLINED_SNAPSHOT_REASON", reason.rawValue),
        ]
        var out: [Alert] = []
        out.reserveCapacity(groups.count + 1)
        for (agency, t) in groups {
            let msg = words.pick(
                vi: "Số liệu \(Text.oneLine(agency)): \(t.total) nhiệm vụ, \(t.overdue) quá hạn",
                en: "Counts for \(Text.oneLine(agency)): \(t.total) tasks, \(t.overdue) overdue")
            out.append(
                Alert(
                    kind: .snapshot, priority: .info, message: msg,
                    fields: common + [("DEADLINED_AGENCY", agency)] + t.snapshotFields))
        }
        let msg = words.pick(
            vi:
                "Số liệu của \(Text.oneLine(office)): \(total.total) nhiệm vụ, \(total.overdue) quá hạn, \(groups.count) cơ quan",
            en:
                "Counts of \(Text.oneLine(office)): \(total.total) tasks, \(total.overdue) overdue, \(groups.count) agencies"
        )
        out.append(
            Alert(
                kind: .snapshot, priority: .info, message: msg,
                fields: common + [("DEADLINED_SNAPSHOT_PARTS", String(groups.count))] + total.snapshotFields))
        return out
    }
}

extension Tally {
    /// The counts of a report group, by the key `report --format json` gives each (the
    /// status split's keys prefixed `by_status_`); `total` and the shares follow from them.
    public static let snapshotKeys: [String] = [
        "done_on_time", "done_late", "not_yet_due", "due_soon", "overdue", "ongoing", "no_deadline",
        "cancelled", "by_status_done", "by_status_ongoing", "by_status_in_progress", "by_status_not_started",
        "items_with_target",
    ]

    /// The count under a key of `snapshotKeys`.
    public subscript(snapshot key: String) -> Int? {
        get {
            switch key {
            case "done_on_time": return doneOnTime
            case "done_late": return doneLate
            case "not_yet_due": return notYetDue
            case "due_soon": return dueSoon
            case "overdue": return overdue
            case "ongoing": return ongoing
            case "no_deadline": return noDeadline
            case "cancelled": return cancelled
            case "by_status_done": return byStatus.done
            case "by_status_ongoing": return byStatus.ongoing
            case "by_status_in_progress": return byStatus.inProgress
            case "by_status_not_started": return byStatus.notStarted
            case "items_with_target": return withTarget
            default: return nil
            }
        }
        set {
            let v = newValue ?? 0
            switch key {
            case "done_on_time": doneOnTime = v
            case "done_late": doneLate = v
            case "not_yet_due": notYetDue = v
            case "due_soon": dueSoon = v
            case "overdue": overdue = v
            case "ongoing": ongoing = v
            case "no_deadline": noDeadline = v
            case "cancelled": cancelled = v
            case "by_status_done": byStatus.done = v
            case "by_status_ongoing": byStatus.ongoing = v
            case "by_status_in_progress": byStatus.inProgress = v
            case "by_status_not_started": byStatus.notStarted = v
            case "items_with_target": withTarget = v
            default: break
            }
        }
    }

    /// The journal field of a count: DEADLINED_N_ and the key in capitals.
    public static func snapshotField(_ key: String) -> String { "DEADLINED_N_" + key.uppercased() }

    /// DEADLINED_N_TOTAL (for people reading the entry), one DEADLINED_N_<KEY> per
    /// `snapshotKeys`, and DEADLINED_PROGRESS_SHARE_SUM (the sum of the shares, so sums over
    /// offices keep the mean exact) when some item has a target.
    public var snapshotFields: [(String, String)] {
        var f = [("DEADLINED_N_TOTAL", String(total))]
        for k in Tally.snapshotKeys { f.append((Tally.snapshotField(k), String(self[snapshot: k] ?? 0))) }
        if withTarget > 0 { f.append(("DEADLINED_PROGRESS_SHARE_SUM", String(format: "%.6f", shareSum))) }
        return f
    }

    /// The tally a snapshot entry's fields give; nil when a count is missing or not a
    /// whole number at or above zero.
    public init?(snapshotFields fields: [String: String]) {
        self.init()
        for k in Tally.snapshotKeys {
            guard let text = fields[Tally.snapshotField(k)], let n = Int(text), n >= 0 else { return nil }
            self[snapshot: k] = n
        }
        if withTarget > 0 {
            guard let s = fields["DEADLINED_PROGRESS_SHARE_SUM"].flatMap(Double.init), s >= 0 else { return nil }
            shareSum = s
        }
    }

    /// Adds another group's counts (offices summed by agency).
    public mutating func merge(_ o: Tally) {
        for k in Tally.snapshotKeys { self[snapshot: k] = (self[snapshot: k] ?? 0) + (o[snapshot: k] ?? 0) }
        shareSum += o.shareSum
    }
}
