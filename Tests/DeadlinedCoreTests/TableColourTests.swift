import Foundation
import Testing

@testable import DeadlinedCore

// Colour in tables and diagnostics: the codes go around a cell's text after the widths are
// measured and the text cut and padded, so a coloured table lines up as the plain one does.

private let vn = Zone.vietnam

private func stripped(_ s: String) -> String {
    s.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
}

@Test(arguments: [nil, 60, 40] as [Int?])
func aColouredListIsThePlainListWithCodesAroundStates(width: Int?) {
    let cfg = sampleConfig()
    let now = vn.instant(CivilDate(year: 2024, month: 5, day: 20))
    var renderer = Renderer(zone: vn, language: .vi, width: width)
    let plain = renderer.list(cfg.rows(at: now), format: .table)
    renderer.colour = true
    let coloured = renderer.list(cfg.rows(at: now), format: .table)
    #expect(coloured != plain)
    // Same characters in the same columns, at every width (cells cut to fit included).
    #expect(stripped(coloured) == plain)
    // Item a is 5 days overdue as of 20/5/2024 (see listJSONIsValidAndCarriesEveryField).
    let a = coloured.split(separator: "\n").first { $0.hasPrefix("a ") }
    #expect(a?.hasSuffix("\u{1B}[31m+5\u{1B}[0m") == true)
    #expect(a?.contains("\u{1B}[31mquá hạn\u{1B}[0m") == true)
}

@Test func aCutCellIsColouredAfterTheCut() {
    var r = Renderer(zone: vn, language: .vi, width: 19)
    r.colour = true
    // Widths 12 ("Sở Tài chính") and 10 ("Tình trạng"), 2 between: 24, 5 too many for 19; the
    // first column is cut by 5 to 7 (its minimum, and "Cơ quan"): "Sở Tài" and "…", and the
    // colour goes around the cut text.
    let t = r.table(
        header: ["Cơ quan", "Tình trạng"], rows: [["Sở Tài chính", "quá hạn"]], shrinkable: [(0, 7)],
        rightAligned: [], paints: [[.cyan, .red]])
    #expect(
        t == """
            Cơ quan  Tình trạng
            -------  ----------
            \u{1B}[36mSở Tài…\u{1B}[0m  \u{1B}[31mquá hạn\u{1B}[0m

            """)
    // A renderer that does not colour ignores the paints.
    r.colour = false
    #expect(
        !r.table(header: ["A"], rows: [["x"]], shrinkable: [], rightAligned: [], paints: [[.red]]).contains("\u{1B}"))
}

@Test func aRightAlignedColouredCellIsPaddedOutsideTheCodes() {
    var r = Renderer(zone: vn, language: .en, width: nil)
    r.colour = true
    // The column is 7 wide ("Overdue"): "1" gets 6 spaces before it, outside the codes.
    let t = r.table(header: ["Overdue"], rows: [["1"]], shrinkable: [], rightAligned: [0], paints: [[.red]])
    #expect(t == "Overdue\n-------\n      \u{1B}[31m1\u{1B}[0m\n")
}

@Test func diagnosticsColourTheirSeverity() {
    let at = SourceLocation(file: "d.yaml", line: 2, column: 3)
    let line: (String, Int) -> String? = { _, _ in "  x: 1" }
    #expect(
        Diagnostic(.error, at: at, "bad").rendered(sourceLine: line, colour: true)
            == "d.yaml:2:3: \u{1B}[31merror\u{1B}[0m: bad\n  x: 1\n  ^")
    #expect(Diagnostic(.warning, at: at, "odd").coloured == "d.yaml:2:3: \u{1B}[33mwarning\u{1B}[0m: odd")
    #expect(Diagnostic(.note, file: "d.yaml", "fyi").coloured == "d.yaml: \u{1B}[36mnote\u{1B}[0m: fyi")
    // Without colour, the description as always.
    #expect(Diagnostic(.error, at: at, "bad").rendered(sourceLine: line) == "d.yaml:2:3: error: bad\n  x: 1\n  ^")
}

@Test func statesHaveTheirColours() {
    #expect(Paint.of(ItemState.overdue) == .red)
    #expect(Paint.of(ItemState.dueSoon) == .yellow)
    #expect(Paint.of(ItemState.doneOnTime) == .green)
    #expect(Paint.of(ItemState.doneLate) == .green)
    #expect(Paint.of(ItemState.open) == nil)
    #expect(Paint.of(ItemState.ongoing) == nil)
    #expect(Paint.of(ItemState.cancelled) == nil)
    #expect(Paint.red.apply("") == "")
}
