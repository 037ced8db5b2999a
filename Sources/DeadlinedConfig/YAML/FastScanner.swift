import DeadlinedCore

/// A scanner for the block YAML deadlined's files are written in, from the bytes straight into
/// the tape libyaml's events build (`YAMLTape.Builder`): the same nodes, lines, columns, keys
/// and texts. It reads block mappings and sequences (`- key: value` included, and a list at
/// its key's column), plain and quoted scalars on one line, flow sequences and mappings of
/// scalars closed on their line, comments, blank lines and a leading `---`. On anything else, or anything it
/// is not sure libyaml reads the same way (tabs, carriage returns, anchors, tags, block
/// scalars, a scalar over several lines, a character libyaml refuses, nesting past
/// `maxDepth`), it gives up and returns nil; the caller then runs libyaml, so every error and
/// every unusual file gets libyaml's reading and diagnostics. It never reports an error.
struct FastScanner {
    /// An open block mapping or sequence.
    struct Open {
        var kind: YNode.Kind
        /// The column (0-based, in characters) of its keys or dashes.
        var indent: Int
        var node: Int
        /// A list at the column of the mapping key it is the value of.
        var indentless: Bool
    }

    let base: UnsafePointer<UInt8>
    let count: Int
    let maxDepth: Int
    var tape: YAMLTape
    var stack: [Open] = []
    var p = 0
    /// The current line (0-based), where it starts, and its first byte of a multi-byte
    /// character seen so far (columns count characters, as libyaml's do).
    var line = 0
    var lineStart = 0
    var firstHigh = Int.max
    /// The offset of the last character `skipCharacter` stepped over that NFC might change
    /// (`Text.surelyNFC`), -1 before any: a scalar starting after it is surely NFC.
    var lastUnsure = -1
    /// The innermost open node (or the document) still waits for its value: a key read with
    /// nothing after its `:`, or a `-` with nothing after it. libyaml gives an empty value
    /// the place just after that indicator.
    var pending = true
    var pendingLine = 0
    var pendingColumn = 0
    var scratch: [UInt8] = []

    /// Scans `buf` into `tape` (whose arrays are reused, emptied first). The line breaks
    /// libyaml counts up to the end of the stream, or nil when libyaml must parse the file;
    /// `tape` then holds the arrays, emptied.
    static func scan(_ buf: UnsafeBufferPointer<UInt8>, maxDepth: Int, into tape: inout YAMLTape) -> Int? {
        // Lines, offsets and node indices then all fit the tape's 32-bit fields.
        guard let base = buf.baseAddress, buf.count > 0, buf.count < Int(Int32.max) else { return nil }
        var s = FastScanner(base: base, count: buf.count, maxDepth: maxDepth, tape: YAMLTape())
        swap(&s.tape, &tape)
        s.tape.nodes.removeAll(keepingCapacity: true)
        s.tape.arena.removeAll(keepingCapacity: true)
        let lines = byteClass.withUnsafeBufferPointer { t in t.baseAddress.flatMap { s.run(table: $0) } }
        swap(&s.tape, &tape)
        if lines == nil {
            tape.nodes.removeAll(keepingCapacity: true)
            tape.arena.removeAll(keepingCapacity: true)
        }
        return lines
    }

    /// The column (0-based, in characters) of byte `i` of the current line.
    @inline(__always)
    func column(_ i: Int) -> Int {
        guard i > firstHigh else { return i - lineStart }
        var c = 0
        for k in lineStart..<i where base[k] & 0xC0 != 0x80 { c += 1 }
        return c
    }

    /// One line at a time: its indentation places its first node among the open ones, then
    /// the rest of the line is read.
    mutating func run(table: UnsafePointer<UInt8>) -> Int? {
        var sawMarker = false
        while p < count {
            lineStart = p
            firstHigh = Int.max
            var q = p
            while q < count && base[q] == UInt8(ascii: " ") { q += 1 }
            guard q < count else { break }
            let b = base[q]
            if b == 0x0A {
                p = q + 1
                line += 1
                continue
            }
            if b == UInt8(ascii: "#") {
                guard endComment(from: q, table: table) else { return nil }
                continue
            }
            let c = q - p
            if c == 0 && (b == UInt8(ascii: "%") || startsMarker(q)) {
                // Only a `---` alone on the document's first line; any other marker or
                // directive is libyaml's.
                guard b == UInt8(ascii: "-"), !sawMarker, tape.nodes.isEmpty,
                    endLine(from: q + 3, spaced: false, table: table)
                else { return nil }
                sawMarker = true
                continue
            }
            guard place(c, at: q), entry(at: q, table: table) else { return nil }
        }
        // A file of comments holds no document; `---` alone one empty scalar: libyaml's.
        guard !tape.nodes.isEmpty else { return nil }
        if pending { emitEmpty() }
        while !stack.isEmpty { close() }
        return base[count - 1] == 0x0A ? line : line + 1
    }

