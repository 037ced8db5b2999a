import Foundation
import Testing

@testable import DeadlinedCore

// Text from the configuration printed by `list` and `report` cannot drive a terminal (issue 13,
// part 11): JSON escapes controls and parses back to the same text; CSV is faithful except on
// a terminal. Tables are covered in CLITests/TerminalEscapeTests.swift.

@Test func jsonEscapesEveryTerminalControlAndParsesBack() throws {
    let s =
        "\u{1B}[31m \u{7F} \u{80}\u{9B}\u{9F} \u{A0}é \u{202A}\u{202E}\u{2066}\u{2069} \u{2028} \u{2029} \u{202F} ok"
    let literal = json(s)
    #expect(
        literal == #""\u001b[31m \u007f \u0080\u009b\u009f "# + "\u{A0}é " + #"\u202a\u202e\u2066\u2069 \u2028 \u2029 "#
            + "\u{202F} ok\"")
    let back = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
    #expect(back == [s])
}

@Test func csvIsFaithfulUnlessTheOutputIsATerminal() {
    let item = Item(
        id: "x", agency: "Sở \u{1B}[2J", task: "a\u{9B}b", source: SourceLocation(file: "t.yaml", line: 1, column: 1))
    let cfg = Config(directives: [], items: [item], files: ["t.yaml"])
    let rows = cfg.rows(at: 0)
    var r = Renderer(zone: .vietnam, language: .en, width: nil)
    #expect(r.list(rows, format: .csv).contains("Sở \u{1B}[2J,a\u{9B}b,"))
    r.terminal = true
    #expect(r.list(rows, format: .csv).contains("Sở <U+001B>[2J,a<U+009B>b,"))
    let (groups, total) = cfg.report(at: 0, by: .agency)
    #expect(r.report(groups, total: total, by: .agency, format: .csv).contains("Sở <U+001B>[2J,1,"))
}
