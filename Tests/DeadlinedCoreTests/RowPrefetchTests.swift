import Testing

@testable import DeadlinedCore

@Test func rowPrefetchFindsWhereAnItemKeepsItsTextsBox() throws {
    // The hint reads the box's address from the item's bytes: it must be the reference itself.
    let items = [SchedFixture.item("a", deadline: nil, agency: "Sở Y tế tỉnh Quảng Nam")]
    let offset = try #require(RowPrefetch.textsOffset)
    items.withUnsafeBufferPointer { b in
        guard let item = b.baseAddress else { return }
        let bits = UnsafeRawPointer(item).load(fromByteOffset: offset, as: UInt.self)
        #expect(bits == UInt(bitPattern: Unmanaged.passUnretained(item.pointee.texts).toOpaque()))
        RowPrefetch.item(item)
        RowPrefetch.texts(of: item)
    }
}
