import DeadlinedCore
import Foundation
import Testing

@testable import DeadlinedSystem

private func stateDir() throws -> String {
    let path = NSTemporaryDirectory() + "deadlined-ledger-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// A ledger whose tail is 32 MiB of zeros (a file extended by a crash) and one whose records
/// are far more than the cap: what can be read is kept, one warning sums up the rest.
@Test func ledgerStoreReadsADamagedFileInBoundedMemoryWithOneWarning() throws {
    let dir = try stateDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let store = LedgerStore(directory: dir)
    var text = "deadlined-ledger 2\n"
    for i in 0..<1000 { text += "item-\(i)\t\(1_715_792_400 + i)\t-\t3\t-\n" }
    var data = Data(text.utf8)
    data.append(Data(count: 32 << 20))
    try data.write(to: URL(fileURLWithPath: store.path))
    let (ledger, problems) = store.load()
    #expect(ledger.entries.count == 1000)
    #expect(ledger.entries["item-999"] == LedgerEntry(due: 1_715_793_399, lastSlot: 3))
    #expect(
        problems == [
            "\(store.path): 1 damaged ledger line skipped (1 longer than 64 KiB); the ledger was cut short (no end marker); keeping the 1000 records read"
        ])

    let (capped, p2) = store.load(maxEntries: 10)
    #expect(capped.entries.count == 10)
    #expect(p2.first?.contains("990 records past the limit of 10 ignored") == true)
}

@Test func ledgerStoreNamesAPathThatIsNotAFile() throws {
    let dir = try stateDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let store = LedgerStore(directory: dir)
    try FileManager.default.createDirectory(atPath: store.path, withIntermediateDirectories: false)
    let (ledger, problems) = store.load()
    #expect(ledger == Ledger())
    #expect(problems == ["cannot read \(store.path), starting with an empty ledger: it is not a regular file"])
}
