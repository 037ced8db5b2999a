import Testing

@testable import DeadlinedCore

@Test func idIndexFindsEveryIdAndReportsTheFirstPositionOfADuplicate() {
    var ids: [String] = []
    var index = IdIndex()  // starts small: grows many times on the way
    for k in 0..<50_000 {
        let id = k % 3 == 0 ? "nv-\(k)" : "kh-\(k % 97)/nv-\(k)-Sở Tư pháp"
        #expect(index.insert(id, at: ids.count, idAt: { ids[$0] }) == nil)
        ids.append(id)
    }
    #expect(index.count == 50_000)
    for (p, id) in ids.enumerated() where p % 7 == 0 {
        #expect(index.find(id, idAt: { ids[$0] }) == p)
    }
    #expect(index.find("nv-50000", idAt: { ids[$0] }) == nil)
    #expect(index.find("", idAt: { ids[$0] }) == nil)
    // A duplicate is not inserted; the answer is where the id was first.
    #expect(index.insert("nv-300", at: ids.count, idAt: { ids[$0] }) == 300)
    #expect(index.count == 50_000)
}

@Test func idIndexTreatsPrecomposedAndDecomposedLettersAsOneId() {
    // As a [String: Int] did (and as the ledger's dictionary does): "ễ" precomposed (U+1EC5)
    // and decomposed (e + U+0302 + U+0303) is the same id.
    let nfc = "nv-\u{1EC5}", nfd = "nv-e\u{0302}\u{0303}"
    #expect(Array(nfc.utf8) != Array(nfd.utf8))
    var ids = [nfc]
    var index = IdIndex(capacity: 4)
    #expect(index.insert(nfc, at: 0, idAt: { ids[$0] }) == nil)
    #expect(index.insert(nfd, at: 1, idAt: { ids[$0] }) == 0)
    ids.append("b")
    #expect(index.insert("b", at: 1, idAt: { ids[$0] }) == nil)
    #expect(index.find(nfd, idAt: { ids[$0] }) == 0)
    #expect(index.find("b", idAt: { ids[$0] }) == 1)
}

@Test func idIndexFindsAnIdEqualToAnASCIIOneOnlyAfterNormalisation() {
    // The Kelvin sign (U+212A) and the Ohm sign (U+2126) are `K` and `Ω` to `==`: a second id
    // written with one is a duplicate, though its bytes are not ASCII and the first id's are.
    #expect("nv-\u{212A}" == "nv-K")
    #expect(IdIndex.hash("nv-\u{212A}") == IdIndex.hash("nv-K"))
    #expect(IdIndex.hash("\u{2126}") == IdIndex.hash("\u{03A9}"))
    let ids = ["nv-K"]
    var index = IdIndex(capacity: 4)
    #expect(index.insert("nv-K", at: 0, idAt: { ids[$0] }) == nil)
    #expect(index.insert("nv-\u{212A}", at: 1, idAt: { ids[$0] }) == 0)
}

@Test func idIndexFindsEveryIdAfterReservingRoomBetweenInserts() {
    // `reserve` and growth move the slots by their hash alone: every id stays found.
    var ids: [String] = []
    var index = IdIndex()
    for k in 0..<20_000 {
        if k % 1_000 == 0 { index.reserve(k * 3) }
        let id = "kh-\(k % 41)/Sở Nội vụ-\(k)"
        #expect(index.insert(id, at: ids.count, idAt: { ids[$0] }) == nil)
        ids.append(id)
    }
    for (p, id) in ids.enumerated() {
        #expect(index.find(id, idAt: { ids[$0] }) == p)
        #expect(index.insert(id, at: ids.count, idAt: { ids[$0] }) == p)
    }
    #expect(index.count == 20_000)
    #expect(index.find("kh-0/Sở Nội vụ-20000", idAt: { ids[$0] }) == nil)
}
