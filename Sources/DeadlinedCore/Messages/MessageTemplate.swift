/// A `MessageEntry` made ready for matching: the English text cut at its placeholders, and
/// the Vietnamese as text and slots.
struct Template: Sendable {
    enum Part: Sendable {
        case text([UInt8])
        case slot(Int)
    }

    /// The English literals around the placeholders: one more than there are placeholders.
    let literals: [[UInt8]]
    /// The placeholder number (0-based) of each gap between literals.
    let slots: [Int]
    /// Whether placeholder n stands between quotes ('{1}') or is written `{=1}` (a line of
    /// the file quoted at the end of a hint): a value as written, never translated.
    let quoted: [Bool]
    let output: [Part]

    /// nil for an entry that is only a placeholder, which would match any message.
    init?(_ entry: MessageEntry) {
        let en = Template.parts(Array(entry.english.utf8))
        var literals: [[UInt8]] = [[]], slots: [Int] = []
        for p in en {
            switch p {
            case .text(let b): literals[literals.count - 1] += b
            case .slot(let n):
                slots.append(n)
                literals.append([])
            }
        }
        guard literals.contains(where: { !$0.isEmpty }) else { return nil }
        let count = (slots.max() ?? -1) + 1
        var quoted = [Bool](repeating: false, count: count)
        for (i, n) in slots.enumerated() { quoted[n] = literals[i].last == 0x27 && literals[i + 1].first == 0x27 }
        for n in Template.verbatim(Array(entry.english.utf8)) where n < count { quoted[n] = true }
        self.literals = literals
        self.slots = slots
        self.quoted = quoted
        self.output = Template.parts(Array(entry.vietnamese.utf8))
    }

    /// Text cut at `{n}` or `{=n}` (n from 1), numbered from 0; other braces are text.
    static func parts(_ s: [UInt8]) -> [Part] {
        var out: [Part] = [], text: [UInt8] = [], i = 0
        while i < s.count {
            if let (n, length) = placeholder(s, at: i) {
                if !text.isEmpty { out.append(.text(text)) }
                text = []
                out.append(.slot(n))
                i += length
                continue
            }
            text.append(s[i])
            i += 1
        }
        if !text.isEmpty { out.append(.text(text)) }
        return out
    }

    /// The placeholder (0-based) at `i` and its length in bytes: `{n}`, or `{=n}`.
    static func placeholder(_ s: [UInt8], at i: Int) -> (Int, Int)? {
        guard s[i] == 0x7B else { return nil }
        let d = i + 1 < s.count && s[i + 1] == 0x3D ? i + 2 : i + 1
        guard d + 1 < s.count, (0x31...0x39).contains(s[d]), s[d + 1] == 0x7D else { return nil }
        return (Int(s[d] - 0x31), d + 2 - i)
    }

    /// The placeholders written `{=n}`.
    static func verbatim(_ s: [UInt8]) -> Set<Int> {
        var out = Set<Int>()
        for i in s.indices where s[i] == 0x7B {
            if let (n, length) = placeholder(s, at: i), length == 4 { out.insert(n) }
        }
        return out
    }

    /// The text each placeholder stands for in `message`, or nil when the message is not
    /// this one. Literals are found left to right; a later failure tries the next place.
    func match(_ m: [UInt8]) -> [[UInt8]]? {
        let head = literals[0], tail = literals[literals.count - 1]
        guard m.count >= head.count, m.starts(with: head) else { return nil }
        if slots.isEmpty { return m.count == head.count ? [] : nil }
        guard m.count >= head.count + tail.count, m.suffix(tail.count).elementsEqual(tail) else { return nil }
        var captures = [[UInt8]](repeating: [], count: quoted.count)
        return fill(m, gap: 0, from: head.count, end: m.count - tail.count, &captures) ? captures : nil
    }

    /// Matches gaps from `gap` on, the message's text starting at `from`; `end` is where the
    /// last literal starts.
    private func fill(_ m: [UInt8], gap: Int, from: Int, end: Int, _ captures: inout [[UInt8]]) -> Bool {
        if gap == slots.count - 1 {
            guard from <= end else { return false }
            return store(Array(m[from..<end]), gap, &captures)
        }
        let next = literals[gap + 1]
        var at = from
        while at + next.count <= end {
            if m[at..<at + next.count].elementsEqual(next) {
                var saved = captures
                if store(Array(m[from..<at]), gap, &saved),
                    fill(m, gap: gap + 1, from: at + next.count, end: end, &saved)
                {
                    captures = saved
                    return true
                }
            }
            at += 1
        }
        return false
    }

    /// A placeholder used twice must stand for the same text both times.
    private func store(_ value: [UInt8], _ gap: Int, _ captures: inout [[UInt8]]) -> Bool {
        let n = slots[gap]
        if slots[..<gap].contains(n) { return captures[n] == value }
        captures[n] = value
        return true
    }
}
