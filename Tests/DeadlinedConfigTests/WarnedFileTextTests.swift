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
