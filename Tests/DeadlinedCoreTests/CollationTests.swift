import Foundation
import Testing

@testable import DeadlinedCore

// Vietnamese alphabetical order (issue 15 point 8). Each expected order is written out by
// hand from the alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y and the
// tone order unmarked, huyền, hỏi, ngã, sắc, nặng.

@Test(arguments: [
    // The example: Đ after D and before G, not after Y as code points put it.
    ["Sở Dân tộc", "Sở Đầu tư", "Sở Giáo dục", "Sở Y tế"],
    // Letters: a ă â, e ê, o ô ơ, u ư, d đ.
    ["an", "ăn", "ân", "bận"], ["em", "êm"], ["ong", "ông", "ơn"], ["ung", "ưng"], ["dê", "đê"],
    // Tones after letters: unmarked, huyền, hỏi, ngã, sắc, nặng; then the next letter.
    ["ba", "bà", "bả", "bã", "bá", "bạ", "bác", "bạc"],
    ["ma", "mà", "mả", "mã", "má", "mạ"],
    // Syllable by syllable: the first syllable's tone decides before the second's letters.
    ["ba con", "bà an"],
    // A shorter name that is the start of a longer one comes first.
    ["Sở Nội vụ", "Sở Nội vụ tỉnh"],
    // Upper and lower case differ only where nothing else does: lower case first.
    ["sở tài chính", "Sở Tài chính", "Sở Tư pháp"],
    // Digits before letters; t before ư ("TT&TT" before "Tư pháp").
    ["Sở 1", "Sở A", "Sở TT&TT", "Sở Tư pháp"],
    // Văn phòng, Ủy ban, Công an: C, U, V.
    ["Công an tỉnh", "Ủy ban nhân dân", "Văn phòng UBND tỉnh"],
])
func namesSortInVietnameseOrder(_ expected: [String]) {
    for (i, a) in expected.enumerated() {
        for (j, b) in expected.enumerated() {
            #expect(Collation.less(a, b) == (i < j), "\(a) vs \(b)")
        }
    }
    #expect(expected.reversed().sorted(by: Collation.less) == expected)
}

@Test func bothTonePlacementsAndBothNormalFormsSortAlike() {
    // "hoá" (tone on a) and "hóa" (tone on o): one syllable, one tone, equal up to the text.
    let old = Collation.key("Sở Văn hoá"), new = Collation.key("Sở Văn hóa")
    #expect(Array(old.values.prefix(while: { $0 != 0 })) == Array(new.values.prefix(while: { $0 != 0 })))
    // NFC and NFD spellings of one name have one key.
    let nfc = "Sở Đầu tư"
    let nfd = nfc.decomposedStringWithCanonicalMapping
    #expect(Array(nfc.unicodeScalars) != Array(nfd.unicodeScalars))
    #expect(Collation.key(nfc) == Collation.key(nfd))
    #expect(!Collation.less(nfc, nfd) && !Collation.less(nfd, nfc))
}

@Test func theOrderIsTotalAndStrict() {
    #expect(!Collation.less("Sở Y tế", "Sở Y tế"))
    // Different texts never tie: "a-b" and "a.b" differ only in punctuation.
    #expect(Collation.less("a-b", "a.b") != Collation.less("a.b", "a-b"))
}

/// One item per agency, each due 15/5/2024, listed in code-point order (Đ last).
private func fourAgencies(overdueFor: String? = nil) -> Config {
    let names = ["Sở Dân tộc", "Sở Giáo dục", "Sở Y tế", "Sở Đầu tư"]
    return SchedFixture.config(
        names.enumerated().map { i, name in
            SchedFixture.item(
                "i\(i)", deadline: SchedFixture.dayDeadline(name == overdueFor ? 1 : 15, 5, 2024), agency: name)
        })
}

@Test func reportRowsTieInVietnameseOrder() {
    // At 10/5/2024 nothing is overdue: all four tie at 0 and follow the alphabet.
    let (groups, _) = fourAgencies().report(at: SchedFixture.vn(10, 5, 2024), by: .agency)
    #expect(groups.map(\.0) == ["Sở Dân tộc", "Sở Đầu tư", "Sở Giáo dục", "Sở Y tế"])
    // Most overdue still comes first: Y tế's item was due 1/5.
    let (first, _) = fourAgencies(overdueFor: "Sở Y tế").report(at: SchedFixture.vn(10, 5, 2024), by: .agency)
    #expect(first.map(\.0) == ["Sở Y tế", "Sở Dân tộc", "Sở Đầu tư", "Sở Giáo dục"])
}

@Test func digestNamesAgenciesInVietnameseOrder() {
    // At 10/5/2024 every item is due soon (within 7 days of 15/5): one entry per agency, then the total.
    let cfg = fourAgencies()
    let alerts = AlertWriter(settings: cfg.settings).digest(cfg, now: SchedFixture.vn(10, 5, 2024), queued: 0)
    let agencies = alerts.compactMap { a in a.fields.first { $0.0 == "DEADLINED_AGENCY" }?.1 }
    #expect(agencies == ["Sở Dân tộc", "Sở Đầu tư", "Sở Giáo dục", "Sở Y tế"])
}

@Test func listRowsDueTogetherFollowTheirAgencyInVietnameseOrder() {
    // Three items due 15/5/2024 and one due 1/5: the early one first, then the three by
    // agency (Dân tộc, Đầu tư, Y tế), not by id (a, b, c).
    let d = SchedFixture.dayDeadline(15, 5, 2024)
    let cfg = SchedFixture.config([
        SchedFixture.item("a", deadline: d, agency: "Sở Y tế"),
        SchedFixture.item("b", deadline: d, agency: "Sở Đầu tư"),
        SchedFixture.item("c", deadline: d, agency: "Sở Dân tộc"),
        SchedFixture.item("d", deadline: SchedFixture.dayDeadline(1, 5, 2024), agency: "Sở Y tế"),
        // Same agency, same due as b: id order between them.
        SchedFixture.item("aa", deadline: d, agency: "Sở Đầu tư"),
    ])
    #expect(cfg.rows(at: SchedFixture.vn(1, 4, 2024)).map(\.item.id) == ["d", "c", "aa", "b", "a"])
}
