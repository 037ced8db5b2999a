import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

// One large file parsed in pieces must give the tape of the whole file, node for node, or be
// parsed whole. Each case compares the two parses byte for byte; the expected tape is always
// `YAMLTape.parse` of the same bytes, never written by hand.

private func sameTape(_ a: YAMLTape, _ b: YAMLTape) -> Bool {
    a.nodes.count == b.nodes.count && a.arena == b.arena
        && zip(a.nodes, b.nodes).allSatisfy { x, y in
            x.kind == y.kind && x.plain == y.plain && x.nfc == y.nfc && x.line == y.line && x.column == y.column
                && x.end == y.end
                && x.start == y.start && x.length == y.length
        }
}

private func whole(_ text: String) -> YAMLTape? {
    guard case .success(let t) = YAMLTape.parse(Array(text.utf8), file: "t.yaml", limits: Limits()) else { return nil }
    return t
}

private func item(_ k: Int, indent: String = "  ") -> String {
    "\(indent)- id: kh-\(k)\n\(indent)  title: \"Kế hoạch số \(k)\"\n\(indent)  assignments:\n"
        + "\(indent)    - id: nv-\(k)\n\(indent)      agency: Sở Tài chính\n\(indent)      due: \(k % 28 + 1)/5/2024\n"
}

/// Files that can be cut: items at column 2 and at column 0, comments and blank lines between
/// items, a block scalar, a flow list, a quoted title holding a line break libyaml counts (NEL,
/// U+0085) in the head, and a rest of the file after the list (or none).
private let splittable: [String] = [
    "settings:\n  timezone: Asia/Ho_Chi_Minh\n  title: \"Ủy ban\u{85}nhân dân\"\ndirectives:\n"
        + (1...12).map { item($0) + ($0 % 3 == 0 ? "# a comment at column 0\n\n" : "") }.joined()
        + "agencies:\n  - name: Sở Tài chính\n",
    "directives:\n" + (1...9).map { item($0, indent: "") }.joined() + "assignments: []\n",
    "directives:\n"
        + (1...10).map {
            item($0) + "    note: |\n      dòng một\n      - dòng hai\n    tags: [a, b,\n      c]\n"
        }.joined() + "# the end\n\n",
]

@Test(arguments: 0..<3, [2, 3, 4])
func aFileParsedInPiecesGivesTheTapeOfTheWholeFile(_ c: Int, _ parts: Int) throws {
    let text = splittable[c]
    let pieces = YAMLTape.parsedInPieces(Array(text.utf8), file: "t.yaml", limits: Limits(), parts: parts)
    let expected = try #require(whole(text))
    let got = try #require(pieces, "the file was not cut")
    #expect(sameTape(got, expected))
}

@Test func aPlanCutsBetweenItemsOfTheDirectivesListOnly() throws {
    // "settings:\n  a: 1\ndirectives:\n" is 10 + 7 + 12 = 29 bytes; each item below is
    // "  - id: kh-N\n" (13 bytes) and "    x: 1\n" (9): 22 bytes.
    let text = "settings:\n  a: 1\ndirectives:\n" + (1...4).map { "  - id: kh-\($0)\n    x: 1\n" }.joined() + "z: 2\n"
    let plan = try #require(text.utf8.withContiguousStorageIfAvailable { TapeSplitPlan.find($0, parts: 2) } ?? nil)
    // 29 + 4 × 22 + 5 = 122 bytes; half is 61: the first item start at or after it is the
    // third item's, at 29 + 2 × 22 = 73. The list ends at "z: 2", at 29 + 88 = 117.
    #expect(plan.pieces == [0..<73, 73..<117, 117..<122])
    #expect(plan.items == [2, 2, 0])
    // Line feeds: 3 in the head, 2 per item, 1 after "z: 2".
    #expect(plan.hasTail && plan.indent == 2 && plan.lines == 12)
}

