/// Reads a ledger fed in chunks of any size, so a damaged state file of any length costs
/// time in proportion to it and memory bounded by `maxLine` and `maxEntries`, never the
/// file's size. Pure: the shell reads the bytes.
public struct LedgerReader: Sendable {
    /// Longest line kept; a longer one is skipped as damaged without being buffered.
    public static let maxLine = 64 << 10

    enum Header { case pending, v1, v2, invalid }

    let maxEntries: Int
    var header = Header.pending
    var ledger = Ledger()
    /// The start of a line that continues in the next chunk.
    var partial: [UInt8] = []
    /// Inside a line already longer than `maxLine`: skip to its end.
    var skipping = false
    var sawBytes = false
    var sawEnd = false
    var damaged = 0
    var tooLong = 0
    var overLimit = 0

    /// `maxEntries`: records kept at most; lines past it are counted as damage.
    public init(maxEntries: Int = Int.max) { self.maxEntries = maxEntries }

    /// False once the header shows the file is not a ledger: the rest need not be read.
    public var wantsMore: Bool { header != .invalid }

    /// Takes the next bytes of the file.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer) {
        let bytes = chunk.bindMemory(to: UInt8.self)
        guard !bytes.isEmpty, wantsMore else { return }
        sawBytes = true
        var start = 0
        while start < bytes.count {
            guard let nl = Self.newline(in: bytes, from: start) else {
                keepPartial(UnsafeBufferPointer(rebasing: bytes[start...]))
                return
            }
            if skipping {
                skipping = false
                lineTooLong()
            } else if partial.isEmpty {
                if nl - start > Self.maxLine {
                    lineTooLong()
                } else {
                    line(UnsafeBufferPointer(rebasing: bytes[start..<nl]))
                }
            } else if partial.count + (nl - start) > Self.maxLine {
                partial.removeAll()
                lineTooLong()
            } else {
                partial.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<nl]))
                let whole = partial
                partial.removeAll(keepingCapacity: true)
                whole.withUnsafeBufferPointer { line($0) }
            }
            start = nl + 1
            if !wantsMore { return }
        }
    }

    static func newline(in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = from
        while i < b.count {
            if b[i] == 10 { return i }
            i += 1
        }
        return nil
    }

    mutating func keepPartial(_ rest: UnsafeBufferPointer<UInt8>) {
        if skipping { return }
        if partial.count + rest.count > Self.maxLine {
            partial.removeAll()
            // A header this long is no header: nothing more need be read.
            if header == .pending { header = .invalid } else { skipping = true }
        } else {
            partial.append(contentsOf: rest)
        }
    }

    mutating func lineTooLong() {
        if header == .pending { header = .invalid } else { tooLong += 1 }
    }

    /// The ledger read and at most one problem that sums up the damage.
    public func finish() -> (Ledger, problems: [String]) {
        switch header {
        case .pending:
            return (Ledger(), [sawBytes ? "the ledger has no valid header; starting afresh" : "the ledger is empty"])
        case .invalid:
            return (Ledger(), ["the ledger has no valid header; starting afresh"])
        case .v1, .v2:
            break
        }
        // Every line is written with its newline: a last line without one was cut short, and
        // may look valid with a truncated number. It is counted as damaged.
        let cut = !partial.isEmpty || skipping
        let bad = damaged + (cut && !skipping ? 1 : 0)
        let long = tooLong + (skipping ? 1 : 0)
        var parts: [String] = []
        if bad + long > 0 {
            let n = bad + long
            parts.append(
                "\(n) damaged ledger line\(n == 1 ? "" : "s") skipped"
                    + (long > 0 ? " (\(long) longer than \(Self.maxLine / 1024) KiB)" : ""))
        }
        if overLimit > 0 {
            parts.append("\(overLimit) record\(overLimit == 1 ? "" : "s") past the limit of \(maxEntries) ignored")
        }
        if !sawEnd { parts.append("the ledger was cut short (no end marker)") }
        guard !parts.isEmpty else { return (ledger, []) }
        let kept = ledger.entries.count + ledger.vanished.count
        return (ledger, [parts.joined(separator: "; ") + "; keeping the \(kept) record\(kept == 1 ? "" : "s") read"])
    }

    /// Reads one line of the ledger: the header, an `@` marker or a record.
    // Long because each record's fields are taken in one pass over its bytes.
    mutating func line(_ b: UnsafeBufferPointer<UInt8>) {
        if header == .pending {
            let text = String(decoding: b, as: UTF8.self)
            header = text == Ledger.header ? .v2 : text == Ledger.headerV1 ? .v1 : .invalid
            return
        }
        // The first five tabs: a record has four or five fields; six or more is damage.
        var tabs: (Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0)
        var n = 1
        for i in b.indices where b[i] == 9 {
            switch n {
            case 1: tabs.0 = i
            case 2: tabs.1 = i
            case 3: tabs.2 = i
            case 4: tabs.3 = i
            case 5: tabs.4 = i
            default: break
            }
            n += 1
            if n == 6 { break }
        }
        func tab(_ k: Int) -> Int {
            switch k {
            case 0: return tabs.0
            case 1: return tabs.1
            case 2: return tabs.2
            case 3: return tabs.3
            default: return tabs.4
            }
        }
        // Field k of n; only called for k < n.
        func field(_ k: Int) -> UnsafeBufferPointer<UInt8> {
            let start = k == 0 ? 0 : tab(k - 1) + 1
            let end = k == n - 1 ? b.count : tab(k)
            return UnsafeBufferPointer(rebasing: b[start..<end])
        }
        // Two fields: an item whose id is "@end" has four or five.
        if n == 2 {
            let name = field(0)
            if name.elementsEqual("@end".utf8) {
                sawEnd = true
                return
            }
            if name.elementsEqual("@digest".utf8), let v = Self.int(field(1)) {
                ledger.lastDigest = v
                return
            }
        }
        // `@progress`, id, last behind checkpoint, reached (0 or 1): four fields.
        if n == 4, field(0).elementsEqual("@progress".utf8), !field(1).isEmpty,
            case .some(let behind) = Self.optionalInt(field(2)), let reached = Self.int(field(3)),
            reached == 0 || reached == 1
        {
            ledger.progress[String(decoding: field(1), as: UTF8.self)] = ProgressRecord(
                lastBehind: behind, reached: reached == 1)
            return
        }
        let expected = header == .v1 ? 4 : 5
        guard n == expected, !field(0).isEmpty, let due = Self.int(field(1)),
            case .some(let r) = Self.optionalInt(field(2)), case .some(let s) = Self.optionalInt(field(3))
        else {
            damaged += 1
            return
        }
        var missing: Int64?
        if expected == 5 {
            guard case .some(let m) = Self.optionalInt(field(4)) else {
                damaged += 1
                return
            }
            missing = m
        }
        let id = String(decoding: field(0), as: UTF8.self)
        let entry = LedgerEntry(due: due, lastReminder: r, lastSlot: s, missingSince: missing)
        if ledger.entries[id] == nil, ledger.vanished[id] == nil,
            ledger.entries.count + ledger.vanished.count >= maxEntries
        {
            overLimit += 1
            return
        }
        if missing == nil {
            ledger.vanished[id] = nil
            ledger.entries[id] = entry
        } else {
            ledger.entries[id] = nil
            ledger.vanished[id] = entry
        }
    }

    /// `-` for none; `.none` for a malformed field.
    static func optionalInt(_ b: UnsafeBufferPointer<UInt8>) -> Int64?? {
        if b.count == 1, b[0] == UInt8(ascii: "-") { return .some(nil) }
        guard let v = int(b) else { return .none }
        return .some(v)
    }

    /// A decimal Int64 as `Int64(String)` reads it: an optional sign, then digits only.
    static func int(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        var i = 0
        var negative = false
        if let first = b.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            i = 1
        }
        guard i < b.count else { return nil }
        // Accumulated as a negative number, which reaches Int64.min.
        var v: Int64 = 0
        while i < b.count {
            let d = Int64(b[i]) - 48
            guard d >= 0, d <= 9 else { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.subtractingReportingOverflow(d)
            if o1 || o2 { return nil }
            v = s
            i += 1
        }
        if negative { return v }
        return v == Int64.min ? nil : -v
    }
}
