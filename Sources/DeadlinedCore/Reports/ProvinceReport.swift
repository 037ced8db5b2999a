/// The province report: each office's latest complete snapshot, which offices have gone
/// silent, and the sums. Pure: the snapshots come from `SnapshotCollector`, `now` from
/// the caller.
public struct ProvinceReport: Sendable {
    /// An office whose latest snapshot is older than this at `now` is silent: its daemon
    /// writes one at least daily, with the digest.
    public static let silentAfter: Int64 = 2 * 86400

    public struct Office: Sendable {
        /// An office named in the journal without a complete snapshot has an empty one.
        public var snapshot: OfficeSnapshot
        public var silent: Bool
        /// When its counts are as of; nil for an office without a complete snapshot.
        public var at: Int64? { snapshot.id.isEmpty ? nil : snapshot.at }
    }

    public var now: Int64
    public var offices: [Office]

    /// `without`: offices the journal names (in alerts, or in snapshots never complete) that
    /// have no complete snapshot: listed as silent, with no counts.
    public init(_ snapshots: [OfficeSnapshot], at now: Int64, without: [String] = []) {
        self.now = now
        let empty = without.map {
            OfficeSnapshot(office: $0, id: "", at: 0, reason: "", total: Tally(), agencies: [])
        }
        offices = (snapshots + empty).sorted { Collation.less($0.office, $1.office) }.map {
            Office(snapshot: $0, silent: $0.id.isEmpty || now - $0.at > ProvinceReport.silentAfter)
        }
    }

    /// The sum over every office.
    public var total: Tally {
        var t = Tally()
        for o in offices { t.merge(o.snapshot.total) }
        return t
    }

    /// The offices as report groups, in Vietnamese order.
    public var byOffice: [(String, Tally)] { offices.map { ($0.snapshot.office, $0.snapshot.total) } }

    /// Agencies summed across offices, one row per agency identity (`Text.agencyIdentity`:
    /// "Sở Y tế" and "SỞ Y TẾ" are one), named as first seen in office order; most overdue
    /// first, then Vietnamese order, as `report` orders its groups. With each, how many
    /// offices report it.
    public var byAgency: [(name: String, tally: Tally, offices: Int)] {
        var rows: [String: (name: String, tally: Tally, offices: Int)] = [:]
        var order: [String] = []
        for o in offices {
            for (agency, t) in o.snapshot.agencies {
                let key = Text.agencyIdentity(agency)
                if rows[key] == nil {
                    rows[key] = (agency, Tally(), 0)
                    order.append(key)
                }
                rows[key]?.tally.merge(t)
                rows[key]?.offices += 1
            }
        }
        let ranked = order.compactMap { rows[$0] }.map { (row: $0, name: Collation.key($0.name)) }
        return ranked.sorted { a, b in
            a.row.tally.overdue != b.row.tally.overdue ? a.row.tally.overdue > b.row.tally.overdue : a.name < b.name
        }.map(\.row)
    }
}
