/// One office's counts as of one complete snapshot read back from the journal.
public struct OfficeSnapshot: Sendable {
    public var office: String
    /// DEADLINED_SNAPSHOT: the id shared by the snapshot's entries.
    public var id: String
    /// The instant the counts are as of (DEADLINED_SNAPSHOT_UNIX).
    public var at: Int64
    public var reason: String
    public var total: Tally
    /// By agency, in the order of `report`: most overdue first, then Vietnamese order.
    public var agencies: [(String, Tally)]

    public init(office: String, id: String, at: Int64, reason: String, total: Tally, agencies: [(String, Tally)]) {
        self.office = office
        self.id = id
        self.at = at
        self.reason = reason
        self.total = total
        self.agencies = agencies
    }
}

/// Reads snapshot entries (their `DEADLINED_*` fields) in any order and keeps, per office,
/// the latest complete snapshot: the office entry and as many distinct agency entries as
/// its DEADLINED_SNAPSHOT_PARTS names, all with the same DEADLINED_SNAPSHOT. A snapshot
/// missing an entry (cut by journald's rate limit, or still on its way) is passed over for
/// that office's previous one.
public struct SnapshotCollector: Sendable {
    struct Pending: Sendable {
        var agencies: [String: Tally] = [:]
        var parts: Int?
        var total: Tally?
        var at: Int64 = 0
        var reason = ""
    }

    var pending: [String: Pending] = [:]
    var latest: [String: OfficeSnapshot] = [:]
    /// Entries without an office, id, instant or a whole set of counts: not used.
    public private(set) var unreadable = 0

    public init() {}

    /// Takes one snapshot entry's fields.
    public mutating func add(_ f: [String: String]) {
        guard let office = f[Snapshot.officeField], let id = f["DEADLINED_SNAPSHOT"],
            let at = f["DEADLINED_SNAPSHOT_UNIX"].flatMap({ Int64($0) }), let tally = Tally(snapshotFields: f)
        else {
            unreadable += 1
            return
        }
        // An office whose snapshot at this instant or later is complete needs no older one.
        if let kept = latest[office], kept.at >= at { return }
        let key = office + "\u{0}" + id
        var p = pending[key] ?? Pending()
        p.at = at
        p.reason = f["DEADLINED_SNAPSHOT_REASON"] ?? ""
        if let parts = f["DEADLINED_SNAPSHOT_PARTS"] {
            guard let n = Int(parts), n >= 0 else {
                unreadable += 1
                return
            }
            p.parts = n
            p.total = tally
        } else if let agency = f["DEADLINED_AGENCY"] {
            p.agencies[agency] = tally
        } else {
            unreadable += 1
            return
        }
        if let parts = p.parts, let total = p.total, p.agencies.count == parts {
            pending[key] = nil
            let ranked = p.agencies.map { (key: $0.key, overdue: $0.value.overdue, name: Collation.key($0.key)) }
                .sorted { a, b in a.overdue != b.overdue ? a.overdue > b.overdue : a.name < b.name }
            latest[office] = OfficeSnapshot(
                office: office, id: id, at: at, reason: p.reason, total: total,
                agencies: ranked.map { ($0.key, p.agencies[$0.key] ?? Tally()) })
        } else {
            pending[key] = p
        }
    }

    /// Every office named in the journal (`SnapshotJournal`: DEADLINED_OFFICE's values).
    public var named: Set<String> = []

    /// The offices named without a complete snapshot, in Vietnamese order.
    public var withoutSnapshot: [String] {
        named.filter { latest[$0] == nil }.sorted(by: Collation.less)
    }

    /// How many offices have a complete snapshot so far.
    public var completeOffices: Int { latest.count }

    /// The latest complete snapshot of each office, offices in Vietnamese order.
    public var snapshots: [OfficeSnapshot] {
        latest.values.sorted { Collation.less($0.office, $1.office) }
    }
}
