/// The slot array of an open-addressing table of texts (`TextInterner`, `ByteClasses`): each
/// slot holds a text's number plus one, 0 when empty, probed linearly from the hash's low bits.
enum HashSlots {
    /// Slots for `size` (a power of two) places holding the texts whose hashes are `hashes`,
    /// numbered in that order: a table grown to `size` without reading its texts again.
    static func rebuilt(_ hashes: [UInt64], size: Int) -> [Int32] {
        var slots = [Int32](repeating: 0, count: size)
        let mask = size - 1
        for (k, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(k + 1)
        }
        return slots
    }
}
