/// Grouping of `report`.
public enum ReportGrouping: String, Sendable, CaseIterable {
    case agency, directive
}

extension Config {
    /// The tallies by agency or directive, and the total, of the items `filter` accepts (its
    /// agencies and directives, matched as `list` matches them; its states are not read).
    /// Groups with the most overdue items come first.
    public func report(
        at now: Int64, by grouping: ReportGrouping, filter: ListFilter = ListFilter()
    ) -> (groups: [(String, Tally)], total: Tally) {
        var groups: [String: Tally] = [:]
        var order: [String] = []
        var total = Tally()
        var filter = filter
        filter.states = []
        let agencyKeys = Set(filter.agencies.map(Text.fold))
        let narrowed = !filter.agencies.isEmpty || !filter.directives.isEmpty
        for item in items {
            let e = item.evaluate(at: now, settings: settings, against: settings.reportAgainst)
            if narrowed, !filter.accepts(item, e, directive: directive(of: item)?.id, agencyKeys: agencyKeys) {
                continue
            }
            let key: String
            switch grouping {
            case .agency: key = item.agency
            case .directive: key = directive(of: item)?.id ?? "-"
            }
            if groups[key] == nil { order.append(key) }
            groups[key, default: Tally()].add(e.state, status: item.status)
            total.add(e.state, status: item.status)
        }
        let sorted = order.sorted { (groups[$0]?.overdue ?? 0, $1) > (groups[$1]?.overdue ?? 0, $0) }
        return (sorted.map { ($0, groups[$0] ?? Tally()) }, total)
    }
}