/// Files that must be parsed whole, each for its reason; whatever is parsed in the end, it is
/// what `parse` gives (the same tape, or the same first diagnostic).
private let unsplittable: [(why: String, text: String)] = [
    (
        "an anchor in one piece, its alias in another",
        "directives:\n  - id: a\n    title: &t \"Kế hoạch\"\n" + (1...8).map { item($0) }.joined()
            + "  - id: b\n    title: *t\n"
    ),
    (
        "a quoted text whose second line looks like an item",
        "directives:\n" + (1...8).map { item($0) + "    note: \"một\n  - hai\"\n" }.joined()
    ),
    ("a second document", "directives:\n" + (1...8).map { item($0) }.joined() + "---\nx: 1\n"),
    ("a syntax error in the last piece", "directives:\n" + (1...8).map { item($0) }.joined() + "  - id: [x\n"),
    ("a list that does not start on the next line", "directives: [\n" + (1...8).map { item($0) }.joined() + "]\n"),
    ("lines ending in CR LF", ("directives:\n" + (1...8).map { item($0) }.joined()).replacing("\n", with: "\r\n")),
]

@Test(arguments: 0..<6)
func aFileThatCannotBeCutSafelyIsParsedWhole(_ c: Int) {
    let (why, text) = unsplittable[c]
    let bytes = Array(text.utf8)
    for parts in 2...4 {
        #expect(YAMLTape.parsedInPieces(bytes, file: "t.yaml", limits: Limits(), parts: parts) == nil, "\(why)")
    }
    let split = YAMLTape.parseSplitting(bytes, file: "t.yaml", limits: Limits(), parts: 2, atLeast: 0)
    switch (split, YAMLTape.parse(bytes, file: "t.yaml", limits: Limits())) {
    case (.success(let a), .success(let b)): #expect(sameTape(a, b), "\(why)")
    case (.failure(let a), .failure(let b)): #expect(a == b, "\(why)")
    default: Issue.record("\(why): one parse failed, the other did not")
    }
}

@Test func aListItemTooDeepInItsPieceIsStillTooDeepInTheFile() {
    // max_depth 4: the root mapping, the list, an item's mapping and one more mapping are 4
    // levels; a fifth (`c:` below `b:`) is one too many in the whole file, though only 4
    // deep in a piece that starts at the list.
    var limits = Limits()
    limits.maxDepth = 4
    let text =
        "directives:\n" + (1...6).map { "  - id: \($0)\n    b:\n      x: 1\n" }.joined()
        + "  - id: 7\n    b:\n      c:\n        d: 1\n"
    let bytes = Array(text.utf8)
    guard case .failure(let d) = YAMLTape.parseSplitting(bytes, file: "t.yaml", limits: limits, parts: 2, atLeast: 0)
    else {
        Issue.record("a file one level too deep was accepted")
        return
    }
    // Line 1 + 6 × 3 + 3 = 22: `c:` opens the fifth level; its mapping starts at the value
    // `d: 1`, line 23, column 9.
    #expect(d.location?.line == 23 && d.location?.column == 9)
    #expect(d.message.contains("max_depth"))
}

@Test func aDiagnosticInTheLastPieceOfALargeFileKeepsItsLineAndColumn() {
    // 3 lines of head, then 1,200 directives of 5 assignments of 4 lines, each directive
    // 2 + 5 × 4 = 22 lines: 3 + 1,200 × 22 = 26,403 lines, about 1.1 MB with the padding of
    // the tasks, above `splitAtLeast`. The last assignment's `due` is line 26,403 and wrong.
    let pad = String(repeating: "x", count: 80)
    var text = "settings:\n  timezone: Asia/Ho_Chi_Minh\ndirectives:\n"
    for k in 1...1200 {
        text += "  - id: kh-\(k)\n    assignments:\n"
        for j in 1...5 {
            let due = k == 1200 && j == 5 ? "32/5/2024" : "15/5/2024"
            text +=
                "      - id: nv-\(k)-\(j)\n        agency: Sở Tài chính\n        task: Việc \(pad)\n        due: \(due)\n"
        }
    }
    #expect(text.utf8.count >= YAMLTape.splitAtLeast)
    #expect(YAMLTape.parsedInPieces(Array(text.utf8), file: mainPath, limits: Limits(), parts: 2) != nil)
    let r = load(text)
    // "        due: " is 13 characters: the value starts at column 14.
    #expect(r.errors.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0)" } == ["26403:14"])
    #expect(r.config == nil)
}
