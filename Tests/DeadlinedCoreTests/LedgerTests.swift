import Foundation
import Testing

@testable import DeadlinedCore

private typealias F = SchedFixture

/// A ledger with the awkward cases: Vietnamese ids with spaces, ids that look like markers,
/// escalated slot numbers, negative and absent values, records of vanished items.
private func ledgerSample() -> Ledger {
    Ledger(
        entries: [
            "kh-762-so-tai-chinh": LedgerEntry(due: F.vn(16, 5, 2024), lastReminder: F.vn(14, 5, 2024), lastSlot: 12),
            "Sở Tài chính — báo cáo quý": LedgerEntry(due: F.vn(1, 7, 2024)),
            "esc": LedgerEntry(due: F.vn(16, 5, 2024), lastReminder: nil, lastSlot: Planner.escalatedBase + 123_456),
            "-": LedgerEntry(due: -86400, lastReminder: -1_000_000, lastSlot: 0),
            "@end": LedgerEntry(due: F.vn(2, 1, 2025), lastReminder: F.vn(26, 12, 2024), lastSlot: nil),
            "@digest": LedgerEntry(due: F.vn(3, 1, 2025), lastReminder: nil, lastSlot: 7),
            "x y\u{00A0}z": LedgerEntry(due: Int64.max, lastReminder: Int64.min, lastSlot: Int64.max),
        ],
        vanished: [
            "Sở Y tế — việc đã rời cấu hình": LedgerEntry(
                due: F.vn(1, 6, 2024), lastSlot: 3, missingSince: F.vn(2, 6, 2024, 9)),
            "@end\u{00A0}": LedgerEntry(due: 0, missingSince: -5),
        ],
        lastDigest: F.vn(20, 5, 2024, 8))
}

@Test func ledgerRoundTripsExactly() {
    let l = ledgerSample()
    let text = l.serialized()
    let (parsed, problems) = Ledger.parse(text)
    #expect(problems.isEmpty)
    #expect(parsed == l)
    #expect(parsed.serialized() == text)
    #expect(text.hasPrefix("deadlined-ledger 2\n"))
    #expect(text.hasSuffix("@end\t9\n"))
}

@Test(arguments: [0, 1, 2, 50, 1000])
func ledgerRandomLedgersRoundTrip(_ size: Int) {
    var seed = UInt64(size) &+ 0x2545_F491_4F6C_DD1D
    func next() -> UInt64 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return seed >> 17
    }
    let words = ["sở", "Tài", "chính", "kh", "762", "@end", "@digest", "-", "Bộ", "Nội vụ", "quý II"]
    var l = Ledger(lastDigest: size % 2 == 0 ? Int64(next() % 2_000_000_000) : nil)
    for i in 0..<size {
        let id =
            (0..<(1 + Int(next() % 3))).map { _ in words[Int(next() % UInt64(words.count))] }.joined(separator: " ")
            + "#\(i)"
        let due = Int64(next() % 4_000_000_000) - 1_000_000_000
        let r: Int64? = next() % 3 == 0 ? nil : due - Int64(next() % 1_000_000)
        let s: Int64? =
            next() % 3 == 0 ? nil : (next() % 2 == 0 ? Int64(next() % 40) : Planner.escalatedBase + Int64(next() % 400))
        l.entries[id] = LedgerEntry(due: due, lastReminder: r, lastSlot: s)
    }
    let (parsed, problems) = Ledger.parse(l.serialized())
    #expect(problems.isEmpty)
    #expect(parsed == l)
}

/// Cut a written ledger anywhere: a problem is reported, every entry kept is exactly one that was
/// written (never a corrupted value from a cut line), and every line that was complete is kept.
@Test func ledgerCutAnywhereKeepsTheCompleteLines() {
    let l = ledgerSample()
    let text = l.serialized()
    let bytes = Array(text.utf8)
    // Offsets where each entry's line (with its newline) ends, by id.
    var lineEnds: [(String, Int)] = []
    var offset = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
        offset += line.utf8.count + 1
        let f = line.split(separator: "\t", omittingEmptySubsequences: false)
        if f.count == 5 { lineEnds.append((String(f[0]), offset)) }
    }
    #expect(lineEnds.count == l.entries.count + l.vanished.count)
    func written(_ id: String) -> LedgerEntry? { l.entries[id] ?? l.vanished[id] }
    // Failures are gathered, so a broken parser gives a short report rather than hundreds of issues.
    var failures: [String] = []
    for cut in 0..<bytes.count {
        let (parsed, problems) = Ledger.parse(String(decoding: bytes.prefix(cut), as: UTF8.self))
        if problems.isEmpty { failures.append("cut at \(cut): no problem reported") }
        for (id, e) in parsed.entries where l.entries[id] != e {
            failures.append("cut at \(cut): entry \(id) read as \(e), written as \(String(describing: l.entries[id]))")
        }
        for (id, e) in parsed.vanished where l.vanished[id] != e {
            failures.append("cut at \(cut): entry \(id) read as \(e), written as \(String(describing: l.entries[id]))")
        }
        if let d = parsed.lastDigest, d != l.lastDigest { failures.append("cut at \(cut): lastDigest read as \(d)") }
        for (id, end) in lineEnds where end <= cut && (parsed.entries[id] ?? parsed.vanished[id]) != written(id) {
            failures.append("cut at \(cut): the complete line of \(id) was lost")
        }
    }
    #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(5))")
}

