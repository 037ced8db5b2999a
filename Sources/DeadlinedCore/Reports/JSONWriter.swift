/// A JSON string literal.
public func json(_ s: String) -> String {
    var w = JSONWriter(capacity: s.utf8.count + 2)
    w.string(s)
    return String(decoding: w.finish(), as: UTF8.self)
}

/// JSON text built as UTF-8 bytes, written through pointers into room reserved ahead: a
/// list's rows are a few dozen short pieces each, for which `Array.append(contentsOf:)`
/// costs more than the copy.
struct JSONWriter {
    /// The text is `storage[..<count]`; the bytes after it are room, never read.
    private var storage: [UInt8]
    private(set) var count = 0

    init(capacity: Int = 1 << 16) { storage = JSONWriter.room(Swift.max(capacity, 16)) }

    /// The text written, ending the writer's use.
    mutating func finish() -> [UInt8] {
        storage.removeLast(storage.count - count)
        let text = storage
        storage = []
        count = 0
        return text
    }

    /// `size` bytes whose values do not matter: they are written before `finish` hands
    /// them out, so they are not zeroed first.
    private static func room(_ size: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: size) { _, initialized in initialized = size }
    }

    /// Room for `n` more bytes: the text copied into twice the room (or more, for `n`).
    private mutating func grow(_ n: Int) {
        var larger = JSONWriter.room(Swift.max(storage.count * 2, count + n))
        let used = count
        larger.withUnsafeMutableBytes { to in
            storage.withUnsafeBytes { from in
                UnsafeMutableRawBufferPointer(rebasing: to[..<used]).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: from[..<used]))
            }
        }
        storage = larger
    }

    /// One byte.
    @inline(__always) mutating func byte(_ c: UInt8) {
        if count == storage.count { grow(1) }
        storage[count] = c
        count += 1
    }

    /// Bytes copied whole; short ones byte by byte, which costs less than a call to copy.
    @inline(__always) mutating func put(_ b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        if count + n > storage.count { grow(n) }
        let at = count
        storage.withUnsafeMutableBufferPointer { to in
            if n <= 8 {
                for k in 0..<n { to[at + k] = b[k] }
            } else {
                _ = UnsafeMutableBufferPointer(rebasing: to[at..<at + n]).update(fromContentsOf: b)
            }
        }
        count += n
    }

    @inline(__always) mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { put($0) }
    }

    /// `n` in decimal.
    mutating func int(_ n: Int) {
        if n < 0 { byte(0x2D) }
        var m = n.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { d in
            var k = d.count
            repeat {
                k -= 1
                d[k] = 0x30 + UInt8(m % 10)
                m /= 10
            } while m > 0
            for j in k..<d.count { byte(d[j]) }
        }
    }

    /// `s` as a JSON string literal: runs of plain bytes copied whole; `"`, `\\`, control
    /// characters (C0, DEL, C1), U+2028/2029 (which end a line in JavaScript) and the bidi
    /// embeddings, overrides and isolates escaped, so the JSON is safe to print on a terminal
    /// and parses back to the same text.
    mutating func string(_ s: String) {
        byte(0x22)
        body(s)
        byte(0x22)
    }

    /// `"s:line"`, as a source location is shown.
    mutating func string(_ s: String, line: Int) {
        byte(0x22)
        body(s)
        byte(0x3A)
        int(line)
        byte(0x22)
    }

    /// Whether a byte is copied as it is: all but control characters, `"`, `\\`, DEL, 0xC2
    /// (which starts the C1 controls) and 0xE2 (which starts U+2028, U+2029 and the bidi
    /// controls); the last two are looked at more closely.
    @inline(__always) static func plain(_ c: UInt8) -> Bool {
        c >= 0x20 && c != 0x22 && c != 0x5C && c != 0xE2 && c != 0x7F && c != 0xC2
    }

    /// Whether none of eight bytes needs a look (SWAR: a byte below 0x20, or equal to one of
    /// the five, sets its high bit in the test).
    @inline(__always) static func plain(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        func zero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & high }
        let below = (x &- 0x20 &* ones) & ~x & high
        return below | zero(x ^ (0x22 &* ones)) | zero(x ^ (0x5C &* ones)) | zero(x ^ (0xE2 &* ones))
            | zero(x ^ (0x7F &* ones))
            | zero(x ^ (0xC2 &* ones)) == 0
    }

    /// `\\uXXXX`, in lower-case hex.
    private mutating func unicodeEscape(_ v: UInt16) {
        let hex: StaticString = "0123456789abcdef"
        hex.withUTF8Buffer { h in
            byte(0x5C)
            byte(0x75)
            byte(h[Int(v >> 12)])
            byte(h[Int(v >> 8 & 15)])
            byte(h[Int(v >> 4 & 15)])
            byte(h[Int(v & 15)])
        }
    }

    private mutating func body(_ s: String) {
        if let done: Void = s.utf8.withContiguousStorageIfAvailable({ escaped($0) }) { return done }
        var copy = s
        copy.withUTF8 { escaped($0) }
    }

    // Long: one loop over the bytes, with every escape JSON needs written inline.
    private mutating func escaped(_ b: UnsafeBufferPointer<UInt8>) {
        var run = 0
        var i = 0
        let n = b.count
        @inline(__always) func copyRun() {
            if run < i { put(UnsafeBufferPointer(rebasing: b[run..<i])) }
        }
        let word = UnsafeRawBufferPointer(b)
        while i < n {
            // Runs of bytes that need no escape are skipped eight at a time.
            while i + 8 <= n, JSONWriter.plain(word.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
            }
            if i >= n { break }
            let c = b[i]
            if JSONWriter.plain(c) {
                i += 1
                continue
            }
            var escape: StaticString?
            var width = 1
            switch c {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0xE2 where i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9):
                escape = b[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                width = 3
            case 0xE2
            where i + 2 < n
                && ((b[i + 1] == 0x80 && (0xAA...0xAE).contains(b[i + 2]))
                    || (b[i + 1] == 0x81 && (0xA6...0xA9).contains(b[i + 2]))):
                // U+202A-U+202E, U+2066-U+2069: bidi controls.
                copyRun()
                unicodeEscape(0x2000 | UInt16(b[i + 1] & 0x3F) << 6 | UInt16(b[i + 2] & 0x3F))
                i += 3
                run = i
                continue
            case 0xC2 where i + 1 < n && b[i + 1] < 0xA0:
                // U+0080-U+009F: C1 controls.
                copyRun()
                unicodeEscape(UInt16(b[i + 1]))
                i += 2
                run = i
                continue
            default:
                if c < 0x20 || c == 0x7F {
                    copyRun()
                    unicodeEscape(UInt16(c))
                    i += 1
                    run = i
                    continue
                }
            }
            if let escape {
                copyRun()
                raw(escape)
                i += width
                run = i
            } else {
                i += 1
            }
        }
        copyRun()
    }
}
