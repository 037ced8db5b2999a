import DeadlinedCore

/// `extensions:` of an assignment: deadlines moved by later documents, oldest first. The last
/// one's due is the deadline in force; each records the due it replaced.
extension FileDecoder {
    /// The list as read; nil when an entry is wrong.
    func decodeExtensions(_ i0: Int) -> [ExtensionSpec]? {
        let i = tape.resolved(i0)
        guard tape[i].kind == .sequence else {
            error(loc(i0), "expected a list of extensions, found \(kindName(i0))")
            return nil
        }
        var out: [ExtensionSpec] = []
        var ok = true
        for c in tape.children(i) {
            guard let entries = mapping(c, what: "an extension", allowed: Keys.extensionKeys) else {
                ok = false
                continue
            }
            var due: DueText?
            var reference: String?
            var granted: CivilDate?
            for e in entries {
                switch e.key {
                case "due": due = self.due(e.value, field: "due", workingDays: true)
                case "reference": reference = text(e.value, field: "reference")
                case "granted": granted = self.due(e.value, field: "granted")?.spec.date
                default: break
                }
            }
            guard let due else {
                if !entries.contains(where: { $0.key == "due" }) { error(loc(c), "an extension needs its new 'due'") }
                ok = false
                continue
            }
            out.append(ExtensionSpec(due: due.spec, text: due.text, reference: reference, granted: granted, at: loc(c)))
        }
        return ok ? out : nil
    }

    /// Chains the assignment's extensions onto its due date, which becomes the last one's;
    /// returns what each replaced, or nil when they cannot be applied (and says why).
    func applyExtensions(_ a: inout AssignmentFields) -> [Extension]? {
        var extensions: [Extension] = []
        guard let firstSpec = a.extensions.first else { return extensions }
        guard var current = a.due else {
            error(firstSpec.at, "'extensions' extend the 'due' date, but this assignment has none")
            return nil
        }
        for var x in a.extensions {
            if x.due.kind == .workingDays {
                guard let g = x.granted else {
                    error(
                        x.at,
                        "an extension of '\(x.text)' counts working days from its 'granted' date, which is not given")
                    return nil
                }
                x.due.date = g
            }
            // Dates the text names (not counts of working days): an "extension" to an
            // earlier day is most likely a typo, or the extensions are out of order.
            if x.due.kind != .workingDays, current.spec.kind != .workingDays, x.due.date < current.spec.date {
                warning(
                    x.at,
                    "this extension moves the deadline earlier, from '\(current.text)' to '\(x.text)'; extensions are listed oldest first"
                )
            }
            extensions.append(
                Extension(
                    previousDue: current.spec, previousDueText: current.text, reference: x.reference, granted: x.granted
                ))
            current = DueText(spec: x.due, text: x.text)
        }
        a.due = current
        return extensions
    }
}