@Test func ledgerTruncatedMidwayReportsAndKeeps() {
    var l = Ledger()
    for i in 0..<10 {
        l.entries["item-\(i)"] = LedgerEntry(due: 1_715_792_400 + Int64(i), lastReminder: nil, lastSlot: 1_234_567)
    }
    let text = l.serialized()
    let lines = text.split(separator: "\n")
    // Header + the first five entries complete, the sixth cut inside its last field.
    let complete = lines.prefix(6).joined(separator: "\n") + "\n"
    let cut = complete + String(lines[6].dropLast(3))
    let (parsed, problems) = Ledger.parse(cut)
    #expect(!problems.isEmpty)
    #expect(parsed.entries == l.entries.filter { ["item-0", "item-1", "item-2", "item-3", "item-4"].contains($0.key) })
    let (parsed2, problems2) = Ledger.parse(complete)
    #expect(!problems2.isEmpty)
    #expect(parsed2.entries.count == 5)
}

@Test(arguments: [
    "",
    "\n",
    "garbage",
    "\u{0}\u{1}\u{2}\u{FFFD}\u{FFFD}",
    "deadlined-ledger 2\nx\t1\t-\t-\n@end\t1\n",
    "DEADLINED-LEDGER 1\n",
    "deadlined-ledger 1\r\nx\t1\t-\t-\r\n@end\t1\r\n",
    "{\"json\": true}",
    String(repeating: "\t", count: 10_000),
])
func ledgerGarbageYieldsAnEmptyLedgerAndAProblem(_ text: String) {
    let (l, problems) = Ledger.parse(text)
    #expect(l == Ledger())
    #expect(!problems.isEmpty)
}

@Test func ledgerDamagedLinesAreSkippedAndCounted() {
    let text = """
        deadlined-ledger 1
        @digest\tnot-a-number
        good\t100\t-\t3
        \t100\t-\t-
        short\t100
        toolong\t100\t-\t-\t-
        badnum\t1e5\t-\t-
        badrem\t100\tx\t-
        badslot\t100\t-\t99999999999999999999999
        also good\t-5\t-7\t-

        @end\t2

        """
    let (l, problems) = Ledger.parse(text)
    #expect(
        l.entries == ["good": LedgerEntry(due: 100, lastSlot: 3), "also good": LedgerEntry(due: -5, lastReminder: -7)])
    #expect(l.lastDigest == nil)
    #expect(problems.count == 1)
    #expect(problems.first?.contains("8 damaged ledger lines") == true)
}

@Test func ledgerRandomBytesNeverCrash() {
    var seed: UInt64 = 42
    let header = Array("deadlined-ledger 1\n".utf8)
    for round in 0..<500 {
        var bytes: [UInt8] = round % 2 == 0 ? header : []
        for _ in 0..<(round % 97) {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let b = UInt8(truncatingIfNeeded: seed >> 56)
            // Bias towards the characters that matter: tabs, newlines, digits, dashes, '@'.
            let pick: [UInt8] = [9, 10, 48, 49, 57, 45, 64, b, b, b]
            bytes.append(pick[Int((seed >> 20) % UInt64(pick.count))])
        }
        let (l, problems) = Ledger.parse(String(decoding: bytes, as: UTF8.self))
        if round % 2 == 1 { #expect(l == Ledger() && !problems.isEmpty) }
        // Whatever was read serialises and reads back the same.
        let (again, p2) = Ledger.parse(l.serialized())
        #expect(again == l)
        #expect(p2.isEmpty)
    }
}

@Test func ledgerEngineStartsCleanFromAnEmptyOrBrokenLedger() {
    let it = F.item(deadline: F.dayDeadline(15, 5, 2024))
    let now = F.vn(20, 5, 2024, 10)
    for text in ["", "garbage", "deadlined-ledger 1\na\t"] {
        let (l, problems) = Ledger.parse(text)
        #expect(!problems.isEmpty)
        var engine = Engine(config: F.config([it]), ledger: l, now: now)
        #expect(F.itemAlerts(engine.tick(now: now)).map(\.kind) == [.overdue])
    }
}
