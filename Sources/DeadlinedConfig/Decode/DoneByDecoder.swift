import DeadlinedCore

extension FileDecoder {
    /// `done_by:` of an assignment: agencies that are done, each a name or `{agency, completed}`;
    /// one entry or a list. nil when an entry is wrong.
    func decodeDoneBy(_ i0: Int) -> [DoneByEntry]? {
        let i = tape.resolved(i0)
        let elements: [Int] = tape[i].kind == .sequence ? Array(tape.children(i)) : [i0]
        var out: [DoneByEntry] = []
        var ok = true
        for c in elements {
            let r = tape.resolved(c)
            if tape[r].kind == .mapping {
                guard let entries = mapping(c, what: "a 'done_by' entry", allowed: Keys.doneBy) else {
                    ok = false
                    continue
                }
                var name: String?
                var when: DueSpec?
                for e in entries {
                    if e.key == "agency" { name = text(e.value, field: "agency", strict: true) }
                    if e.key == "completed" { when = due(e.value, field: "completed")?.spec }
                }
                guard let name else {
                    error(loc(c), "a 'done_by' entry needs 'agency'")
                    ok = false
                    continue
                }
                out.append(DoneByEntry(agency: name, at: loc(c), completed: when))
            } else if let s = text(c, field: "done_by", strict: true) {
                out.append(DoneByEntry(agency: s, at: loc(c), completed: nil))
            } else {
                ok = false
            }
        }
        return ok ? out : nil
    }
}
