import DeadlinedCore

/// An assignment: its fields are read, checked together (recurrence, status, agencies), its
/// working-day count is anchored and its extensions applied; then one item is made per agency.
extension FileDecoder {
    func decodeAssignment(_ i: Int, directive: Int?) {
        // Read in place: the fields are a large struct, copied twice more through an optional.
        var a = AssignmentFields(at: loc(i))
        guard readAssignment(i, into: &a) else { return }
        // The id index's slot for the id is a cache miss in a table of a large file's ids:
        // loading it starts now, while the fields are checked together, not when it is needed.
        let idHash = a.id.map(IdIndex.hash)
        if let h = idHash { idIndex.prefetch(h) }
        checkRequired(&a)
        let rule = recurrenceRule(&a, directive: directive)
        let status = resolveStatus(&a)
        let measure = checkMeasure(&a, directive: directive, recurring: rule != nil)
        checkDateOrder(a, directive: directive)
        guard !a.broken, let agencies = a.agencies, let task = a.task else { return }
        guard let match = matchAgencies(a, agencies) else { return }
        guard anchorWorkingDays(&a, directive: directive) else { return }
        guard let extensions = applyExtensions(&a) else { return }
        if a.due == nil, rule == nil, status == .notStarted || status == .inProgress { noteUndated() }
        let baseId = a.id ?? derivedId(agencies, task: task, directive: directive)
        if a.id == nil {
            warning(
                a.at,
                "assignment has no 'id'; using '\(baseId)', which changes whenever the task text changes (add 'id:' to keep its alert history)"
            )
        }
        let checked = CheckedAssignment(
            baseId: baseId, idHash: idHash, agencies: agencies, task: task, status: status, match: match,
            extensions: extensions, rule: rule, directive: directive, measure: measure)
        makeItems(a, checked)
    }

    /// What an assignment checked together comes to, from which its items are made.
    struct CheckedAssignment {
        var baseId: String
        /// `IdIndex.hash` of the `id` given, nil when none was.
        var idHash: UInt64?
        var agencies: [TextAt]
        var task: String
        var status: Status
        var match: AgencyMatch
        var extensions: [Extension]
        var rule: Recurrence?
        var directive: Int?
        var measure: Measure?
    }

    /// `agency` and `task` must be there.
    private func checkRequired(_ a: inout AssignmentFields) {
        if !a.has.contains(.agency) {
            error(a.at, "assignment has no 'agency': name the agency (or a list of agencies) responsible")
            a.broken = true
        }
        if !a.has.contains(.task) {
            error(a.at, "assignment has no 'task': say what is to be done")
            a.broken = true
        }
    }

    /// The status in force (`completed` alone means done), and what contradicts it.
    private func resolveStatus(_ a: inout AssignmentFields) -> Status {
        if a.completed != nil, a.status == nil { a.status = .done }
        let st = a.status ?? .notStarted
        if let c = a.completed, st != .done, let sa = a.statusNode {
            warning(
                loc(sa),
                "'completed: \(c.date)' is given but the status is '\(st.rawValue)'; the item is treated as not done")
        }
        if st == .ongoing, a.due != nil, let sa = a.statusNode {
            warning(loc(sa), "the item is 'ongoing' (regular work), so its 'due' is not tracked")
        }
        return st
    }

    /// Agencies: one item each; no duplicates, and `done_by` names only them. Names are
    /// matched through a map (linear). nil when something is wrong.
    private func matchAgencies(_ a: AssignmentFields, _ agencies: [TextAt]) -> AgencyMatch? {
        let match = AgencyMatch(agencies: agencies, doneBy: a.doneBy)
        var broken = false
        for r in match.repeats {
            error(r.at, "agency '\(r.name)' is listed twice in this assignment (first at line \(r.previous.line))")
            broken = true
        }
        for (k, entry) in match.unknownDoneBy.map({ a.doneBy[$0] }).enumerated() {
            var msg = "'done_by' names '\(entry.agency)', which is not among this assignment's agencies"
            // A suggestion measures against every agency: for all of n unknown names, n².
            if k < 10, let s = Text.suggestion(for: entry.agency, among: agencies.map(\.text)) {
                msg += "; did you mean '\(s)'?"
            }
            error(entry.at, msg)
            broken = true
        }
        return broken ? nil : match
    }

    /// `5 ngày làm việc` counts from the day of assignment (not counted, Civil Code art. 147):
    /// `assigned`, else the directive's `issued`. The count is placed once the holiday
    /// calendar is known, at the end of the load. false when there is nothing to count from.
    private func anchorWorkingDays(_ a: inout AssignmentFields, directive: Int?) -> Bool {
        guard var d = a.due, d.spec.kind == .workingDays else { return true }
        guard let start = a.assigned ?? directive.flatMap({ directives[$0].issued }) else {
            error(
                a.at,
                "'due: \(d.text)' counts working days from 'assigned' (or the directive's 'issued'), and neither is given"
            )
            return false
        }
        d.spec.date = start
        a.due = d
        return true
    }

    /// The id of an assignment without one: a hash of its directive, agencies and task.
    private func derivedId(_ agencies: [TextAt], task: String, directive: Int?) -> String {
        let dirId = directive.map { directives[$0].id } ?? ""
        let h = Text.fnv1a(dirId + "\n" + agencies.map(\.text).joined(separator: "\n") + "\n" + task)
        return "a" + String(String(h, radix: 16).suffix(10))
    }

    /// One item per agency (`base/agency-slug` when there are several), or one recurring
    /// duty's template per agency; an id already given in this file is an error.
    private func makeItems(_ a: AssignmentFields, _ checked: CheckedAssignment) {
        let agencies = checked.agencies
        for (n, agency) in agencies.enumerated() {
            let itemId = agencies.count == 1 ? checked.baseId : checked.baseId + "/" + Text.slug(agency.text)
            let source = agencies.count == 1 ? a.at : agency.at
            let idHash = agencies.count == 1 ? checked.idHash ?? IdIndex.hash(itemId) : IdIndex.hash(itemId)
            if let p = idIndex.insert(itemId, hash: idHash, at: idList.count, idAt: { self.idList[$0].id }) {
                diagnostics.appendDuplicate(.item, itemId, at: source, first: idList[p].at)
                continue
            }
            idList.append((itemId, a.at))
            var itemStatus = checked.status
            var itemCompleted = a.completed
            if let d = checked.match.doneBy(agency: n).map({ a.doneBy[$0] }) {
                itemStatus = .done
                itemCompleted = d.completed ?? a.completed
            }
            // Agencies, due texts and owners were read interned (`text(_:in:field:strict:asWritten:interned:)`):
            // only an agency trimmed here is a new text.
            let trimmed = agency.text.trimmingWhitespace()
            var item = Item(
                id: itemId, directive: checked.directive,
                agency: trimmed.utf8.count == agency.text.utf8.count ? agency.text : interner.intern(trimmed),
                task: checked.task, deadline: nil, dueText: a.due?.text, status: itemStatus,
                completed: nil, owner: a.owner, note: a.note, source: source, extensions: checked.extensions)
            if let m = checked.measure { item.measure = m }
            if let rule = checked.rule {
                recurring.append(RecurringDuty(template: item, rule: rule))
                continue
            }
            items.append(item)
            if !checked.extensions.isEmpty { hasExtensions = true }
            idHashes.append(idHash)
            dueSpecs.append(a.due?.spec)
            completedSpecs.append(itemStatus == .done ? itemCompleted : nil)
            if items.count > limits.maxItems {
                error(a.at, "more than \(limits.maxItems) items (limit max_items)")
                tooMany = true
                return
            }
        }
    }
}
