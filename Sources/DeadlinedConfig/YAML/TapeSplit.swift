import DeadlinedCore

/// Where one large file can be parsed in pieces: its top-level `directives:` list, cut between
/// list items. Found by scanning lines only; whatever the scan cannot vouch for (a document
/// marker or directive at column 0, a `directives:` line with more on it, a list that does not
/// start on the next line) means no plan, and the file is parsed whole.
struct TapeSplitPlan: Equatable {
    /// Byte ranges parsed on their own, in file order: the head (from the top of the file
    /// into the list), the pieces of the list, and the rest of the file after the list when
    /// there is any (`hasTail`).
    var pieces: [Range<Int>]
    /// Items of the list starting in each piece (the tail's count is 0).
    var items: [Int]
    var hasTail: Bool
    /// The column (0-based) of the list's dashes.
    var indent: Int
    /// Line feeds in the whole file.
    var lines: Int

    /// About the line feeds in piece `i`, to reserve its tape by (`YAMLTape.Builder.reserve`)
    /// without counting them again: its share of the file's lines by bytes, an eighth more.
    /// A piece of shorter lines than the file's grows its node array, nothing worse.
    func lineEstimate(_ i: Int) -> Int {
        let total = pieces.last?.upperBound ?? 0
        guard total > 0 else { return 16 }
        return lines * pieces[i].count / total * 9 / 8 + 64
    }

    /// Cuts `buf` into about `parts` pieces of about the same size, or nil when it cannot.
    static func find(_ buf: UnsafeBufferPointer<UInt8>, parts: Int) -> TapeSplitPlan? {
        guard parts > 1 else { return nil }
        let n = buf.count
        var listStart: Int?, listEnd: Int?
        var indent = 0
        var starts: [Int] = []
        var sawKey = false
        var lines = 0
        var p = 0
        while p < n {
            let lineEnd = Self.lineEnd(buf, from: p)
            let c = buf[p]
            if c == UInt8(ascii: "%") || Self.marker(buf, at: p, lineEnd: lineEnd) { return nil }
            if listEnd == nil {
                if listStart != nil {
                    // In the list: an item at its column, or its end at the first line with
                    // text at column 0 that is neither an item nor a comment.
                    if Self.item(buf, at: p, indent: indent) {
                        starts.append(p)
                    } else if c != UInt8(ascii: " "), c != UInt8(ascii: "#"), c != 0x0A, c != 0x0D {
                        listEnd = p
                    }
                } else if sawKey {
                    // The first line with text that is not a comment starts the list.
                    if let k = Self.firstText(buf, from: p, to: lineEnd), buf[k] != UInt8(ascii: "#") {
                        indent = k - p
                        guard Self.item(buf, at: p, indent: indent) else { return nil }
                        listStart = p
                        starts.append(p)
                    }
                } else if Self.directivesKey(buf, at: p, lineEnd: lineEnd) {
                    sawKey = true
                }
            }
            if lineEnd < n { lines += 1 }
            p = lineEnd + 1
        }
        guard let first = listStart, starts.count > 1 else { return nil }
        let end = listEnd ?? n
        // Cuts at the item starts nearest to equal shares of the file, each after the last.
        var cuts: [Int] = []
        for j in 1..<parts {
            let want = n / parts * j
            guard let s = starts.first(where: { $0 >= want && $0 > (cuts.last ?? first) }) else { break }
            if s < end { cuts.append(s) }
        }
        guard !cuts.isEmpty else { return nil }
        var pieces: [Range<Int>] = []
        var from = 0
        for c in cuts + [end] {
            pieces.append(from..<c)
            from = c
        }
        var items = pieces.map { r in starts.count { r.contains($0) } }
        let hasTail = end < n
        if hasTail {
            pieces.append(end..<n)
            items.append(0)
        }
        return TapeSplitPlan(pieces: pieces, items: items, hasTail: hasTail, indent: indent, lines: lines)
    }

    /// The index of the line feed ending the line at `p`, or the end of the buffer. Reads
    /// eight bytes at a time: the plan reads every line of a large file, and a byte-wise loop
    /// costs a few per cent of loading it.
    static func lineEnd(_ buf: UnsafeBufferPointer<UInt8>, from p: Int) -> Int {
        guard let base = buf.baseAddress else { return p }
        let raw = UnsafeRawPointer(base), n = buf.count
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var i = p
        while i + 8 <= n {
            // Line feeds become zero bytes, and a zero byte sets the top bit of its byte in
            // `zero`, with no carry between bytes (see `YAMLTape.lineCount`); read as a
            // little-endian number, the lowest set bit is the first line feed.
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let w = word ^ 0x0A0A_0A0A_0A0A_0A0A
            let zero = ~(((w & low) &+ low) | w | low)
            if zero != 0 { return i + zero.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < n, base[i] != 0x0A { i += 1 }
        return i
    }

    /// `---` or `...` at the start of a line: a document starts or ends.
    private static func marker(_ buf: UnsafeBufferPointer<UInt8>, at p: Int, lineEnd: Int) -> Bool {
        guard lineEnd - p >= 3 else { return false }
        let c = buf[p]
        return (c == UInt8(ascii: "-") || c == UInt8(ascii: ".")) && buf[p + 1] == c && buf[p + 2] == c
    }

    /// `indent` spaces, then `- ` and text: an item of a block list at that column.
    private static func item(_ buf: UnsafeBufferPointer<UInt8>, at p: Int, indent: Int) -> Bool {
        let dash = p + indent
        guard dash + 2 < buf.count else { return false }
        for i in p..<dash where buf[i] != UInt8(ascii: " ") { return false }
        let after = buf[dash + 2]
        return buf[dash] == UInt8(ascii: "-") && buf[dash + 1] == UInt8(ascii: " ") && after != UInt8(ascii: " ")
            && after != 0x0A && after != 0x0D && after != UInt8(ascii: "#")
    }

    /// The first byte that is not a space in `p ..< end`, if any.
    private static func firstText(_ buf: UnsafeBufferPointer<UInt8>, from p: Int, to end: Int) -> Int? {
        var i = p
        while i < end, buf[i] == UInt8(ascii: " ") { i += 1 }
        return i < end && buf[i] != 0x0D ? i : nil
    }

    /// `directives:` at column 0, followed by nothing but spaces up to the line's end.
    private static func directivesKey(_ buf: UnsafeBufferPointer<UInt8>, at p: Int, lineEnd: Int) -> Bool {
        let key = Array("directives:".utf8)
        guard lineEnd - p >= key.count else { return false }
        for (i, b) in key.enumerated() where buf[p + i] != b { return false }
        for i in (p + key.count)..<lineEnd where buf[i] != UInt8(ascii: " ") { return false }
        return true
    }
}
