/// The journal entries for the alerts of one pass of `Engine.tick`.
extension Engine {
    /// One entry per alert fired, except that the overdue and escalated alerts of one
    /// recurring duty's occurrences are one entry (`AlertWriter.dutyAlert`), where the first
    /// of them stood: after downtime a monthly duty two years behind sends one entry, not
    /// twenty-four. The ledger keeps a record per occurrence all the same, so nothing is sent
    /// again after a restart. Every occurrence's entry carries DEADLINED_DUTY.
    func entries(for fired: [(kind: AlertKind, index: Int32)], now: Int64) -> [Alert] {
        let w = writer
        let items = config.items, duties = config.duties
        func dutyIndex(_ item: Item) -> Int? { item.duty.flatMap { $0 < duties.count ? $0 : nil } }
        func isOverdue(_ k: AlertKind) -> Bool { k == .overdue || k == .escalated }
        // Per duty, the positions in `fired` of its overdue occurrences.
        var groups: [Int: [Int]] = [:]
        for (n, f) in fired.enumerated() where isOverdue(f.kind) {
            if let d = dutyIndex(items[Int(f.index)]) { groups[d, default: []].append(n) }
        }
        var out: [Alert] = []
        out.reserveCapacity(fired.count)
        for (n, f) in fired.enumerated() {
            let item = items[Int(f.index)]
            let d = dutyIndex(item)
            if isOverdue(f.kind), let d, let g = groups[d] {
                guard g.first == n else { continue }
                let occurrences = g.map { (kind: fired[$0].kind, item: items[Int(fired[$0].index)]) }.sorted {
                    ($0.item.deadline?.overdueAt ?? Int64.max, $0.item.id) < (
                        $1.item.deadline?.overdueAt ?? Int64.max, $1.item.id
                    )
                }
                if let a = w.dutyAlert(
                    occurrences.map(\.kind), occurrences: occurrences.map(\.item), duty: duties[d],
                    directive: config.directive(of: item), now: now)
                {
                    out.append(a)
                }
                continue
            }
            var a = w.itemAlert(f.kind, item: item, directive: config.directive(of: item), now: now)
            if let d { a.fields.append(("DEADLINED_DUTY", duties[d].id)) }
            out.append(a)
        }
        return out
    }
}

extension Engine {
    /// The "resolved" entries for `indices` (items of `config` alerted as overdue and now
    /// done): one per item, except that the occurrences of one recurring duty are one entry
    /// (`AlertWriter.dutyResolved`), where the first of them stood.
    static func resolvedEntries(_ indices: [Int32], in config: Config, now: Int64) -> [Alert] {
        let w = AlertWriter(settings: config.settings)
        let items = config.items, duties = config.duties
        func dutyIndex(_ item: Item) -> Int? { item.duty.flatMap { $0 < duties.count ? $0 : nil } }
        var groups: [Int: [Int32]] = [:]
        for i in indices { if let d = dutyIndex(items[Int(i)]) { groups[d, default: []].append(i) } }
        var out: [Alert] = []
        for i in indices {
            let item = items[Int(i)]
            guard let d = dutyIndex(item), let g = groups[d] else {
                out.append(w.itemAlert(.resolved, item: item, directive: config.directive(of: item), now: now))
                continue
            }
            guard g.first == i else { continue }
            let occurrences = g.map { items[Int($0)] }.sorted {
                ($0.deadline?.overdueAt ?? Int64.max, $0.id) < ($1.deadline?.overdueAt ?? Int64.max, $1.id)
            }
            if let a = w.dutyResolved(
                occurrences, duty: duties[d], directive: config.directive(of: item), now: now)
            {
                out.append(a)
            }
        }
        return out
    }
}
