/// The keys a mapping allows, with what it takes to match a key's bytes quickly: its length
/// and first sixteen bytes as two words (this runs once per key of a large config).
struct KeyTable: ExpressibleByArrayLiteral, Sendable {
    let words: [String]
    private let prints: [(length: Int, a: UInt64, b: UInt64)]
    private let bytes: [[UInt8]]

    init(_ words: [String]) {
        self.words = words
        bytes = words.map { Array($0.utf8) }
        prints = bytes.map { b in b.withUnsafeBufferPointer { p in KeyTable.print(p) } }
    }

    init(arrayLiteral words: String...) { self.init(words) }

    /// Bytes 0-7 and 8-15 of `b` as two words, zero past its end: shifted in one by one, as
    /// a copy into the words became a call to memmove per key, for a few bytes each.
    static func print(_ b: UnsafeBufferPointer<UInt8>) -> (length: Int, a: UInt64, b: UInt64) {
        var a: UInt64 = 0, c: UInt64 = 0
        for k in 0..<Swift.min(8, b.count) { a |= UInt64(b[k]) << UInt64(8 * k) }
        if b.count > 8 {
            for k in 8..<Swift.min(16, b.count) { c |= UInt64(b[k]) << UInt64(8 * (k - 8)) }
        }
        return (b.count, a, c)
    }

    /// The place in `words` of the key whose bytes these are.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let p = KeyTable.print(key)
        for k in prints.indices where prints[k].length == p.length && prints[k].a == p.a && prints[k].b == p.b {
            if p.length <= 16 || bytes[k][16...].elementsEqual(key[16...]) { return k }
        }
        return nil
    }
}
