import Foundation

extension Text {
    /// Whether two texts are the same UTF-8 bytes. Unlike `==`, which compares canonical
    /// equivalents equal, this tells `é` precomposed from `e` and a combining accent; it is
    /// also much faster on non-ASCII text, where `==` works through normalization.
    public static func sameBytes(_ a: String, _ b: String) -> Bool {
        let n = a.utf8.count
        guard b.utf8.count == n else { return false }
        let viaMemory = a.utf8.withContiguousStorageIfAvailable { pa in
            b.utf8.withContiguousStorageIfAvailable { pb -> Bool in
                guard n > 0, let x = pa.baseAddress, let y = pb.baseAddress else { return true }
                return x == y || memcmp(x, y, n) == 0
            }
        }
        if let viaMemory, let same = viaMemory { return same }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// Whether a text is the UTF-8 bytes `b`.
    public static func sameBytes(_ a: String, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard a.utf8.count == n else { return false }
        let viaMemory = a.utf8.withContiguousStorageIfAvailable { pa -> Bool in
            guard n > 0, let x = pa.baseAddress, let y = b.baseAddress else { return true }
            return memcmp(x, y, n) == 0
        }
        return viaMemory ?? a.utf8.elementsEqual(b)
    }
}
