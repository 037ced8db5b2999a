/// Texts that many items repeat (agency names, owners, due dates as written) kept once: each
/// distinct text is one `String` whose storage every item holding it shares. A province's
/// 100,000 items name a few dozen agencies; without this each item held its own copy of the
/// name, read separately from the file (about 64 bytes of heap per item).
///
/// Texts are compared byte for byte, not by `==`: the loader's texts are NFC already, and
/// a text is never replaced by one with other bytes (an invisible character or a
/// decomposed letter keeps the text apart). Texts of at most 15 UTF-8 bytes are stored
/// inside the `String` itself on 64-bit platforms and come back unchanged.
public struct TextInterner: Sendable {
    /// Index into `texts` plus one; 0 is an empty slot. Open addressing, linear probing.
    private var slots: [Int32]
    private var mask: Int
    /// The distinct texts, and the hash of each.
    private var texts: [String] = []
    private var hashes: [UInt64] = []
    /// Distinct texts kept at most; past it, new texts come back unchanged (a file of
    /// unique texts gains nothing from a table of them).
    public let limit: Int

    /// The longest text a `String` holds without storage of its own (64-bit platforms).
    public static let inlineBytes = 15

    public init(limit: Int = 1 << 16) {
        slots = Array(repeating: 0, count: 64)
        mask = 63
        self.limit = limit
    }

    /// How many distinct texts are kept.
    public var count: Int { texts.count }

    /// `s`, or the earlier text with the same bytes.
    public mutating func intern(_ s: String) -> String {
        let n = s.utf8.count
        guard n > TextInterner.inlineBytes else { return s }
        let h = TextInterner.hash(s)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let k = Int(slots[i])
            if k == 0 { break }
            if hashes[k - 1] == h, Text.sameBytes(texts[k - 1], s) {
                return texts[k - 1]
            }
            i = (i + 1) & mask
        }
        guard texts.count < limit else { return s }
        texts.append(s)
        hashes.append(h)
        slots[i] = Int32(texts.count)
        if texts.count * 2 > slots.count { grow() }
        return s
    }

    /// The text kept with bytes `b`, if any: a reader of UTF-8 bytes finds a repeated text
    /// without making a `String` of them first. nil for texts of at most `inlineBytes`, which
    /// are never kept.
    public func interned(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        guard b.count > TextInterner.inlineBytes else { return nil }
        let h = Text.wordHash(b)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let k = Int(slots[i])
            if k == 0 { return nil }
            if hashes[k - 1] == h, Text.sameBytes(texts[k - 1], b) { return texts[k - 1] }
            i = (i + 1) & mask
        }
    }

    /// `Text.wordHash`: its low bits (the slot) depend on every byte.
    static func hash(_ s: String) -> UInt64 { Text.wordHash(s) }

    private mutating func grow() {
        let size = slots.count * 2
        slots = HashSlots.rebuilt(hashes, size: size)
        mask = size - 1
    }
}
