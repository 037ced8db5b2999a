import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

// `TapeSplitPlan.find` jumps from line to line a word at a time. Its plan must be the one a
// byte-by-byte reading of the same lines gives: `ByteWisePlan` below is that reading, kept
// only as the reference, compared over the repository's files, a bench-shaped file and
// thousands of mutants of both.

/// The plan read one byte at a time: the same rules as `TapeSplitPlan.find`.
private enum ByteWisePlan {
    static func find(_ buf: UnsafeBufferPointer<UInt8>, parts: Int) -> TapeSplitPlan? {
        guard parts > 1 else { return nil }
        let n = buf.count
        var listStart: Int?, listEnd: Int?
        var indent = 0
        var starts: [Int] = []
        var sawKey = false
        var lines = 0
        var p = 0
        while p < n {
            let lineEnd = Self.lineEnd(buf, from: p)
            let c = buf[p]
            if c == UInt8(ascii: "%") || Self.marker(buf, at: p, lineEnd: lineEnd) { return nil }
            if listEnd == nil {
                if listStart != nil {
                    // In the list: an item at its column, or its end at the first line with
                    // text at column 0 that is neither an item nor a comment.
                    if Self.item(buf, at: p, indent: indent) {
                        starts.append(p)
                    } else if c != UInt8(ascii: " "), c != UInt8(ascii: "#"), c != 0x0A, c != 0x0D {
                        listEnd = p
                    }
                } else if sawKey {
                    // The first line with text that is not a comment starts the list.
                    if let k = Self.firstText(buf, from: p, to: lineEnd), buf[k] != UInt8(ascii: "#") {
                        indent = k - p
                        guard Self.item(buf, at: p, indent: indent) else { return nil }
                        listStart = p
                        starts.append(p)
                    }
                } else if Self.directivesKey(buf, at: p, lineEnd: lineEnd) {
                    sawKey = true
                }
            }
            if lineEnd < n { lines += 1 }
            p = lineEnd + 1
        }
        guard let first = listStart, starts.count > 1 else { return nil }
        let end = listEnd ?? n
        // Cuts at the item starts nearest to equal shares of the file, each after the last.
        var cuts: [Int] = []
        for j in 1..<parts {
            let want = n / parts * j
            guard let s = starts.first(where: { $0 >= want && $0 > (cuts.last ?? first) }) else { break }
            if s < end { cuts.append(s) }
        }
        guard !cuts.isEmpty else { return nil }
        var pieces: [Range<Int>] = []
        var from = 0
        for c in cuts + [end] {
            pieces.append(from..<c)
            from = c
        }
        var items = pieces.map { r in starts.count { r.contains($0) } }
        let hasTail = end < n
        if hasTail {
            pieces.append(end..<n)
            items.append(0)
        }
        return TapeSplitPlan(pieces: pieces, items: items, hasTail: hasTail, indent: indent, lines: lines)
    }

    /// The index of the line feed ending the line at `p`, or the end of the buffer.
    private static func lineEnd(_ buf: UnsafeBufferPointer<UInt8>, from p: Int) -> Int {
        var i = p
        while i < buf.count, buf[i] != 0x0A { i += 1 }
        return i
    }

    /// `---` or `...` at the start of a line: a document starts or ends.
    private static func marker(_ buf: UnsafeBufferPointer<UInt8>, at p: Int, lineEnd: Int) -> Bool {
        guard lineEnd - p >= 3 else { return false }
        let c = buf[p]
        return (c == UInt8(ascii: "-") || c == UInt8(ascii: ".")) && buf[p + 1] == c && buf[p + 2] == c
    }

    /// `indent` spaces, then `- ` and text: an item of a block list at that column.
    private static func item(_ buf: UnsafeBufferPointer<UInt8>, at p: Int, indent: Int) -> Bool {
        let dash = p + indent
        guard dash + 2 < buf.count else { return false }
        for i in p..<dash where buf[i] != UInt8(ascii: " ") { return false }
        let after = buf[dash + 2]
        return buf[dash] == UInt8(ascii: "-") && buf[dash + 1] == UInt8(ascii: " ") && after != UInt8(ascii: " ")
            && after != 0x0A && after != 0x0D && after != UInt8(ascii: "#")
    }

