import Foundation
import Testing

@testable import DeadlinedCore

@Test func sameBytesComparesBytesNotCanonicalEquivalence() {
    let nfc = "UBND huyện Diễn Châu"
    let nfd = "UBND huye\u{0323}\u{0302}n Die\u{0302}\u{0303}n Cha\u{0302}u"
    #expect(nfc == nfd)
    #expect(!Text.sameBytes(nfc, nfd))
    #expect(Text.sameBytes(nfc, String(decoding: Array(nfc.utf8), as: UTF8.self)))
    #expect(Text.sameBytes("", ""))
    #expect(!Text.sameBytes("", "a"))
    // Short texts live inside the String; long ones have storage; one byte apart at each end.
    #expect(Text.sameBytes("15/5/2024", "15/5/2024"))
    #expect(!Text.sameBytes("15/5/2024", "15/5/2025"))
    #expect(!Text.sameBytes("Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạO"))
    #expect(!Text.sameBytes("Sở Giáo dục và Đào tạo", "sở Giáo dục và Đào tạo"))
    // A string Foundation made (not native storage) still compares by its bytes.
    let bridged = NSString(string: "Sở Giáo dục và Đào tạo") as String
    #expect(Text.sameBytes(bridged, "Sở Giáo dục và Đào tạo"))
    #expect(!Text.sameBytes(bridged, "Sở Giáo dục và Đào tạ0"))
}

@Test func fnv1aHashesTheSameBytesWhereverAStringKeepsThem() {
    func reference(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in Array(s.utf8) { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
    let texts = ["", "a", "15/5/2024", "Sở Giáo dục và Đào tạo", String(repeating: "Đánh giá, xếp hạng ", count: 20)]
    for t in texts {
        #expect(Text.fnv1a(t) == reference(t))
        #expect(Text.fnv1a(NSString(string: t) as String) == reference(t))
        #expect(Text.fnv1a(String(t.dropFirst())) == reference(String(t.dropFirst())))
    }
    #expect(Text.fnv1a("Sở") != Text.fnv1a("So\u{031B}\u{0309}"))
}

@Test func wordHashHashesTheSameBytesWhereverAStringKeepsThem() {
    let texts = ["", "a", "15/5/2024", "Sở Giáo dục và Đào tạo", String(repeating: "Đánh giá, xếp hạng ", count: 20)]
    for t in texts {
        #expect(Text.wordHash(NSString(string: t) as String) == Text.wordHash(t))
        let copied = String(decoding: Array(t.utf8), as: UTF8.self)
        #expect(Text.wordHash(copied) == Text.wordHash(t))
        let rest = String(t.dropFirst())
        #expect(Text.wordHash(rest) == Text.wordHash(String(decoding: Array(rest.utf8), as: UTF8.self)))
    }
}

@Test func wordHashTellsApartTextsThatDifferInAnyByte() {
    // Every length from 0 to 40, and each text with one of its bytes changed (in a whole word
    // of eight or in the last few): no two hash alike.
    let base = Array("Sở Giáo dục và Đào tạo tỉnh Quảng Nam".utf8)
    var seen: [UInt64: [UInt8]] = [:]
    for n in 0...base.count {
        let t = Array(base.prefix(n))
        var variants = [t]
        for i in t.indices { var v = t; v[i] ^= 0x01; variants.append(v) }
        for v in variants {
            let h = v.withUnsafeBufferPointer(Text.wordHash)
            if let other = seen[h], other != v { Issue.record("\(v) and \(other) hash alike") }
            seen[h] = v
        }
    }
    #expect(seen.count > 800)
}
