import Foundation
import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

// Issue 15, point 4: config text in NFC, and one spelling per agency. These use only what
// the loader had before (items, alerts, done_by), so they were run first against the
// unchanged loader and failed there.

/// "Sở Tài chính" decomposed (NFD): o + U+031B horn + U+0309 hook, a + U+0300, i + U+0301.
private let nfdName = "So\u{031B}\u{0309} Ta\u{0300}i chi\u{0301}nh"
private let nfcBytes = Array("Sở Tài chính".precomposedStringWithCanonicalMapping.utf8)

private func assignments(_ agencies: [String]) -> String {
    var s = "assignments:\n"
    for (n, a) in agencies.enumerated() {
        s += "  - id: a\(n + 1)\n    agency: \"\(a)\"\n    task: T\(n + 1)\n    due: 15/5/2024\n"
    }
    return s
}

@Test func journalFieldsCarryNFCBytesForAnAgencyTypedInNFD() throws {
    let r = load(assignments([nfdName]))
    let item = try #require(r.config?.items.first)
    let alert = AlertWriter(settings: Settings()).itemAlert(
        .overdue, item: item, directive: nil, now: unix("2024-06-01T00:00:00Z"))
    // What `journalctl DEADLINED_AGENCY="Sở Tài chính"` matches: the bytes, not the characters.
    #expect(Array((alert.field("DEADLINED_AGENCY") ?? "").utf8) == nfcBytes)
}

@Test func everyTextReadIsNFC() throws {
    let nfdTask = "Ra\u{0300} soa\u{0301}t"  // "Rà soát"
    let r = load(
        """
        directives:
          - id: d
            title: "\(nfdTask)"
            assignments:
              - id: x
                agency: "\(nfdName)"
                task: "\(nfdTask)"
                note: "\(nfdTask)"
                due: 15/5/2024
        """)
    let c = try #require(r.config)
    let item = try #require(c.items.first)
    let expected = Array("Rà soát".precomposedStringWithCanonicalMapping.utf8)
    #expect(Array(item.task.utf8) == expected)
    #expect(Array((item.note ?? "").utf8) == expected)
    #expect(Array((c.directives.first?.title ?? "").utf8) == expected)
    #expect(Array(item.agency.utf8) == nfcBytes)
}

@Test func spellingsOfOneAgencyBecomeTheMostUsedOne() throws {
    // Four spellings, one identity: "Sở Tài chính" twice, the others once each; the one used
    // most is kept for every item.
    let r = load(assignments(["Sở tài chính", "Sở Tài chính", "Sở\u{00A0}Tài\u{200B} chính", "Sở Tài chính", nfdName]))
    let agencies = (r.config?.items ?? []).map { Array($0.agency.utf8) }
    #expect(agencies == Array(repeating: nfcBytes, count: 5))
}

@Test func doneByMatchesANameWithANoBreakSpaceOrDoubleSpaces() {
    // The names have one identity, so done_by matches (it did not when only the ends were
    // trimmed: "so\u{00A0}tai chinh" was another key).
    let r = load(
        """
        assignments:
          - id: x
            agency: [Sở Tài chính, Sở Y tế]
            task: T
            due: 15/5/2024
            done_by: ["Sở\u{00A0}Tài  chính"]
        """)
    #expect(r.errors.isEmpty, "\(r.errors)")
    let done = (r.config?.items ?? []).filter { $0.status == .done }.map(\.agency)
    #expect(done == ["Sở Tài chính"])
}
