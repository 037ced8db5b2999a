import CHints
import Foundation

/// Item id to position in an array of items, for the duplicate check over every item of a
/// load. Open addressing over one array of 64-bit slots (32 bits of the id's hash, 32 bits
/// of position): an insert into a table of 100,000 ids costs about one cache miss, where a
/// `[String: Int]` costs two or three and a SipHash. The ids themselves stay in the items;
/// `idAt` reads them back to confirm a match. The slot is chosen by the same 32 bits of hash
/// the slot keeps, so the table grows without reading an id or hashing again. Positions are
/// below 2^32 (max_items is far less).
public struct IdIndex: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    public private(set) var count = 0

    public init(capacity: Int = 0) {
        var n = 16
        while n < capacity * 2 { n <<= 1 }
        slots = Array(repeating: 0, count: n)
        mask = n - 1
    }

    /// FNV-1a over the bytes of the id in Unicode normal form C, with a final mix so the low
    /// bits (the slot) depend on every byte. Like `==`, it ignores the difference between
    /// precomposed and decomposed letters (`ễ` typed either way is one id), also where that
    /// makes an id ASCII (the Kelvin sign U+212A is `K`). ASCII ids are their own normal form.
    public static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            if b >= 0x80 { return hashBytes(s.precomposedStringWithCanonicalMapping.utf8) }
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
        return mix(h)
    }

    static func hashBytes(_ bytes: String.UTF8View) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return mix(h)
    }

    static func mix(_ h0: UInt64) -> UInt64 {
        var h = h0
        h ^= h >> 32
        h &*= 0xD6E8_FEB8_6659_FD93
        h ^= h >> 32
        return h
    }

    /// The position of `id`, if it was inserted.
    public func find(_ id: String, idAt: (Int) -> String) -> Int? {
        let tag = IdIndex.hash(id) >> 32
        var i = Int(truncatingIfNeeded: tag) & mask
        while true {
            let s = slots[i]
            if s == 0 { return nil }
            let p = Int(s & 0xFFFF_FFFF) - 1
            if s >> 32 == tag, idAt(p) == id { return p }
            i = (i + 1) & mask
        }
    }

    /// Records `id` at `position` and returns nil, or returns the position it already has.
    public mutating func insert(_ id: String, at position: Int, idAt: (Int) -> String) -> Int? {
        insert(id, hash: IdIndex.hash(id), at: position, idAt: idAt)
    }

    /// `insert` with the hash computed beforehand (see `prefetch`).
    public mutating func insert(_ id: String, hash h: UInt64, at position: Int, idAt: (Int) -> String) -> Int? {
        if (count + 1) * 2 > slots.count { rehash(slots.count * 2) }
        let tag = h >> 32
        var i = Int(truncatingIfNeeded: tag) & mask
        while true {
            let s = slots[i]
            if s == 0 {
                slots[i] = tag << 32 | UInt64(position + 1)
                count += 1
                return nil
            }
            let p = Int(s & 0xFFFF_FFFF) - 1
            if s >> 32 == tag, idAt(p) == id { return p }
            i = (i + 1) & mask
        }
    }

    /// Makes room for `n` ids in all without growing on the way (one rehash at most).
    public mutating func reserve(_ n: Int) {
        guard n * 2 > slots.count else { return }
        var size = slots.count
        while size < n * 2 { size <<= 1 }
        rehash(size)
    }

    /// Starts loading the slot a hash begins at, so that an insert of it a few ids later
    /// finds it in the cache: inserts in a run then overlap their waits for memory.
    public func prefetch(_ h: UInt64) {
        slots.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { deadlined_prefetch(base + (Int(truncatingIfNeeded: h >> 32) & mask)) }
        }
    }

    private mutating func rehash(_ size: Int) {
        let old = slots
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for s in old where s != 0 {
            var i = Int(truncatingIfNeeded: s >> 32) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = s
        }
    }
}
