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

    static func print(_ b: UnsafeBufferPointer<UInt8>) -> (length: Int, a: UInt64, b: UInt64) {
        var words = (UInt64(0), UInt64(0))
        withUnsafeMutableBytes(of: &words) { w in
            for k in 0..<Swift.min(16, b.count) { w[k] = b[k] }
        }
        return (b.count, words.0, words.1)
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
