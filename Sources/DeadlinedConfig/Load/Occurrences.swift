import DeadlinedCore

/// Recurring duties made into dated items, once every file is merged.
extension LoadSession {
    /// Adds each recurring duty's occurrences, through `until` or a year past `asOf` (a year
    /// past its start without `asOf`). Returns the end of that horizon when any duty is open-
    /// ended, so the daemon knows when to make more.
    func makeOccurrences() -> Int64? {
        guard !recurring.isEmpty else { return nil }
        let zone = settings.zone
        let base = asOf.map { zone.local($0).date }
        var openEnded: CivilDate?
        for duty in recurring {
            let template = duty.template, rule = duty.rule
            let dutyIndex = duties.count
            duties.append(Duty(id: template.id, rule: rule.every.vietnamese, source: template.source))
            let horizon = (base ?? rule.starts).adding(days: LoadSession.horizonDays)
            if rule.until == nil || (rule.until ?? horizon) > horizon { openEnded = min(openEnded ?? horizon, horizon) }
            for occ in rule.occurrences(through: horizon) {
                let id = template.id + "@" + occ.key
                if itemIds.insert(id, at: items.count, idAt: { self.items[$0].id }) != nil {
                    error(
                        template.source, "duplicate id '\(id)': an occurrence of this duty has the id of another item")
                    continue
                }
                var item = Item(
                    id: id, directive: template.directive, agency: template.agency, task: template.task, deadline: nil,
                    dueText: occ.due.description + " (" + rule.every.vietnamese + ")",
                    status: occ.done ? .done : template.status,
                    completed: nil, owner: template.owner, note: template.note, source: template.source)
                item.duty = dutyIndex
                items.append(item)
                dueSpecs.append(DueSpec(kind: .day, date: occ.due))
                completedSpecs.append(nil)
                if items.count > limits.maxItems, !tooMany {
                    error(template.source, "more than \(limits.maxItems) items (limit max_items)")
                    tooMany = true
                    return nil
                }
            }
        }
        return openEnded.map { zone.instant($0) }
    }
}
