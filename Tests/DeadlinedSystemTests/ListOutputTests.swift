import DeadlinedCore
import DeadlinedSystem
import Testing

/// A config of `count` items whose deadlines repeat, so the sort interleaves the files' order.
private func bigConfig(_ count: Int) -> Config {
    let items = (0..<count).map { k in
        var item = Item(
            id: "nv-\(k)", agency: "Sở \(k % 7)", task: "Nhiệm vụ \(k) \"trích\"",
            deadline: Deadline(
                DueSpec(kind: .day, date: CivilDate(year: 2024, month: 1 + k % 12, day: 1 + k % 28)), in: .vietnam),
            source: SourceLocation(file: "big.yaml", line: k + 1, column: 1))
        item.directive = k % 2 == 0 ? 0 : nil
        return item
    }
    let directive = Directive(
        id: "kh-1", reference: "Kế hoạch số 1/KH-UBND", source: SourceLocation(file: "big.yaml", line: 1, column: 1))
    return Config(directives: [directive], items: items)
}

@Test(arguments: [(0, 2), (1, 2), (1024, 2), (1025, 2), (5000, 2), (5000, 3)])
func listOutputWritesJSONOnThreadsByteForByteAsTheRendererAlone(count: Int, threads: Int) {
    let cfg = bigConfig(count)
    let picks = cfg.picks(at: 0)
    let renderer = Renderer(zone: .vietnam, language: .vi, width: nil)
    var alone: [UInt8] = []
    renderer.list(cfg, picks, format: .json) { alone += $0 }
    var pieces: [[UInt8]] = []
    ListOutput.write(renderer, cfg, picks, format: .json, threads: threads) { pieces.append($0) }
    let joined = Array(pieces.joined())
    // A Bool, not the arrays: a failure names where they part instead of printing megabytes.
    let same = joined == alone
    #expect(
        same,
        "they differ from byte \((0..<min(joined.count, alone.count)).first { joined[$0] != alone[$0] } ?? min(joined.count, alone.count))"
    )
    // Opening, one piece per 1,024 rows, closing: never the whole list at once.
    #expect(pieces.count == 2 + (count + 1023) / 1024)
}

@Test func listOutputWritesTablesAndCSVAsTheRendererDoes() {
    let cfg = bigConfig(3000)
    let picks = cfg.picks(at: 0)
    let renderer = Renderer(zone: .vietnam, language: .en, width: 80)
    for format in [OutputFormat.table, .csv] {
        var alone: [UInt8] = []
        renderer.list(cfg, picks, format: format) { alone += $0 }
        var out: [UInt8] = []
        ListOutput.write(renderer, cfg, picks, format: format) { out += $0 }
        let same = out == alone
        #expect(same, "\(format)")
        #expect(!out.isEmpty)
    }
}
