import DeadlinedCore
import Testing

@testable import DeadlinedConfig

private let main = "/c/deadlined.yaml"
private let dropIn = "/c/d/f.yaml"

/// A drop-in whose second assignment has no id: a warning, not an error.
private func warnedSource() -> StampedSource {
    StampedSource([
        main: "include: [d/*.yaml]\n",
        dropIn: """
        assignments:
          - {id: a1, agency: "Sở Tư pháp", task: "Việc một", due: 15/5/2024}
          - {agency: "Sở Tư pháp", task: "Việc hai", due: 16/5/2024}

        """,
    ])
}

@Test func aFileWithOnlyWarningsIsNotHeldButReadAgainToQuoteThem() {
    let src = warnedSource()
    let cache = ConfigCache()
    let result = ConfigLoader(source: src, cache: cache).load(main)
    #expect(result.config?.items.count == 2)
    #expect(result.errors.isEmpty)
    #expect(result.warnings.map(\.file) == [dropIn])
    // Neither the result nor the cache keeps the file's bytes for a warning.
    #expect(result.texts[dropIn] == nil)
    let stamp = src.stamp(dropIn)
    #expect(stamp.flatMap { cache.get("include:" + dropIn, stamp: $0) }.map { $0.text == nil } == true)
    #expect(src.reads.filter { $0 == dropIn }.count == 1)
    // Quoting reads the file once more and shows the line and the caret under column 5
    // ("  - {" puts the mapping at column 5 of line 3).
    let rendered = result.renderedDiagnostics()
    #expect(rendered.hasPrefix("\(dropIn):3:5: warning: assignment has no 'id'"))
    #expect(rendered.hasSuffix("\n  - {agency: \"Sở Tư pháp\", task: \"Việc hai\", due: 16/5/2024}\n    ^"))
    #expect(src.reads.filter { $0 == dropIn }.count == 2)
    #expect(result.sourceLine(dropIn, 2) == "  - {id: a1, agency: \"Sở Tư pháp\", task: \"Việc một\", due: 15/5/2024}")
}

@Test func aFileWithAnErrorKeepsItsTextForTheQuote() {
    let src = StampedSource([
        main: "include: [d/*.yaml]\n",
        dropIn: "assignments:\n  - {id: a1, agency: \"Sở Tư pháp\", task: \"Việc một\", due: 31/2/2024}\n",
    ])
    let result = ConfigLoader(source: src).load(main)
    #expect(result.config == nil)
    #expect(result.errors.map(\.file) == [dropIn])
    #expect(result.texts[dropIn].map { String(decoding: $0, as: UTF8.self) } == src.files[dropIn])
    _ = result.renderedDiagnostics()
    // Quoted from the text kept: the file was read once.
    #expect(src.reads.filter { $0 == dropIn }.count == 1)
}

@Test func duplicatesAcrossTwoFilesReadEachFileOnceMoreToQuote() {
    // Ids a1..a3 in both drop-ins: three errors in g.yaml, each followed by its note in f.yaml,
    // so the diagnostics alternate between the two files. Neither file's text is kept (the
    // duplicates are found when the files are merged), so each is read once by the load and,
    // held while the other is quoted, once more to quote: 2 reads each, not one per diagnostic.
    let g = "/c/d/g.yaml"
    var text = "assignments:\n"
    for i in 1...3 { text += "  - {id: a\(i), agency: A, task: T, due: 1/5/2024}\n" }
    let src = StampedSource([main: "include: [d/*.yaml]\n", dropIn: text, g: text])
    let result = ConfigLoader(source: src).load(main)
    #expect(result.errors.count == 3)
    #expect(result.diagnostics.map(\.file) == [g, dropIn, g, dropIn, g, dropIn])
    let rendered = result.renderedDiagnostics()
    #expect(rendered.contains("\(g):4:5: error: duplicate id 'a3'; first defined at \(dropIn):4:5\n  - {id: a3"))
    #expect(src.reads.filter { $0 == dropIn }.count == 2)
    #expect(src.reads.filter { $0 == g }.count == 2)
}

