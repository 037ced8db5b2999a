import Foundation
import Testing

@testable import DeadlinedCore

private typealias F = SchedFixture

private func sample(_ n: Int) -> Ledger {
    var l = Ledger(lastDigest: 1_715_000_000)
    for i in 0..<n {
        let id = i % 3 == 0 ? "Sở Tài chính — việc \(i)" : "item-\(i)"
        let e = LedgerEntry(
            due: 1_715_792_400 + Int64(i), lastReminder: i % 2 == 0 ? nil : 1_715_000_000, lastSlot: Int64(i % 5))
        if i % 7 == 0 {
            l.vanished[id] = LedgerEntry(
                due: e.due, lastReminder: e.lastReminder, lastSlot: e.lastSlot, missingSince: 1_716_000_000 + Int64(i))
        } else {
            l.entries[id] = e
        }
    }
    return l
}

private func read(_ bytes: [UInt8], chunk: Int, maxEntries: Int = Int.max) -> (Ledger, [String]) {
    var r = LedgerReader(maxEntries: maxEntries)
    var i = 0
    while i < bytes.count, r.wantsMore {
        let j = min(i + chunk, bytes.count)
        bytes[i..<j].withUnsafeBytes { r.feed($0) }
        i = j
    }
    let (l, p) = r.finish()
    return (l, p)
}

/// Fed in chunks of any size (lines cut anywhere between two reads), the reader reads what
/// reading the whole text reads.
@Test(arguments: [1, 2, 3, 7, 64, 4096, 1 << 20])
func ledgerReaderReadsTheSameWhateverTheChunkSize(_ chunk: Int) {
    let l = sample(300)
    let bytes = Array(l.serialized().utf8)
    let (parsed, problems) = read(bytes, chunk: chunk)
    #expect(problems.isEmpty)
    #expect(parsed == l)
    // Damaged: the same damage seen whatever the chunking.
    var damaged = bytes
    for k in stride(from: 100, to: damaged.count, by: 997) { damaged[k] = UInt8(ascii: "x") }
    let whole = Ledger.parse(String(decoding: damaged, as: UTF8.self))
    let chunked = read(damaged, chunk: chunk)
    #expect(chunked.0 == whole.0)
    #expect(chunked.1 == whole.problems)
    #expect(whole.problems.count == 1)
}

@Test func ledgerVanishedRecordsRoundTripInVersionTwo() {
    let l = sample(50)
    #expect(!l.vanished.isEmpty)
    let text = l.serialized()
    #expect(text.hasPrefix("deadlined-ledger 2\n"))
    #expect(text.hasSuffix("@end\t50\n"))
    let (parsed, problems) = Ledger.parse(text)
    #expect(problems.isEmpty)
    #expect(parsed == l)
}

/// A ledger written by the previous version (four fields, version 1) is read as before.
@Test func ledgerVersionOneIsStillRead() {
    let text = "deadlined-ledger 1\n@digest\t99\na b\t100\t50\t2\nc\t7\t-\t-\n@end\t2\n"
    let (l, problems) = Ledger.parse(text)
    #expect(problems.isEmpty)
    #expect(
        l
            == Ledger(
                entries: ["a b": LedgerEntry(due: 100, lastReminder: 50, lastSlot: 2), "c": LedgerEntry(due: 7)],
                lastDigest: 99))
    // A five-field line in version 1, or a four-field one in version 2, is damage.
    #expect(Ledger.parse("deadlined-ledger 1\nc\t7\t-\t-\t-\n@end\t1\n").0.entries.isEmpty)
    #expect(Ledger.parse("deadlined-ledger 2\nc\t7\t-\t-\n@end\t1\n").0.entries.isEmpty)
    // A later version is not guessed at.
    #expect(
        Ledger.parse("deadlined-ledger 3\nc\t7\t-\t-\t-\n@end\t1\n").problems == [
            "the ledger has no valid header; starting afresh"
        ])
}

/// A line longer than the cap is skipped without being kept, and counted once.
@Test func ledgerReaderSkipsAnOverlongLineAndSaysSo() {
    let long = String(repeating: "z", count: LedgerReader.maxLine + 10)
    let text = "deadlined-ledger 2\na\t1\t-\t-\t-\n\(long)\t1\t-\t-\t-\nb\t2\t-\t-\t-\n@end\t3\n"
    for chunk in [5, 4096, 1 << 20] {
        let (l, problems) = read(Array(text.utf8), chunk: chunk)
        #expect(l.entries == ["a": LedgerEntry(due: 1), "b": LedgerEntry(due: 2)], "chunk \(chunk)")
        #expect(
            problems == ["1 damaged ledger line skipped (1 longer than 64 KiB); keeping the 2 records read"],
            "chunk \(chunk)")
    }
    // An overlong header is no header; the reader stops wanting more at once.
    var r = LedgerReader()
    let junk = [UInt8](repeating: 0, count: LedgerReader.maxLine + 1)
    junk.withUnsafeBytes { r.feed($0) }
    #expect(!r.wantsMore)
    #expect(r.finish().problems == ["the ledger has no valid header; starting afresh"])
}

/// Records past `maxEntries` are not kept; one warning sums up all the damage.
@Test func ledgerReaderKeepsAtMostMaxEntriesAndGivesOneWarning() {
    var text = "deadlined-ledger 2\n"
    for i in 0..<10 { text += "item-\(i)\t\(i)\t-\t-\t-\n" }
    text += "broken\n"
    // A repeated id replaces its record, so it is not refused at the limit.
    text += "item-0\t5\t-\t-\t-\n"
    let (l, problems) = Ledger.parse(text, maxEntries: 4)
    #expect(l.entries.count == 4)
    #expect(l.entries["item-0"] == LedgerEntry(due: 5))
    #expect(
        problems == [
            "1 damaged ledger line skipped; 6 records past the limit of 4 ignored; the ledger was cut short (no end marker); keeping the 4 records read"
        ])
}

@Test(arguments: [
    ("0", Int64(0)), ("-0", 0), ("+7", 7), ("9223372036854775807", Int64.max), ("-9223372036854775808", Int64.min),
])
func ledgerNumbersReadAsInt64Does(_ text: String, _ value: Int64) {
    let b = Array(text.utf8)
    #expect(b.withUnsafeBufferPointer { LedgerReader.int($0) } == value)
    #expect(Int64(text) == value)
}

@Test(arguments: ["", "-", "+", "9223372036854775808", "-9223372036854775809", "1e5", " 1", "1 ", "0x10", "١"])
func ledgerMalformedNumbersAreRefusedAsInt64Does(_ text: String) {
    let b = Array(text.utf8)
    #expect(b.withUnsafeBufferPointer { LedgerReader.int($0) } == nil)
    #expect(Int64(text) == nil)
}
