import Testing

@testable import DeadlinedConfig

/// Every line as the line index must find it: every start listed first, as libyaml counts
/// breaks (LF, CR LF, a lone CR).
private func linesByList(_ bytes: [UInt8]) -> [String] {
    var starts = [0]
    for (i, b) in bytes.enumerated() where b == 0x0A || (b == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) {
        starts.append(i + 1)
    }
    return starts.map { start in
        var end = start
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

@Test func lineIndexFindsEveryLineInAnyOrderAsAListOfStartsWould() {
    var state: UInt64 = 0x11AE_5EED
    func next(_ n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33) % n
    }
    let breaks: [[UInt8]] = [[0x0A], [0x0D, 0x0A], [0x0D], [0x0A, 0x0A], [0x0D, 0x0D]]
    for round in 0..<60 {
        // Lines of 0 to 40 bytes (Vietnamese text included), so breaks fall at every place
        // of the eight-byte step; the last line with or without a break after it.
        var bytes: [UInt8] = []
        for _ in 0..<(round * 7 + 1) {
            bytes += Array(String(repeating: "ễa", count: next(14)).utf8.prefix(next(41)))
            bytes += breaks[round % 3 == 0 ? next(breaks.count) : 0]
        }
        if next(2) == 0 { bytes += Array("tail".utf8) }
        var index = LineIndex(bytes)
        let expected = linesByList(bytes)
        func line(_ n: Int) -> String? { n >= 1 && n <= expected.count ? expected[n - 1] : nil }
        // Forward, then at random (back and forth across the marks), then past the end.
        for n in stride(from: 1, to: expected.count + 3, by: 1 + next(5)) {
            #expect(index.text(ofLine: n) == line(n), "round \(round) line \(n)")
        }
        for _ in 0..<300 {
            let n = next(expected.count + 3) - 1
            #expect(index.text(ofLine: n) == line(n), "round \(round) line \(n)")
        }
    }
}

@Test func lineIndexOfAnEmptyFileHasOneEmptyLine() {
    var index = LineIndex([])
    #expect(index.text(ofLine: 1) == "")
    #expect(index.text(ofLine: 2) == nil)
    #expect(index.text(ofLine: 0) == nil)
}

@Test func lineIndexCountsRunsOfEmptyLinesWithinOneWord() {
    // Several LFs in each eight-byte word, lines found in order, then backwards, then past
    // the end; the same text with one CR LF (read line by line) must agree.
    var text = ""
    for k in 0..<400 { text += String(repeating: "\n", count: k % 9) + "dòng \(k)\n" }
    let lf = Array(text.utf8)
    let crlf = Array((text + "x\r\n").utf8)
    let expected = linesByList(lf)
    var fast = LineIndex(lf)
    var slow = LineIndex(crlf)
    for n in Array(1...(expected.count + 2)) + Array((1...expected.count).reversed()) {
        let want = n <= expected.count ? expected[n - 1] : nil
        #expect(fast.text(ofLine: n) == want, "line \(n)")
        if n < expected.count { #expect(slow.text(ofLine: n) == want, "line \(n)") }
    }
}

@Test func afterLineFeedsFindsTheCountthBreak() {
    let bytes = Array("a\nbb\n\n\nccc\nd".utf8)
    bytes.withUnsafeBufferPointer { b in
        #expect(LineIndex.afterLineFeeds(b, from: 0, count: 0) == 0)
        #expect(LineIndex.afterLineFeeds(b, from: 0, count: 1) == 2)
        #expect(LineIndex.afterLineFeeds(b, from: 0, count: 3) == 6)
        #expect(LineIndex.afterLineFeeds(b, from: 0, count: 5) == 11)
        #expect(LineIndex.afterLineFeeds(b, from: 2, count: 2) == 6)
        #expect(LineIndex.afterLineFeeds(b, from: 0, count: 6) == nil)
    }
}
