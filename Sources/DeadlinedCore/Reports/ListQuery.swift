/// One row of `list`: an item, its state at the chosen time and its directive.
public struct ListRow: Sendable {
    public var item: Item
    public var evaluation: Evaluation
    public var directive: Directive?
    /// For a recurring duty shown as one row: its open occurrences; `item` is the one that
    /// stands for it (`DutySummary.row`).
    public var duty: DutySummary?

    public init(item: Item, evaluation: Evaluation, directive: Directive?, duty: DutySummary? = nil) {
        self.item = item
        self.evaluation = evaluation
        self.directive = directive
        self.duty = duty
    }
}

/// One item of `list`: its index in `Config.items` and its evaluation.
public struct ListPick: Sendable {
    public var index: Int32
    public var evaluation: Evaluation
    /// Set when the row stands for a whole recurring duty.
    public var duty: DutySummary? = nil
}

/// Filters for `list`.
public struct ListFilter: Sendable {
    public var agencies: [String] = []
    public var directives: [String] = []
    public var states: Set<ItemState> = []
    /// Every counted occurrence of a recurring duty as a row of its own, rather than one row
    /// per duty.
    public var occurrences = false

    public init(
        agencies: [String] = [], directives: [String] = [], states: Set<ItemState> = [], occurrences: Bool = false
    ) {
        self.agencies = agencies
        self.directives = directives
        self.states = states
        self.occurrences = occurrences
    }

    /// `agencyKeys`: `agencies` folded, made once per list rather than once per item.
    func accepts(_ item: Item, _ evaluation: Evaluation, directive: String?, agencyKeys: Set<String>) -> Bool {
        if !states.isEmpty, !states.contains(evaluation.state) { return false }
        if states.isEmpty, evaluation.state == .cancelled { return false }
        if !agencyKeys.isEmpty, !agencyKeys.contains(Text.fold(item.agency)) { return false }
        if !directives.isEmpty {
            guard let d = directive, directives.contains(d) else { return false }
        }
        return true
    }
}

extension Config {
    /// Every item at `now`, filtered, soonest due first (items without a deadline last).
    public func rows(at now: Int64, filter: ListFilter = ListFilter()) -> [ListRow] {
        picks(at: now, filter: filter).map { p in
            let item = items[Int(p.index)]
            return ListRow(item: item, evaluation: p.evaluation, directive: directive(of: item), duty: p.duty)
        }
    }

    /// The items `list` shows, in its order (deadline, then agency in Vietnamese order, then id), as indexes into `items` with
    /// their evaluation: nothing is copied. Items are read in place through a buffer: a copy
    /// of each would retain its id and its two boxes. Occurrences of recurring duties are
    /// those that count at `now` (`countedMask(at:)`), one row per duty unless
    /// `filter.occurrences`. Each row's agency is numbered while the items are read in order
    /// (`ByteClasses`) and the numbers replaced by ranks (`rankByCollation`), so the sort
    /// compares two integers before it compares ids; it moves small keys of plain integers,
    /// not the picks, which follow in place.
    public func picks(at now: Int64, filter: ListFilter = ListFilter()) -> [ListPick] {
        var kept: [ListPick] = []
        var order: [(due: Int64, agency: Int32, at: Int32)] = []
        var agencies = ByteClasses()
        let mask = duties.isEmpty ? [] : countedMask(at: now)
        // Per item, the duty row it stands for; occurrences that stand for none are left out.
        var standsFor: [Int32: DutySummary] = [:]
        if !duties.isEmpty, !filter.occurrences {
            for s in dutySummaries(at: now, mask: mask) { if let s { standsFor[s.row] = s } }
        }
        let states = Array(filter.states)  // a few states: a scan, cheaper than hashing each
        // Strings hash by canonical equivalence: NFC and NFD spellings are one key.
        let agencyKeys = Set(filter.agencies.map(Text.fold))
        let today = Item.today(at: now, settings: settings)
        items.withUnsafeBufferPointer { items in
            directives.withUnsafeBufferPointer { directives in
                for i in items.indices {
                    var summary: DutySummary?
                    if !mask.isEmpty, items[i].duty != nil {
                        guard mask[i] else { continue }
                        if !filter.occurrences {
                            guard let s = standsFor[Int32(i)] else { continue }
                            summary = s
                        }
                    }
                    let e = Item.evaluate(
                        deadline: items[i].deadline, status: items[i].status, completed: items[i].completed, at: now,
                        today: today, settings: settings)
                    if !states.isEmpty, !states.contains(e.state) { continue }
                    // Cancelled items are listed only when their state is asked for.
                    if states.isEmpty, e.state == .cancelled { continue }
                    if !filter.agencies.isEmpty || !filter.directives.isEmpty,
                        !filter.accepts(
                            items[i], e, directive: items[i].directive.map { directives[$0].id }, agencyKeys: agencyKeys
                        )
                    {
                        continue
                    }
                    order.append(
                        (
                            items[i].deadline?.overdueAt ?? Int64.max, agencies.number(items[i].texts.agency),
                            Int32(kept.count)
                        ))
                    kept.append(ListPick(index: Int32(i), evaluation: e, duty: summary))
                }
            }
            let rank = Config.rankByCollation(agencies.texts)
            for k in order.indices { order[k].agency = Int32(rank[Int(order[k].agency)]) }
            kept.withUnsafeBufferPointer { kept in
                order.sort { a, b in
                    if a.due != b.due { return a.due < b.due }
                    if a.agency != b.agency { return a.agency < b.agency }
                    // Equal ids stay in reading order: the sort is stable.
                    return items[Int(kept[Int(a.at)].index)].id < items[Int(kept[Int(b.at)].index)].id
                }
            }
        }
        // The picks put in that order in place, cycle by cycle, rather than copied into a new
        // array beside them: at a million rows, that copy would be the peak.
        for start in order.indices where order[start].at >= 0 {
            let first = kept[start]
            var k = start
            while true {
                let from = Int(order[k].at)
                order[k].at = -1
                if from == start {
                    kept[k] = first
                    break
                }
                kept[k] = kept[from]
                k = from
            }
        }
        return kept
    }
}
