import DeadlinedCore
import Testing

@_spi(Fuzz) @testable import DeadlinedConfig

// Scalar values live as bytes in the tape's arena, escapes resolved, and become Strings only
// when read; texts the decoder reads from the bytes must come out as the String path made
// them: NFC, escapes resolved, and the same checks of null, numbers and blanks.

/// Each scalar value's text, through `value` and through its bytes, in node order.
private func texts(_ tape: YAMLTape) -> [String] {
    tape.nodes.indices.filter { tape.nodes[$0].kind == .scalar }.map { i in
        let viaBytes = tape.withValueBytes(i) { String(decoding: $0, as: UTF8.self) }
        return viaBytes == tape.value(i) ? viaBytes : "<differs>"
    }
}

@Test func escapedAndDecomposedValuesReadTheSameFromEitherBuilder() throws {
    // Escapes that make a decomposed letter (ư + combining dot below), a quote doubled in
    // single quotes, a tab, and plain text written decomposed (e + circumflex + dot below).
    let yaml = "a: \"Th\\u01B0\\u0323c\"\nb: 'it''s'\nc: \"x\\ty\"\nd: Vie\u{0302}\u{0323}t Nam\ne:\n"
    let expected = [
        "a", "Th\u{01B0}\u{0323}c", "b", "it's", "c", "x\ty", "d", "Vie\u{0302}\u{0323}t Nam", "e", "",
    ]
    let (fast, _) = try #require(FastScanCheck.scanned(Array(yaml.utf8), limits: Limits()))
    let (slow, _) = try #require(FastScanCheck.libyaml(Array(yaml.utf8), limits: Limits()))
    #expect(texts(fast).elementsEqual(expected) { Text.sameBytes($0, $1) })
    #expect(texts(slow).elementsEqual(expected) { Text.sameBytes($0, $1) })
    #expect(fast.sameNodes(as: slow))
}

@Test func decomposedTextsAreKeptInNFCWhenReadFromBytes() {
    // One item, so no other spelling of its agency is chosen over the one written; a plain
    // task that starts with a letter other than those of null, true and false, read from its
    // bytes with no String checked first.
    let result = load(
        """
        assignments:
          - id: a1
            agency: "S\\u01A1\\u0309 Gia\\u0301o du\\u0323c va\\u0300 \\u0110a\\u0300o ta\\u0323o"
            task: Hoa\u{0300}n thie\u{0302}\u{0323}n ho\u{0302}\u{0300} so\u{031B}
            owner: "Pho\\u0301 gia\\u0301m \\u0111o\\u0302\\u0301c"
            due: 15/5/2024

        """)
    let items = result.config?.items ?? []
    #expect(items.count == 1)
    for item in items {
        #expect(Text.sameBytes(item.agency, "Sở Giáo dục và Đào tạo"))
        #expect(Text.sameBytes(item.task, "Hoàn thiện hồ sơ"))
        #expect(item.owner.map { Text.sameBytes($0, "Phó giám đốc") } == true)
    }
}

@Test func aLongNumberIsStillANumberAfterTheSameTextWasReadQuoted() {
    // The quoted agency is kept by the interner; the plain one, the same bytes, is a number
    // and `agency` takes text only: found by its bytes, it must still be refused.
    let result = load(
        """
        assignments:
          - {id: a1, agency: "12345678901234567890", task: "Việc một"}
          - {id: a2, agency: 12345678901234567890, task: "Việc hai"}

        """)
    let errors = result.diagnostics.filter { $0.severity == .error }.map(\.message)
    #expect(errors.count == 1)
    #expect(errors.first?.contains("found a number") == true)
}

@Test func theScannerMarksAScalarSurelyNFCExactlyAsTheBytesAre() throws {
    // A combining accent (CC 81) in a key, a value and a comment; an en dash (E2 80 93) and
    // Vietnamese letters (E1 BA/BB), sure; Hangul (EA B0 80), not; a value after an unsure
    // one on its line; escapes that write a combining mark, in a key and in a value.
    let yaml =
        "k\u{0301}: Nghe\u{0323} An – tỉnh\nb: 가 # co\u{0301}\nc: Sở Tư pháp\n"
        + "d: [ệ, e\u{0302}]\n\"e\\u0301\": \"f\\u0301\"\n'g''': 'h'''\ni: \"ữ\\tx\"\n"
    let bytes = Array(yaml.utf8)
    let (fast, _) = try #require(FastScanCheck.scanned(bytes, limits: Limits()))
    let (slow, _) = try #require(FastScanCheck.libyaml(bytes, limits: Limits()))
    let scalars = fast.nodes.indices.filter { fast.nodes[$0].kind == .scalar }
    let marks = scalars.map { fast.nodes[$0].nfc }
    #expect(marks == scalars.map { i in fast.withValueBytes(i) { Text.surelyNFC($0) } })
    #expect(marks == [false, false, true, false, true, true, true, true, false, false, false, true, true, true, true])
    #expect(fast.sameNodes(as: slow))
}

@Test func plainTextIsToldByItsFirstByteAsByTheLettersOfNullTrueAndFalse() {
    for b in 0...255 {
        let first = UInt8(b)
        let letter = (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A)
        let expected = first >= 0x80 || (letter && !"nNtTfF".utf8.contains(first))
        #expect(FileDecoder.startsPlainText(first) == expected, "byte \(b)")
    }
}
