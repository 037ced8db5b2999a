import DeadlinedCore

/// An acknowledgement as read, before the time zone places `until`.
struct AckSpec: Sendable {
    var id: String
    var until: DueSpec
    var note: String?
    var at: SourceLocation
}

extension FileDecoder {
    /// The acknowledgements file: `acks: [{id, until, note, by, at}]`.
    func decodeAcks() -> [AckSpec] {
        guard let entries = mapping(0, what: "the acknowledgements file", allowed: ["acks"]) else { return [] }
        var out: [AckSpec] = []
        for e in entries {
            let v = tape.resolved(e.value)
            guard tape[v].kind == .sequence else {
                error(loc(e.value), "expected a list of acknowledgements, found \(kindName(e.value))")
                continue
            }
            for c in tape.children(v) {
                guard let fields = mapping(c, what: "an acknowledgement", allowed: ["id", "until", "note", "by", "at"])
                else { continue }
                var id: String?
                var until: DueText?
                var note: String?
                for f in fields {
                    switch f.key {
                    case "id": id = text(f.value, field: "id")
                    case "until": until = due(f.value, field: "until")
                    case "note": note = text(f.value, field: "note")
                    default: _ = text(f.value, field: f.key)
                    }
                }
                guard let id, let until else {
                    if !fields.contains(where: { $0.key == "id" }) || !fields.contains(where: { $0.key == "until" }) {
                        error(loc(c), "an acknowledgement needs 'id' and 'until'")
                    }
                    continue
                }
                out.append(AckSpec(id: id, until: until.spec, note: note, at: loc(c)))
            }
        }
        return out
    }
}
