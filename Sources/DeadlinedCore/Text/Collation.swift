import Foundation

/// Vietnamese alphabetical order for names shown to people.
///
/// Letters come in the order of the Vietnamese alphabet, a ă â b c d đ e ê g h i k l m n o ô
/// ơ p q r s t u ư v x y (f, j, w and z, which Vietnamese does not use, in their Latin
/// places). Names are compared syllable by syllable (words are separated by spaces): the
/// letters of a syllable first, then its tone (unmarked, huyền, hỏi, ngã, sắc, nặng), so
/// "Sở Dân tộc" < "Sở Đầu tư" < "Sở Giáo dục" and "ba" < "bà" < "bá" < "bác". Letter case
/// counts only between names otherwise equal (lower case first), and the text itself last, so
/// the order is total. Both tone placements ("hóa", "hoá") and both normal forms sort alike.
public enum Collation {
    /// Whether `a` comes before `b`.
    public static func less(_ a: String, _ b: String) -> Bool { key(a) < key(b) }

    /// A sort key: compare keys to compare names. Make it once per name when sorting many.
    public static func key(_ s: String) -> CollationKey {
        var main: [UInt32] = []
        var cases: [UInt32] = []
        main.reserveCapacity(s.unicodeScalars.count + 4)
        var tone: UInt32 = 0
        var inSyllable = false
        func endSyllable() {
            // Tones are stored from 1, so no value of the letters and tones part is 0, the
            // value that ends it.
            if inSyllable { main += [separator, tone + 1] }
            inSyllable = false
            tone = 0
        }
        for u in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = u.value
            if u.properties.isWhitespace {
                endSyllable()
                continue
            }
            if let t = toneRank(v) {
                tone = t
                continue
            }
            if let m = modifier(v) {
                // ă â ê ô ơ ư: the modifier turns the letter before it into the next letter(s).
                if let last = main.last, inSyllable, let r = modified(last, m) { main[main.count - 1] = r }
                continue
            }
            if u.properties.generalCategory == .nonspacingMark { continue }
            inSyllable = true
            let lower = u.properties.lowercaseMapping.unicodeScalars.first ?? u
            cases.append(lower == u ? 0 : 1)
            main.append(rank(lower.value))
        }
        endSyllable()
        return CollationKey(
            values: main + [0] + cases + [0] + s.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value))
    }

    /// Ends a syllable's letters; less than any letter, so "ba" < "bac".
    static let separator: UInt32 = 1

    /// huyền, hỏi, ngã, sắc, nặng (combining grave, hook above, tilde, acute, dot below).
    static func toneRank(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x0300: return 1
        case 0x0309: return 2
        case 0x0303: return 3
        case 0x0301: return 4
        case 0x0323: return 5
        default: return nil
        }
    }

    /// Breve, circumflex, horn: the marks that make letters of their own.
    static func modifier(_ v: UInt32) -> UInt32? {
        v == 0x0306 || v == 0x0302 || v == 0x031B ? v : nil
    }

    static let alphabet: [Character] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "ô", "ơ",
        "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    /// Letters rank from here up: above the separator and digits.
    static let firstLetter: UInt32 = 100
    static let ranks: [String: UInt32] = {
        var r: [String: UInt32] = [:]
        for (i, c) in alphabet.enumerated() {
            r[String(c).decomposedStringWithCanonicalMapping] = firstLetter + UInt32(i)
        }
        return r
    }()

    /// A lower-case scalar's rank: ASCII punctuation (all alike), then digits, then letters,
    /// then anything else by code point.
    static func rank(_ v: UInt32) -> UInt32 {
        if v >= 0x30, v <= 0x39 { return 10 + v - 0x30 }
        if v < 0x80, !(v >= 0x61 && v <= 0x7A) { return 2 }
        if let u = Unicode.Scalar(v), let r = ranks[String(u)] { return r }
        return firstLetter + 100 + v
    }

    /// The rank of `letter` with the modifier `m`, if that makes a Vietnamese letter.
    static func modified(_ letter: UInt32, _ m: UInt32) -> UInt32? {
        guard letter >= firstLetter, Int(letter - firstLetter) < alphabet.count,
            let scalar = Unicode.Scalar(m)
        else { return nil }
        let base = String(alphabet[Int(letter - firstLetter)])
        return ranks[base + String(scalar)]
    }
}

/// A name's place in Vietnamese alphabetical order (see `Collation`).
public struct CollationKey: Sendable, Comparable, Hashable {
    let values: [UInt32]
    public static func < (a: CollationKey, b: CollationKey) -> Bool { a.values.lexicographicallyPrecedes(b.values) }
}
