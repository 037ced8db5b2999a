/// Grouping of `report`.
public enum ReportGrouping: String, Sendable, CaseIterable {
    case agency, directive
}

extension Config {
    /// The four-way tallies by agency or directive, and the total.
    public func report(at now: Int64, by grouping: ReportGrouping) -> (groups: [(String, Tally)], total: Tally) {
        var groups: [String: Tally] = [:]
        var order: [String] = []
        var total = Tally()
        for item in items {
            let state = item.evaluate(at: now, settings: settings, against: settings.reportAgainst).state
            let key: String
            switch grouping {
            case .agency: key = item.agency
            case .directive: key = directive(of: item)?.id ?? "-"
            }
            if groups[key] == nil { order.append(key) }
            groups[key, default: Tally()].add(state)
            total.add(state)
            if item.measure != nil {
                groups[key, default: Tally()].addProgress(item, at: now, zone: settings.zone)
                total.addProgress(item, at: now, zone: settings.zone)
            }
        }
        let sorted = order.sorted { (groups[$0]?.overdue ?? 0, $1) > (groups[$1]?.overdue ?? 0, $0) }
        return (sorted.map { ($0, groups[$0] ?? Tally()) }, total)
    }
}
