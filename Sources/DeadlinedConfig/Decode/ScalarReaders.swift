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

    /// The entries of a mapping, keys checked for duplicates and against `allowed` as
    /// `walkMapping` checks them. `index` is the key's place in `allowed`.
    func mapping(_ i0: Int, what: String, allowed: KeyTable) -> [MappingEntry]? {
        var out: [MappingEntry] = []
        let r = tape.resolved(i0)
        if tape.nodes[r].kind == .mapping { out.reserveCapacity(min(Int(tape.nodes[r].end) - r, 32)) }
        let ok = walkMapping(i0, what: what, allowed: allowed) { index, k, v in
            out.append(MappingEntry(key: allowed.words[index], at: loc(k), value: v, index: index))
        }
        return ok ? out : nil
    }

    /// A scalar as text, in NFC (`Text.nfc`) unless `asWritten` (paths: the bytes name the
    /// file). `strict` rejects numbers, booleans and null written without quotes.
    func text(_ i0: Int, field: String, strict: Bool = false, asWritten: Bool = false) -> String? {
        text(i0, in: tape, field: field, strict: strict, asWritten: asWritten)
    }

    /// `text` of a tape the caller holds, the one being decoded. Each use of the property
    /// `tape` retains and releases its arrays, and this runs for most values of a file: taken
    /// as an argument, it is held once, by a caller reading many values. `interned`: a text
    /// many items repeat (an agency, a due date as written), taken from `interner` when it
    /// holds the same bytes, with no new `String`, and kept there when it does not.
    func text(
        _ i0: Int, in t: YAMLTape, field: String, strict: Bool = false, asWritten: Bool = false,
        interned: Bool = false
    ) -> String? {
        let i = t.resolved(i0)
        guard t.nodes[i].kind == .scalar else {
            error(loc(i0), "expected text for '\(field)', found \(kindName(i0))")
            return nil
        }
        let plain = t.nodes[i].plain, nfc = asWritten || t.nodes[i].nfc
        if let ready = t.withValueBytes(i, { readyText($0, plain: plain, nfc: nfc, interned: interned) }) {
            return ready
        }
        let value = t.value(i)
        if t.nodes[i].plain {
            // Plain text that starts with a letter other than those of null, true and false
            // is text: the common case, decided without looking further.
            let first = t.firstByte(i)
            let obviouslyText = FileDecoder.startsPlainText(first)
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
        let out = asWritten ? value : Text.nfc(value)
        return interned ? interner.intern(out) : out
    }

    /// The common case of `text`, decided on the bytes with no `String` made to check them:
    /// not empty, not starting with whitespace (so not blank), plain text that starts with a
    /// letter other than those of null, true and false (so text, whatever `strict` says), and
    /// `nfc`: surely NFC already (as the scanner found), or read as written. nil for anything
    /// else, which `text` reads the long way.
    private func readyText(_ b: UnsafeBufferPointer<UInt8>, plain: Bool, nfc: Bool, interned: Bool) -> String? {
        guard let first = b.first, !Text.mayStartSpace(first, b.count > 1 ? b[1] : nil) else { return nil }
        if plain {
            guard FileDecoder.startsPlainText(first) else { return nil }
        }
        guard nfc else { return nil }
        guard interned else { return String(decoding: b, as: UTF8.self) }
        return interner.interned(b) ?? interner.intern(String(decoding: b, as: UTF8.self))
    }

    /// Whether a plain scalar starting with byte `first` is text whatever follows: a letter
    /// other than those that start null, true and false (n, t, f in either case), or any
    /// character past ASCII.
    @inline(__always)
    static func startsPlainText(_ first: UInt8) -> Bool {
        if first >= 0x80 { return true }
        let lower = first | 0x20  // A-Z to a-z; no other byte lands in a-z
        return lower >= 0x61 && lower <= 0x7A && lower != 0x6E && lower != 0x74 && lower != 0x66
    }

    /// One scalar or a list of scalars, each with its location.
    func textList(_ i0: Int, field: String, strict: Bool = false, asWritten: Bool = false) -> [TextAt]? {
        textList(i0, in: tape, field: field, strict: strict, asWritten: asWritten)
    }

    /// `textList` of a tape held by the caller (see `text(_:in:field:strict:asWritten:interned:)`).
    func textList(
        _ i0: Int, in t: YAMLTape, field: String, strict: Bool = false, asWritten: Bool = false,
        interned: Bool = false
    ) -> [TextAt]? {
        let i = t.resolved(i0)
        if t[i].kind == .sequence {
            var out: [TextAt] = []
            var ok = true
            for c in t.children(i) {
                if let s = text(c, in: t, field: field, strict: strict, asWritten: asWritten, interned: interned) {
                    out.append(TextAt(text: s, at: loc(c)))
                } else {
                    ok = false
                }
            }
            return ok ? out : nil
        }
        guard let s = text(i0, in: t, field: field, strict: strict, asWritten: asWritten, interned: interned) else {
            return nil
        }
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
        due(i, in: tape, field: field, workingDays: workingDays)
    }

    /// `due` of a tape held by the caller (see `text(_:in:field:strict:asWritten:interned:)`).
    func due(_ i: Int, in t: YAMLTape, field: String, workingDays: Bool = false) -> DueText? {
        guard let s = text(i, in: t, field: field, interned: true) else { return nil }
        switch DueGrammar.parse(s, yearHint: yearHint) {
        case .success(let spec):
            if spec.kind == .workingDays, !workingDays {
                error(loc(i), "invalid date for '\(field)': '\(s)' is a count of working days, not a date")
                return nil
            }
            if spec.part.isApproximateDay { approximate(spec, s, at: loc(i)) }
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
        guard spec.kind == .day, spec.part == .exact else {
            error(loc(i), "'\(field)' takes single days such as 2/9/2025, not '\(s)'")
            return nil
        }
        return spec.date
    }
}
