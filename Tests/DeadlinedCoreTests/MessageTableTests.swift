import Foundation
import Testing

@testable import DeadlinedCore

// The message table's matcher, one language choice and check's summary line. Expected
// Vietnamese is copied from the table's entry with the variable parts placed by hand.

@Test func aMessageWithQuotedValuesReadsInVietnameseWithTheValuesAsWritten() {
    // Entry: "duplicate id '{1}'; first defined at {2}" -> "id '{1}' bị trùng; đã khai báo tại {2}".
    #expect(
        MessageTable.vietnamese("duplicate id 'cv-12'; first defined at a.yaml:3:5")
            == "id 'cv-12' bị trùng; đã khai báo tại a.yaml:3:5")
}

@Test func vietnameseMayReorderAndDropParts() {
    // "'{1}' ({2}) needs a day after it, as in {3} 6/9/2023" -> "sau '{1}' cần có ngày, như {3} 6/9/2023":
    // the English gloss {2} is left out.
    #expect(
        MessageTable.vietnamese("'chiều' (afternoon) needs a day after it, as in chiều 6/9/2023")
            == "sau 'chiều' cần có ngày, như chiều 6/9/2023")
}

@Test func anUnquotedPartThatIsAMessageIsTranslatedToo() {
    // "invalid date for '{1}': {2}" with {2} = "month {1} does not exist" -> "không có tháng 13".
    #expect(
        MessageTable.vietnamese("invalid date for 'due': month 13 does not exist")
            == "ngày không hợp lệ cho 'due': không có tháng 13")
    // Three levels: a suggestion after an unknown key, whose place is a named mapping.
    #expect(
        MessageTable.vietnamese("unknown key 'statuss' in an assignment; did you mean 'status'?")
            == "khóa 'statuss' không hợp lệ trong nhiệm vụ; có phải là 'status'?")
}

@Test func argumentParsersListOfValuesEndsInVietnamese() {
    // "The value '{1}' is invalid for '{2}'. Please provide one of {3}." with {3} through
    // "{1} or '{2}'" -> "{1} hoặc '{2}'".
    #expect(
        MessageTable.vietnamese(
            "The value 'pdf' is invalid for '--format <format>'. Please provide one of 'table', 'csv' or 'html'.")
            == "Giá trị 'pdf' không hợp lệ cho '--format <format>'. Hãy dùng một trong 'table', 'csv' hoặc 'html'.")
}

@Test func aSyntaxErrorOfLibyamlReadsInVietnamese() {
    // "YAML syntax error: {1}", "{1} ({2} at line {3})", then libyaml's two phrases.
    #expect(
        MessageTable.vietnamese(
            "YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at line 3)")
            == "sai cú pháp YAML: tệp kết thúc đột ngột (khi đọc một chuỗi trong dấu nháy ở dòng 3)")
}

@Test func aQuotedPartIsNeverTranslated() {
    // 'month' in quotes is a value as written; the same word unquoted would be "tháng".
    #expect(MessageTable.vietnamese("'month' is empty") == "'month' để trống")
}

@Test func anUnknownMessageHasNoVietnameseAndIsShownAsWritten() {
    #expect(MessageTable.vietnamese("the moon is made of cheese") == nil)
    #expect(MessageTable.render("the moon is made of cheese", in: .vi) == "the moon is made of cheese")
    // An unknown English clause inside a known frame is no rendering either, not a mixed one.
    #expect(MessageTable.vietnamese("invalid date for 'due': the moon is made of cheese") == nil)
}

@Test func englishIsLeftAsItIs() {
    let m = "duplicate id 'x'; first defined at a.yaml:1:1"
    #expect(MessageTable.render(m, in: .en) == m)
}

@Test func theCommandPrefixIsKept() {
    #expect(
        MessageTable.vietnamese("deadlined: no tracked item has the id 'bc-1'")
            == "deadlined: không có nhiệm vụ nào đang theo dõi có id 'bc-1'")
}

@Test func aDiagnosticKeepsItsPlaceAndTranslatesItsSeverity() {
    let d = Diagnostic(.warning, at: SourceLocation(file: "a.yaml", line: 4, column: 9), "'x' is empty")
    #expect(d.description(in: .vi) == "a.yaml:4:9: cảnh báo: 'x' để trống")
    #expect(d.description == "a.yaml:4:9: warning: 'x' is empty")
    let e = Diagnostic(.note, file: "b.yaml", "directive 'cv' first defined here")
    #expect(e.description(in: .vi) == "b.yaml: ghi chú: chỉ thị 'cv' khai báo lần đầu ở đây")
    let r = d.rendered(sourceLine: { _, _ in "  due: x" }, in: .vi)
    #expect(r == "a.yaml:4:9: cảnh báo: 'x' để trống\n  due: x\n        ^")
}

