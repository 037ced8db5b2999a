import CHints

/// Cache hints for writing rows whose items are read in an order other than `items`'
/// (a list sorted by due date): without them every row waits on memory twice, for its item
/// and for its texts box. Hints only: they change no result and never fault.
enum RowPrefetch {
    /// How many rows ahead the texts box is asked for; the item itself twice as far.
    static let ahead = 8

    /// Where `Item.texts` (a class reference) is stored inside an item.
    static let textsOffset = MemoryLayout<Item>.offset(of: \Item.texts)

    /// Asks for every cache line of the item at `item`.
    @inline(__always) static func item(_ item: UnsafePointer<Item>) {
        // An item may straddle three lines: its first byte, the one 64 on and its last.
        let raw = UnsafeRawPointer(item)
        deadlined_prefetch(raw)
        deadlined_prefetch(raw + Swift.min(64, MemoryLayout<Item>.size - 1))
        deadlined_prefetch(raw + (MemoryLayout<Item>.size - 1))
    }

    /// Asks for the first two cache lines of the item's texts box, reading the reference's
    /// bits without retaining it (a retain would wait for the line).
    @inline(__always) static func texts(of item: UnsafePointer<Item>) {
        guard let offset = textsOffset else { return }
        let bits = UnsafeRawPointer(item).load(fromByteOffset: offset, as: UInt.self)
        guard let box = UnsafeRawPointer(bitPattern: bits) else { return }
        deadlined_prefetch(box)
        deadlined_prefetch(box + 64)
    }
}
