/// Characters that cannot be seen, or that drive a terminal, made visible: in diagnostics,
/// which quote what a file says, and in tables printed on a terminal.
public enum Invisible {
    /// Whether a scalar is invisible or confusable with a space: controls (C0, DEL, C1),
    /// format characters (zero-width spaces and joiners, the byte-order mark, bidi marks,
    /// embeddings, overrides and isolates, the soft hyphen...), the line and paragraph
    /// separators, and the no-break spaces, which look like a space but are not one.
    public static func isInvisible(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x20 || v == 0x7F { return true }
        if v < 0xA0 { return v >= 0x80 }
        switch v {
        case 0xA0, 0x2007, 0x202F, 0x115F, 0x1160, 0x3164, 0xFFA0: return true
        default: break
        }
        switch u.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .control: return true
        default: return false
        }
    }

    /// Whether a scalar would act on a terminal or reorder what follows it: C0 and C1
    /// controls (ESC opens colour and OSC sequences, U+009B and U+009D do too), DEL, and the
    /// bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
    public static func isTerminalControl(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }

    /// Whether `s` has a terminal control, from its UTF-8 bytes: every one is a byte below
    /// 0x20, DEL, or starts with 0xC2 (C1) or 0xE2 (bidi), which Vietnamese text seldom has.
    public static func hasTerminalControl(_ s: String) -> Bool {
        let maybe = s.utf8.withContiguousStorageIfAvailable(mayHaveTerminalControl) ?? true
        return maybe && s.unicodeScalars.contains(where: isTerminalControl)
    }

    /// Whether any byte is below 0x20, DEL, 0xC2 or 0xE2; eight at a time (SWAR, as
    /// JSONWriter does): a table prints every cell of 100,000 rows through this.
    static func mayHaveTerminalControl(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        func zero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & high }
        var i = 0
        let raw = UnsafeRawBufferPointer(b)
        while i + 8 <= b.count {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let below = (x &- 0x20 &* ones) & ~x & high
            if below | zero(x ^ (0x7F &* ones)) | zero(x ^ (0xC2 &* ones)) | zero(x ^ (0xE2 &* ones)) != 0 {
                return true
            }
            i += 8
        }
        while i < b.count {
            let c = b[i]
            if c < 0x20 || c == 0x7F || c == 0xC2 || c == 0xE2 { return true }
            i += 1
        }
        return false
    }

    /// `s` made safe to print on a terminal, for a table cell: line breaks and tabs become
    /// spaces (as `Text.oneLine` does), other terminal controls are written out as `<U+001B>`.
    public static func forTerminal(_ s: String) -> String {
        guard hasTerminalControl(s) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for u in s.unicodeScalars {
            switch u.value {
            case 0x09, 0x0A, 0x0D, 0x85: out += " "
            case _ where isTerminalControl(u): out += token(u)
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// `s` with each terminal control replaced by U+FFFD, one character for one: for a source
    /// line shown under a diagnostic, where a caret points at a column.
    public static func masked(_ s: String) -> String {
        guard hasTerminalControl(s) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars { out.append(isTerminalControl(u) ? "\u{FFFD}" : u) }
        return String(out)
    }

    /// `<U+200B>`: how an invisible character is written out.
    public static func token(_ u: Unicode.Scalar) -> String {
        let hex = String(u.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// `U+200B ZERO WIDTH SPACE`: the code point and its name.
    public static func name(_ u: Unicode.Scalar) -> String {
        let code = String(token(u).dropFirst().dropLast())
        let v = u.value
        if v < 0x20 { return code + " " + c0Names[Int(v)] }
        if v == 0x7F { return code + " DELETE" }
        if v >= 0x80, v < 0xA0 { return code + " " + c1Names[Int(v - 0x80)] }
        return code + (u.properties.name.map { " " + $0 } ?? "")
    }

    /// `s` with every character `which` picks written as `<U+XXXX>`; `s` itself when none is.
    public static func revealed(_ s: String, _ which: (Unicode.Scalar) -> Bool = isInvisible) -> String {
        guard contains(s, which) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for u in s.unicodeScalars {
            if which(u) { out += token(u) } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// Whether `s` has a character `which` picks; ASCII text is looked at byte by byte, so
    /// `which` must pick every C0 control and DEL, as both predicates here do.
    public static func contains(_ s: String, _ which: (Unicode.Scalar) -> Bool = isInvisible) -> Bool {
        var ascii = true
        for b in s.utf8 {
            if b < 0x20 || b == 0x7F { return true }
            if b >= 0x80 { ascii = false }
        }
        return !ascii && s.unicodeScalars.contains(where: which)
    }

    /// A note naming the invisible characters of `s` and where each first is, or nil when it
    /// has none: `it contains U+200B ZERO WIDTH SPACE after '15/5/2024'`. At most three kinds
    /// are named, then how many more.
    public static func note(for s: String) -> String? {
        described(s).map { "it contains " + $0 }
    }

    /// The invisible characters of `s` and where each kind first is, or nil when it has none:
    /// `U+200B ZERO WIDTH SPACE after '15/5/2024'`.
    public static func described(_ s: String) -> String? {
        guard contains(s) else { return nil }
        var kinds: [(scalar: Unicode.Scalar, place: String, count: Int)] = []
        var others = 0
        // What comes before: its last few characters, shown with invisible ones written out.
        var before = ""
        for u in s.unicodeScalars {
            defer { before.unicodeScalars.append(u) }
            guard isInvisible(u) else { continue }
            if let k = kinds.firstIndex(where: { $0.scalar == u }) {
                kinds[k].count += 1
            } else if kinds.count == 3 {
                others += 1
            } else {
                let shown = before.suffix(12)
                let cut = shown.count < before.count ? "…" : ""
                kinds.append((u, before.isEmpty ? "at the start" : "after '\(cut)\(revealed(String(shown)))'", 1))
            }
        }
        let named = kinds.map { k in
            let what = name(k.scalar) + (k.scalar == "\u{FEFF}" ? " (a byte-order mark)" : "")
            return what + (k.count > 1 ? " \(k.count) times, first " : " ") + k.place
        }
        var text = named.joined(separator: ", ")
        if others > 0 { text += " and \(others) other invisible character\(others == 1 ? "" : "s")" }
        return text
    }

    static let c0Names = [
        "NULL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION", "ENQUIRY", "ACKNOWLEDGE",
        "BELL",
        "BACKSPACE", "CHARACTER TABULATION (tab)", "LINE FEED", "LINE TABULATION (vertical tab)", "FORM FEED",
        "CARRIAGE RETURN",
        "SHIFT OUT", "SHIFT IN", "DATA LINK ESCAPE", "DEVICE CONTROL ONE", "DEVICE CONTROL TWO", "DEVICE CONTROL THREE",
        "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE", "SYNCHRONOUS IDLE", "END OF TRANSMISSION BLOCK", "CANCEL",
        "END OF MEDIUM", "SUBSTITUTE (Ctrl-Z)", "ESCAPE", "FILE SEPARATOR", "GROUP SEPARATOR", "RECORD SEPARATOR",
        "UNIT SEPARATOR",
    ]

    static let c1Names = [
        "PADDING CHARACTER", "HIGH OCTET PRESET", "BREAK PERMITTED HERE", "NO BREAK HERE", "INDEX", "NEXT LINE",
        "START OF SELECTED AREA", "END OF SELECTED AREA", "CHARACTER TABULATION SET",
        "CHARACTER TABULATION WITH JUSTIFICATION",
        "LINE TABULATION SET", "PARTIAL LINE FORWARD", "PARTIAL LINE BACKWARD", "REVERSE LINE FEED", "SINGLE SHIFT TWO",
        "SINGLE SHIFT THREE", "DEVICE CONTROL STRING", "PRIVATE USE ONE", "PRIVATE USE TWO", "SET TRANSMIT STATE",
        "CANCEL CHARACTER", "MESSAGE WAITING", "START OF GUARDED AREA", "END OF GUARDED AREA", "START OF STRING",
        "SINGLE GRAPHIC CHARACTER INTRODUCER", "SINGLE CHARACTER INTRODUCER", "CONTROL SEQUENCE INTRODUCER",
        "STRING TERMINATOR", "OPERATING SYSTEM COMMAND", "PRIVACY MESSAGE", "APPLICATION PROGRAM COMMAND",
    ]
}
