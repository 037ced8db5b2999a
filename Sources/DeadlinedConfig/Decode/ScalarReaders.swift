import DeadlinedCore

/// Readers of single values shared by every section: mappings with checked keys, text,
/// durations, dates and booleans. Each reports what is wrong at the node and returns nil.
extension FileDecoder {
    /// Where node `i` starts in the file.
    func loc(_ i: Int) -> SourceLocation {
        SourceLocation(file: file, line: Int(tape.nodes[i].line), column: Int(tape.nodes[i].column))
    }

    /// What a node is, in words for a message: "a mapping", "a number", "text".
    func kindName(_ i: Int) -> String {
        let r = tape.resolved(i)
        let n = tape[r]
        switch n.kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar: return n.plain ? PlainType(tape.value(r)).name : "text"
        }
    }

    /// The entries of a mapping, keys checked for duplicates and against `allowed`.
    /// `index` is the key's position in `allowed`.
    func mapping(_ i0: Int, what: String, allowed: KeyTable) -> [MappingEntry]? {
        let i = tape.resolved(i0)
        guard tape[i].kind == .mapping else {
            error(loc(i0), "expected a mapping for \(what), found \(kindName(i0))")
            return nil
        }
        var out: [MappingEntry] = []
        out.reserveCapacity(min(Int(tape.nodes[i].end) - i, 32))
        // Allowed keys seen so far, as bits of their place in `allowed` (a repeat is then found
        // in `out`); unknown keys, rare, in a short list.
        var seenAllowed: UInt64 = 0
        var seenUnknown: [String: SourceLocation] = [:]
        var children = tape.children(i)
        while let k = children.next(), let v = children.next() {
            let kr = tape.resolved(k)
            let at = loc(k)
            guard tape.nodes[kr].kind == .scalar else {
                error(at, "a key in \(what) must be a plain word, not \(kindName(k))")
                continue
            }
            // Keys are compared as bytes; a String is made only for a message.
            guard let index = tape.index(kr, in: allowed) else {
                let key = tape.value(kr)
                if let first = seenUnknown[key] {
                    error(at, "duplicate key '\(key)' in \(what); first given at line \(first.line)")
                    continue
                }
                seenUnknown[key] = at
                var msg = "unknown key '\(key)' in \(what)"
                if key == "<<" {
                    msg +=
                        "; YAML merge keys are not supported: write the keys out (anchors and aliases of whole values work)"
                } else if let s = Text.suggestion(for: key, among: allowed.words) {
                    msg += "; did you mean '\(s)'?"
                }
                error(at, msg)
                continue
            }
            let bit: UInt64 = index < 64 ? 1 << UInt64(index) : 0
            let key = allowed.words[index]
            if seenAllowed & bit != 0 || (bit == 0 && out.contains { $0.index == index }),
                let first = out.first(where: { $0.index == index })?.at
            {
                error(at, "duplicate key '\(key)' in \(what); first given at line \(first.line)")
                continue
            }
            seenAllowed |= bit
            out.append(MappingEntry(key: key, at: at, value: v, index: index))
        }
        return out
    }

    /// A scalar as text, in NFC (`Text.nfc`) unless `asWritten` (paths: the bytes name the
    /// file). `strict` rejects numbers, booleans and null written without quotes.
    func text(_ i0: Int, field: String, strict: Bool = false, asWritten: Bool = false) -> String? {
        let i = tape.resolved(i0)
        guard tape.nodes[i].kind == .scalar else {
            error(loc(i0), "expected text for '\(field)', found \(kindName(i0))")
            return nil
        }
        let value = tape.value(i)
        if tape.nodes[i].plain {
            // Plain text that starts with a letter other than those of null, true and false
            // is text: the common case, decided without looking further.
            let first = tape.firstByte(i)
            let letter = (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A)
            let obviouslyText = first >= 0x80 || (letter && !"nNtTfF".utf8.contains(first))
            let type = obviouslyText ? PlainType.text : PlainType(value)
            if type == .null {
                error(loc(i0), "'\(field)' has no value")
                return nil
            }
            if strict, type != .text {
                error(
                    loc(i0),
                    "expected text for '\(field)', found \(type.name) (\(value)); put it in quotes if it is meant as text"
                )
                return nil
            }
        }
        if value.isBlank {
            error(loc(i0), "'\(field)' is empty")
            return nil
        }
        return asWritten ? value : Text.nfc(value)
    }

    /// One scalar or a list of scalars, each with its location.
    func textList(_ i0: Int, field: String, strict: Bool = false, asWritten: Bool = false) -> [TextAt]? {
        let i = tape.resolved(i0)
        if tape[i].kind == .sequence {
            var out: [TextAt] = []
            var ok = true
            for c in tape.children(i) {
                if let s = text(c, field: field, strict: strict, asWritten: asWritten) {
                    out.append(TextAt(text: s, at: loc(c)))
                } else {
                    ok = false
                }
            }
            return ok ? out : nil
        }
        guard let s = text(i0, field: field, strict: strict, asWritten: asWritten) else { return nil }
        return [TextAt(text: s, at: loc(i0))]
    }

    /// A duration such as `7d` or `7 ngày`, longer than zero.
    func duration(_ i: Int, field: String) -> Int64? {
        guard let s = text(i, field: field) else { return nil }
        switch DurationGrammar.parse(s) {
        case .success(let v):
            guard v > 0 else {
                error(loc(i), "'\(field)' must be longer than zero")
                return nil
            }
            return v
        case .failure(let e):
            error(loc(i), e.message)
            return nil
        }
    }

    /// A date in any due form; a working-day count only where `workingDays` allows it.
    func due(_ i: Int, field: String, workingDays: Bool = false) -> DueText? {
        guard let s = text(i, field: field) else { return nil }
        switch DueGrammar.parse(s) {
        case .success(let spec):
            if spec.kind == .workingDays, !workingDays {
                error(loc(i), "invalid date for '\(field)': '\(s)' is a count of working days, not a date")
                return nil
            }
            return DueText(spec: spec, text: s)
        case .failure(let e):
            error(loc(i), "invalid date for '\(field)': \(e.message)")
            return nil
        }
    }

    /// true or false, in English or Vietnamese (`có`, `không`).
    func bool(_ i0: Int, field: String) -> Bool? {
        let r = tape.resolved(i0)
        if tape[r].kind == .scalar {
            switch Text.fold(tape.value(r)) {
            case "true", "yes", "on", "co": return true
            case "false", "no", "off", "khong": return false
            default: break
            }
        }
        error(loc(i0), "expected true or false for '\(field)', found \(kindName(i0))")
        return nil
    }

    /// A single day (15/5/2024 or 2024-05-15), not a month or a time.
    func dayOnly(_ i: Int, field: String) -> CivilDate? {
        guard let d = due(i, field: field) else { return nil }
        let spec = d.spec, s = d.text
        guard spec.kind == .day else {
            error(loc(i), "'\(field)' takes single days such as 2/9/2025, not '\(s)'")
            return nil
        }
        return spec.date
    }
}
