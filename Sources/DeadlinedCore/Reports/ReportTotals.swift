/// Grouping of `report`.
public enum ReportGrouping: String, Sendable, CaseIterable {
    case agency, directive
}

extension Config {
    /// The four-way tallies by agency or directive, and the total, of the items that count
    /// at `now` (`countedItems(at:dutiesAsOne:)`).
    public func report(
        at now: Int64, by grouping: ReportGrouping, dutiesAsOne: Bool = false
    ) -> (groups: [(String, Tally)], total: Tally) {
        let items = countedItems(at: now, dutiesAsOne: dutiesAsOne)
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
        }
        let sorted = order.sorted { (groups[$0]?.overdue ?? 0, $1) > (groups[$1]?.overdue ?? 0, $0) }
        return (sorted.map { ($0, groups[$0] ?? Tally()) }, total)
    }
}
