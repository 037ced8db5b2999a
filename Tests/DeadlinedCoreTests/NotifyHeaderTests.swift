import Testing

@testable import DeadlinedCore

@Suite("Notify mail headers")
struct NotifyHeaderTests {
    @Test("base64 matches RFC 4648 for 'Sở' with two pad characters")
    func base64Pads() {
        // "Sở" is 53 E1 BB 9F. 53E1BB -> 010100 111110 000110 111011 -> U + G 7;
        // 9F -> 100111 11(0000) -> n w, then "==".
        #expect(MailHeaders.base64(Array("Sở".utf8)) == "U+G7nw==")
        #expect(MailHeaders.base64([]) == "")
        #expect(MailHeaders.base64(Array("ab".utf8)) == "YWI=")
    }

    @Test("the Vietnamese subject is cut into encoded words on character boundaries")
    func subjectWords() {
        // "Subject: " is 9 characters, so the first word may be 76 - 9 = 67 long: 12 for
        // "=?UTF-8?B?" and "?=", 55 left, 13 base64 groups, at most 39 bytes. Counting bytes:
        // "[deadlined] " 12, "Sở" 4 (ở is 3), " " 1, "Tài" 4, " " 1, "chính" 6, ":" 1, " " 1,
        // "3" 1, " " 1, "nhiệm" 7 (ệ is 3): 39 exactly; the rest " vụ quá hạn" is 16 bytes.
        // The base64 texts are python3's base64.b64encode of those two byte runs.
        let h = MailHeaders.header("Subject", "[deadlined] Sở Tài chính: 3 nhiệm vụ quá hạn")
        #expect(
            h == "Subject: =?UTF-8?B?W2RlYWRsaW5lZF0gU+G7nyBUw6BpIGNow61uaDogMyBuaGnhu4dt?=\r\n"
                + " =?UTF-8?B?IHbhu6UgcXXDoSBo4bqhbg==?=")
    }

    @Test("a long subject makes words of at most 75 and lines of at most 76 characters")
    func longSubject() {
        let text = String(repeating: "Ủy ban nhân dân tỉnh Long An ", count: 12)
        let h = MailHeaders.header("Subject", text)
        let lines = h.components(separatedBy: "\r\n")
        #expect(lines.count > 5)
        for l in lines { #expect(l.utf8.count <= MailHeaders.lineLimit) }
        // Each word decodes on its own to whole characters: joined back they give the text.
        let words = MailHeaders.encodedWords(text, firstRoom: 67)
        var joined = ""
        for w in words {
            #expect(w.count <= MailHeaders.wordLimit)
            #expect(w.hasPrefix("=?UTF-8?B?") && w.hasSuffix("?="))
            let b64 = String(w.dropFirst(10).dropLast(2))
            let bytes = decode64(b64)
            let piece = String(validating: bytes, as: UTF8.self)
            #expect(piece != nil)
            joined += piece ?? ""
        }
        #expect(joined == text)
    }

    @Test("ASCII header values are written as they are")
    func asciiHeader() {
        #expect(MailHeaders.header("To", "stc@longan.gov.vn") == "To: stc@longan.gov.vn")
    }

    @Test("Date is RFC 5322 in the configured zone")
    func date() {
        // 1796003220 is 2026-11-30 01:47:00 UTC (python3 calendar.timegm), a Monday;
        // Vietnam is UTC+7, so 08:47:00 +0700.
        #expect(MailHeaders.date(1_796_003_220, zone: .vietnam) == "Mon, 30 Nov 2026 08:47:00 +0700")
        // Midnight UTC of 1 Jan 2026 (a Thursday) is 07:00 in Vietnam.
        #expect(MailHeaders.date(1_767_225_600, zone: .vietnam) == "Thu, 1 Jan 2026 07:00:00 +0700")
    }

    @Test("Message-ID is the same for the same cursors and differs otherwise")
    func messageID() {
        let a = MailHeaders.messageID(cursors: ["s=1;i=2", "s=1;i=3"], domain: "longan.gov.vn")
        let b = MailHeaders.messageID(cursors: ["s=1;i=2", "s=1;i=3"], domain: "longan.gov.vn")
        let c = MailHeaders.messageID(cursors: ["s=1;i=2", "s=1;i=4"], domain: "longan.gov.vn")
        let d = MailHeaders.messageID(cursors: ["s=1;i=2s=1;i=3"], domain: "longan.gov.vn")
        #expect(a == b)
        #expect(a != c)
        #expect(a != d)
        #expect(a.hasPrefix("<deadlined.") && a.hasSuffix("@longan.gov.vn>"))
        // 32 hex digits: 128 bits.
        let hex = a.dropFirst("<deadlined.".count).prefix(while: { $0 != "@" })
        #expect(hex.count == 32 && hex.allSatisfy { $0.isHexDigit })
    }

    func decode64(_ s: String) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var bits: UInt32 = 0, n = 0
        var out: [UInt8] = []
        for ch in s where ch != "=" {
            guard let v = alphabet.firstIndex(of: ch) else { return [] }
            bits = bits << 6 | UInt32(v)
            n += 6
            if n >= 8 {
                n -= 8
                out.append(UInt8(truncatingIfNeeded: bits >> UInt32(n)))
            }
        }
        return out
    }
}
