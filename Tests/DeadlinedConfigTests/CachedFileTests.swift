import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

// The cache keeps each file's items undated (half an item's size, sharing its texts): what it
// gives back is what was decoded.

private let src = SourceLocation(file: "/c/d/f.yaml", line: 3, column: 9)

private func decoded(_ items: [Item]) -> DecodedFile {
    var d = DecodedFile()
    d.items = items
    d.dueSpecs = items.map { _ in DueSpec(kind: .day, date: CivilDate(year: 2024, month: 5, day: 15)) }
    d.completedSpecs = items.map { _ in nil }
    d.idHashes = items.map { IdIndex.hash($0.id) }
    return d
}

@Test func aCachedFileGivesBackTheItemsDecodedWithTheirBoxesShared() throws {
    var a = Item(
        id: "a-1", directive: 2, agency: "Sở Tài chính", task: "Báo cáo", dueText: "15/5/2024", status: .inProgress,
        owner: "Anh Minh", note: "gấp", source: src)
    a.measure = Measure(target: 25)
    let b = Item(id: "b", agency: "UBND huyện", task: "Kế hoạch", source: src)
    let file = CachedFile(decoded([a, b]))
    let back = file.decoded
    #expect(back.items == [a, b])
    #expect(back.items.map(\.directive) == [2, nil])
    #expect(back.items[0].texts === a.texts && back.items[1].texts === b.texts)
    #expect(back.items[0].extras === a.extras)
    #expect(back.dueSpecs == decoded([a, b]).dueSpecs && back.idHashes == decoded([a, b]).idHashes)
    // Asked again, the same again.
    #expect(file.decoded.items == [a, b])
}

@Test func anItemWithADeadlineOrACompletionIsCachedWhole() {
    let spec = DueSpec(kind: .day, date: CivilDate(year: 2024, month: 5, day: 15))
    var dated = Item(id: "d", agency: "x", task: "t", source: src)
    dated.deadline = Deadline(spec, in: .vietnam)
    var done = Item(id: "c", agency: "x", task: "t", completed: 7, source: src)
    var occurrence = Item(id: "o@2024-05", agency: "x", task: "t", source: src)
    occurrence.duty = 0
    let plain = Item(id: "p", agency: "x", task: "t", source: src)
    #expect(UndatedItem(plain) != nil)
    for odd in [dated, done, occurrence] {
        #expect(UndatedItem(odd) == nil)
        #expect(CachedFile(decoded([plain, odd])).decoded.items == [plain, odd])
    }
    done.completed = nil
    #expect(UndatedItem(done) != nil)
}

@Test func aReloadFromTheCacheMakesTheSameConfigAsAFreshLoad() {
    var files = ["/c/deadlined.yaml": "settings:\n  timezone: Asia/Ho_Chi_Minh\ninclude: [d/*.yaml]\n"]
    for n in 0..<3 {
        files["/c/d/f\(n).yaml"] =
            "directives:\n  - id: d\(n)\n    assignments:\n"
            + "      - {id: i\(n)-0, agency: \"Sở 0\", task: \"Việc 0\", due: 15/5/2024, status: done, completed: 10/5/2024}\n"
            + "      - {id: i\(n)-1, agency: [\"Sở 1\", \"Sở 2\"], task: \"Việc 1\", due: 17:00 20/6/2024, owner: A}\n"
    }
    let src = StampedSource(files)
    let cache = ConfigCache()
    let loader = ConfigLoader(source: src, cache: cache)
    let first = loader.load("/c/deadlined.yaml")
    #expect(first.config != nil)
    src.reads = []
    let again = loader.load("/c/deadlined.yaml")
    #expect(src.reads.isEmpty)
    #expect(again.config == first.config)
    #expect(again.config == ConfigLoader(source: src).load("/c/deadlined.yaml").config)
    #expect(again.diagnostics.map(\.description) == first.diagnostics.map(\.description))
}
