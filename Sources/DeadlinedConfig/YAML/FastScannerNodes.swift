import DeadlinedCore

/// The ends of `FastScanner`'s lines and the nodes it appends to the tape.
extension FastScanner {
    /// The rest of a line after a node or indicator ending at `i`: spaces, then the line's
    /// end or a comment (`#` after a space, or at `i` when `spaced`).
    mutating func endLine(from i: Int, spaced: Bool, table: UnsafePointer<UInt8>) -> Bool {
        var j = i
        while j < count && base[j] == UInt8(ascii: " ") { j += 1 }
        if j == count {
            p = j
            return true
        }
        if base[j] == 0x0A {
            p = j + 1
            line += 1
            return true
        }
        guard base[j] == UInt8(ascii: "#"), spaced || j > i else { return false }
        return endComment(from: j, table: table)
    }

    /// A comment from `i` to the line's end, its characters checked as libyaml checks them.
    mutating func endComment(from i: Int, table: UnsafePointer<UInt8>) -> Bool {
        var j = i
        while j < count {
            let k = table[Int(base[j])] & Cls.commentStops
            if k == 0 {
                j += 1
            } else if k == Cls.high {
                guard let next = skipCharacter(at: j) else { return false }
                j = next
            } else if k == Cls.lineFeed {
                p = j + 1
                line += 1
                return true
            } else {
                return false
            }
        }
        p = j
        return true
    }

    /// Whether the text of a scalar whose bytes start at `from`, every character of which
    /// `skipCharacter` has stepped over, is surely NFC: no character NFC might change was seen
    /// there (`lastUnsure`).
    @inline(__always)
    func surelyNFC(_ from: Int) -> Bool { lastUnsure < from }

    mutating func setPending(after indicator: Int) {
        pending = true
        pendingLine = line
        pendingColumn = column(indicator) + 1
    }

    /// Opens a mapping or list whose node is at `q`; false past `maxDepth` (libyaml's error).
    mutating func open(_ kind: YNode.Kind, at q: Int, indent: Int, indentless: Bool) -> Bool {
        let index = tape.nodes.count
        tape.nodes.append(
            YNode(
                kind: kind, plain: false, line: Int32(line + 1), column: Int32(column(q) + 1), end: Int32(index + 1),
                start: 0, length: -1))
        stack.append(Open(kind: kind, indent: indent, node: index, indentless: indentless))
        return stack.count <= maxDepth
    }

    mutating func close() {
        guard let top = stack.popLast() else { return }
        tape.nodes[top.node].end = Int32(tape.nodes.count)
    }

    mutating func emitEmpty() {
        pending = false
        let index = tape.nodes.count
        tape.nodes.append(
            YNode(
                kind: .scalar, plain: true, nfc: true, line: Int32(pendingLine + 1),
                column: Int32(pendingColumn + 1), end: Int32(index + 1), start: Int32(tape.arena.count), length: 0))
    }

    /// A value whose text is bytes `from ..< to` of the file, copied to the arena.
    mutating func emitValue(_ from: Int, _ to: Int, plain: Bool, line: Int32, column: Int32) {
        let index = tape.nodes.count
        tape.nodes.append(
            YNode(
                kind: .scalar, plain: plain, nfc: surelyNFC(from), line: line, column: column, end: Int32(index + 1),
                start: Int32(tape.arena.count), length: Int32(to - from)))
        tape.arena.append(contentsOf: UnsafeBufferPointer(start: base + from, count: to - from))
    }

    /// A quoted value whose escapes were resolved into `bytes`.
    mutating func emitValue(_ bytes: [UInt8], line: Int32, column: Int32) {
        let index = tape.nodes.count
        tape.nodes.append(
            YNode(
                kind: .scalar, plain: false, nfc: bytes.withUnsafeBufferPointer(Text.surelyNFC), line: line,
                column: column, end: Int32(index + 1), start: Int32(tape.arena.count), length: Int32(bytes.count)))
        tape.arena.append(contentsOf: bytes)
    }
}