    /// `---` or `...` at `q`.
    func startsMarker(_ q: Int) -> Bool {
        let b = base[q]
        return (b == UInt8(ascii: "-") || b == UInt8(ascii: ".")) && q + 2 < count && base[q + 1] == b
            && base[q + 2] == b
    }

    /// A `-` at `q` that starts a list item.
    func isDash(_ q: Int) -> Bool {
        base[q] == UInt8(ascii: "-") && (q + 1 == count || base[q + 1] == UInt8(ascii: " ") || base[q + 1] == 0x0A)
    }

    /// Opens, closes or continues the block nodes for a line whose text starts at `q`, at
    /// column `c`: afterwards the innermost open node is a mapping or list at that column.
    mutating func place(_ c: Int, at q: Int) -> Bool {
        let dash = isDash(q)
        if pending {
            let top = stack.last
            let indent = top?.indent ?? -1
            if c > indent || (dash && c == indent && top?.kind == .mapping) {
                pending = false
                return open(dash ? .sequence : .mapping, at: q, indent: c, indentless: c == indent)
            }
            emitEmpty()
        }
        while let top = stack.last, top.indent > c || (top.indentless && !(dash && top.indent == c)) { close() }
        return stack.last?.indent == c
    }

    /// Reads the entry of the innermost open node that starts at `q`, through the line's end.
    mutating func entry(at q: Int, table: UnsafePointer<UInt8>) -> Bool {
        guard let top = stack.last else { return false }
        if top.kind == .sequence {
            guard isDash(q) else { return false }
            return item(dash: q, table: table)
        }
        guard !isDash(q) else { return false }
        return keyed(at: q, table: table)
    }

    /// A list item after its `-`: nothing (its value on later lines, or empty), a key that
    /// opens a mapping on this line, or a scalar or flow sequence.
    mutating func item(dash q: Int, table: UnsafePointer<UInt8>) -> Bool {
        var r = q + 1
        while r < count && base[r] == UInt8(ascii: " ") { r += 1 }
        if r == count || base[r] == 0x0A || base[r] == UInt8(ascii: "#") {
            setPending(after: q)
            return endLine(from: r, spaced: true, table: table)
        }
        guard let key = keyAhead(at: r, table: table) else { return false }
        if key {
            guard open(.mapping, at: r, indent: column(r), indentless: false) else { return false }
            return keyed(at: r, table: table)
        }
        return value(at: r, table: table)
    }

    /// Whether the node at `r` is a key (a scalar followed by `:` on its line); nil when it
    /// is something the scanner leaves to libyaml.
    mutating func keyAhead(at r: Int, table: UnsafePointer<UInt8>) -> Bool? {
        let b = base[r]
        if b == UInt8(ascii: "[") || b == UInt8(ascii: "{") { return false }
        guard let (_, after) = scalarExtent(at: r, table: table) else { return nil }
        var s = after
        while s < count && base[s] == UInt8(ascii: " ") { s += 1 }
        return s < count && base[s] == UInt8(ascii: ":")
    }

    /// A scalar starting at `r`: its text's end (before the closing quote) and the index
    /// after it; nil for anything that is not a scalar the scanner reads.
    mutating func scalarExtent(at r: Int, table: UnsafePointer<UInt8>) -> (end: Int, after: Int)? {
        let b = base[r]
        if b == UInt8(ascii: "'") {
            guard let (after, _) = singleQuotedEnd(from: r, table: table) else { return nil }
            return (after - 1, after)
        }
        if b == UInt8(ascii: "\"") {
            guard let (after, _) = doubleQuotedEnd(from: r, table: table) else { return nil }
            return (after - 1, after)
        }
        guard plainStart(r) else { return nil }
        guard let (end, _) = plainEnd(from: r, table: table) else { return nil }
        return (end, end)
    }

    /// Whether a plain scalar may start at `r`: not an indicator, except `-` before text.
    func plainStart(_ r: Int) -> Bool {
        let b = base[r]
        guard Self.isIndicator(b) else { return true }
        return b == UInt8(ascii: "-") && r + 1 < count
            && Self.byteClass[Int(base[r + 1])] & (Cls.space | Cls.lineFeed | Cls.bad) == 0
    }

    /// A mapping entry whose key starts at `q`: the key, its `:`, and the value on this line
    /// or nothing (its value on later lines, or empty).
    mutating func keyed(at q: Int, table: UnsafePointer<UInt8>) -> Bool {
        guard let colon = key(at: q, table: table) else { return false }
        var r = colon + 1
        while r < count && base[r] == UInt8(ascii: " ") { r += 1 }
        if r == count || base[r] == 0x0A || base[r] == UInt8(ascii: "#") {
            setPending(after: colon)
            return endLine(from: r, spaced: true, table: table)
        }
        return value(at: r, table: table)
    }

