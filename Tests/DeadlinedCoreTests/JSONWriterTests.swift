import Testing

@testable import DeadlinedCore

/// The writer's room grows as text is written: what comes out is every piece in order,
/// whatever room it started with.
@Test(arguments: [0, 1, 7, 64])
func jsonWriterGrowsItsRoomKeepingTheText(capacity: Int) {
    var w = JSONWriter(capacity: capacity)
    var expected = ""
    for k in 0..<300 {
        w.raw(k == 0 ? "[" : ", ")
        let text = String(repeating: "Ủy ban \"tỉnh\" ", count: k % 7) + "\u{202E}\u{85}\n"
        w.string(text, line: k)
        w.int(-k * 1_234_567)
        expected +=
            (k == 0 ? "[" : ", ") + "\"" + String(repeating: "Ủy ban \\\"tỉnh\\\" ", count: k % 7)
            + "\\u202e\\u0085\\n:\(k)\"" + "\(-k * 1_234_567)"
    }
    w.raw("]")
    expected += "]"
    #expect(w.count == expected.utf8.count)
    #expect(String(decoding: w.finish(), as: UTF8.self) == expected)
}

@Test func jsonOfAnEmptyAndALongStringIsTheirLiteral() {
    #expect(json("") == "\"\"")
    let long = String(repeating: "Sở Tài chính / ", count: 5_000)
    #expect(json(long) == "\"" + long + "\"")
}

/// JSON's escapes, one Unicode scalar at a time: the reference the writer's byte loops
/// (eight and one byte at a time) must agree with.
private func referenceJSON(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
        switch u.value {
        case 0x22: out += "\\\""
        case 0x5C: out += "\\\\"
        case 0x0A: out += "\\n"
        case 0x0D: out += "\\r"
        case 0x09: out += "\\t"
        case 0..<0x20, 0x7F, 0x80...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
            let hex = String(u.value, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(u)
        }
    }
    return out + "\""
}

/// Random texts of Vietnamese, ASCII and every escaped kind of character, at every offset
/// and length around the writer's 8-byte steps, escape as the reference does.
@Test func jsonEscapesAgreeWithTheScalarReferenceAtEveryOffset() {
    let pieces: [String] = [
        "a", "Z", " ", "06/CP", "Sở", "Tài chính", "Đề án", "ư", "ế", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}",
        "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "©", "\u{2028}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{2066}",
        "\u{2069}", "\u{2013}", "€", "😀",
    ]
    var rng = SplitMix(seed: 0x4A53_4F4E)
    for _ in 0..<3_000 {
        var s = String(repeating: "x", count: Int(rng.next() % 40))
        for _ in 0..<Int(rng.next() % 12) { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
        s += String(repeating: "y", count: Int(rng.next() % 24))
        #expect(json(s) == referenceJSON(s), "\(Array(s.utf8))")
    }
}
