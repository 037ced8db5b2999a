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
