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
