/// An overdue item as the HTML report lists it.
public struct OverdueLine: Sendable, Equatable {
    public var item: Item
    /// Calendar days past the due day counted against, as `report` counts them.
    public var daysOverdue: Int
}

extension Config {
    /// The items overdue at `now` that `filter` accepts (its agencies and directives), judged
    /// against the deadline `report` counts against (`settings.reportAgainst`), so they are
    /// the ones the report's overdue column counts: most days overdue first, then by agency
    /// in Vietnamese order and by id, so the order never depends on the files'.
    public func overdueLines(at now: Int64, filter: ListFilter = ListFilter()) -> [OverdueLine] {
        let narrowed = ListFilter(agencies: filter.agencies, directives: filter.directives, states: [.overdue])
        let agencyKeys = Set(filter.agencies.map(Text.fold))
        var lines: [(line: OverdueLine, agency: CollationKey)] = []
        for item in items {
            let e = item.evaluate(at: now, settings: settings, against: settings.reportAgainst)
            guard narrowed.accepts(item, e, directive: directive(of: item)?.id, agencyKeys: agencyKeys) else {
                continue
            }
            lines.append((OverdueLine(item: item, daysOverdue: e.daysOverdue ?? 0), Collation.key(item.agency)))
        }
        lines.sort { a, b in
            if a.line.daysOverdue != b.line.daysOverdue { return a.line.daysOverdue > b.line.daysOverdue }
            if a.agency != b.agency { return a.agency < b.agency }
            return a.line.item.id < b.line.item.id
        }
        return lines.map(\.line)
    }

    /// Who issued the directives, each issuer once, in the order the files name them.
    public var issuers: [String] {
        var seen = Set<String>()
        return directives.compactMap { d in
            guard let issuer = d.issuer, !issuer.isEmpty, seen.insert(issuer).inserted else { return nil }
            return issuer
        }
    }
}

extension Renderer {
    /// The due date an extension replaced, as tables show dates; a count of working days
    /// (placed only for the deadline in force) as it was written.
    func previousDue(_ x: Extension) -> String {
        x.previousDue.kind == .workingDays ? x.previousDueText : shownDue(Deadline(x.previousDue, in: zone))
    }

}
