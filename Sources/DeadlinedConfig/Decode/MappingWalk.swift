import DeadlinedCore

/// A mapping's entries handed one by one to a closure, keys checked as `mapping` checks them,
/// with no array of entries and no location made for a key that is not wrong: an assignment's
/// mapping is walked once per assignment of a large config.
extension FileDecoder {
    /// Calls `body` with each allowed key's place in `allowed` and its value's node, in order;
    /// reports keys that are not plain words, unknown or repeated, and skips them. false when
    /// node `i0` is not a mapping (reported).
    func walkMapping(
        _ i0: Int, what: String, allowed: KeyTable, _ body: (_ index: Int, _ key: Int, _ value: Int) -> Void
    ) -> Bool {
        let t = tape  // one hold on the tape's arrays, not one per use (see `text`)
        let i = t.resolved(i0)
        guard t[i].kind == .mapping else {
            error(loc(i0), "expected a mapping for \(what), found \(kindName(i0))")
            return false
        }
        // Allowed keys seen so far, as bits of their place in `allowed`; unknown keys, rare,
        // in a short list.
        var seenAllowed: UInt64 = 0
        var seenUnknown: [String: SourceLocation] = [:]
        var children = t.children(i)
        while let k = children.next(), let v = children.next() {
            let kr = t.resolved(k)
            guard t.nodes[kr].kind == .scalar else {
                error(loc(k), "a key in \(what) must be a plain word, not \(kindName(k))")
                continue
            }
            // Keys are compared as bytes; a String is made only for a message.
            guard let index = t.index(kr, in: allowed) else {
                unknownKey(k, what: what, allowed: allowed, seen: &seenUnknown)
                continue
            }
            let bit: UInt64 = index < 64 ? 1 << UInt64(index) : 0
            if seenAllowed & bit != 0 || bit == 0, let first = firstKey(index, in: i, before: k, allowed: allowed) {
                error(
                    loc(k),
                    "duplicate key '\(allowed.words[index])' in \(what); first given at line \(t.nodes[first].line)")
                continue
            }
            seenAllowed |= bit
            body(index, k, v)
        }
        return true
    }

    /// Reports a key that is not in `allowed`, or one repeated of those.
    private func unknownKey(
        _ k: Int, what: String, allowed: KeyTable, seen seenUnknown: inout [String: SourceLocation]
    ) {
        let at = loc(k)
        let key = tape.value(tape.resolved(k))
        if let first = seenUnknown[key] {
            error(at, "duplicate key '\(key)' in \(what); first given at line \(first.line)")
            return
        }
        seenUnknown[key] = at
        var msg = "unknown key '\(key)' in \(what)"
        if key == "<<" {
            msg += "; YAML merge keys are not supported: write the keys out (anchors and aliases of whole values work)"
        } else if let s = Text.suggestion(for: key, among: allowed.words) {
            msg += "; did you mean '\(s)'?"
        }
        error(at, msg)
    }

    /// The first key node of mapping `i` before node `k` whose place in `allowed` is `index`:
    /// looked for again only when a key is repeated, which is rare.
    private func firstKey(_ index: Int, in i: Int, before k: Int, allowed: KeyTable) -> Int? {
        var children = tape.children(i)
        while let c = children.next(), c < k, children.next() != nil {
            let cr = tape.resolved(c)
            if tape.nodes[cr].kind == .scalar, tape.index(cr, in: allowed) == index { return c }
        }
        return nil
    }
}
