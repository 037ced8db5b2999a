import Foundation
import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

/// Every configuration the config tests write out whole (a `"""` literal without
/// interpolation), taken from the test files themselves: the bad ones are the corpus of
/// diagnostics that real files produce.
private func fixtureConfigs() throws -> [(file: String, text: String)] {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    var out: [(String, String)] = []
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".swift") }.sorted()
    for name in names {
        let source = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        let parts = source.components(separatedBy: "\"\"\"")
        // Odd parts are inside the literals.
        for i in stride(from: 1, to: parts.count, by: 2) where !parts[i].contains("\\(") && !parts[i].contains("\\") {
            var text = parts[i]
            if text.hasPrefix("\n") { text.removeFirst() }
            // The closing delimiter's indentation is removed from every line, as Swift does.
            let indent = text.reversed().prefix { $0 == " " }.count
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.dropFirst(indent) }
            out.append((name, lines.joined(separator: "\n")))
        }
    }
    return out
}

/// Due phrases the grammar refuses, one per message it has.
private let badDues = [
    "", "15/13/2024", "32/1/2024", "30/2/2024", "0/1/2024", "25:00 15/5/2024", "10:61 15/5/2024", "15/5/24", "6-9",
    "5/15/2024", "Quý V/2024", "quý 5/2024", "H3/2024", "khẩn trương", "chiều", "14h sáng 6/9/2023", "đầu năm 2024",
    "tháng 13/2024", "15/5/1800", "xyz", "5000 ngày làm việc",
]

@Test func everyDiagnosticOfTheTestConfigurationsReadsInVietnamese() throws {
    let fixtures = try fixtureConfigs()
    // The corpus is there: the goldens and the other suites write dozens of configurations.
    #expect(fixtures.count > 80)
    var seen = 0
    var corpus = fixtures
    for due in badDues {
        corpus.append(
            (
                "(due phrase)",
                "directives:\n  - id: d\n    assignments:\n      - agency: A\n        task: t\n        due: '\(due)'\n"
            ))
    }
    for (name, text) in corpus {
        for d in load(text).diagnostics {
            seen += 1
            if MessageTable.vietnamese(d.message) == nil {
                Issue.record("\(name): no Vietnamese for: \(d.message)")
            }
        }
    }
    #expect(seen > 100)
}

@Test func aRenderedDiagnosticInVietnameseKeepsFileLineAndColumn() {
    let r = load(
        """
        directives:
          - id: cv-1
            assignments:
              - agency: Sở Tài chính
                task: Báo cáo
                due: 15/13/2024
        """)
    // "invalid date for '{1}': {2}" with {2} = "month {1} does not exist", column of the value.
    #expect(
        r.renderedDiagnostics(in: .vi)
            == "/etc/deadlined/deadlined.yaml:6:14: lỗi: ngày không hợp lệ cho 'due': không có tháng 13\n"
            + "        due: 15/13/2024\n" + "             ^")
}
