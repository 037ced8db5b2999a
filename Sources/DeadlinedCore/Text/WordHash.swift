extension Text {
    /// A hash of a text's UTF-8 bytes taken eight at a time, for tables kept in memory only
    /// (the interner's, the agency spellings'), where FNV-1a's byte at a time cost as much as
    /// the look-up itself. Nothing stores it, so it may change; equal bytes hash equal
    /// wherever the String keeps them.
    public static func wordHash(_ s: String) -> UInt64 {
        s.utf8.withContiguousStorageIfAvailable(wordHash) ?? Array(s.utf8).withUnsafeBufferPointer(wordHash)
    }

    static func wordHash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(b.count) &* k
        var i = 0
        if let base = b.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= b.count {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                h = (h ^ w) &* k
                h ^= h >> 29
                i += 8
            }
        }
        // The last one to seven bytes, as one word.
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < b.count {
            tail |= UInt64(b[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* k
        h ^= h >> 32
        h &*= 0xD6E8_FEB8_6659_FD93
        h ^= h >> 32
        return h
    }
}
