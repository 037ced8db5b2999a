extension String {
    /// Empty or only whitespace; decided on the first bytes when they cannot start whitespace.
    public var isBlank: Bool {
        var it = utf8.makeIterator()
        if let f = it.next(), !Text.mayStartSpace(f, it.next()) { return false }
        return unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    public func trimmingWhitespace() -> String {
        // Fast path, on the bytes: nothing to trim when neither end can be whitespace (Vietnamese
        // text often begins or ends with a letter with a diacritic).
        var it = utf8.makeIterator()
        if let f = it.next(), !Text.mayStartSpace(f, it.next()), let l = utf8.last, !Text.mayEndSpace(l) { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}

extension Text {
    /// Whether UTF-8 text beginning with bytes `b0`, `b1` may begin with a control character
    /// or whitespace (U+0009-000D, U+0020, U+0085, U+00A0, U+1680, U+2000-200A, U+2028,
    /// U+2029, U+202F, U+205F, U+3000). False is certain; true means: look at the scalar.
    @inline(__always) public static func mayStartSpace(_ b0: UInt8, _ b1: UInt8?) -> Bool {
        if b0 < 0x80 { return b0 <= 0x20 }
        switch b0 {
        case 0xC2, 0xE2, 0xE3: return true
        case 0xE1: return b1 == 0x9A  // U+1680; E1 B8-BB are Vietnamese letters
        default: return false
        }
    }

    /// Whether UTF-8 text whose last byte is `b` may end with a control character or
    /// whitespace: the last bytes of those listed above are 0x80-0x8A, 0x9F, 0xA0, 0xA8, 0xA9
    /// and 0xAF.
    @inline(__always) static func mayEndSpace(_ b: UInt8) -> Bool {
        if b < 0x80 { return b <= 0x20 }
        return b <= 0x8A || b == 0x9F || b == 0xA0 || b == 0xA8 || b == 0xA9 || b == 0xAF
    }
}
