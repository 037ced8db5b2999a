import DeadlinedCore

/// The fields of one assignment as read, each checked on its own, before they are checked
/// together and made into items.
struct AssignmentFields {
    /// Where the assignment's mapping starts.
    var at: SourceLocation
    /// Which keys were given (a key with a bad value counts as given).
    var has = AssignmentKeys()
    /// Some field was wrong and said so: no item is made.
    var broken = false
    var id: String?
    var agencies: [TextAt]?
    var task: String?
    var due: DueText?
    /// The nodes of `due`, `status` and `completed`, whose locations only a warning needs.
    var dueNode: Int?
    var assigned: CivilDate?
    var status: Status?
    var statusNode: Int?
    var completed: DueSpec?
    var completedNode: Int?
    var owner: String?
    var note: String?
    var doneBy: [DoneByEntry] = []
    var extensions: [ExtensionSpec] = []
    // A recurring duty's rule, read here and checked by `recurrenceRule`.
    var every: Recurrence.Period?
    var dayNode: Int?
    var starts: DueSpec?
    var until: DueSpec?
    var doneThrough: DueSpec?
    var measure = MeasureFields()

    init(at: SourceLocation) { self.at = at }
}

extension FileDecoder {
    /// Reads each field of the assignment at node `i` into `a`; false when it is not a mapping.
    func readAssignment(_ i: Int, into a: inout AssignmentFields) -> Bool {
        // The keys are all checked first, and then the fields read, in the order written, so
        // that diagnostics come in that order: each allowed key is taken once, so the keys
        // taken fit in a table of one place per key, on the stack.
        // The fields are read into `a` in place; the closure returns only whether it is a
        // mapping (the fields, a large struct, would be copied out of it).
        let capacity = Keys.assignment.words.count
        return withUnsafeTemporaryAllocation(of: (key: Int, value: Int).self, capacity: capacity) { taken in
            var n = 0
            let ok = walkMapping(i, what: "an assignment", allowed: Keys.assignment) { index, _, v in
                guard n < capacity else { return }
                taken[n] = (index, v)
                n += 1
            }
            guard ok else { return false }
            // One hold on the tape for every field (see `text(_:in:field:strict:asWritten:interned:)`).
            let t = tape
            for (index, v) in taken.prefix(n) {
                guard let key = AssignmentKey(rawValue: index) else { continue }
                a.has.insert(key)
                readField(key, v, in: t, into: &a)
            }
            return true
        }
    }

    // One case per key of an assignment: a switch over them all reads best in one place.
    private func readField(_ key: AssignmentKey, _ v: Int, in t: YAMLTape, into a: inout AssignmentFields) {
        switch key {
        case .id:
            if let s = text(v, in: t, field: "id") { a.id = Text.oneLine(s) } else { a.broken = true }
        case .agency:
            a.agencies = textList(v, in: t, field: "agency", strict: true, interned: true)
            if a.agencies == nil {
                a.broken = true
            } else if a.agencies?.isEmpty == true {
                // Else the assignment would silently track nothing.
                error(loc(v), "'agency' is an empty list: name at least one agency")
                a.broken = true
            }
        case .task:
            a.task = text(v, in: t, field: "task", strict: true)
            if a.task == nil { a.broken = true }
        case .due:
            a.due = due(v, in: t, field: "due", workingDays: true)
            a.dueNode = v
            if a.due == nil { a.broken = true }
        case .assigned:
            a.assigned = due(v, in: t, field: "assigned")?.spec.date
            if a.assigned == nil { a.broken = true }
        case .every:
            a.every = period(v)
            if a.every == nil { a.broken = true }
        case .day:
            a.dayNode = v
        case .starts:
            a.starts = due(v, in: t, field: "starts")?.spec
            if a.starts == nil { a.broken = true }
        case .until:
            a.until = due(v, in: t, field: "until")?.spec
            if a.until == nil { a.broken = true }
        case .doneThrough:
            a.doneThrough = due(v, in: t, field: "done_through")?.spec
            if a.doneThrough == nil { a.broken = true }
        case .status:
            a.statusNode = v
            a.status = spelledStatus(v, in: t) ?? status(v)
            if a.status == nil { a.broken = true }
        case .completed:
            a.completed = due(v, in: t, field: "completed")?.spec
            a.completedNode = v
            if a.completed == nil { a.broken = true }
        case .owner: a.owner = text(v, in: t, field: "owner", interned: true)
        case .note: a.note = text(v, in: t, field: "note")
        case .extensions:
            if let list = decodeExtensions(v) { a.extensions = list } else { a.broken = true }
        case .doneBy:
            if let list = decodeDoneBy(v) { a.doneBy = list } else { a.broken = true }
        case .target, .unit, .progress, .milestones: readMeasureField(key, v, into: &a)
        }
    }

    /// `every:` of a recurring duty, in English or Vietnamese.
    private func period(_ v: Int) -> Recurrence.Period? {
        guard let s = text(v, field: "every") else { return nil }
        if let p = Recurrence.Period(rawValue: Text.fold(s).replacingSpaces())
            ?? Recurrence.vietnamesePeriod(Text.fold(s))
        {
            return p
        }
        error(loc(v), "unknown period '\(s)' for 'every'; expected week, month, quarter, half_year or year")
        return nil
    }

    /// `status:`, in English or Vietnamese, with a suggestion for a near miss.
    private func status(_ v: Int) -> Status? {
        guard let s = text(v, field: "status") else { return nil }
        if let st = Status(parsing: s) { return st }
        var msg =
            "unknown status '\(s)'; expected not_started, in_progress, done, ongoing or cancelled (chưa thực hiện, đang thực hiện, hoàn thành, thường xuyên, đã hủy)"
        if let sug = Text.suggestion(for: s, among: Status.spellings) { msg += "; did you mean '\(sug)'?" }
        error(loc(v), msg)
        return nil
    }
}
