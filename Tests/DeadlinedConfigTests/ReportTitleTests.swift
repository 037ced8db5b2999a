import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

@Test func reportTitleIsOneLineOfTextTrimmed() {
    let ok = load("settings:\n  report_title: \"  Báo cáo Quý III/2024 \"\nassignments: []\n")
    #expect(ok.config?.settings.reportTitle == "Báo cáo Quý III/2024")
    #expect(load("assignments: []\n").config?.settings.reportTitle == nil)
}

@Test func aBlankMultiLineOrOverlongReportTitleIsAnError() {
    let blank = load("settings:\n  report_title: \"  \"\nassignments: []\n")
    #expect(blank.errors.map(\.message) == ["'report_title' is empty"])
    let twoLines = load("settings:\n  report_title: \"Báo cáo\\nQuý III\"\nassignments: []\n")
    #expect(
        twoLines.errors.map(\.message) == [
            "'report_title' must be one line of text, without line breaks or control characters"
        ])
    // 201 characters: one more than a heading allows.
    let long = load("settings:\n  report_title: \"\(String(repeating: "á", count: 201))\"\nassignments: []\n")
    #expect(long.errors.map(\.message) == ["'report_title' is 201 characters long; at most 200 fit a page heading"])
    #expect(long.errors.first?.location?.line == 2)
}
