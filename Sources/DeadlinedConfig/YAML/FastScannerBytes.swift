/// The byte level of `FastScanner`: classes of bytes, strict UTF-8 and the characters libyaml
/// accepts, and the scalars of one line (plain, single- and double-quoted).
extension FastScanner {
    /// Bits of `byteClass`: what a byte may mean to the scanner.
    enum Cls {
        static let lineFeed: UInt8 = 0x01
        /// A control character (tab and carriage return included) or DEL: the scanner gives up.
        static let bad: UInt8 = 0x02
        /// The first byte of a multi-byte character, or a stray continuation byte.
        static let high: UInt8 = 0x04
        static let space: UInt8 = 0x08
        static let colon: UInt8 = 0x10
        /// `"` or `\`.
        static let doubleQuoted: UInt8 = 0x20
        static let singleQuote: UInt8 = 0x40
        /// `,`, `[`, `]`, `{`, `}` or `#`: ends or spoils a scalar in a flow sequence.
        static let flow: UInt8 = 0x80

        static let plainStops = lineFeed | bad | high | space | colon
        static let doubleStops = lineFeed | bad | high | doubleQuoted
        static let singleStops = lineFeed | bad | high | singleQuote
        static let commentStops = lineFeed | bad | high
        static let flowStops = lineFeed | bad | high | space | colon | flow
    }

    static let byteClass: [UInt8] = (0..<256).map { i -> UInt8 in
        switch i {
        case 0x0A: return Cls.lineFeed
        case 0..<0x20, 0x7F: return Cls.bad
        case 0x80...: return Cls.high
        case 0x20: return Cls.space
        case 0x3A: return Cls.colon
        case 0x22, 0x5C: return Cls.doubleQuoted
        case 0x27: return Cls.singleQuote
        case 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23: return Cls.flow
        default: return 0
        }
    }

