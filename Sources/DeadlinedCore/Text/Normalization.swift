import Foundation

extension Text {
    /// The text in Unicode Normalization Form C, so an agency typed with decomposed marks (NFD)
    /// has the same bytes as one typed precomposed, in the journal as everywhere else.
    ///
    /// Most config text is ASCII or already NFC: that is decided on the bytes without
    /// Foundation (see `surelyNFC`) and the text is returned as it is. Decomposed Vietnamese
    /// is composed by `composedLatin`; Foundation does the rest.
    public static func nfc(_ s: String) -> String {
        if surelyNFC(s) { return s }
        let n = composedLatin(s) ?? s.precomposedStringWithCanonicalMapping
        // Equal strings (canonically equivalent) may still differ in bytes: keep the new ones.
        return n.utf8.elementsEqual(s.utf8) ? s : n
    }

    /// Whether every scalar is one that NFC leaves alone whatever surrounds it: below U+0300
    /// (ASCII, Latin-1, Latin Extended A and B: no combining marks, no singleton
    /// decompositions), the precomposed Vietnamese letters U+1E00-U+1EFF, and the dashes,
    /// quotes and ellipsis U+2010-U+2027. Combining marks, Hangul jamo, compatibility
    /// ideographs and the rest say "maybe" and go to Foundation.
    static func surelyNFC(_ s: String) -> Bool {
        if let sure = s.utf8.withContiguousStorageIfAvailable(surelyNFC) { return sure }
        return Array(s.utf8).withUnsafeBufferPointer(surelyNFC)
    }

    /// `surelyNFC` on UTF-8 bytes, by lead byte: C2-CB lead U+0080-U+02FF; E1 B8-BB lead
    /// U+1E00-U+1EFF; E2 80 90-A7 are U+2010-U+2027. Anything else is a "maybe".
    public static func surelyNFC(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                i += 1
            } else if c >= 0xC2 && c <= 0xCB {
                i += 2
            } else if c == 0xE1, i + 1 < n, b[i + 1] >= 0xB8, b[i + 1] <= 0xBB {
                i += 3
            } else if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] >= 0x90, b[i + 2] <= 0xA7 {
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Whether `u` is a zero-width joiner, non-joiner or byte order mark (U+200C, U+200D,
    /// U+FEFF): format characters that join or mark, dropped from a name.
    static func isZeroWidthMark(_ u: Unicode.Scalar) -> Bool {
        u.value == 0x200C || u.value == 0x200D || u.value == 0xFEFF
    }

    /// NFC; zero-width joiners and marks dropped; every run of whitespace (tabs, no-break
    /// spaces U+00A0 and the zero-width space U+200B, which separates words, included) made
    /// one space; the ends trimmed. Case is kept: this is how a name is shown once its
    /// spacing is put right.
    public static func collapsingSpaces(_ s: String) -> String {
        let n = nfc(s)
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in n.unicodeScalars {
            if isZeroWidthMark(u) { continue }
            if u.properties.isWhitespace || u.value == 0x200B {
                pendingSpace = true
                continue
            }
            if pendingSpace, !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(u)
        }
        return String(out)
    }

    /// An agency's identity: its name after NFC, case folding and `collapsingSpaces`. Two
    /// names with one identity are one agency ("Sở Tài chính", "sở  tài chính ", the same
    /// with a no-break space or typed in NFD); diacritics count ("Sở Tai chinh" is another).
    public static func agencyIdentity(_ name: String) -> String {
        collapsingSpaces(name).lowercased()
    }
}
