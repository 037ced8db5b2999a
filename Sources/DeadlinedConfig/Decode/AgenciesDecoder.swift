import DeadlinedCore

/// The `agencies:` registry: each entry's official name, short form, aliases, head and
/// email. Names repeated across entries are found when the files are merged
/// (`LoadSession.checkRegistry`), since include files may carry entries too.
extension FileDecoder {
    func decodeAgencies(_ i0: Int) {
        let i = tape.resolved(i0)
        guard tape[i].kind == .sequence else {
            error(loc(i0), "expected a list of agencies, found \(kindName(i0))")
            return
        }
        for c in tape.children(i) {
            if let a = decodeAgency(c) { agencies.append(a) }
        }
    }

    /// One entry: `{name, short, aliases, head, email}`, only `name` required.
    private func decodeAgency(_ i: Int) -> Agency? {
        let at = loc(i)
        guard let entries = mapping(i, what: "an agency", allowed: Keys.agency) else { return nil }
        var a = Agency(name: "", source: at)
        var ok = true
        for e in entries {
            let v = e.value
            switch e.key {
            case "name":
                if let s = text(v, field: "name", strict: true) {
                    a.name = Text.collapsingSpaces(s)
                } else {
                    ok = false
                }
            case "short":
                if let s = text(v, field: "short", strict: true) {
                    a.short = Text.collapsingSpaces(s)
                } else {
                    ok = false
                }
            case "aliases":
                if let list = textList(v, field: "aliases", strict: true) {
                    a.aliases = list.map { Text.collapsingSpaces($0.text) }
                } else {
                    ok = false
                }
            case "head":
                a.head = text(v, field: "head")
            case "email":
                guard let s = text(v, field: "email") else { continue }
                let address = s.trimmingWhitespace()
                if FileDecoder.looksLikeEmail(address) {
                    a.email = address
                } else {
                    error(loc(v), "'\(s)' does not look like an email address (expected name@domain.gov.vn)")
                }
            default:
                break
            }
        }
        if !entries.contains(where: { $0.key == "name" }) {
            error(at, "an agency needs 'name': its official name")
            return nil
        }
        return ok ? a : nil
    }

    /// A rough check: one `@`, something before it, a dotted domain after it, no spaces.
    /// Whether mail is delivered is for the mail server to say.
    static func looksLikeEmail(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !s.unicodeScalars.contains(where: { $0.properties.isWhitespace })
        else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }
}