    /// Whether a byte may not start a plain scalar: YAML's indicators (`-`, `?` and `:` are
    /// decided by the caller or refused).
    static func isIndicator(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
            UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
            UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return true
        default:
            return false
        }
    }

    /// The length of the character starting with byte `i` (at least 0x80), or nil when it is
    /// not strict UTF-8 or is a character the scanner leaves to libyaml: C1 controls (NEL, a
    /// line break to libyaml, among them), surrogates, U+2028 and U+2029 (line breaks),
    /// U+FEFF (a byte-order mark, skipped at a line's start) and U+FFFE, U+FFFF.
    @inline(__always)
    func characterLength(at i: Int) -> Int? {
        let b0 = base[i]
        if b0 < 0xC2 { return nil }
        if b0 < 0xE0 {
            guard i + 1 < count else { return nil }
            let b1 = base[i + 1]
            guard b1 & 0xC0 == 0x80, b0 != 0xC2 || b1 >= 0xA0 else { return nil }
            return 2
        }
        if b0 < 0xF0 {
            guard i + 2 < count else { return nil }
            let b1 = base[i + 1], b2 = base[i + 2]
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return nil }
            switch b0 {
            case 0xE0: if b1 < 0xA0 { return nil }
            case 0xED: if b1 >= 0xA0 { return nil }
            case 0xE2: if b1 == 0x80 && (b2 == 0xA8 || b2 == 0xA9) { return nil }
            case 0xEF: if (b1 == 0xBB && b2 == 0xBF) || (b1 == 0xBF && b2 >= 0xBE) { return nil }
            default: break
            }
            return 3
        }
        if b0 < 0xF5 {
            guard i + 3 < count else { return nil }
            let b1 = base[i + 1], b2 = base[i + 2], b3 = base[i + 3]
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return nil }
            if b0 == 0xF0 && b1 < 0x90 { return nil }
            if b0 == 0xF4 && b1 >= 0x90 { return nil }
            return 4
        }
        return nil
    }

    /// Steps over the character at `i` (at least 0x80), noting the line holds one.
    @inline(__always)
    mutating func skipCharacter(at i: Int) -> Int? {
        // Most characters of Vietnamese text, taken first: leads C3-CB with a continuation
        // byte, and E1 B8-BB with one more (the precomposed letters). Both are strict UTF-8
        // and sure under NFC, so they need neither `characterLength` nor the test below.
        let lead = base[i]
        if lead &- 0xC3 < 9, i + 1 < count, base[i + 1] & 0xC0 == 0x80 {
            if i < firstHigh { firstHigh = i }
            return i + 2
        }
        if lead == 0xE1, i + 2 < count, base[i + 1] &- 0xB8 < 4, base[i + 2] & 0xC0 == 0x80 {
            if i < firstHigh { firstHigh = i }
            return i + 3
        }
        guard let n = characterLength(at: i) else { return nil }
        if i < firstHigh { firstHigh = i }
        // `Text.surelyNFC`'s test of one character: leads C2-CB, E1 B8-BB (Vietnamese
        // letters) and E2 80 90-A7 are sure; anything else may change under NFC.
        // (E1 and E2 lead three bytes: `characterLength` checked them.)
        let b0 = base[i]
        if b0 > 0xCB && !(b0 == 0xE1 && base[i + 1] &- 0xB8 < 4)
            && !(b0 == 0xE2 && base[i + 1] == 0x80 && base[i + 2] &- 0x90 < 0x18)
        {
            lastUnsure = max(lastUnsure, i)
        }
        return i + n
    }

    /// Where a plain scalar starting at `i` ends on its line (block context): its text is
    /// `i ..< end`, trailing spaces left out; `stop` is the line feed or end of input, the `:`
    /// that makes it a key, or the `#` of a comment. Nil for a byte the scanner gives up on.
    mutating func plainEnd(from i: Int, table: UnsafePointer<UInt8>) -> (end: Int, stop: Int)? {
        var j = i, end = i
        while j < count {
            let k = table[Int(base[j])] & Cls.plainStops
            if k == 0 {
                j += 1
                end = j
            } else if k == Cls.space {
                j += 1
                if j < count && base[j] == UInt8(ascii: "#") { return (end, j) }
            } else if k == Cls.colon {
                if j + 1 == count || base[j + 1] == UInt8(ascii: " ") || base[j + 1] == 0x0A { return (end, j) }
                j += 1
                end = j
            } else if k == Cls.high {
                guard let next = skipCharacter(at: j) else { return nil }
                j = next
                end = j
            } else if k == Cls.lineFeed {
                return (end, j)
            } else {
                return nil
            }
        }
        return (end, j)
    }

    /// A plain scalar in a flow collection: its text `i ..< end` and the `,`, `]` or `}` after
    /// it, or for a `key`, the `:` and space after it. Nil on another `:`, a `#`, a `[` or
    /// `{`, or the line's end: left to libyaml.
    mutating func flowPlainEnd(from i: Int, key: Bool, table: UnsafePointer<UInt8>) -> (end: Int, stop: Int)? {
        var j = i, end = i
        while j < count {
            let b = base[j]
            let k = table[Int(b)] & Cls.flowStops
            if k == 0 {
                j += 1
                end = j
            } else if k == Cls.space {
                j += 1
            } else if k == Cls.high {
                guard let next = skipCharacter(at: j) else { return nil }
                j = next
                end = j
            } else if k == Cls.colon {
                guard key, j + 1 < count, base[j + 1] == UInt8(ascii: " ") else { return nil }
                return (end, j)
            } else if !key && (b == UInt8(ascii: ",") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}")) {
                return (end, j)
            } else {
                return nil
            }
        }
        return nil
    }

    /// A single-quoted scalar opening at `i` and closing on the same line: the index after the
    /// closing quote, and whether its text holds `''` (to be read by `singleQuotedText`).
    mutating func singleQuotedEnd(from i: Int, table: UnsafePointer<UInt8>) -> (after: Int, escaped: Bool)? {
        var j = i + 1, escaped = false
        while j < count {
            let k = table[Int(base[j])] & Cls.singleStops
            if k == 0 {
                j += 1
            } else if k == Cls.singleQuote {
                guard j + 1 < count, base[j + 1] == UInt8(ascii: "'") else { return (j + 1, escaped) }
                escaped = true
                j += 2
            } else if k == Cls.high {
                guard let next = skipCharacter(at: j) else { return nil }
                j = next
            } else {
                return nil
            }
        }
        return nil
    }

    /// A double-quoted scalar opening at `i` and closing on the same line: the index after the
    /// closing quote, and whether its text holds escapes (to be read by `doubleQuotedText`).
    /// Escapes are checked by `doubleQuotedText`.
    mutating func doubleQuotedEnd(from i: Int, table: UnsafePointer<UInt8>) -> (after: Int, escaped: Bool)? {
        var j = i + 1, escaped = false
        while j < count {
            let k = table[Int(base[j])] & Cls.doubleStops
            if k == 0 {
                j += 1
            } else if k == Cls.doubleQuoted {
                if base[j] == UInt8(ascii: "\"") { return (j + 1, escaped) }
                // A backslash: the escaped byte is never the closing quote.
                escaped = true
                guard j + 1 < count, table[Int(base[j + 1])] & (Cls.lineFeed | Cls.bad | Cls.high) == 0 else {
                    return nil
                }
                j += 2
            } else if k == Cls.high {
                guard let next = skipCharacter(at: j) else { return nil }
                j = next
            } else {
                return nil
            }
        }
        return nil
    }

    /// The text of a single-quoted scalar `open ..< after` with `''` read as `'`.
    func singleQuotedText(_ open: Int, _ after: Int, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        var j = open + 1
        while j < after - 1 {
            out.append(base[j])
            j += base[j] == UInt8(ascii: "'") ? 2 : 1
        }
    }

    /// The text of a double-quoted scalar `open ..< after` with its escapes read as libyaml
    /// reads them; nil for an escape it does not know or a code point it refuses.
    func doubleQuotedText(_ open: Int, _ after: Int, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        var j = open + 1
        let last = after - 1
        while j < last {
            let b = base[j]
            guard b == UInt8(ascii: "\\") else {
                out.append(b)
                j += 1
                continue
            }
            let e = base[j + 1]
            j += 2
            var hex = 0
            switch e {
            case UInt8(ascii: "0"): out.append(0)
            case UInt8(ascii: "a"): out.append(7)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "v"): out.append(11)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "e"): out.append(0x1B)
            case UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "/"), UInt8(ascii: "\\"): out.append(e)
            case UInt8(ascii: "N"): Self.appendUTF8(0x85, to: &out)
            case UInt8(ascii: "_"): Self.appendUTF8(0xA0, to: &out)
            case UInt8(ascii: "L"): Self.appendUTF8(0x2028, to: &out)
            case UInt8(ascii: "P"): Self.appendUTF8(0x2029, to: &out)
            case UInt8(ascii: "x"): hex = 2
            case UInt8(ascii: "u"): hex = 4
            case UInt8(ascii: "U"): hex = 8
            default: return false
            }
            guard hex > 0 else { continue }
            guard j + hex <= last else { return false }
            var value: UInt32 = 0
            for k in j..<j + hex {
                guard let d = Self.hexDigit(base[k]) else { return false }
                value = value << 4 | d
            }
            guard value < 0xD800 || (value > 0xDFFF && value <= 0x10FFFF) else { return false }
            Self.appendUTF8(value, to: &out)
            j += hex
        }
        return true
    }

    static func hexDigit(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(b - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | v >> 6))
            out.append(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        } else {
            out.append(UInt8(0xF0 | v >> 18))
            out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        }
    }
}