@Test func everyEntryIsUsableAndEveryEnglishTextIsListedOnce() {
    var seen = Set<String>()
    for e in MessageTable.entries {
        #expect(seen.insert(e.english).inserted, "listed twice: \(e.english)")
        #expect(!e.vietnamese.isEmpty, "no Vietnamese: \(e.english)")
        let en = Template.parts(Array(e.english.utf8)), vi = Template.parts(Array(e.vietnamese.utf8))
        let enSlots = Set(en.compactMap { if case .slot(let n) = $0 { n } else { nil } })
        let viSlots = Set(vi.compactMap { if case .slot(let n) = $0 { n } else { nil } })
        // Numbered from 1 without gaps, and the Vietnamese uses no number the English lacks.
        #expect(enSlots == Set(0..<enSlots.count), "placeholders not {1}..{n}: \(e.english)")
        #expect(viSlots.isSubset(of: enSlots), "Vietnamese names a placeholder English lacks: \(e.english)")
        #expect(Template(e) != nil, "a bare placeholder matches everything: \(e.english)")
    }
}

@Test func everyEntryMatchesItsOwnEnglish() {
    // Each placeholder filled with "7": the entry (or an earlier, equally fitting one) must match.
    for e in MessageTable.entries {
        var text = e.english
        for n in 1...9 { text = text.replacingOccurrences(of: "{\(n)}", with: "7") }
        #expect(MessageTable.vietnamese(text) != nil, "no match for its own text: \(e.english)")
    }
}

@Test(
    arguments: [
        // (flag, DEADLINED_LANG, LC_ALL, LC_MESSAGES, LANG) -> language; POSIX: the first of LC_ALL,
        // LC_MESSAGES, LANG that is set and not empty decides.
        (nil, nil, nil, nil, "vi_VN.UTF-8", Language.vi),
        (nil, nil, "C", nil, "vi_VN.UTF-8", .en),
        (nil, nil, "", nil, "vi_VN.UTF-8", .vi),
        (nil, nil, nil, "vi_VN", "en_US.UTF-8", .vi),
        (nil, nil, "en_US.UTF-8", "vi_VN", nil, .en),
        (nil, nil, nil, nil, nil, .en),
        (nil, nil, nil, nil, "C.UTF-8", .en),
        (nil, "vi", nil, nil, "C", .vi),
        (nil, "en", nil, nil, "vi_VN.UTF-8", .en),
        (nil, "fr", nil, nil, "vi_VN.UTF-8", .vi),
        (Language.en, "vi", "vi_VN", nil, nil, .en),
        (Language.vi, "en", "C", nil, nil, .vi),
    ] as [(Language?, String?, String?, String?, String?, Language)])
func theFlagBeatsTheVariableWhichBeatsTheLocale(
    _ c: (Language?, String?, String?, String?, String?, Language)
) {
    var env: [String: String] = [:]
    env["DEADLINED_LANG"] = c.1
    env["LC_ALL"] = c.2
    env["LC_MESSAGES"] = c.3
    env["LANG"] = c.4
    #expect(UserLanguage.resolve(flag: c.0, environment: env) == c.5)
}

@Test func langIsTakenOutOfTheCommandLineWhereverItIsButNotAfterDashDash() {
    let (v, rest) = UserLanguage.extractFlag(["check", "--lang", "vi", "--config", "a.yaml"])
    #expect(v == "vi" && rest == ["check", "--config", "a.yaml"])
    let (w, rest2) = UserLanguage.extractFlag(["--lang=en", "list", "--", "--lang", "vi"])
    #expect(w == "en" && rest2 == ["list", "--", "--lang", "vi"])
    #expect(UserLanguage.extractFlag(["list"]).value == nil)
}

@Test func checksSummaryInBothLanguages() {
    var s = CheckSummary()
    s.directives = 1
    s.items = 3
    s.overdue = 1
    s.dueSoon = 2
    s.window = 7 * 86400
    s.path = "/etc/deadlined/deadlined.yaml"
    s.included = 1
    s.updates = true
    s.warnings = 2
    #expect(
        s.line(in: .en)
            == "OK: 1 directive, 3 items (1 overdue, 2 due within 7 days) from /etc/deadlined/deadlined.yaml and 1 included file, with recorded updates; 2 warnings"
    )
    #expect(
        s.line(in: .vi)
            == "OK: 1 chỉ thị, 3 nhiệm vụ (1 quá hạn, 2 đến hạn trong 7 ngày tới) từ /etc/deadlined/deadlined.yaml và 1 tệp include, có cập nhật đã ghi; 2 cảnh báo"
    )
    s.window = 0
    s.acknowledgements = true
    s.decisionFiles = 2
    s.warnings = 0
    #expect(
        s.line(in: .vi)
            == "OK: 1 chỉ thị, 3 nhiệm vụ (1 quá hạn; không nhắc hạn) từ /etc/deadlined/deadlined.yaml và 1 tệp include, có xác nhận, có cập nhật đã ghi, 2 tệp quyết định nghỉ lễ"
    )
}
