import Testing

@testable import DeadlinedCore

/// Where a string's UTF-8 bytes live: equal for two strings that share one storage.
private func storage(_ s: String) -> UnsafeRawPointer? {
    var copy = s
    return copy.withUTF8 { UnsafeRawPointer($0.baseAddress) }
}

/// A string made afresh from its bytes, so it never shares storage with another.
private func fresh(_ s: String) -> String { String(decoding: Array(s.utf8), as: UTF8.self) }

@Test func textInternerGivesEveryEqualTextOneStorage() {
    var interner = TextInterner()
    // "Sở Giáo dục và Đào tạo" is 32 bytes in UTF-8 (15 ASCII; á, à, Đ, à 2 each; ở, ụ, ạ 3 each):
    // above the 15 a String holds inline, so each fresh copy has storage of its own.
    let a = fresh("Sở Giáo dục và Đào tạo"), b = fresh("Sở Giáo dục và Đào tạo")
    #expect(a.utf8.count == 32)
    #expect(storage(a) != storage(b))
    let first = interner.intern(a)
    let second = interner.intern(b)
    #expect(second == "Sở Giáo dục và Đào tạo")
    #expect(storage(first) == storage(a))
    #expect(storage(second) == storage(a))
    #expect(interner.count == 1)
}

@Test func textInternerKeepsTextsWithOtherBytesApart() {
    var interner = TextInterner()
    let nfc = "UBND huyện Diễn Châu"  // ễ precomposed, U+1EC5
    let nfd = "UBND huye\u{0323}\u{0302}n Die\u{0302}\u{0303}n Cha\u{0302}u"  // the same letters decomposed
    let hidden = "UBND huyện\u{200B} Diễn Châu"  // a zero-width space after "huyện"
    #expect(nfc == nfd)  // equal as Swift compares strings, not byte for byte
    let kept = [nfc, nfd, hidden].map { interner.intern(fresh($0)) }
    // Three byte sequences, three entries; each comes back with its own bytes.
    #expect(interner.count == 3)
    #expect(Array(kept[0].utf8) == Array(nfc.utf8))
    #expect(Array(kept[1].utf8) == Array(nfd.utf8))
    #expect(Array(kept[2].utf8) == Array(hidden.utf8))
    // Each is found again by its own bytes.
    #expect(storage(interner.intern(fresh(nfd))) == storage(kept[1]))
    #expect(storage(interner.intern(fresh(hidden))) == storage(kept[2]))
}

@Test func textInternerReturnsShortTextsUnchanged() {
    var interner = TextInterner()
    // 15 bytes ("Sở Tư pháp": S ở(3) space T ư(2) space p h á(2) p = 14; plus one "x") and less
    // live inside the String: nothing is kept.
    #expect(interner.intern("15/5/2024") == "15/5/2024")
    #expect(interner.intern("Sở Tư phápx").utf8.count == 15)
    #expect(interner.count == 0)
    #expect(interner.intern("Sở Tư phápxy").utf8.count == 16)
    #expect(interner.count == 1)
}

@Test func textInternerFindsEveryTextAfterGrowingAndStopsAtItsLimit() {
    // 1,000 distinct texts: the table of 64 slots grows four times (to 2,048).
    var interner = TextInterner(limit: 1_000)
    let texts = (0..<1_000).map { fresh("hoàn thành trước ngày \($0 % 28 + 1)/\($0 / 28 + 1)/2024") }
    let kept = texts.map { interner.intern($0) }
    #expect(interner.count == 1_000)
    for (t, k) in zip(texts, kept) { #expect(storage(interner.intern(fresh(t))) == storage(k)) }
    // Past the limit a new text is not kept, and comes back as given.
    let extra = fresh("hoàn thành trước ngày 1/1/2099")
    #expect(storage(interner.intern(extra)) == storage(extra))
    #expect(interner.count == 1_000)
}

@Test func textInternerFindsAKeptTextByItsBytesAlone() {
    var interner = TextInterner()
    let kept = interner.intern(fresh("Sở Giáo dục và Đào tạo"))
    let same = Array("Sở Giáo dục và Đào tạo".utf8)
    let found = same.withUnsafeBufferPointer { interner.interned($0) }
    #expect(found == "Sở Giáo dục và Đào tạo")
    #expect(found.map(storage) == storage(kept))
    // The same letters decomposed (o + horn + hook above), a text never kept, and a short text
    // (never kept: held inline) are not found.
    let decomposed = Array("So\u{031B}\u{0309} Giáo dục và Đào tạo".unicodeScalars.map(String.init).joined().utf8)
    #expect(decomposed.withUnsafeBufferPointer { interner.interned($0) } == nil)
    #expect(Array("Sở Tài chính tỉnh Nghệ An".utf8).withUnsafeBufferPointer { interner.interned($0) } == nil)
    _ = interner.intern("Sở Y tế")
    #expect(Array("Sở Y tế".utf8).withUnsafeBufferPointer { interner.interned($0) } == nil)
}