    /// A key at `q` followed by `:` and a space or the line's end: its node, and the index of
    /// the `:`. libyaml takes a key only within 1,024 characters of its start. `inFlow`: a key
    /// in a flow mapping, whose plain text ends at a flow indicator.
    mutating func key(at q: Int, inFlow: Bool = false, table: UnsafePointer<UInt8>) -> Int? {
        let b = base[q]
        let ln = Int32(line + 1), col = Int32(column(q) + 1)
        var colon: Int
        let start = tape.arena.count
        // Set only for a double-quoted key with escapes, which may write characters NFC changes.
        var escapedNFC: Bool?
        if b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") {
            let quoted =
                b == UInt8(ascii: "'") ? singleQuotedEnd(from: q, table: table) : doubleQuotedEnd(from: q, table: table)
            guard let (after, escaped) = quoted else { return nil }
            colon = after
            while colon < count && base[colon] == UInt8(ascii: " ") { colon += 1 }
            guard colon < count, base[colon] == UInt8(ascii: ":"),
                colon + 1 == count || base[colon + 1] == UInt8(ascii: " ") || base[colon + 1] == 0x0A
            else { return nil }
            if !escaped {
                tape.arena.append(contentsOf: UnsafeBufferPointer(start: base + q + 1, count: after - q - 2))
            } else if b == UInt8(ascii: "'") {
                singleQuotedText(q, after, into: &scratch)
                tape.arena.append(contentsOf: scratch)
            } else {
                guard doubleQuotedText(q, after, into: &scratch) else { return nil }
                tape.arena.append(contentsOf: scratch)
                escapedNFC = scratch.withUnsafeBufferPointer(Text.surelyNFC)
            }
        } else if inFlow {
            guard !Self.isIndicator(b), let (end, stop) = flowPlainEnd(from: q, key: true, table: table) else {
                return nil
            }
            colon = stop
            tape.arena.append(contentsOf: UnsafeBufferPointer(start: base + q, count: end - q))
        } else {
            guard plainStart(q), let (end, stop) = plainEnd(from: q, table: table), stop < count,
                base[stop] == UInt8(ascii: ":")
            else { return nil }
            colon = stop
            tape.arena.append(contentsOf: UnsafeBufferPointer(start: base + q, count: end - q))
        }
        guard colon - q <= 1000 else { return nil }
        let index = tape.nodes.count
        tape.nodes.append(
            YNode(
                kind: .scalar, plain: b != UInt8(ascii: "'") && b != UInt8(ascii: "\""),
                nfc: escapedNFC ?? surelyNFC(q), line: ln,
                column: col, end: Int32(index + 1), start: Int32(start), length: Int32(tape.arena.count - start)))
        return colon
    }

    /// A value at `r` on the line of its key or dash, through the line's end.
    mutating func value(at r: Int, table: UnsafePointer<UInt8>) -> Bool {
        let b = base[r]
        let ln = Int32(line + 1), col = Int32(column(r) + 1)
        if b == UInt8(ascii: "[") || b == UInt8(ascii: "{") {
            guard let after = flow(at: r, table: table) else { return false }
            return endLine(from: after, spaced: false, table: table)
        }
        if b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") {
            guard let after = quotedValue(at: r, line: ln, column: col, table: table) else { return false }
            return endLine(from: after, spaced: false, table: table)
        }
        guard plainStart(r), let (end, stop) = plainEnd(from: r, table: table) else { return false }
        guard stop == count || base[stop] != UInt8(ascii: ":") else { return false }
        emitValue(r, end, plain: true, line: ln, column: col)
        return endLine(from: end, spaced: false, table: table)
    }

    /// A quoted scalar value at `r`: its node, and the index after its closing quote.
    mutating func quotedValue(at r: Int, line: Int32, column: Int32, table: UnsafePointer<UInt8>) -> Int? {
        if base[r] == UInt8(ascii: "'") {
            guard let (after, escaped) = singleQuotedEnd(from: r, table: table) else { return nil }
            if escaped {
                singleQuotedText(r, after, into: &scratch)
                emitValue(scratch, line: line, column: column)
            } else {
                emitValue(r + 1, after - 1, plain: false, line: line, column: column)
            }
            return after
        }
        guard let (after, escaped) = doubleQuotedEnd(from: r, table: table) else { return nil }
        if escaped {
            guard doubleQuotedText(r, after, into: &scratch) else { return nil }
            emitValue(scratch, line: line, column: column)
        } else {
            emitValue(r + 1, after - 1, plain: false, line: line, column: column)
        }
        return after
    }
}
