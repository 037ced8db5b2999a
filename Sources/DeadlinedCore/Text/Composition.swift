import Foundation

extension Text {
    /// NFC of decomposed Latin text (Vietnamese typed or saved in NFD) without Foundation:
    /// each combining mark of Vietnamese (grave, acute, circumflex, tilde, breve, hook above,
    /// horn, dot below) is composed with the letter before it through `latinCompositions`.
    /// nil when anything else is met (another mark, a mark that does not compose, a scalar
    /// `surelyNFC` would not pass): the caller then asks Foundation.
    static func composedLatin(_ s: String) -> String? {
        // UTF-8 appended to one byte buffer: growing a String.UnicodeScalarView goes through
        // generic code that cost more than Foundation (perf, 100,000 items).
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var last: UInt32 = 0
        var lastStart = -1
        for u in s.unicodeScalars {
            let v = u.value
            if isVietnameseMark(v) {
                guard lastStart >= 0, let c = latinCompositions[(UInt64(last) << 32) | UInt64(v)] else { return nil }
                out.removeSubrange(lastStart...)
                appendUTF8(c, to: &out)
                last = c
                continue
            }
            guard v < 0x0300 || (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x2010 && v <= 0x2027) else { return nil }
            lastStart = out.count
            appendUTF8(v, to: &out)
            last = v
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The UTF-8 of a scalar below U+10000 (all `composedLatin` lets through).
    @inline(__always) static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// U+0300 grave, U+0301 acute, U+0302 circumflex, U+0303 tilde, U+0306 breve, U+0309
    /// hook above, U+031B horn, U+0323 dot below.
    static func isVietnameseMark(_ v: UInt32) -> Bool {
        switch v {
        case 0x0300, 0x0301, 0x0302, 0x0303, 0x0306, 0x0309, 0x031B, 0x0323: return true
        default: return false
        }
    }

    /// (letter << 32 | mark) -> the precomposed letter, for every letter below U+0250 or in
    /// U+1E00-U+1EFF and every mark of `isVietnameseMark` that Foundation composes into one
    /// scalar. Made once, on the first decomposed text (about 6,000 small compositions).
    static let latinCompositions: [UInt64: UInt32] = {
        let marks: [UInt32] = [0x0300, 0x0301, 0x0302, 0x0303, 0x0306, 0x0309, 0x031B, 0x0323]
        let letters = Array(0x41...0x5A) + Array(0x61...0x7A) + Array(0x00C0...0x024F) + Array(0x1E00...0x1EFF)
        var table: [UInt64: UInt32] = [:]
        for l in letters {
            guard let base = Unicode.Scalar(UInt32(l)) else { continue }
            for m in marks {
                guard let mark = Unicode.Scalar(m) else { continue }
                var pair = String.UnicodeScalarView()
                pair.append(base)
                pair.append(mark)
                let composed = String(pair).precomposedStringWithCanonicalMapping.unicodeScalars
                if composed.count == 1, let c = composed.first {
                    table[(UInt64(l) << 32) | UInt64(m)] = c.value
                }
            }
        }
        return table
    }()
}
