import Foundation

/// Text helpers shared by the grammar, the config and the renderers.
public enum Text {
    /// Lower-cases and strips Vietnamese diacritics (đ becomes d), so that `Tháng`, `tháng`,
    /// `THANG` and `thang` compare equal.
    public static func fold(_ s: String) -> String {
        var ascii = true, upper = false
        for b in s.utf8 {
            if b >= 0x80 {
                ascii = false
                break
            }
            if b >= 0x41, b <= 0x5A { upper = true }
        }
        if ascii {
            return upper ? String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self) : s
        }
        // UTF-8 bytes appended to one buffer: cheaper than growing a UnicodeScalarView.
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        func put(_ u: Unicode.Scalar) {
            if u.value < 0x80 {
                out.append(UInt8(u.value))
            } else {
                out.append(contentsOf: UTF8.encode(u).map { Array($0) } ?? [])
            }
        }
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 32) : UInt8(v))
            } else if v >= 0x0300, v <= 0x036F {
                continue  // a combining mark, as in decomposed (NFD) text
            } else if let f = foldedLatin(v) {
                put(f)
            } else {
                for c in slowFold(u) { put(c) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Latin letters with diacritics (U+00C0-U+024F, U+1E00-U+1EFF: all of Vietnamese) folded
    /// to one scalar each, computed once; nil outside those ranges or for a multi-scalar fold.
    static func foldedLatin(_ v: UInt32) -> Unicode.Scalar? {
        let i: Int
        if v >= 0x00C0, v <= 0x024F {
            i = Int(v - 0x00C0)
        } else if v >= 0x1E00, v <= 0x1EFF {
            i = Int(v - 0x1E00) + (0x024F - 0x00C0 + 1)
        } else {
            return nil
        }
        let f = latinFolds[i]
        return f == 0 ? nil : Unicode.Scalar(f)
    }

    static let latinFolds: [UInt32] = {
        Array(0x00C0...0x024F).map(single) + Array(0x1E00...0x1EFF).map(single)
    }()

    static func single(_ v: UInt32) -> UInt32 {
        guard let u = Unicode.Scalar(v) else { return 0 }
        let f = slowFold(u)
        return f.count == 1 ? f[f.startIndex].value : 0
    }

    /// Lower-case, decompose, drop combining marks; đ becomes d.
    static func slowFold(_ u: Unicode.Scalar) -> String.UnicodeScalarView {
        var out = String.UnicodeScalarView()
        for c in String(u).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch c.value {
            case 0x0300...0x036F: continue
            case 0x0111, 0x0110: out.append("d")
            default: out.append(c)
            }
        }
        return out
    }

    /// A stable ASCII slug: `Sở LĐTB&XH` becomes `so-ldtb-xh`.
    public static func slug(_ s: String) -> String {
        var out = ""
        var dash = false
        for ch in fold(s).unicodeScalars {
            if ch.isASCII, ch.properties.isAlphabetic || ("0"..."9").contains(Character(ch)) {
                if dash, !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(ch)
                dash = false
            } else {
                dash = true
            }
        }
        return out.isEmpty ? "x" : out
    }

    /// FNV-1a, 64-bit: stable across runs and machines, unlike `Hasher`. Over the UTF-8 in
    /// place where the String has it contiguous (native strings do), as that is faster than
    /// its `utf8` view's iterator.
    public static func fnv1a(_ s: String) -> UInt64 {
        s.utf8.withContiguousStorageIfAvailable { fnv1a(bytes: $0) } ?? fnv1a(bytes: s.utf8)
    }

    static func fnv1a<Bytes: Sequence<UInt8>>(bytes: Bytes) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    /// Replaces control characters (newlines included) by spaces, so user text cannot start a
    /// second line in a one-line message or in `STATUS=`. It does not trim: diagnostics put a
    /// caret under a column of the line.
    public static func oneLine(_ s: String) -> String {
        func breaks(_ u: Unicode.Scalar) -> Bool {
            u.value < 0x20 || u.value == 0x7F || u.value == 0x85 || u.value == 0x2028 || u.value == 0x2029
        }
        // Every break's UTF-8 starts with a byte below 0x20, 7F, C2 (U+0085) or E2 (U+2028,
        // U+2029): text with none of those bytes, most, is kept as it is without decoding it.
        let clean = s.utf8.withContiguousStorageIfAvailable { b in
            !b.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
        }
        if clean == true { return s }
        guard s.unicodeScalars.contains(where: breaks) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars { out.append(breaks(u) ? " " : u) }
        return String(out)
    }

    /// Cuts to at most `limit` characters, ending in `…` when cut.
    public static func truncate(_ s: String, to limit: Int) -> String {
        guard limit > 0 else { return "" }
        if s.count <= limit { return s }
        return String(s.prefix(max(limit - 1, 0))) + "…"
    }

    /// Cuts to at most `limit` bytes of UTF-8, on a character boundary, ending in `…` when cut.
    public static func truncate(_ s: String, toBytes limit: Int) -> String {
        if s.utf8.count <= limit { return s }
        let room = limit - 3  // "…" is three bytes
        guard room > 0 else { return "" }
        var used = 0
        var out = ""
        for c in s {
            let n = c.utf8.count
            if used + n > room { break }
            out.append(c)
            used += n
        }
        return out + "…"
    }

    /// Edit distance, for "did you mean" suggestions.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }

    /// The closest candidate within a small edit distance, if any.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        // A word much longer than every candidate is too far from all of them: not worth an
        // edit distance (a 1 MB value against each status name).
        let longest = candidates.map { $0.unicodeScalars.count }.max() ?? 0
        guard word.unicodeScalars.count <= 2 * longest + 3 else { return nil }
        let w = fold(word)
        var best: (String, Int)?
        for c in candidates {
            let d = distance(w, fold(c))
            if d <= max(2, w.count / 3), d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }
}
