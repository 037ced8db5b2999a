import Foundation
import Testing

@testable import DeadlinedCore

// Invisible characters named in diagnostics, and text made safe for a terminal (issue 13, part 11).

@Test(arguments: [
    (0x200B, "U+200B ZERO WIDTH SPACE"),
    (0xFEFF, "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
    (0x00A0, "U+00A0 NO-BREAK SPACE"),
    (0x202E, "U+202E RIGHT-TO-LEFT OVERRIDE"),
    (0x2066, "U+2066 LEFT-TO-RIGHT ISOLATE"),
    (0x001B, "U+001B ESCAPE"),
    (0x000B, "U+000B LINE TABULATION (vertical tab)"),
    (0x007F, "U+007F DELETE"),
    (0x009B, "U+009B CONTROL SEQUENCE INTRODUCER"),
    (0x009D, "U+009D OPERATING SYSTEM COMMAND"),
])
func invisibleCharactersAreNamed(code: UInt32, name: String) throws {
    let u = try #require(Unicode.Scalar(code))
    #expect(Invisible.isInvisible(u))
    #expect(Invisible.name(u) == name)
}

@Test func visibleTextIsNotInvisible() {
    for s in ["Sở Tài chính", "15/5/2024", "ĐẦU", "日本", "a b", "Sở Tài chính".decomposedStringWithCanonicalMapping] {
        #expect(!Invisible.contains(s), "\(s)")
        #expect(Invisible.revealed(s) == s)
        #expect(Invisible.note(for: s) == nil)
        #expect(Invisible.forTerminal(s) == s)
    }
}

@Test func theNoteSaysWhereEachKindFirstIs() {
    #expect(Invisible.note(for: "15/5/2024\u{200B}") == "it contains U+200B ZERO WIDTH SPACE after '15/5/2024'")
    #expect(
        Invisible.note(for: "\u{FEFF}agency")
            == "it contains U+FEFF ZERO WIDTH NO-BREAK SPACE (a byte-order mark) at the start")
    // What comes before is shown as the reader sees it, cut to its last twelve characters.
    #expect(
        Invisible.note(for: "Ủy ban nhân dân\u{00A0}xã\u{200B}\u{200B}")
            == "it contains U+00A0 NO-BREAK SPACE after '…ban nhân dân', U+200B ZERO WIDTH SPACE 2 times, first after '… nhân dân<U+00A0>xã'"
    )
    #expect(
        Invisible.note(for: "\u{1}\u{2}\u{3}\u{4}\u{5}")
            == "it contains U+0001 START OF HEADING at the start, U+0002 START OF TEXT after '<U+0001>', U+0003 END OF TEXT after '<U+0001><U+0002>' and 2 other invisible characters"
    )
}

@Test func aDiagnosticQuotingAnInvisibleCharacterWritesItOutAndNamesIt() {
    let d = Diagnostic(.error, file: "f", "unknown period 'thang\u{00A0}' for 'every'")
    #expect(d.message == "unknown period 'thang<U+00A0>' (it contains U+00A0 NO-BREAK SPACE after 'thang') for 'every'")
    // Made once: a message made again from it is unchanged.
    #expect(Diagnostic(.error, file: "f", d.message).message == d.message)
    // Outside quotes, the note ends the message.
    #expect(
        Diagnostic(.error, file: "f", "found a\u{200B}b").message
            == "found a<U+200B>b (it contains U+200B ZERO WIDTH SPACE after 'found a')")
}

@Test func aLongQuotedValueIsCutBeforeItsCharactersAreWrittenOut() {
    let d = Diagnostic(.error, file: "f", "unknown key '" + String(repeating: "\u{200B}", count: 1000) + "'")
    #expect(d.message.count < 1000)
    #expect(d.message.hasSuffix("…' (it contains U+200B ZERO WIDTH SPACE 99 times, first at the start)"))
}

@Test func forTerminalWritesOutControlsAndTurnsLineBreaksToSpaces() {
    #expect(Invisible.forTerminal("a\nb\tc\r\u{85}d") == "a b c  d")
    #expect(Invisible.forTerminal("\u{1B}[31mred\u{1B}[0m") == "<U+001B>[31mred<U+001B>[0m")
    #expect(
        Invisible.forTerminal("\u{9B}2J \u{202E}exe \u{2067}x\u{2069} \u{7F}")
            == "<U+009B>2J <U+202E>exe <U+2067>x<U+2069> <U+007F>")
    // Invisible but harmless on a terminal: kept.
    #expect(Invisible.forTerminal("a\u{200B}b\u{00A0}c") == "a\u{200B}b\u{00A0}c")
}

@Test func terminalControlsAreFoundFromTheBytes() {
    for s in ["a\u{1B}", "\u{7F}", "xã\u{85}", "\u{9F}", "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "Sở\n"] {
        #expect(Invisible.hasTerminalControl(s), "\(s.unicodeScalars.map { $0.value })")
    }
    // 0xC2 and 0xE2 lead other characters too: NBSP, ©, en dash, ellipsis, U+2029, U+206A.
    for s in ["Sở Tài chính", "\u{A0}©", "a – b…", "\u{2029}", "\u{202F}\u{2065}\u{206A}", ""] {
        #expect(!Invisible.hasTerminalControl(s), "\(s.unicodeScalars.map { $0.value })")
    }
}
