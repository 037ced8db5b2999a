/// Ledger records dated more than `Ledger.futureTolerance` after `now`: written while the
/// system clock was ahead (an RTC or NTP glitch). Left alone they would silence an item until
/// the clock caught up with them, so they are forgotten (treated as not sent), and the daemon
/// says so once. Records less far ahead (the clock set back an hour) still count: repeating
/// them would be the worse fault, and they silence nothing for long.
public struct FutureRecords: Sendable, Equatable {
    /// Records forgotten: reminders, overdue slots and the digest, each counted once.
    public var count: Int
    /// The latest instant any of them stood for.
    public var latest: Int64

    /// The warning, naming the clock.
    public func warning(now: Int64, zone: Zone) -> String {
        "The ledger held \(count) record\(count == 1 ? "" : "s") of alerts dated more than a day after the current time "
            + "(\(zone.iso8601(now)); the latest \(zone.iso8601(latest))): the system clock was ahead when "
            + "\(count == 1 ? "it was" : "they were") written. Treating \(count == 1 ? "it" : "them") as not sent"
    }
}

extension Ledger {
    /// How far ahead of the clock a record may lie and still count as sent.
    public static let futureTolerance: Int64 = 86400

    /// Forgets every record that lies more than `futureTolerance` after `now` (a reminder sent
    /// "later", an overdue slot that starts later, a digest sent later) and moves a vanished
    /// item's `missingSince` back to `now`. Nil when there was none. One read-only pass; the
    /// dictionaries are copied only when something changes.
    public mutating func forgetFuture(now: Int64, settings: Settings) -> FutureRecords? {
        let limit = now + Ledger.futureTolerance
        var count = 0
        var latest = Int64.min
        func future(_ e: LedgerEntry) -> Bool {
            if let r = e.lastReminder, r > limit { return true }
            if let s = e.lastSlot, Planner.slotStart(s, overdueAt: e.due, settings: settings) > limit { return true }
            if let m = e.missingSince, m > limit { return true }
            return false
        }
        func fix(_ e: inout LedgerEntry) {
            if let r = e.lastReminder, r > limit {
                e.lastReminder = nil
                count += 1
                latest = max(latest, r)
            }
            if let s = e.lastSlot {
                let start = Planner.slotStart(s, overdueAt: e.due, settings: settings)
                if start > limit {
                    e.lastSlot = nil
                    count += 1
                    latest = max(latest, start)
                }
            }
            if let m = e.missingSince, m > limit { e.missingSince = now }
        }
        if entries.values.contains(where: future) {
            for i in entries.indices where future(entries.values[i]) { fix(&entries.values[i]) }
        }
        if vanished.values.contains(where: future) {
            for i in vanished.indices where future(vanished.values[i]) { fix(&vanished.values[i]) }
        }
        if let d = lastDigest, d > limit {
            lastDigest = nil
            count += 1
            latest = max(latest, d)
        }
        return count > 0 ? FutureRecords(count: count, latest: latest) : nil
    }
}
