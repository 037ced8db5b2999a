/// An overdue item as the HTML report lists it.
public struct OverdueLine: Sendable, Equatable {
    public var item: Item
    /// Calendar days past the due day counted against, as `report` counts them.
    public var daysOverdue: Int
}

extension Config {
    /// The items overdue at `now`, judged against the deadline `report` counts against
    /// (`settings.reportAgainst`), so they are the ones the report's overdue column counts:
    /// most days overdue first, then by agency and id so the order never depends on the files'.
    public func overdueLines(at now: Int64) -> [OverdueLine] {
        var lines: [OverdueLine] = []
        for item in items {
            let e = item.evaluate(at: now, settings: settings, against: settings.reportAgainst)
            if e.state == .overdue { lines.append(OverdueLine(item: item, daysOverdue: e.daysOverdue ?? 0)) }
        }
        return lines.sorted {
            ($0.daysOverdue, $1.item.agency, $1.item.id) > ($1.daysOverdue, $0.item.agency, $0.item.id)
        }
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

    /// A share 0...1 as a percentage with one decimal: a decimal comma in Vietnamese.
    func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        let separator = words.pick(vi: ",", en: ".")
        return "\(tenths / 10)\(separator)\(tenths % 10) %"
    }
}
