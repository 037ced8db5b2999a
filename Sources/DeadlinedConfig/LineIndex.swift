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
        return bytes.withUnsafeBufferPointer { b -> Int? in
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
