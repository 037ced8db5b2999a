import Foundation
import Testing

@testable import DeadlinedCore

// The identity of an agency (issue 15, point 4): NFC, case folding, whitespace collapsed.
// Expected values are written out by hand: "Sở Tài chính" lower-cased is "sở tài chính".

private let nfdName = "So\u{031B}\u{0309} Ta\u{0300}i chi\u{0301}nh"  // "Sở Tài chính" decomposed

@Test func theNFDSpellingIsReallyDecomposed() {
    // Guards the other tests: the literal above is NFD, not the NFC bytes.
    #expect(Array(nfdName.utf8) != Array("Sở Tài chính".utf8))
    #expect(nfdName == "Sở Tài chính")  // canonically equivalent, as Swift compares
}

@Test func nfcComposesDecomposedText() {
    // "ở" is U+1EDF (E1 BB 9F), "à" U+00E0 (C3 A0), "í" U+00ED (C3 AD).
    let expected: [UInt8] = [
        0x53, 0xE1, 0xBB, 0x9F, 0x20, 0x54, 0xC3, 0xA0, 0x69, 0x20, 0x63, 0x68, 0xC3, 0xAD, 0x6E, 0x68,
    ]
    #expect(Array(Text.nfc(nfdName).utf8) == expected)
    #expect(Array(Text.nfc("Sở Tài chính").utf8) == expected)
}

@Test func nfcReplacesSingletonsOutsideTheFastRanges() {
    // U+212B ANGSTROM SIGN is canonically U+00C5; U+2126 OHM SIGN is U+03A9.
    #expect(Array(Text.nfc("\u{212B}").unicodeScalars.map(\.value)) == [0x00C5])
    #expect(Array(Text.nfc("1 \u{2126}").unicodeScalars.map(\.value)) == [0x31, 0x20, 0x03A9])
}

@Test(arguments: [
    ("plain ascii", true),
    ("Sở Tài chính – “Đề án 06”…", true),
    ("\u{01C5} \u{024F} \u{0133} \u{02AF}", true),  // U+01C5, U+024F, U+0133, U+02AF: below U+0300, two-byte UTF-8
    ("\u{1E00} \u{1EF9} \u{2010} \u{2027}", true),  // U+1E00, U+1EF9, U+2010, U+2027: the ends of the three-byte ranges
    (nfdName, false),
    ("\u{212B}", false),
    ("a\u{0300}", false),  // a combining mark: CC 80
    ("\u{2028}", false),  // past U+2027: asked of Foundation
    ("\u{1100}\u{1161}", false),  // Hangul jamo, which NFC composes
])
func surelyNFCSaysYesOnlyWhereNFCChangesNothing(text: String, sure: Bool) {
    #expect(Text.surelyNFC(text) == sure)
    // Whatever it says, a "yes" must be right.
    if sure { #expect(Array(text.precomposedStringWithCanonicalMapping.utf8) == Array(text.utf8)) }
}

@Test(arguments: [
    "Sở Tài chính",
    "Sở tài chính",
    "SỞ TÀI CHÍNH",
    "Sở  Tài chính ",
    "  Sở Tài chính",
    "Sở\u{00A0}Tài chính",
    "Sở Tài\u{200B} chính",
    "Sở\u{200C}\u{200D} Tài chính\u{FEFF}",
    "Sở\tTài \t chính",
    nfdName,
])
func oneIdentityForEverySpellingOfOneAgency(spelling: String) {
    #expect(Array(Text.agencyIdentity(spelling).utf8) == Array("sở tài chính".utf8))
}

@Test func diacriticsAndWordsStillTell() {
    #expect(Text.agencyIdentity("Sở Tai chinh") != Text.agencyIdentity("Sở Tài chính"))
    #expect(Text.agencyIdentity("Sở Tài") != Text.agencyIdentity("Sở Tài chính"))
    // A zero-width space separates words; a zero-width joiner joins them.
    #expect(Text.agencyIdentity("Sở Tài\u{200B}chính") == "sở tài chính")
    #expect(Text.agencyIdentity("Sở Tài\u{200D}chính") == "sở tàichính")
}

@Test func collapsingSpacesKeepsCase() {
    #expect(Text.collapsingSpaces(" Sở\u{00A0}\u{00A0}Tài\u{200B} Chính\t") == "Sở Tài Chính")
    #expect(Text.collapsingSpaces("") == "")
}

@Test func aUserNamesAnAgencyByAnyOfItsNames() {
    var c = Config()
    c.agencies = [
        Agency(
            name: "Sở Thông tin và Truyền thông", short: "Sở TT&TT", aliases: ["STTTT"],
            source: SourceLocation(file: "f", line: 1, column: 1))
    ]
    for n in ["Sở TT&TT", "stttt", "sở thông tin và\u{00A0}truyền thông"] {
        #expect(c.canonicalAgency(n) == "Sở Thông tin và Truyền thông")
    }
    // Not registered: spaces collapsed, case kept (the list filter folds case itself).
    #expect(c.canonicalAgency(" Sở  Y tế") == "Sở Y tế")
}
