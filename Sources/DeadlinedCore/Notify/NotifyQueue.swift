/// The entries `deadlined notify` has read and not yet handed to the relay, grouped into
/// one batch per agency, and the journal cursor it is safe to save. Pure: the shell reads the
/// journal, feeds entries in and sends what `due(now:)` returns.
public struct NotifyQueue: Sendable {
    public var settings: NotifySettings
    public var zone: Zone
    /// Every entry read, in journal order, until it and all before it were handled.
    var entries: [(entry: NotifyEntry, handled: Bool)] = []
    /// The cursor of the last entry such that it and every one before it were handled.
    public private(set) var savedCursor: String?

    public init(settings: NotifySettings, zone: Zone, cursor: String? = nil) {
        self.settings = settings
        self.zone = zone
        self.savedCursor = cursor
    }

    /// Entries read and not yet handled.
    public var backlog: Int { entries.lazy.filter { !$0.handled }.count }

    /// Takes the next entry read from the journal. An entry of a kind that does not go out is
    /// handled at once (the cursor moves past it).
    public mutating func add(_ e: NotifyEntry) {
        entries.append((e, !settings.kinds.contains(e.kind)))
        advance()
    }

    /// The batch key of an entry: its agency, or "" for entries with none (overall digest).
    static func key(_ e: NotifyEntry) -> String { e.agency.map { Text.fold($0) } ?? "" }

    /// The batches whose window has closed by `now`, outside quiet hours, oldest first. A
    /// batch holds every unhandled entry of its agency read so far.
    public func due(now: Int64) -> [NotifyBatch] {
        guard quietRelease(now) == now else { return [] }
        return batches().filter { $0.opened + settings.batch <= now }
    }

    /// When the next batch becomes due (its window's end, or the end of quiet hours); nil
    /// with nothing waiting.
    public func nextDue(now: Int64) -> Int64? {
        guard let first = batches().map({ $0.opened + settings.batch }).min() else { return nil }
        return quietRelease(max(first, now))
    }

    /// Every batch waiting, whether its window has closed or not (for `--dry-run --once`).
    public var pending: [NotifyBatch] { batches() }

    func quietRelease(_ t: Int64) -> Int64 { settings.quietHours?.release(after: t, zone: zone) ?? t }

    func batches() -> [NotifyBatch] {
        var order: [String] = []
        var groups: [String: NotifyBatch] = [:]
        for (e, handled) in entries where !handled {
            let k = NotifyQueue.key(e)
            if groups[k] == nil {
                order.append(k)
                groups[k] = NotifyBatch(agency: e.agency, opened: e.time, entries: [])
            }
            groups[k]?.entries.append(e)
        }
        return order.compactMap { groups[$0] }
    }

    /// Marks a batch handled: the relay took it, or refused it for good (the shell logged
    /// that). Returns the new cursor to save when it moved.
    @discardableResult
    public mutating func handled(_ b: NotifyBatch) -> String? {
        let cursors = Set(b.entries.map(\.cursor))
        for i in entries.indices where cursors.contains(entries[i].entry.cursor) { entries[i].handled = true }
        let before = savedCursor
        advance()
        return savedCursor != before ? savedCursor : nil
    }

    mutating func advance() {
        var n = 0
        while n < entries.count, entries[n].handled {
            savedCursor = entries[n].entry.cursor
            n += 1
        }
        entries.removeFirst(n)
    }
}

/// The entries of one agency that go out in one mail.
public struct NotifyBatch: Sendable, Equatable {
    /// nil for entries without an agency (the overall digest): they go to `cc`.
    public var agency: String?
    /// The time of its first entry; the batch is due `batch` seconds later.
    public var opened: Int64
    public var entries: [NotifyEntry]

    /// The entries to list: one per item (its latest entry), then those without an item
    /// (digests), in journal order.
    public var items: [NotifyEntry] {
        var last: [String: Int] = [:]
        for (i, e) in entries.enumerated() { if let id = e.itemID { last[id] = i } }
        return entries.enumerated().filter { i, e in e.itemID.map { last[$0] == i } ?? true }.map(\.1)
    }
}

/// How long to wait before the next attempt after `failures` failed ones: 30 s doubling up
/// to 30 min.
public func notifyBackoff(failures: Int) -> Int64 {
    guard failures > 0 else { return 0 }
    return min(30 << Int64(min(failures - 1, 6)), 1800)
}
