import Testing

@_spi(Fuzz) @testable import DeadlinedConfig
@testable import DeadlinedCore

// A large file decoded piece by piece must decode as its whole tape does: the same
// diagnostics in the same order, the same directives and items. The expected result is always
// `FileDecoder.decode` of the same bytes parsed whole, never written by hand.

/// A file whose directives carry what a decoder remembers from one directive to the next: ids
/// given again far apart (of directives and of assignments), one agency spelled two ways, an
/// unknown key, a wrong due date, assignments without one.
private func directives(_ count: Int, indent: String = "  ") -> String {
    (1...count).map { k in
        let id = k % 7 == 0 ? "kh-1" : "kh-\(k)"
        let agency = k % 2 == 0 ? "Sở Tài chính" : "sở tài chính"
        var s = "\(indent)- id: \(id)\n\(indent)  title: \"Kế hoạch số \(k)\"\n\(indent)  assignments:\n"
        for j in 1...3 {
            let item = k % 5 == 0 && j == 1 ? "nv-1-1" : "nv-\(k)-\(j)"
            s += "\(indent)    - id: \(item)\n\(indent)      agency: \(agency)\n"
            s += "\(indent)      task: \"Việc \(k).\(j)\"\n"
            if j == 2 { s += "\(indent)      due: \(k % 11 == 0 ? "32/5/2024" : "\(k % 28 + 1)/5/2024")\n" }
            if k % 13 == 0 && j == 3 { s += "\(indent)      colour: xanh\n" }
        }
        return s
    }.joined()
}

private let head = "settings:\n  timezone: Asia/Ho_Chi_Minh\n  unknown_setting: 1\ndirectives:\n"

private func decodedWhole(_ bytes: [UInt8]) -> DecodedFile {
    FileDecoder.decode(bytes, file: mainPath, main: true, limits: Limits(), yearHint: 2024)
}

private func inPieces(_ bytes: [UInt8], pieceBytes: Int, threads: Int) -> FileDecoder.PieceDecode {
    var kept = bytes
    return FileDecoder.decodeInPieces(
        &kept, file: mainPath, main: true, limits: Limits(), spares: TapeSpares(most: 3), yearHint: 2024,
        threads: threads, pieceBytes: pieceBytes, keepBytes: true)
}

private func expectSame(_ a: DecodedFile, _ b: DecodedFile, _ why: String) {
    #expect(a.diagnostics == b.diagnostics, "\(why)")
    #expect(a.settings == b.settings, "\(why)")
    #expect(a.directives == b.directives, "\(why)")
    #expect(a.items == b.items, "\(why)")
    #expect(a.dueSpecs == b.dueSpecs && a.completedSpecs == b.completedSpecs, "\(why)")
    #expect(a.idHashes == b.idHashes, "\(why)")
    #expect(a.text == b.text, "\(why)")
}

@Test(arguments: [200, 700, 3000], [1, 2, 3])
func aFileDecodedPieceByPieceDecodesAsItsWholeTape(_ pieceBytes: Int, _ threads: Int) throws {
    for indent in ["  ", ""] {
        let bytes = Array((head + directives(40, indent: indent)).utf8)
        guard case .decoded(let got) = inPieces(bytes, pieceBytes: pieceBytes, threads: threads) else {
            Issue.record("not decoded in pieces (indent '\(indent)')")
            continue
        }
        let expected = decodedWhole(bytes)
        // The file has what the comparison is about.
        #expect(expected.diagnostics.hasErrors && expected.items.count >= 90, "\(expected.items.count)")
        expectSame(got, expected, "piece size \(pieceBytes), indent '\(indent)'")
    }
}

@Test func aFileWithKeysAfterTheListIsJoinedNotDecodedInPieces() {
    let bytes = Array((head + directives(30) + "agencies:\n  - name: Sở Tài chính\n").utf8)
    guard case .needsJoining(let plan) = inPieces(bytes, pieceBytes: 300, threads: 2) else {
        Issue.record("a file with a tail was decoded in pieces")
        return
    }
    #expect(plan.hasTail)
}

@Test func aPieceThatFailsMakesTheFileParsedWhole() {
    // A syntax error in the last directive: its piece fails, whatever came before decoded.
    let bytes = Array((head + directives(30) + "  - id: [x\n").utf8)
    guard case .whole = inPieces(bytes, pieceBytes: 300, threads: 2) else {
        Issue.record("a file with a syntax error was decoded in pieces")
        return
    }
}

/// Above `splitAtLeast`: directives of one assignment each, without a mistake, after `more`.
private func largeFile(_ more: String = "") -> [UInt8] {
    let pad = String(repeating: "x", count: 200)
    var text = "settings:\n  timezone: Asia/Ho_Chi_Minh\ndirectives:\n" + more
    for k in 1...4000 {
        text += "  - id: kh-pad-\(k)\n    title: \"\(pad)\"\n    assignments:\n      - id: nv-pad-\(k)\n"
        text += "        agency: Sở Tài chính\n        task: Việc \(k)\n        due: \(k % 28 + 1)/5/2024\n"
    }
    return Array(text.utf8)
}

@Test func aLargeFileIsDecodedInPiecesAsWholeAndItsBytesAreLetGo() throws {
    let bytes = largeFile()
    #expect(bytes.count >= YAMLTape.splitAtLeast)
    var taken = bytes
    let got = try #require(
        FileDecoder.decodeTaking(
            &taken, file: mainPath, main: true, limits: Limits(), spares: TapeSpares(most: 3), yearHint: 2024))
    #expect(taken.isEmpty)
    let expected = decodedWhole(bytes)
    #expect(expected.items.count == 4000)
    expectSame(got, expected, "large file")
}

@Test func aLargeFileWithErrorsIsToBeReadAgainAndLoadsAsParsedWhole() {
    // The errors quote the file's lines, whose bytes were let go piece by piece.
    let bytes = largeFile(directives(10))
    var taken = bytes
    #expect(
        FileDecoder.decodeTaking(
            &taken, file: mainPath, main: true, limits: Limits(), spares: TapeSpares(most: 3), yearHint: 2024) == nil)
    let expected = decodedWhole(bytes)
    let r = load(String(decoding: bytes, as: UTF8.self))
    #expect(expected.diagnostics.hasErrors && r.config == nil)
    #expect(r.errors == expected.diagnostics.filter { $0.severity == .error })
    #expect(r.texts[mainPath] == bytes)
}

@Test func theFuzzCheckFindsPiecesDecodedAlikeInFilesThatCanBeCut() {
    #expect(PieceDecodeCheck.agrees(Array((head + directives(25)).utf8), limits: Limits()))
    #expect(PieceDecodeCheck.agrees(Array((head + directives(25) + "  - id: [x\n").utf8), limits: Limits()))
}
