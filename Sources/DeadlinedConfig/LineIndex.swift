import Glibc

/// Finds lines of a file by number for quoting under diagnostics, reading the bytes only as
/// far as the lines asked for. Line breaks are those libyaml counts: LF, CR LF, or a lone CR
/// (old Mac files).
///
/// Diagnostics come mostly in file order, so a cursor moves forward from the last line found;
/// the start of every 64th line passed is kept, so a line behind the cursor (a duplicate's
/// "first given" note) is reached from the mark before it, at most 63 lines on.
struct LineIndex {
    let bytes: [UInt8]
    /// `marks[j]`: where line `64 * j + 1` starts, for every such line passed so far.
    private var marks: [Int] = [0]
    /// A line whose start is known, and that start.
    private var line = 1
    private var offset = 0
    /// Whether the bytes hold no CR, so every break is one LF; nil until first asked.
    private var lineFeedsOnly: Bool?

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Line `n` (1-based) without its line break; nil past the last line. After a final line
    /// break there is one more, empty, line.
    mutating func text(ofLine n: Int) -> String? {
        guard let start = start(ofLine: n) else { return nil }
        return bytes.withUnsafeBufferPointer { b in
            let end = LineIndex.nextBreak(b, from: start)
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        }
    }

    /// Where line `n` starts.
    mutating func start(ofLine n: Int) -> Int? {
        guard n >= 1 else { return nil }
        let j = Swift.min((n - 1) >> 6, marks.count - 1)
        let markLine = 64 * j + 1
        if line > n || line < markLine {
            line = markLine
            offset = marks[j]
        }
        if lineFeedsOnly == nil {
            lineFeedsOnly = bytes.withUnsafeBytes { b in
                b.baseAddress.map { memchr($0, 0x0D, b.count) == nil } ?? true
            }
        }
        return bytes.withUnsafeBufferPointer { b -> Int? in
            if lineFeedsOnly == true {
                // Breaks are counted a word at a time, stopping at each marked line.
                while line < n {
                    let stop = Swift.min(n, ((line - 1) >> 6 + 1) << 6 + 1)
                    guard let after = LineIndex.afterLineFeeds(b, from: offset, count: stop - line) else { return nil }
                    offset = after
                    line = stop
                    if (line - 1) & 63 == 0, (line - 1) >> 6 == marks.count { marks.append(offset) }
                }
                return offset
            }
            while line < n {
                let brk = LineIndex.nextBreak(b, from: offset)
                guard brk < b.count else { return nil }
                // A CR followed by LF ends its line at the LF.
                offset = b[brk] == 0x0D && brk + 1 < b.count && b[brk + 1] == 0x0A ? brk + 2 : brk + 1
                line += 1
                if (line - 1) & 63 == 0, (line - 1) >> 6 == marks.count { marks.append(offset) }
            }
            return offset
        }
    }

    /// Where the byte after the `count`th LF at or after `from` is, or nil when there are
    /// fewer: thirty-two bytes at a time while the count is short, then eight, each word's
    /// LFs counted at once rather than found one by one.
    static func afterLineFeeds(_ b: UnsafeBufferPointer<UInt8>, from: Int, count: Int) -> Int? {
        var left = count
        return afterLineFeeds(b, from: from, left: &left)
    }

    /// `afterLineFeeds(_:from:count:)` counting down `left`: when the bytes hold fewer LFs,
    /// nil, with `left` lessened by the LFs they hold (for bytes that come in chunks).
    static func afterLineFeeds(_ b: UnsafeBufferPointer<UInt8>, from: Int, left: inout Int) -> Int? {
        guard left > 0 else { return from }
        guard let base = b.baseAddress else { return nil }
        var i = from
        let n = b.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // Bit 0 of exactly each byte of the word at `at` that is an LF (no borrow runs from one
        // byte into the next, unlike the test in `nextBreak`).
        func lineFeeds(_ at: Int) -> UInt64 {
            let x = UInt64(littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self)) ^ (ones &* 0x0A)
            return ~(((x & low7) &+ low7) | x | low7) >> 7
        }
        // Bytes of 0 to 8 summed into the top byte by one multiply (a popcount instruction
        // is not in the baseline x86-64 the build targets).
        func total(_ flags: UInt64) -> Int { Int(truncatingIfNeeded: (flags &* ones) >> 56) }
        // Four words at a time while the count stays short of the one asked for.
        while i + 32 <= n {
            let here = total(lineFeeds(i) &+ lineFeeds(i + 8) &+ lineFeeds(i + 16) &+ lineFeeds(i + 24))
            if here >= left { break }
            left -= here
            i += 32
        }
        while i + 8 <= n {
            var found = lineFeeds(i)
            let here = total(found)
            if here >= left {
                for _ in 1..<left { found &= found &- 1 }
                return i + found.trailingZeroBitCount >> 3 + 1
            }
            left -= here
            i += 8
        }
        while i < n {
            if b[i] == 0x0A {
                left -= 1
                if left == 0 { return i + 1 }
            }
            i += 1
        }
        return nil
    }

    /// The first LF or CR at or after `from`, or the end of the bytes: eight bytes at a time,
    /// since a big file's warnings make this pass over most of it.
    static func nextBreak(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var i = from
        let n = b.count
        guard let base = b.baseAddress else { return n }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= n {
            let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            let lf = w ^ (ones &* 0x0A)
            let cr = w ^ (ones &* 0x0D)
            // A byte of `lf` or `cr` that is zero marks a break (the classic zero-byte test;
            // its lowest flagged byte is exact).
            let found = ((lf &- ones) & ~lf & highs) | ((cr &- ones) & ~cr & highs)
            if found != 0 { return i + found.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < n, b[i] != 0x0A, b[i] != 0x0D { i += 1 }
        return i
    }
}
