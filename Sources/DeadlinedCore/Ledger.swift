/// What has been sent about one item, so restarts neither repeat nor lose alerts.
public struct LedgerEntry: Sendable, Equatable {
    /// The deadline (`overdueAt`) these records refer to; a changed deadline starts afresh.
    public var due: Int64
    /// Fire time of the latest reminder sent: reminders due at or before it are done.
    public var lastReminder: Int64?
    /// The latest overdue slot alerted (see `Slot`); nil when never alerted as overdue.
    public var lastSlot: Int64?

    public init(due: Int64, lastReminder: Int64? = nil, lastSlot: Int64? = nil) {
        self.due = due
        self.lastReminder = lastReminder
        self.lastSlot = lastSlot
    }
}

/// The record of everything sent. Serialised as tab-separated text, one entry a line.
public struct Ledger: Sendable, Equatable {
    public var entries: [String: LedgerEntry] = [:]
    /// When the last daily digest was sent.
    public var lastDigest: Int64?

    public init(entries: [String: LedgerEntry] = [:], lastDigest: Int64? = nil) {
        self.entries = entries
        self.lastDigest = lastDigest
    }

    static let header = "deadlined-ledger 1"

    /// The text written to the state file.
    public func serialized() -> String {
        var out = Ledger.header + "\n"
        if let d = lastDigest { out += "@digest\t\(d)\n" }
        for id in entries.keys.sorted() {
            guard let e = entries[id] else { continue }
            out += "\(Text.oneLine(id))\t\(e.due)\t\(e.lastReminder.map(String.init) ?? "-")\t\(e.lastSlot.map(String.init) ?? "-")\n"
        }
        out += "@end\t\(entries.count)\n"
        return out
    }

    /// Parses a state file. Damaged lines are skipped and counted; a file cut short is noticed
    /// by its missing `@end` line. Never fails: the worst case is an empty ledger.
    public static func parse(_ text: String) -> (Ledger, problems: [String]) {
        var ledger = Ledger()
        var problems: [String] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Every line is written with its newline: a last line without one was cut short, and
        // may look valid with a truncated number. It is counted as damaged.
        let unterminated = lines.removeLast()
        guard let first = lines.first, first == header else {
            return (ledger, text.isEmpty ? ["the ledger is empty"] : ["the ledger has no valid header; starting afresh"])
        }
        var sawEnd = false
        var bad = unterminated.isEmpty ? 0 : 1
        for line in lines.dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            // Two fields: an item whose id is "@end" has four.
            if f.first == "@end", f.count == 2 {
                sawEnd = true
                continue
            }
            if f.first == "@digest", f.count == 2, let v = Int64(f[1]) {
                ledger.lastDigest = v
                continue
            }
            guard f.count == 4, !f[0].isEmpty, let due = Int64(f[1]) else {
                bad += 1
                continue
            }
            let r = f[2] == "-" ? nil : Int64(f[2])
            let s = f[3] == "-" ? nil : Int64(f[3])
            if (f[2] != "-" && r == nil) || (f[3] != "-" && s == nil) {
                bad += 1
                continue
            }
            ledger.entries[String(f[0])] = LedgerEntry(due: due, lastReminder: r, lastSlot: s)
        }
        if bad > 0 { problems.append("\(bad) damaged ledger line\(bad == 1 ? "" : "s") skipped") }
        if !sawEnd { problems.append("the ledger was cut short (no end marker); the entries read are kept") }
        return (ledger, problems)
    }
}
