/// The pieces of an RFC 5322 header that need care: RFC 2047 encoded words for non-ASCII
/// text, the Date format, and a Message-ID that the same entries always get.
public enum MailHeaders {
    /// The longest encoded word RFC 2047 allows (section 2).
    public static let wordLimit = 75
    /// The longest line holding encoded words (RFC 2047 section 2), header name included.
    public static let lineLimit = 76

    /// `Name: value`, folded onto CRLF + space lines. Pure ASCII text is written as it is
    /// (folded at spaces if longer than 78); other text as "B" encoded words, each cut on
    /// character boundaries so that no word splits a UTF-8 sequence or a grapheme.
    public static func header(_ name: String, _ value: String) -> String {
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return name + ": " + value }
        let prefix = name + ": "
        var lines: [String] = []
        var room = lineLimit - prefix.utf8.count
        for w in encodedWords(value, firstRoom: room) {
            lines.append(w)
            room = lineLimit - 1
        }
        return prefix + lines.joined(separator: "\r\n ")
    }

    /// Splits `text` into "=?UTF-8?B?...?=" words; the first at most `firstRoom` characters
    /// long, the others at most `wordLimit`.
    public static func encodedWords(_ text: String, firstRoom: Int) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        // 12 characters of "=?UTF-8?B?" and "?=" around the base64 of the bytes.
        func fits(_ bytes: Int, _ room: Int) -> Bool { 12 + (bytes + 2) / 3 * 4 <= room }
        for ch in text {
            let b = Array(String(ch).utf8)
            let room = words.isEmpty ? min(firstRoom, wordLimit) : wordLimit
            if !chunk.isEmpty, !fits(chunk.count + b.count, room) {
                words.append("=?UTF-8?B?" + base64(chunk) + "?=")
                chunk = []
            }
            chunk += b
        }
        if !chunk.isEmpty || words.isEmpty { words.append("=?UTF-8?B?" + base64(chunk) + "?=") }
        return words
    }

    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    public static func base64(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            let v =
                UInt32(bytes[i]) << 16 | (n > 1 ? UInt32(bytes[i + 1]) << 8 : 0) | (n > 2 ? UInt32(bytes[i + 2]) : 0)
            for k in 0..<4 {
                out.append(k <= n ? alphabet[Int(v >> UInt32(18 - 6 * k) & 63)] : UInt8(ascii: "="))
            }
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// RFC 5322 date-time in `zone`: "Mon, 30 Nov 2026 08:47:05 +0700".
    public static func date(_ unix: Int64, zone: Zone) -> String {
        let (d, s) = zone.local(unix)
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let off = zone.offset(at: unix)
        let sign = off < 0 ? "-" : "+"
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return days[d.isoWeekday - 1] + ", \(d.day) " + months[d.month - 1] + " \(d.year) "
            + two(s / 3600) + ":" + two(s % 3600 / 60) + ":" + two(s % 60) + " " + sign
            + two(abs(off) / 3600) + two(abs(off) % 3600 / 60)
    }

    /// `<deadlined.HEX@DOMAIN>`: 128 bits of FNV-1a over the entries' cursors in order, so a
    /// retry of the same entries carries the same id and a receiver can drop the copy.
    public static func messageID(cursors: [String], domain: String) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        for c in cursors {
            for byte in c.utf8 + [0] {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                b = b ^ (b >> 29)
            }
        }
        return "<deadlined." + hex(a) + hex(b) + "@" + domain + ">"
    }

    static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