/// A `MemorySource` that hands files over a few bytes at a time, as `FileSource` does through
/// its buffer.
private struct ChunkedSource: ConfigSource {
    var files: MemorySource
    var size: Int
    func read(_ path: String, maxSize: Int) -> Result<[UInt8], SourceFailure> { files.read(path, maxSize: maxSize) }
    func glob(_ pattern: String) -> Result<[String], SourceFailure> { files.glob(pattern) }
    func canonical(_ path: String) -> String { files.canonical(path) }
    func forEachChunk(
        of path: String, maxSize: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Result<Void, SourceFailure> {
        read(path, maxSize: maxSize).map { bytes in
            bytes.withUnsafeBufferPointer { b in
                var i = 0
                while i < b.count, body(UnsafeBufferPointer(rebasing: b[i..<Swift.min(b.count, i + size)])) {
                    i += size
                }
            }
        }
    }
}

@Test func warningsQuoteTheSameLinesWhateverChunksTheFileComesIn() {
    // Warnings on lines 3, 5 and 6 of a drop-in with CR LF breaks and a last line without one,
    // and an undated note.
    let files = [
        main: "include: [d/*.yaml]\n",
        dropIn: "assignments:\r\n  - {id: a1, agency: A, task: T, due: 1/5/2024}\r\n"
            + "  - {agency: \"Sở Tư pháp\", task: \"Việc hai\", due: 16/5/2024}\r\n"
            + "  - {id: a3, agency: A, task: T, due: 1/5/2024}\r\n  - {agency: B, task: \"Việc\"}\r\n"
            + "  - {agency: C, task: T, due: 2/5/2024}",
    ]
    let whole = ConfigLoader(source: MemorySource(files)).load(main)
    #expect(whole.warnings.count >= 3)
    let expected = whole.renderedDiagnostics()
    #expect(expected.contains("\n  - {agency: C, task: T, due: 2/5/2024}\n    ^"))
    for size in [1, 2, 3, 5, 8, 13, 64, 4096] {
        let chunked = ConfigLoader(source: ChunkedSource(files: MemorySource(files), size: size)).load(main)
        #expect(chunked.renderedDiagnostics() == expected, "chunks of \(size)")
        #expect(chunked.sourceLine(dropIn, 3) == "  - {agency: \"Sở Tư pháp\", task: \"Việc hai\", due: 16/5/2024}")
        #expect(chunked.sourceLine(dropIn, 6) == "  - {agency: C, task: T, due: 2/5/2024}")
        #expect(chunked.sourceLine(dropIn, 7) == nil)
    }
}

@Test func aWarnedFileThatVanishedOrChangedSinceTheLoadIsQuotedAsItIsNow() {
    let src = warnedSource()
    var result = ConfigLoader(source: src).load(main)
    #expect(result.diagnostics.count == 1)
    let head = result.diagnostics.map(\.description).joined()
    #expect(head.hasPrefix("\(dropIn):3:5: warning: assignment has no 'id'"))
    // Gone: the diagnostic without its line.
    result.source = MemorySource([main: "include: [d/*.yaml]\n"])
    #expect(result.renderedDiagnostics() == head)
    #expect(result.sourceLine(dropIn, 3) == nil)
    // Shorter: a line past its end is not quoted; one still there is quoted as it reads now.
    result.source = MemorySource([dropIn: "a\nb\n"])
    #expect(result.renderedDiagnostics() == head + "\n\n^")
    result.source = MemorySource([dropIn: "a\nb"])
    #expect(result.renderedDiagnostics() == head)
    // Over the size limit now: not read, not quoted.
    result.source = MemorySource([dropIn: String(repeating: "x\n", count: 10)])
    result.maxFileSize = 5
    #expect(result.renderedDiagnostics() == head)
}
