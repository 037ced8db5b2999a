import DeadlinedConfig
import Foundation
import Testing

@testable import DeadlinedSystem

/// dir/d0..d2/e0..e2/x.yaml: nine files three levels down.
private func tree() throws -> String {
    let root = NSTemporaryDirectory() + "deadlined-walk-\(UUID().uuidString)"
    for a in 0..<3 {
        for b in 0..<3 {
            let d = "\(root)/tree/d\(a)/e\(b)"
            try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
            try "assignments: []\n".write(toFile: d + "/x.yaml", atomically: true, encoding: .utf8)
        }
    }
    return root
}

@Test func anIncludeWalkOverItsTimeLimitIsGivenUpWithAClearError() throws {
    let root = try tree()
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(try FileSource().glob(root + "/tree/*/*/*.yaml").get().count == 9)

    guard case .failure(let f) = FileSource(globTimeLimit: 0).glob(root + "/tree/*/*/*.yaml") else {
        Issue.record("a walk over its time limit was finished")
        return
    }
    #expect(f.reason.hasPrefix("gave up walking it after 0 s (the limit for one pattern), "), "\(f.reason)")
    #expect(f.reason.hasSuffix(" directories read: name fewer directories in it"), "\(f.reason)")
    #expect(FileSource().globTimeLimit == 10)
}

@Test func theWalkErrorNamesThePatternAndWhereItIsWritten() throws {
    let root = try tree()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let main = root + "/deadlined.yaml"
    try "settings:\n  language: en\ninclude: [\"tree/*/*/*.yaml\"]\n".write(
        toFile: main, atomically: true, encoding: .utf8)
    let result = ConfigLoader(source: FileSource(globTimeLimit: 0)).load(main)
    #expect(result.config == nil)
    let errors = result.diagnostics.filter { $0.severity == .error }.map(\.description)
    #expect(errors.count == 1)
    #expect(
        errors.first?.hasPrefix(
            "\(main):3:11: error: cannot expand include 'tree/*/*/*.yaml': gave up walking it after 0 s") == true,
        "\(errors)")
}
