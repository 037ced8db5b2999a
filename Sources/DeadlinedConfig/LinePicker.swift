import Glibc

/// Picks the lines a rendering quotes out of a file's bytes as they stream past, chunk by
/// chunk, so the file is never held whole. Lines and their text are as `LineIndex` gives them:
/// breaks are LF, CR LF or a lone CR (a CR LF may be split between two chunks), a line's text
/// stops at its break, and after a final break there is one more, empty, line.
struct LinePicker {
    /// The lines asked for, ascending, each once.
    private let wanted: [Int]
    /// The first of `wanted` not found yet.
    private var next = 0
    /// The line the next byte fed belongs to.
    private var line = 1
    /// Whether the bytes of line `line` are being kept (it is wanted and has begun).
    private var collecting = false
    /// The bytes of the line being kept, from the chunks before the current one.
    private var partial: [UInt8] = []
    /// Whether the last byte fed was a CR: a LF right after it belongs to the same break.
    private var afterCR = false
    /// The text of each line found.
    private(set) var texts: [Int: String] = [:]

    /// `lines`: line numbers (1-based) in any order, repeats allowed; those below 1 are never
    /// found.
    init<S: Sequence<Int>>(_ lines: S) {
        // Sorted, then each repeat dropped: diagnostics come mostly in line order, which the
        // sort finds in one pass.
        var sorted = lines.filter { $0 >= 1 }
        sorted.sort()
        var kept = 0
        for i in sorted.indices where kept == 0 || sorted[kept - 1] != sorted[i] {
            sorted[kept] = sorted[i]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        wanted = sorted
    }

    /// Whether every line asked for has been found (so no more bytes need be fed).
    var done: Bool { next == wanted.count }

    /// Takes the next bytes of the file.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) {
        let n = chunk.count
        var i = 0
        if afterCR, n > 0 {
            afterCR = false
            if chunk[0] == 0x0A { i = 1 }
        }
        // Whether this chunk has a CR; without one, breaks are counted a word at a time.
        let lineFeedsOnly = chunk.baseAddress.map { memchr($0, 0x0D, n) == nil } ?? true
        while i < n, next < wanted.count {
            if collecting {
                let end = LineIndex.nextBreak(chunk, from: i)
                guard end < n else {
                    partial.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[i..<n]))
                    return
                }
                keep(UnsafeBufferPointer(rebasing: chunk[i..<end]))
                // The break is passed below, as any other.
                i = end
                if next == wanted.count { return }
            }
            let target = wanted[next]
            if line == target {
                collecting = true
                continue
            }
            if lineFeedsOnly {
                var left = target - line
                if let after = LineIndex.afterLineFeeds(chunk, from: i, left: &left) {
                    i = after
                    line = target
                } else {
                    line = target - left
                    i = n
                }
                continue
            }
            let brk = LineIndex.nextBreak(chunk, from: i)
            guard brk < n else { return }
            line += 1
            if chunk[brk] == 0x0A {
                i = brk + 1
            } else if brk + 1 < n {
                i = chunk[brk + 1] == 0x0A ? brk + 2 : brk + 1
            } else {
                afterCR = true
                i = n
            }
        }
    }

    /// Ends the file: a wanted last line without a break, or the empty line after a final
    /// break (or of an empty file), is found here. Lines past the end are not found.
    mutating func finish() {
        guard next < wanted.count, wanted[next] == line else { return }
        keep(UnsafeBufferPointer(start: nil, count: 0))
    }

    /// Records line `line`, collecting, as the bytes kept from earlier chunks and `tail`.
    private mutating func keep(_ tail: UnsafeBufferPointer<UInt8>) {
        if partial.isEmpty {
            texts[line] = String(decoding: tail, as: UTF8.self)
        } else {
            partial.append(contentsOf: tail)
            texts[line] = String(decoding: partial, as: UTF8.self)
            partial.removeAll(keepingCapacity: true)
        }
        collecting = false
        next += 1
    }
}
