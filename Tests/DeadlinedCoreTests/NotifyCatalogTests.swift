import Foundation
import Testing

@testable import DeadlinedCore

/// units/deadlined-notify.catalog explains every NotifyEvent, and quotes only fields that every
/// entry of that event carries.
@Test func notifyCatalogQuotesOnlyFieldsEveryEntryHas() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("units/deadlined-notify.catalog")
    let text = try String(contentsOf: url, encoding: .utf8)
    var quoted: [String: Set<String>] = [:]
    var current: String?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("-- ") {
            current = String(line.dropFirst(3).prefix(32))
            quoted[current ?? "", default: []].formUnion([])
            continue
        }
        guard let id = current else { continue }
        var rest = line[...]
        while let a = rest.firstIndex(of: "@") {
            let after = rest[rest.index(after: a)...]
            guard let b = after.firstIndex(of: "@") else { break }
            quoted[id, default: []].insert(String(after[..<b]))
            rest = after[after.index(after: b)...]
        }
    }
    #expect(Set(quoted.keys) == Set(NotifyEvent.allCases.map(\.messageID)))
    for e in NotifyEvent.allCases {
        let names = Set(NotifyEvent.fields(e).map(\.0))
        for q in quoted[e.messageID] ?? [] { #expect(names.contains(q), "\(e): \(q)") }
    }
    // The refusal names the address.
    #expect(quoted[NotifyEvent.refused.messageID]?.contains("DEADLINED_RECIPIENT") == true)
}
