import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

// Issue 13, parts 10 and 11: a control character is reported where it is, and invisible
// characters in a quoted value are written out and named. Whole rendered diagnostics.

@Test func aVerticalTabDeepInAFileIsReportedOnItsLine() {
    // libyaml's reader finds it ahead of the scanner and gives only a byte offset.
    var text = "assignments:\n"
    for k in 2..<6000 { text += "# line \(k)\n" }
    text += "  - id: a\u{0B}\n    agency: A\n    task: T\n    due: 15/5/2024\n"
    let r = load(text)
    #expect(r.config == nil)
    #expect(
        r.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:6000:10: error: YAML syntax error: control characters are not allowed: U+000B LINE TABULATION (vertical tab) at byte offset 70894
              - id: a\u{20}
                     ^
            """)
}

@Test func aCtrlZAtTheEndIsReportedOnTheLastLine() {
    let r = load("assignments:\n  - id: a\n    agency: Sở Y tế\n    task: T\n    due: 15/5/2024\n\u{1A}")
    #expect(r.config == nil)
    #expect(
        r.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:6:1: error: YAML syntax error: control characters are not allowed: U+001A SUBSTITUTE (Ctrl-Z) at byte offset 78
            \u{20}
            ^
            """)
}

@Test func aControlCharacterAfterVietnameseTextIsCountedInCharacters() {
    let r = load("assignments:\n  - id: a\n    agency: Sở Y tế\u{7F}\n    task: T\n    due: 15/5/2024\n")
    #expect(r.config == nil)
    #expect(
        r.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:3:20: error: YAML syntax error: control characters are not allowed: U+007F DELETE at byte offset 46
                agency: Sở Y tế\u{20}
                               ^
            """)
}

@Test func aZeroWidthSpaceAfterADateIsNamed() {
    let r = load("assignments:\n  - id: a\n    agency: A\n    task: T\n    due: 15/5/2024\u{200B}\n")
    #expect(r.config == nil)
    #expect(
        r.renderedErrors().hasPrefix(
            """
            /etc/deadlined/deadlined.yaml:5:10: error: invalid date for 'due': unrecognised due date '15/5/2024<U+200B>' (it contains U+200B ZERO WIDTH SPACE after '15/5/2024'); expected a form such as
            """))
}

@Test func aByteOrderMarkBeforeAKeyIsNamed() {
    let r = load("assignments:\n  - id: a\n    \u{FEFF}agency: A\n    task: T\n    due: 15/5/2024\n")
    #expect(r.config == nil)
    #expect(
        r.errors.map(\.message).first
            == "unknown key '<U+FEFF>agency' (it contains U+FEFF ZERO WIDTH NO-BREAK SPACE (a byte-order mark) at the start) in an assignment; did you mean 'agency'?"
    )
}

@Test func escapeSequencesInAQuotedValueAreWrittenOut() {
    // A task status holding a colour sequence and an OSC 8 link: nothing reaches the terminal.
    let r = load(
        "assignments:\n  - id: a\n    agency: A\n    task: T\n    due: 15/5/2024\n    status: \"\\e[31mdone\\e]8;;http://x\\e\\\\\"\n"
    )
    let message = r.errors.map(\.message).first ?? ""
    #expect(!message.unicodeScalars.contains { $0.value == 0x1B })
    #expect(
        message.hasPrefix(
            "unknown status '<U+001B>[31mdone<U+001B>]8;;http://x<U+001B>\\' (it contains U+001B ESCAPE 3 times, first at the start); expected"
        ))
}

@Test func aMessageWithoutInvisibleCharactersIsUnchanged() {
    let r = load("assignments:\n  - id: a\n    agency: A\n    task: T\n    due: 15/5/2024x\n")
    #expect(
        r.errors.map(\.message).first?.hasPrefix("invalid date for 'due': unrecognised due date '15/5/2024x'; expected")
            == true)
}

@Test func theSourceLineUnderADiagnosticCannotDriveTheTerminal() {
    // A raw C1 CSI is a YAML error; a right-to-left override is allowed, and this status is
    // unknown. Quoted values write them out; source lines mask them one for one, so the caret
    // still lines up.
    let c1 = load("assignments:\n  - id: a\n    agency: A\n    task: T\n    due: 15/5/2024\n    status: \"\u{9B}2J\"\n")
    #expect(
        c1.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:6:14: error: YAML syntax error: control characters are not allowed: U+009B CONTROL SEQUENCE INTRODUCER at byte offset 81
                status: "\u{FFFD}2J"
                         ^
            """)
    let rlo = load(
        "assignments:\n  - id: a\n    agency: A\n    task: T\n    due: 15/5/2024\n    status: \"\\x9B2J\u{202E}xong\"\n"
    )
    #expect(
        rlo.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:6:13: error: unknown status '<U+009B>2J<U+202E>xong' (it contains U+009B CONTROL SEQUENCE INTRODUCER at the start, U+202E RIGHT-TO-LEFT OVERRIDE after '<U+009B>2J'); expected not_started, in_progress, done, ongoing or cancelled (chưa thực hiện, đang thực hiện, hoàn thành, thường xuyên, đã hủy)
                status: "\\x9B2J\u{FFFD}xong"
                        ^
            """)
}

@Test func aByteOrderMarkStartingALineMidFileIsNamedInTheSyntaxError() {
    // Two files joined: libyaml skips a BOM at the start of a line, and what follows is then
    // one column in, a syntax error whose line looks right.
    let r = load(
        "settings:\n  language: en\n\u{FEFF}assignments:\n  - id: a\n    agency: A\n    task: T\n    due: 15/5/2024\n")
    #expect(r.config == nil)
    #expect(
        r.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:3:2: error: YAML syntax error: did not find expected key (while parsing a block mapping at line 1); this line contains U+FEFF ZERO WIDTH NO-BREAK SPACE (a byte-order mark) at the start
            \u{FEFF}assignments:
             ^
            """)
}
