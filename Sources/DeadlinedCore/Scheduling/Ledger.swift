/// What has been sent about one item, so restarts neither repeat nor lose alerts.
public struct LedgerEntry: Sendable, Equatable {
    /// The deadline (`overdueAt`) these records refer to; a changed deadline starts afresh.
    public var due: Int64
    /// Fire time of the latest reminder sent: reminders due at or before it are done.
    public var lastReminder: Int64?
    /// The latest overdue slot alerted (see `Slot`); nil when never alerted as overdue.
    public var lastSlot: Int64?
    /// When the item went missing from the configuration; nil while it is in it. Set only on
    /// the records in `Ledger.vanished`.
    public var missingSince: Int64?

    public init(due: Int64, lastReminder: Int64? = nil, lastSlot: Int64? = nil, missingSince: Int64? = nil) {
        self.due = due
        self.lastReminder = lastReminder
        self.lastSlot = lastSlot
        self.missingSince = missingSince
    }
}

/// The record of everything sent. Serialised as tab-separated text, one entry a line.
public struct Ledger: Sendable, Equatable {
    /// Records of the items in the configuration.
    public var entries: [String: LedgerEntry] = [:]
    /// Records of items that left the configuration less than `vanishedGrace` ago (a drop-in
    /// moved away for a moment, a file saved in two halves): an item that comes back continues
    /// its history instead of being alerted again in the same slot.
    public var vanished: [String: LedgerEntry] = [:]
    /// When the last daily digest was sent.
    public var lastDigest: Int64?
    /// What was sent about the progress of items with a target (`@progress` lines).
    public var progress: [String: ProgressRecord] = [:]

    /// How long the record of a vanished item is kept.
    public static let vanishedGrace: Int64 = 7 * 86400

    public init(entries: [String: LedgerEntry] = [:], vanished: [String: LedgerEntry] = [:], lastDigest: Int64? = nil) {
        self.entries = entries
        self.vanished = vanished
        self.lastDigest = lastDigest
    }

    /// Version 1 has four fields a line; version 2 adds `missingSince`. Both are read.
    static let headerV1 = "deadlined-ledger 1"
    static let header = "deadlined-ledger 2"

    /// The text written to the state file.
    public func serialized() -> String {
        var out = Ledger.header + "\n"
        if let d = lastDigest { out += "@digest\t\(d)\n" }
        func field(_ v: Int64?) -> String { v.map(String.init) ?? "-" }
        // An id is in one of the two dictionaries; were it in both (never made so here), the
        // current record is the one that counts, and is written last so it is the one read.
        let ids = vanished.isEmpty ? entries.keys.sorted() : Set(entries.keys).union(vanished.keys).sorted()
        var lines = 0
        func write(_ id: String, _ e: LedgerEntry) {
            out +=
                "\(Text.oneLine(id))\t\(e.due)\t\(field(e.lastReminder))\t\(field(e.lastSlot))\t\(field(e.missingSince))\n"
            lines += 1
        }
        for id in ids {
            if let v = vanished[id] { write(id, v) }
            if let e = entries[id] { write(id, e) }
        }
        for (id, p) in progress.sorted(by: { $0.key < $1.key }) {
            out += "@progress\t\(Text.oneLine(id))\t\(field(p.lastBehind))\t\(p.reached ? 1 : 0)\n"
        }
        out += "@end\t\(lines)\n"
        return out
    }

    /// Parses a state file. Damaged lines are skipped and counted; a file cut short is noticed
    /// by its missing `@end` line. Never fails: the worst case is an empty ledger. At most one
    /// problem, summarising the damage.
    public static func parse(_ text: String, maxEntries: Int = Int.max) -> (Ledger, problems: [String]) {
        var reader = LedgerReader(maxEntries: maxEntries)
        var text = text
        text.withUTF8 { reader.feed(UnsafeRawBufferPointer($0)) }
        return reader.finish()
    }
}
