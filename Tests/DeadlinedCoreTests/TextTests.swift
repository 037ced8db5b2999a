import Testing

@testable import DeadlinedCore

let slugCases: [(String, String)] = [
    ("Sở LĐTB&XH", "so-ldtb-xh"),
    ("Sở Tài chính", "so-tai-chinh"),
    ("Sở TN&MT", "so-tn-mt"),
    ("Bảo hiểm xã hội tỉnh", "bao-hiem-xa-hoi-tinh"),
    ("Ngân hàng Nhà nước chi nhánh tỉnh", "ngan-hang-nha-nuoc-chi-nhanh-tinh"),
    ("Đề án 06/CP", "de-an-06-cp"),
    ("  --Sở  Y tế--  ", "so-y-te"),
    ("Kế hoạch số 762/KH-TCT", "ke-hoach-so-762-kh-tct"),
    ("", "x"),
    ("&&&", "x"),
    ("日本", "x"),
]

@Test("slug folds Vietnamese to ASCII words joined by dashes", arguments: slugCases)
func slug(_ input: String, _ expected: String) {
    #expect(Text.slug(input) == expected)
}

let foldCases: [(String, String)] = [
    ("Tháng", "thang"),
    ("THÁNG", "thang"),
    ("thang", "thang"),
    ("Quý", "quy"),
    ("ĐẦU", "dau"),
    ("đầu", "dau"),
    ("Đà Nẵng", "da nang"),
    ("hoàn thành trước ngày", "hoan thanh truoc ngay"),
    ("Thường xuyên", "thuong xuyen"),
    // Decomposed input (NFD) folds like composed input.
    ("Tha\u{0301}ng", "thang"),
    ("ASCII 123", "ascii 123"),
]

@Test("fold lowercases and strips diacritics, đ included", arguments: foldCases)
func fold(_ input: String, _ expected: String) {
    #expect(Text.fold(input) == expected)
}

@Test func oneLineReplacesEveryLineBreakAndControl() {
    #expect(Text.oneLine("a\nb") == "a b")
    #expect(Text.oneLine("a\r\nb") == "a  b")
    #expect(Text.oneLine("a\tb\u{0}c\u{7F}d") == "a b c d")
    #expect(Text.oneLine("a\u{2028}b\u{2029}c\u{85}d") == "a b c d")
    #expect(Text.oneLine("no change, Tiếng Việt") == "no change, Tiếng Việt")
    // Bytes C2 and E2 that start no break are looked at as characters, and kept; a long text
    // (storage of its own) is looked at on its bytes as a short one is.
    let kept = "a – b © c, a long text kept in storage of its own"
    #expect(Text.oneLine(kept) == kept)
    #expect(Text.oneLine(kept + "\u{2028}") == kept + " ")
    #expect(Text.oneLine(kept + "\u{1}") == kept + " ")
    #expect(!Text.oneLine("STATUS=x\nMESSAGE=y").contains("\n"))
    // Leading spaces stay: diagnostics put a caret under a column of this line.
    #expect(Text.oneLine("    due: x") == "    due: x")
}

@Test func truncateEndsWithAnEllipsis() {
    #expect(Text.truncate("abcdef", to: 10) == "abcdef")
    #expect(Text.truncate("abcdef", to: 6) == "abcdef")
    #expect(Text.truncate("abcdef", to: 4) == "abc…")
    #expect(Text.truncate("abcdef", to: 1) == "…")
    #expect(Text.truncate("abcdef", to: 0) == "")
    #expect(Text.truncate("Sở Tài chính", to: 5) == "Sở T…")
}

@Test func distanceAndSuggestion() {
    #expect(Text.distance("kitten", "sitting") == 3)
    #expect(Text.distance("", "abc") == 3)
    #expect(Text.distance("due", "due") == 0)
    #expect(Text.suggestion(for: "agnecy", among: ["agency", "task", "due"]) == "agency")
    #expect(Text.suggestion(for: "dua", among: ["agency", "task", "due"]) == "due")
    #expect(Text.suggestion(for: "colour", among: ["agency", "task", "due"]) == nil)
    #expect(Text.suggestion(for: "hoan thanh", among: Status.spellings) == "hoàn thành")
}

@Test func fnv1aIsTheReferenceHash() {
    // Reference values of 64-bit FNV-1a.
    #expect(Text.fnv1a("") == 0xcbf2_9ce4_8422_2325)
    #expect(Text.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
    #expect(Text.fnv1a("foobar") == 0x8594_4171_f739_67e8)
}

let statusCases: [(String, Status)] = [
    ("not_started", .notStarted), ("chưa thực hiện", .notStarted), ("Chua thuc hien", .notStarted),
    ("in_progress", .inProgress), ("In Progress", .inProgress), ("đang thực hiện", .inProgress),
    ("đang triển khai", .inProgress),
    ("DONE", .done), ("hoàn thành", .done), ("Đã hoàn thành", .done), ("da hoan thanh", .done),
    ("ongoing", .ongoing), ("thường xuyên", .ongoing), ("THƯỜNG XUYÊN", .ongoing),
]

@Test("status accepts English and Vietnamese, any case, with or without diacritics", arguments: statusCases)
func statusParses(_ text: String, _ status: Status) {
    #expect(Status(parsing: text) == status)
}

@Test func unknownStatusIsNil() {
    #expect(Status(parsing: "finito") == nil)
    #expect(Status(parsing: "") == nil)
}

@Test func theByteTestsForWhitespaceMissNoWhitespaceScalar() {
    // `isBlank` and `trimmingWhitespace` decide on bytes when an end cannot be whitespace:
    // every whitespace scalar must be one they look at.
    var spaces = 0
    for v in UInt32(0)...0x10FFFF {
        guard let u = Unicode.Scalar(v), u.properties.isWhitespace else { continue }
        spaces += 1
        let b = Array(String(Character(u)).utf8)
        #expect(Text.mayStartSpace(b[0], b.count > 1 ? b[1] : nil), "U+\(String(v, radix: 16))")
        #expect(Text.mayEndSpace(b[b.count - 1]), "U+\(String(v, radix: 16))")
    }
    #expect(spaces == 25)
    #expect(!Text.mayStartSpace(0xE1, 0xBA) && !Text.mayStartSpace(0xC4, 0x90) && !Text.mayEndSpace(0xBB))
    #expect("\u{3000}Sở Y tế\u{2029}".trimmingWhitespace() == "Sở Y tế")
    #expect("Đẩy mạnh".trimmingWhitespace() == "Đẩy mạnh" && !"Đẩy".isBlank && "\u{A0}\u{1680} \u{85}".isBlank)
}
