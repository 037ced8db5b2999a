/// Grouping of `report`.
public enum ReportGrouping: String, Sendable, CaseIterable {
    case agency, directive
}

extension Config {
    /// The tallies by agency or directive, and the total, of the items that count at `now`
    /// (`countedItems(at:dutiesAsOne:)`) and that `filter` accepts (its agencies and
    /// directives, matched as `list` matches them; its states are not read). Groups with the
    /// most overdue items come first, then in Vietnamese alphabetical order (`Collation`).
    public func report(
        at now: Int64, by grouping: ReportGrouping, filter: ListFilter = ListFilter(), dutiesAsOne: Bool = false
    ) -> (groups: [(String, Tally)], total: Tally) {
        let items = countedItems(at: now, dutiesAsOne: dutiesAsOne)
        var groups: [String: Tally] = [:]
        var order: [String] = []
        var total = Tally()
        // Every state passes, cancelled too: a narrowed report still counts what was cancelled.
        var filter = filter
        filter.states = Set(ItemState.allCases)
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
            if item.measure != nil {
                groups[key, default: Tally()].addProgress(item, at: now, zone: settings.zone)
                total.addProgress(item, at: now, zone: settings.zone)
            }
        }
        // Most overdue first; ties in Vietnamese alphabetical order.
        let ranked = order.map { (key: $0, overdue: groups[$0]?.overdue ?? 0, name: Collation.key($0)) }
        let sorted = ranked.sorted { a, b in a.overdue != b.overdue ? a.overdue > b.overdue : a.name < b.name }
        return (sorted.map { ($0.key, groups[$0.key] ?? Tally()) }, total)
    }
}
