/// Flow collections on one line in `FastScanner`: `[a, 'b c']`, `{k: v}`, nested.
extension FastScanner {
    /// A flow sequence or mapping at `r`, closed on the same line, of scalars and nested flow
    /// collections: its nodes, and the index after its closing bracket. Nil for anything else
    /// (an empty entry or value, a trailing comma, a `:` inside a scalar, a `#`, the line's
    /// end): left to libyaml.
    mutating func flow(at r: Int, table: UnsafePointer<UInt8>) -> Int? {
        let mapping = base[r] == UInt8(ascii: "{")
        let closer = mapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        guard open(mapping ? .mapping : .sequence, at: r, indent: Int.max, indentless: false) else { return nil }
        var s = spaces(from: r + 1)
        guard s < count else { return nil }
        if base[s] == closer {
            close()
            return s + 1
        }
        while true {
            if mapping {
                guard let colon = key(at: s, inFlow: true, table: table) else { return nil }
                s = spaces(from: colon + 1)
                guard s < count else { return nil }
            }
            guard let after = flowNode(at: s, table: table) else { return nil }
            s = spaces(from: after)
            guard s < count else { return nil }
            if base[s] == closer {
                close()
                return s + 1
            }
            guard base[s] == UInt8(ascii: ",") else { return nil }
            s = spaces(from: s + 1)
            // A trailing comma, or the line's end, is left to libyaml.
            guard s < count, base[s] != closer else { return nil }
        }
    }

    /// An entry or value in a flow collection at `s`: a nested collection, or a quoted or
    /// plain scalar; the index after it.
    mutating func flowNode(at s: Int, table: UnsafePointer<UInt8>) -> Int? {
        let b = base[s]
        if b == UInt8(ascii: "[") || b == UInt8(ascii: "{") { return flow(at: s, table: table) }
        let ln = Int32(line + 1), col = Int32(column(s) + 1)
        if b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") {
            return quotedValue(at: s, line: ln, column: col, table: table)
        }
        guard !Self.isIndicator(b), let (end, stop) = flowPlainEnd(from: s, key: false, table: table) else {
            return nil
        }
        emitValue(s, end, plain: true, line: ln, column: col)
        return stop
    }

    /// The first byte from `i` that is not a space.
    func spaces(from i: Int) -> Int {
        var j = i
        while j < count && base[j] == UInt8(ascii: " ") { j += 1 }
        return j
    }
}
