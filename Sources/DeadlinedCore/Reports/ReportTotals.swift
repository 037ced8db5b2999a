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
        // Keys are numbered by their bytes (`ByteClasses`), so an item's key is never hashed
        // as a `String` (which normalizes Vietnamese text on every hash); each new spelling
        // finds its group once, by `==`, so spellings equal under canonical equivalence share
        // the group of the first seen, as keys of a dictionary would.
        var spellings = ByteClasses()
        var groupOf: [Int] = []
        var groupIndex: [String: Int] = [:]
        var order: [String] = []
        var tallies: [Tally] = []
        var total = Tally()
        // Every state passes, cancelled too: a narrowed report still counts what was cancelled.
        var filter = filter
        filter.states = Set(ItemState.allCases)
        let agencyKeys = Set(filter.agencies.map(Text.fold))
        let narrowed = !filter.agencies.isEmpty || !filter.directives.isEmpty
        // Items are read in place: a copy of each would retain its texts box.
        items.withUnsafeBufferPointer { p in
            for n in p.indices {
                if n + RowPrefetch.ahead < p.count, let base = p.baseAddress {
                    RowPrefetch.texts(of: base + n + RowPrefetch.ahead)
                }
                let e = p[n].evaluate(at: now, settings: settings, against: settings.reportAgainst)
                if narrowed,
                    !filter.accepts(p[n], e, directive: directive(of: p[n])?.id, agencyKeys: agencyKeys)
                {
                    continue
                }
                let spelling: Int
                switch grouping {
                case .agency: spelling = Int(spellings.number(p[n].agency))
                case .directive: spelling = Int(spellings.number(directive(of: p[n])?.id ?? "-"))
                }
                if spelling == groupOf.count {
                    let key = spellings.texts[spelling]
                    if let g = groupIndex[key] {
                        groupOf.append(g)
                    } else {
                        groupIndex[key] = order.count
                        groupOf.append(order.count)
                        order.append(key)
                        tallies.append(Tally())
                    }
                }
                let g = groupOf[spelling]
                tallies[g].add(e.state, status: p[n].status)
                total.add(e.state, status: p[n].status)
                if p[n].measure != nil {
                    tallies[g].addProgress(p[n], at: now, zone: settings.zone)
                    total.addProgress(p[n], at: now, zone: settings.zone)
                }
            }
        }
        // Most overdue first; ties in Vietnamese alphabetical order.
        let ranked = zip(order, tallies).map { (key: $0, tally: $1, name: Collation.key($0)) }
        let sorted = ranked.sorted { a, b in
            a.tally.overdue != b.tally.overdue ? a.tally.overdue > b.tally.overdue : a.name < b.name
        }
        return (sorted.map { ($0.key, $0.tally) }, total)
    }
}
