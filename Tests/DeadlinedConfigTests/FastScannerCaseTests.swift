import Testing

@_spi(Fuzz) @testable import DeadlinedConfig
@testable import DeadlinedCore

// One case per rule of the subset FastScanner reads, each compared with libyaml's tape of
// the same text, and the forms it must leave to libyaml. A few places are also written out:
// each was read off libyaml's events for the same text (1-based line and column).

enum FastScannerCases {
    static let rare = """
        # a comment first
        ---
        settings:
          remind_before: [7d, 1d]   # two reminders
          empty_list: []
          empty_map: {}
          quoted: ['a b', "c, d", e f ,g]
          mapped: {k: v, 'q': [1, {m: n}], x?y: z, "e\\u00e9" : [ ]}
        tên đơn vị: "Sở Tài chính"   # a Vietnamese key
        nhiệm vụ: Rà soát:a#b c:d http://x.vn/a?b=1
        single: 'it''s'
        double: "tab\\tquote\\" slash\\/ back\\\\ nl\\n \\u1EA0\\x41\\U0001F600 \\N\\_\\e\\0"
        empty:
        empty_comment: # nothing
        list:
        - a
        -
        - k: v
          k2:
            deep: 1
        - [x, 'y']
        indented:
            - keep
            -
            -   spaced: 1
                     # a comment further in
                next: 2
        "quoted key": 1
        'single key' : 2
        -dash: 3
        trailing: value   \u{20}
        last:
        """

    static let benchShape = """
        settings:
          timezone: Asia/Ho_Chi_Minh
          remind_before: [7d, 1d]
        directives:
          - id: kh-1
            title: "Kế hoạch thực hiện Đề án 06/CP số 1"
            issued: 2/1/2024
            assignments:
              - id: nv-1
                agency: "UBND huyện Kỳ Sơn"
                task: "Đánh giá, xếp hạng cơ sở dữ liệu quốc gia về dân cư, đợt 1"
                due: 25/5/2027
              - id: nv-2
                agency: "Văn phòng UBND tỉnh"
                due: trước ngày 11/1/2026
                status: đang triển khai
                completed: 10/10/2024
          - id: kh-2
            title: "Kế hoạch số 2"
            assignments:
              - id: nv-3
                agency: "Sở Y tế"
                due: 17:00 27/11/2025

        """

    /// Texts the scanner reads, each a rule of the subset.
    static let answered: [String] = [
        "a: 1\nb: two words  \nc: 'q'\n",
        "a: x #c\nb: x#y\nc: x:y\nd: http://e.vn\n",
        "a:\nb:\n  c:\nd:",
        "- 1\n-\n- x\n-",
        "a:\n- x\n- y\nb: 1\n",
        "- a:\n  - x\n  b: 2\n",
        "- id: 1\n  t: x\n- id: 2\n",
        "  a: 1\n  b:\n    - c\n",
        "---\na: 1\n",
        "--- # doc\na: 1\n",
        "a: [7d, 1d]\nb: []\nc: {}\nd: [ x , 'y z' , \"w\" ]\n",
        "- {id: a, agency: \"Sở Tài chính\", due: 1/1/2024}\n- {id: b, agency: [A, B]}\n",
        "a: [x?y, w x, {k: v}, []]\nb: {k : v}\n",
        "tên: Sở\nđơn vị: x\n",
        "- tên: \"Sở Tài chính\"\n  đơn vị: Sở\n",
        "a: \"\\u00e9\\x41\\n\\t\\\\\\\"\"\nb: 'it''s'\n",
        "a: 1",
        "a: 1\n\n\n   \n# end",
        "a: 1\n  # deeper comment\nb: 2\n",
        "k: -1\n-k: x\n",
        rare, benchShape,
    ]

