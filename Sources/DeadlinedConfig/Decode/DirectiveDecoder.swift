import DeadlinedCore

/// `directives:` entries, each with its own list of assignments, and the lists of assignments.
extension FileDecoder {
    /// One directive: its id (given, or derived from its reference or title), its fields and
    /// its assignments.
    func decodeDirective(_ i: Int) {
        let at = loc(i)
        guard let entries = mapping(i, what: "a directive", allowed: Keys.directive) else { return }
        var d = Directive(id: "", source: at)
        var assignments: Int?
        var explicitId = false
        for e in entries {
            switch e.key {
            case "id":
                if let s = text(e.value, field: "id") {
                    d.id = Text.oneLine(s)
                    explicitId = true
                }
            case "title": d.title = text(e.value, field: "title")
            case "issuer": d.issuer = text(e.value, field: "issuer")
            case "reference": d.reference = text(e.value, field: "reference")
            case "issued": d.issued = due(e.value, field: "issued")?.spec.date
            case "note": _ = text(e.value, field: "note")
            case "assignments": assignments = e.value
            default: break
            }
        }
        if !explicitId {
            if let r = d.reference ?? d.title {
                d.id = String(Text.slug(r).prefix(60))
            } else {
                error(at, "a directive needs an 'id' (or a 'reference' or 'title' to derive one from)")
                return
            }
        }
        if let first = directiveIds[d.id] {
            diagnostics.appendDuplicate(.directive, d.id, at: at, first: first)
            return
        }
        directiveIds[d.id] = at
        directives.append(d)
        if let a = assignments {
            decodeAssignments(a, directive: directives.count - 1)
        } else {
            warning(at, "directive '\(d.id)' has no assignments")
        }
    }

    /// A list of assignments, of a directive (its index in `directives`) or at the top level.
    func decodeAssignments(_ i0: Int, directive: Int?) {
        let i = tape.resolved(i0)
        guard tape[i].kind == .sequence else {
            error(loc(i0), "expected a list of assignments, found \(kindName(i0))")
            return
        }
        // Room for one item per assignment (more when an assignment names several agencies),
        // grown at least twofold: a file of many small directives must not reallocate on each.
        var n = 0
        for _ in tape.children(i) { n += 1 }
        let total = items.count + n
        if total > items.capacity { reserveItems(Swift.max(total, items.capacity * 2)) }
        for a in tape.children(i) {
            if tooMany { return }
            decodeAssignment(a, directive: directive)
        }
    }

    /// Room for `room` items in every array kept per item.
    func reserveItems(_ room: Int) {
        items.reserveCapacity(room)
        dueSpecs.reserveCapacity(room)
        completedSpecs.reserveCapacity(room)
        idList.reserveCapacity(room)
        idHashes.reserveCapacity(room)
        idIndex.reserve(room)
    }
}
