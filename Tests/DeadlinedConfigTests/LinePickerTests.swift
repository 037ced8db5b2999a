import Testing

@testable import DeadlinedConfig

/// The lines a picker finds in `bytes` fed in chunks of the sizes `sizes` gives in turn,
/// stopping as soon as it is done when `early`.
private func picked(_ bytes: [UInt8], _ wanted: [Int], sizes: () -> Int, early: Bool = true) -> [Int: String] {
    var picker = LinePicker(wanted)
    bytes.withUnsafeBufferPointer { b in
        var i = 0
        while i < b.count, !(early && picker.done) {
            let end = Swift.min(b.count, i + Swift.max(1, sizes()))
            picker.feed(UnsafeBufferPointer(rebasing: b[i..<end]))
            i = end
        }
    }
    picker.finish()
    return picker.texts
}

/// What `LineIndex`, reading the whole bytes, gives for each of `wanted`.
private func oracle(_ bytes: [UInt8], _ wanted: [Int]) -> [Int: String] {
    var index = LineIndex(bytes)
    var texts: [Int: String] = [:]
    for n in wanted { texts[n] = index.text(ofLine: n) }
    return texts
}

@Test func linePickerFindsWhatTheLineIndexFindsWhateverTheChunks() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33) % n
    }
    let breaks: [[UInt8]] = [[0x0A], [0x0D, 0x0A], [0x0D], [0x0A, 0x0A], [0x0D, 0x0D], [0x0A, 0x0D]]
    // Bytes that are not UTF-8 (a lone continuation, a cut lead, an overlong form), and text.
    let pieces: [[UInt8]] = [
        Array("ễa".utf8), Array("due: 1/1/2024 ".utf8), [0x80], [0xE1, 0xBB], [0xC0, 0xAF], [0xFF],
    ]
    for round in 0..<400 {
        var bytes: [UInt8] = []
        let lines = next(40)
        for _ in 0..<lines {
            // Lines of 0 to about 300 bytes: longer than the smaller chunks.
            for _ in 0..<next(round % 5 == 0 ? 60 : 12) { bytes += pieces[next(pieces.count)] }
            bytes += breaks[round % 3 == 0 ? 0 : next(breaks.count)]
        }
        if next(2) == 0 { bytes += Array("tail".utf8) }
        // Lines anywhere, repeated, out of order, before the first and past the last.
        let wanted = (0..<next(12)).map { _ in next(lines + 4) - 1 }
        let expected = oracle(bytes, wanted)
        let maxChunk = [1, 2, 3, 7, 8, 9, 31, 64, 1000][next(9)]
        let got = picked(bytes, wanted, sizes: { 1 + next(maxChunk) })
        #expect(got == expected, "round \(round): \(bytes) wanting \(wanted) in chunks up to \(maxChunk)")
        // Read to the end rather than stopped when done: the same lines.
        #expect(picked(bytes, wanted, sizes: { maxChunk }, early: false) == expected, "round \(round)")
    }
}

@Test func linePickerKeepsALineSpanningChunksAndSplitsNoCRLF() {
    let text = Array("first\r\nsecond line, long\r\nthird\rfourth\n".utf8)
    let all = [1, 2, 3, 4, 5, 6]
    let whole: [Int: String] = [1: "first", 2: "second line, long", 3: "third", 4: "fourth", 5: ""]
    #expect(oracle(text, all) == whole)
    // Every cut of the bytes in two, the CR LF's among them.
    for cut in 0...text.count {
        var sizes = [cut, text.count].makeIterator()
        #expect(picked(text, all, sizes: { sizes.next() ?? 1 }) == whole, "cut at \(cut)")
    }
    // One byte at a time: each line spans many chunks.
    #expect(picked(text, all, sizes: { 1 }) == whole)
}

@Test func linePickerEndsWithTheLastLineWithOrWithoutABreak() {
    #expect(picked(Array("a\nb".utf8), [2, 3], sizes: { 1 }) == [2: "b"])
    #expect(picked(Array("a\nb\n".utf8), [2, 3, 4], sizes: { 1 }) == [2: "b", 3: ""])
    #expect(picked(Array("a\r".utf8), [1, 2, 3], sizes: { 1 }) == [1: "a", 2: ""])
}

@Test func linePickerOfAnEmptyFileFindsOneEmptyLine() {
    var picker = LinePicker([0, 1, 2])
    picker.finish()
    #expect(picker.texts == [1: ""])
    #expect(!picker.done)
}

@Test func linePickerDecodesInvalidUTF8AsTheLineIndexDoes() {
    // A line whose bad bytes fall at every chunk edge.
    let bytes: [UInt8] = Array("x: ".utf8) + [0xE1, 0xBB, 0x41, 0xFF, 0xC3] + [0x0A] + [0xC3, 0xA9]
    let expected = oracle(bytes, [1, 2])
    #expect(expected[1] == "x: \u{FFFD}A\u{FFFD}\u{FFFD}")
    for size in 1...bytes.count {
        #expect(picked(bytes, [1, 2], sizes: { size }) == expected, "chunks of \(size)")
    }
}

@Test func linePickerIsDoneAfterItsLastLine() {
    var picker = LinePicker([2])
    Array("one\ntwo\nthree\n".utf8).withUnsafeBufferPointer { b in
        picker.feed(UnsafeBufferPointer(rebasing: b[0..<6]))
        #expect(!picker.done)
        picker.feed(UnsafeBufferPointer(rebasing: b[6..<9]))
    }
    #expect(picker.done)
    #expect(picker.texts == [2: "two"])
}
