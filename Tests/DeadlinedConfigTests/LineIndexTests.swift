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
