import Foundation
import Testing

@testable import DeadlinedCore

// Long names (more than 15 UTF-8 bytes), so each `String` has storage of its own.
private let health = "Sở Y tế tỉnh Quảng Nam"
private let finance = "Sở Tài chính tỉnh Quảng Nam"

@Test func byteClassesNumberTextsInOrderOfFirstSight() {
    var classes = ByteClasses()
    // The same bytes from separate storage get the same number.
    let again = String(decoding: Array(health.utf8), as: UTF8.self)
    #expect(classes.number(health) == 0)
    #expect(classes.number(finance) == 1)
    #expect(classes.number(again) == 0)
    #expect(classes.number("") == 2)
    #expect(classes.number("") == 2)
    #expect(classes.texts == [health, finance, ""])
}

@Test func byteClassesTellCanonicalEquivalentsApart() {
    // "ế" precomposed and as e + circumflex + acute: equal as Strings, not as bytes.
    let nfc = "Sở Y t\u{1EBF} tỉnh Quảng Nam"
    let nfd = "Sở Y te\u{302}\u{301} tỉnh Quảng Nam"
    #expect(nfc == nfd)
    var classes = ByteClasses()
    #expect(classes.number(nfc) == 0)
    #expect(classes.number(nfd) == 1)
    #expect(classes.number(nfc) == 0)
}

@Test func byteClassesKeepTheirNumbersPastManyTexts() {
    var classes = ByteClasses()
    let names = (0..<1000).map { "Ủy ban nhân dân xã số \($0)" }
    for (i, n) in names.enumerated() { #expect(classes.number(n) == Int32(i)) }
    for (i, n) in names.enumerated().reversed() { #expect(classes.number(n) == Int32(i)) }
    #expect(classes.texts.count == 1000)
}

@Test func rankByCollationGivesCanonicalEquivalentsOneRank() {
    let nfc = "Sở Y t\u{1EBF} tỉnh Quảng Nam"
    let nfd = "Sở Y te\u{302}\u{301} tỉnh Quảng Nam"
    #expect(Config.rankByCollation([nfc, "Sở Đầu tư", nfd, "Sở Dân tộc"]) == [2, 1, 2, 0])
}

@Test func listRowsDueTogetherKeepIdOrderWithinOneAgencySpeltTwoWays() {
    // The same agency precomposed and decomposed is one agency: its rows go by id, after
    // the rows of the agency before it in the alphabet.
    let d = SchedFixture.dayDeadline(15, 5, 2024)
    let nfd = "Sở Y te\u{302}\u{301} tỉnh Quảng Nam"
    let cfg = SchedFixture.config([
        SchedFixture.item("c", deadline: d, agency: health),
        SchedFixture.item("a", deadline: d, agency: nfd),
        SchedFixture.item("d", deadline: d, agency: finance),
        SchedFixture.item("b", deadline: d, agency: health),
        SchedFixture.item("e", deadline: SchedFixture.dayDeadline(1, 5, 2024), agency: health),
    ])
    #expect(cfg.rows(at: SchedFixture.vn(1, 4, 2024)).map(\.item.id) == ["e", "d", "a", "b", "c"])
}

@Test func listOrderOfManyRowsIsDueThenAgencyThenId() {
    // 500 rows over a few deadlines and agencies, in a scrambled order: the list must equal
    // a plain sort on (due, agency's collation key, id).
    let agencies = ["Sở Y tế", "Sở Đầu tư", "Sở Dân tộc", health, finance, "UBND huyện Ân Thi"]
    let days = [3, 9, 15, 21]
    var state: UInt64 = 0x5EED
    func next(_ n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33) % n
    }
    let items = (0..<500).map { k in
        SchedFixture.item(
            "nv-\(next(400))-\(k)", deadline: SchedFixture.dayDeadline(days[next(days.count)], 6, 2024),
            agency: agencies[next(agencies.count)])
    }
    let cfg = SchedFixture.config(items)
    let expected = items.sorted { a, b in
        let (x, y) = (a.deadline?.overdueAt ?? .max, b.deadline?.overdueAt ?? .max)
        if x != y { return x < y }
        let (ka, kb) = (Collation.key(a.agency), Collation.key(b.agency))
        if ka != kb { return ka < kb }
        return a.id < b.id
    }
    #expect(cfg.rows(at: SchedFixture.vn(1, 4, 2024)).map(\.item.id) == expected.map(\.id))
}
