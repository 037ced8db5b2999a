extension Config {
    /// The rank of each of `texts` in Vietnamese alphabetical order (by `Collation.key`);
    /// texts that are equal (`==`, canonical equivalence) share the rank of the first of them.
    static func rankByCollation(_ texts: [String]) -> [Int] {
        var rank: [String: Int] = [:]
        for t in texts { rank[t] = 0 }
        let names = rank.keys.map { (name: $0, key: Collation.key($0)) }.sorted { $0.key < $1.key }
        for (i, n) in names.enumerated() { rank[n.name] = i }
        return texts.map { rank[$0] ?? 0 }
    }
}

/// Texts numbered in order of first sight, told apart by their UTF-8 bytes: an open-
/// addressing table on `Text.wordHash`, for numbering many repeats of a few texts without
/// the normalization `String` hashing does on non-ASCII text.
struct ByteClasses {
    /// Number plus one; 0 is an empty slot. Linear probing.
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var mask = 63
    /// The distinct texts, by number, and the hash of each.
    private(set) var texts: [String] = []
    private var hashes: [UInt64] = []

    /// The number of `s`: that of the earlier text with the same bytes, or the next one.
    mutating func number(_ s: String) -> Int32 {
        let h = Text.wordHash(s)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let k = Int(slots[i])
            if k == 0 { break }
            if hashes[k - 1] == h, Text.sameBytes(texts[k - 1], s) { return Int32(k - 1) }
            i = (i + 1) & mask
        }
        texts.append(s)
        hashes.append(h)
        slots[i] = Int32(texts.count)
        if texts.count * 2 > slots.count { grow() }
        return Int32(texts.count - 1)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = HashSlots.rebuilt(hashes, size: size)
        mask = size - 1
    }
}
