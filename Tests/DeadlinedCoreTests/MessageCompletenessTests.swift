import Foundation
import Testing

@testable import DeadlinedCore

/// The table's English texts with every placeholder written `{}`, as the scan writes them.
private let tableTexts: [String] = MessageTable.entries.map { e in
    var t = e.english
    for n in 1...9 { t = t.replacingOccurrences(of: "{\(n)}", with: "{}") }
    return t
}

/// Whether a message found in the sources has its Vietnamese: a table entry is that text, or
/// holds it (a piece such as "; did you mean '{}'?" that a longer message is built from).
private func covered(_ text: String) -> Bool {
    var t = text
    for prefix in ["deadlined: "] where t.hasPrefix(prefix) { t.removeFirst(prefix.count) }
    // Only separators and placeholders ("{}", ", "): nothing to translate.
    guard t.contains(where: { $0.isLetter }) else { return true }
    if t.replacingOccurrences(of: "{}", with: "").allSatisfy({ !$0.isLetter || $0 == "s" }) { return true }
    // A trailing interpolation may be a piece said elsewhere ("; did you mean '{}'?"), which
    // the table has as an entry of its own.
    let head = t.hasSuffix("{}") ? String(t.dropLast(2)) : t
    return tableTexts.contains { $0 == t || $0.contains(t) || $0 == head }
}

@Test func everyMessageWrittenInTheSourcesHasItsVietnamese() throws {
    let found = try SourceMessages.all()
    // The scan itself works: it sees messages of each kind of call site.
    #expect(found.count > 200)
    #expect(found.contains { $0.text == "duplicate id '{}'; first defined at {}" })
    #expect(
        found.contains {
            $0.text.hasPrefix("a password does not belong in the configuration, which many can read; put it")
        })
    #expect(found.contains { $0.text == "; did you mean '{}'?" })
    #expect(found.contains { $0.text == "deadlined: '{}' recorded as done on {}" })
    let missing = found.filter { !covered($0.text) }
    for m in missing { Issue.record("no Vietnamese for \(m.file):\(m.line): \(m.text)") }
}

@Test func aMessageWithoutVietnameseIsFoundMissing() {
    // The check above fails for a new English message: shown on one made up here.
    #expect(!covered("the moon is made of '{}'"))
    #expect(covered("duplicate id '{}'; first defined at {}"))
}