    /// The first byte that is not a space in `p ..< end`, if any.
    private static func firstText(_ buf: UnsafeBufferPointer<UInt8>, from p: Int, to end: Int) -> Int? {
        var i = p
        while i < end, buf[i] == UInt8(ascii: " ") { i += 1 }
        return i < end && buf[i] != 0x0D ? i : nil
    }

    /// `directives:` at column 0, followed by nothing but spaces up to the line's end.
    private static func directivesKey(_ buf: UnsafeBufferPointer<UInt8>, at p: Int, lineEnd: Int) -> Bool {
        let key = Array("directives:".utf8)
        guard lineEnd - p >= key.count else { return false }
        for (i, b) in key.enumerated() where buf[p + i] != b { return false }
        for i in (p + key.count)..<lineEnd where buf[i] != UInt8(ascii: " ") { return false }
        return true
    }
}

private func plans(_ file: [UInt8], parts: Int) -> (fast: TapeSplitPlan?, reference: TapeSplitPlan?) {
    file.withUnsafeBufferPointer { (TapeSplitPlan.find($0, parts: parts), ByteWisePlan.find($0, parts: parts)) }
}

@Test func theLineEndIsTheFirstLineFeedFromEveryOffset() {
    var rng = SplitMix(state: 7)
    for density in [1, 3, 9, 40, 200] {
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 300] {
            let buf: [UInt8] = (0..<length).map { _ in
                rng.below(density) == 0 ? 0x0A : [0x0B, 0x09, 0x8A, 0x0A ^ 0x80, 0x20, 0x61, 0xFF][rng.below(7)]
            }
            buf.withUnsafeBufferPointer { b in
                for p in 0...length {
                    let want = b[p...].firstIndex(of: 0x0A) ?? length
                    #expect(TapeSplitPlan.lineEnd(b, from: p) == want, "length \(length), from \(p)")
                }
            }
        }
    }
}

@Test func thePlanOfEveryRepositoryFileIsTheByteWisePlan() {
    let files = repoYAMLFiles()
    #expect(files.count > 100)
    for url in files {
        let file = bytes(url)
        for parts in 2...4 {
            let (fast, reference) = plans(file, parts: parts)
            #expect(fast == reference, "\(url.path), \(parts) parts")
        }
    }
}

@Test func thePlanOfABenchShapedFileAndItsMutantsIsTheByteWisePlan() throws {
    // Not 2,000 items: benchFile names its folder by the count, and another test uses 2,000.
    let bench = try #require(benchFile(items: 1_500))
    var cut = 0
    for parts in [2, 3, 8] {
        let (fast, reference) = plans(bench, parts: parts)
        #expect(fast != nil && fast == reference, "\(parts) parts")
    }
    var rng = SplitMix(state: 26)
    let small = Array(FastScannerCases.benchShape.utf8)
    let seeds = [small, Array(bench.prefix(40_000)), bytes(repoRoot.appendingPathComponent("config/deadlined.yaml"))]
    for seed in seeds {
        for _ in 0..<1_000 {
            var m = mutate(seed, &rng)
            if rng.below(3) == 0 { m = mutate(m, &rng) }
            let parts = 2 + rng.below(3)
            let (fast, reference) = plans(m, parts: parts)
            if fast != nil { cut += 1 }
            #expect(fast == reference, "\(parts) parts:\n\(String(decoding: m, as: UTF8.self))")
        }
    }
    // The mutants must reach the cutting code, not only the early refusals.
    #expect(cut > 500, "cut \(cut) of 3000")
}

@Test func eachPieceOfABenchShapedFileIsReservedAtLeastItsLines() throws {
    // The pieces' tapes are reserved from the plan's estimate, not from a count of their
    // lines: for a file of like items the estimate covers each piece, with at most a quarter
    // and 64 lines to spare.
    let bench = try #require(benchFile(items: 1_500))
    for parts in [2, 3, 8] {
        let plan = try #require(bench.withUnsafeBufferPointer { TapeSplitPlan.find($0, parts: parts) })
        for (i, range) in plan.pieces.enumerated() {
            let lines = bench.withUnsafeBufferPointer { YAMLTape.lineCount(UnsafeBufferPointer(rebasing: $0[range])) }
            let estimate = plan.lineEstimate(i)
            #expect(estimate >= lines && estimate <= lines * 5 / 4 + 64, "\(parts) parts, piece \(i): \(lines)")
        }
    }
}