    /// Texts left to libyaml: outside the subset, or errors.
    static let bailed: [String] = [
        "a:\tb\n", "a: b\r\n", "\u{FEFF}a: 1\n", "a: &x 1\nb: *x\n", "a: !t 1\n", "%YAML 1.1\n---\na: 1\n",
        "a: 1\n...\n", "a: |\n  text\n", "a: >\n  text\n", "a: one\n  two\n", "a: 'one\n  two'\n",
        "a: \"one\n  two\"\n", "? a\n: b\n", "---\na: 1\n---\nb: 2\n", "just a scalar\n", "# only a comment\n", "",
        "a: b: c\n", "a: \"\\q\"\n", "a: \"\\uD800\"\n", "a: x\u{85}y\n", "a: x\u{2028}y\n", "- - a\n",
        "a: [x, y,]\n", "a: [x: y]\n", "a: [x,\n  y]\n", "a:\n  value\n", "a: 1\nb\n", "a: 1\n - b\n",
        "a: 'x'#c\n", "a: {k}\n", "a: {k: }\n", "a: {k:v}\n", "a: {k: v,}\n", "a: [-1d]\n", "a: {k: v}: w\n",
        "a: {k: v\n", "a: [x, {k: v]}\n", "{k: v}: w\n", "a: \u{7F}\n", "a: \u{0}\n", "---\n", "a:\n - b\n  - c\n",
        String(repeating: "k", count: 1_100) + ": v\n",
    ]
}

@Test(arguments: FastScannerCases.answered)
func scannerReadsTheSubsetAsLibYAML(_ text: String) {
    #expect(FastScanCheck.compare(Array(text.utf8), limits: Limits()) == .same)
}

@Test(arguments: FastScannerCases.bailed)
func scannerLeavesTheRestToLibYAML(_ text: String) {
    #expect(FastScanCheck.compare(Array(text.utf8), limits: Limits()) == .bailed)
}

@Test func nestingPastTheLimitIsLeftToLibYAML() {
    var limits = Limits()
    limits.maxDepth = 3
    #expect(FastScanCheck.compare(Array("a:\n  b:\n    c: 1\n".utf8), limits: limits) == .same)
    #expect(FastScanCheck.compare(Array("a:\n  b:\n    c:\n      d: 1\n".utf8), limits: limits) == .bailed)
    #expect(FastScanCheck.compare(Array("a:\n  b:\n    c: [1]\n".utf8), limits: limits) == .bailed)
}

@Test func placesAreLibYAMLsCharacterColumns() throws {
    // libyaml's events for this text: MAPPING-START and "a" 1:1, SEQUENCE-START 2:1 at the
    // dash of a list at its key's column, MAPPING-START and "đơn vị" 2:3, "x" 2:11 (characters,
    // not the 14 bytes before it), "b" 3:3 and its empty value just after its colon, 3:5;
    // three line breaks.
    let text = "a:\n- đơn vị: x\n  b:\n"
    let (tape, lines) = try #require(FastScanCheck.scanned(Array(text.utf8), limits: Limits()))
    #expect(lines == 3)
    #expect(
        tape.nodes.map { [$0.line, $0.column] } == [
            [1, 1], [1, 1], [2, 1], [2, 3], [2, 3], [2, 11], [3, 3], [3, 5],
        ])
    #expect(tape.value(5) == "x" && tape.value(7) == "")
    #expect(tape.arena == Array("ađơn vịxb".utf8))
}

@Test func lineFeedsAreCountedEightBytesAtATimeAsOneByOne() {
    var rng = SplitMix(state: 7)
    let alphabet: [UInt8] = [0x0A, 0x0B, 0x09, 0x8A, 0x0A, 0x20, 0x61, 0xFF, 0x00]
    for length in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1_000, 2_039, 2_040, 2_041, 2_048, 6_000] {
        let bytes = (0..<length).map { _ in alphabet[rng.below(alphabet.count)] }
        for start in 0..<min(3, length + 1) {
            let slice = Array(bytes[start...])
            let counted = slice.withUnsafeBufferPointer { YAMLTape.lineCount($0) }
            #expect(counted == slice.count { $0 == 0x0A }, "length \(length) from \(start)")
        }
    }
}

@Test func lineFeedsFillingEveryLaneAreAllCounted() {
    // Every byte a line feed: each lane of the running count reaches its limit of 255 words.
    for length in [2_040, 2_047, 2_048, 4_080, 4_081, 10_000] {
        let bytes = [UInt8](repeating: 0x0A, count: length)
        #expect(bytes.withUnsafeBufferPointer { YAMLTape.lineCount($0) } == length, "length \(length)")
    }
}
