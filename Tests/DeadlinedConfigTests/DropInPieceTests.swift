import Synchronization
import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

// A large drop-in read ahead (`LoadSession.decodeAhead`) is decoded piece by piece on its own
// thread and must decode as the file parsed whole: the expected result is always
// `FileDecoder.decode` of the same bytes, never written by hand.

/// A source over a dictionary that counts its reads: a file decoded in pieces is read once, one
/// whose bytes were needed after all is read again.
private final class CountingSource: ConfigSource {
    let inner: MemorySource
    private let count = Mutex(0)
    init(_ files: [String: [UInt8]]) { inner = MemorySource(bytes: files) }
    var reads: Int { count.withLock { $0 } }
    func read(_ path: String, maxSize: Int) -> Result<[UInt8], SourceFailure> {
        count.withLock { $0 += 1 }
        return inner.read(path, maxSize: maxSize)
    }
    func glob(_ pattern: String) -> Result<[String], SourceFailure> { inner.glob(pattern) }
    func canonical(_ path: String) -> String { inner.canonical(path) }
    func stamp(_ path: String) -> FileStamp? { nil }
}

private let dropIn = "/etc/deadlined/assignments.d/office-1.yaml"

/// Above twice `FileDecoder.pieceBytes`, so it is cut in pieces for one thread: directives of
/// two assignments each, with warnings that quote its lines (directives without assignments)
/// and, when asked, an error (a day past the month).
private func largeDropIn(error: Bool = false) -> [UInt8] {
    let pad = String(repeating: "y", count: 400)
    var text = "directives:\n"
    for k in 1...4000 {
        text += "  - id: kh-\(k)\n    title: \"\(pad)\"\n"
        if k % 50 == 0 { continue }
        text += "    assignments:\n      - id: nv-\(k)-1\n"
        text += "        agency: \(k % 2 == 0 ? "Sở Tài chính" : "sở tài chính")\n        task: Việc \(k)\n"
        text += "        due: \(error && k == 3001 ? "32/5/2024" : "\(k % 28 + 1)/5/2024")\n"
        text += "      - id: nv-\(k)-2\n        agency: Sở Nội vụ\n        task: Việc khác \(k)\n"
        text += "        status: in_progress\n"
    }
    return Array(text.utf8)
}

private func whole(_ bytes: [UInt8]) -> DecodedFile {
    FileDecoder.decode(bytes, file: dropIn, main: false, limits: Limits(), yearHint: 2024)
}

private func ahead(
    _ bytes: [UInt8], _ source: CountingSource, inPiecesAtLeast: Int = 2 * FileDecoder.pieceBytes
) -> DecodedFile? {
    guard
        case .success(let d) = LoadSession.decodeAhead(
            bytes, path: dropIn, source: source, limits: Limits(), spares: TapeSpares(most: 3), yearHint: 2024,
            inPiecesAtLeast: inPiecesAtLeast)
    else { return nil }
    return d
}

private func expectSame(_ a: DecodedFile, _ b: DecodedFile) {
    #expect(a.diagnostics == b.diagnostics)
    #expect(a.directives == b.directives)
    #expect(a.items == b.items)
    #expect(a.dueSpecs == b.dueSpecs && a.completedSpecs == b.completedSpecs)
    #expect(a.idHashes == b.idHashes)
    #expect(a.agencies == b.agencies)
}

@Test func aLargeDropInReadAheadIsDecodedInPiecesAsWhole() throws {
    let bytes = largeDropIn()
    #expect(bytes.count >= 2 * FileDecoder.pieceBytes)
    let source = CountingSource([dropIn: bytes])
    let got = try #require(ahead(bytes, source))
    let expected = whole(bytes)
    // The file has what the comparison is about: warnings that quote its lines, no error.
    #expect(expected.items.count == 7840 && expected.text == bytes && !expected.diagnostics.hasErrors)
    expectSame(got, expected)
    // Decoded in pieces from the one read, without its bytes: warnings are quoted from the
    // file read again when they are rendered.
    #expect(source.reads == 0)
    let kept = got.text != nil
    #expect(!kept)
}

@Test func aDropInReadAheadBelowTheSizeForPiecesIsDecodedWholeWithItsBytes() throws {
    let bytes = largeDropIn()
    let source = CountingSource([dropIn: bytes])
    let got = try #require(ahead(bytes, source, inPiecesAtLeast: bytes.count + 1))
    expectSame(got, whole(bytes))
    let quoted = got.text == bytes
    #expect(quoted && source.reads == 0)
    #expect(LoadSession.aheadInPiecesAtLeast > 4 * FileDecoder.pieceBytes)
}

@Test func aLargeDropInWithAnErrorIsReadAgainAndDecodedWhole() throws {
    let bytes = largeDropIn(error: true)
    let source = CountingSource([dropIn: bytes])
    let got = try #require(ahead(bytes, source))
    let expected = whole(bytes)
    #expect(expected.diagnostics.hasErrors)
    expectSame(got, expected)
    #expect(source.reads == 1)
    let quoted = got.text == bytes
    #expect(quoted)
}

@Test func aLargeDropInThatCannotBeCutIsDecodedWholeFromItsOneRead() throws {
    // A syntax error in the last directive: its piece fails, and the file's bytes are still
    // needed for the error quoting it.
    let bytes = largeDropIn() + Array("  - id: [x\n".utf8)
    let source = CountingSource([dropIn: bytes])
    let got = try #require(ahead(bytes, source))
    let expected = whole(bytes)
    #expect(expected.diagnostics.hasErrors)
    expectSame(got, expected)
    let quoted = got.text == expected.text
    #expect(quoted)
}

@Test func largeDropInsLoadedAheadGiveTheDiagnosticsOfTheFilesDecodedWhole() {
    // Two drop-ins, so both are read ahead; the second has an error.
    let first = largeDropIn()
    let second = Array(
        String(decoding: largeDropIn(error: true), as: UTF8.self).replacing("kh-", with: "kh2-")
            .replacing("nv-", with: "nv2-").utf8)
    let secondPath = "/etc/deadlined/assignments.d/office-2.yaml"
    let main = "settings:\n  timezone: Asia/Ho_Chi_Minh\ninclude:\n  - assignments.d/*.yaml\n"
    let source = CountingSource([mainPath: Array(main.utf8), dropIn: first, secondPath: second])
    let r = ConfigLoader(source: source).load(mainPath)
    let expectedSecond = FileDecoder.decode(second, file: secondPath, main: false, limits: Limits(), yearHint: nil)
    #expect(r.config == nil)
    let errors = (whole(first).diagnostics + expectedSecond.diagnostics).filter { $0.severity == .error }
    #expect(!errors.isEmpty && r.errors == errors)
    let quoted = (second: r.texts[secondPath] == second, first: r.texts[dropIn] != nil)
    #expect(quoted.second && !quoted.first)
}
