import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

@Test func officeIsOneLineOfTextTrimmed() {
    let ok = load("settings:\n  office: \"  UBND huyện Cần Giuộc \"\nassignments: []\n")
    #expect(ok.config?.settings.office == "UBND huyện Cần Giuộc")
    // Not given: nil here; the shell puts the host name in its place.
    #expect(load("assignments: []\n").config?.settings.office == nil)
}

@Test func aMultiLineOrOverlongOfficeIsAnError() {
    let twoLines = load("settings:\n  office: \"Sở\\nTư pháp\"\nassignments: []\n")
    #expect(
        twoLines.errors.map(\.message) == [
            "'office' must be one line of text, without line breaks or control characters"
        ])
    // 61 characters: one more than the limit (60 of at most 4 bytes each stay within the 256
    // bytes journalctl -x shows of a quoted field).
    let long = load("settings:\n  office: \"\(String(repeating: "ệ", count: 61))\"\nassignments: []\n")
    #expect(long.errors.map(\.message) == ["'office' is 61 characters long; at most 60 are allowed"])
    #expect(long.errors.first?.location?.line == 2)
    #expect(long.errors.first?.location?.column == 11)
}
