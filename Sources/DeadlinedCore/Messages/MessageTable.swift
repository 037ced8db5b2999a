/// One message in both languages: the English text as the code writes it, with `{1}`, `{2}`...
/// standing for its variable parts (in order of appearance), and the Vietnamese text, which
/// may place them in any order.
public struct MessageEntry: Sendable {
    public let english: String
    public let vietnamese: String

    public init(_ english: String, _ vietnamese: String) {
        self.english = english
        self.vietnamese = vietnamese
    }
}

/// Renders messages written in English (diagnostics, command messages) in the user's
/// language. English is the canonical form: the code keeps writing English, and the table
/// (`MessageTable.entries`, gathered from the `Messages+*.swift` files by area) says how each
/// message reads in Vietnamese.
///
/// Adding a message: add `MessageEntry("english with {1}", "tiếng Việt với {1}")` to the
/// area's list. The completeness test finds every literal given to the diagnostic
/// constructors and to the commands' message functions, so an English message without its
/// Vietnamese fails the tests.
public enum MessageTable {
    /// Every entry, all areas.
    public static let entries: [MessageEntry] =
        configEntries + settingsEntries + grammarEntries + loadEntries + yamlEntries + yamlHintEntries
        + cliEntries

    /// The text in `language`: Vietnamese when the table has the message, else as given.
    public static func render(_ english: String, in language: Language) -> String {
        guard language == .vi else { return english }
        return vietnamese(english) ?? english
    }

    /// The Vietnamese of an English message, or nil when no entry matches it. A line of a
    /// command starting with "deadlined: " keeps that prefix.
    public static func vietnamese(_ english: String) -> String? {
        let prefix = "deadlined: "
        if english.hasPrefix(prefix) {
            return vietnamese(String(english.dropFirst(prefix.count))).map { prefix + $0 }
        }
        return translate(Array(english.utf8), depth: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Severity words as compilers print them.
    public static func word(for severity: Diagnostic.Severity, in language: Language) -> String {
        guard language == .vi else { return severity.rawValue }
        switch severity {
        case .error: return "lỗi"
        case .warning: return "cảnh báo"
        case .note: return "ghi chú"
        }
    }

    /// Parts of a message that are other messages (a reason after a colon) are translated
    /// too, up to this depth.
    static let maxDepth = 6

    static let compiled: [Template] = entries.compactMap(Template.init)
    /// Templates by the first byte of their text; those starting with a placeholder under 0.
    static let buckets: [UInt8: [Int]] = {
        var b: [UInt8: [Int]] = [:]
        for (i, t) in compiled.enumerated() { b[t.literals[0].first ?? 0, default: []].append(i) }
        return b
    }()

    static func translate(_ message: [UInt8], depth: Int) -> [UInt8]? {
        let first = message.first ?? 0
        let candidates = (buckets[first] ?? []) + (first == 0 ? [] : buckets[0] ?? [])
        for i in candidates {
            let t = compiled[i]
            if let captures = t.match(message), let out = fill(t, captures, depth: depth) { return out }
        }
        return nil
    }

    /// The Vietnamese of a matched template; nil when a part left unquoted is English that no
    /// entry translates (Vietnamese around an English clause is no rendering).
    static func fill(_ t: Template, _ captures: [[UInt8]], depth: Int) -> [UInt8]? {
        var out: [UInt8] = []
        for part in t.output {
            switch part {
            case .text(let bytes): out += bytes
            case .slot(let n):
                let c = captures[n]
                if t.quoted[n] {
                    out += c
                } else if depth < maxDepth, let inner = translate(c, depth: depth + 1) {
                    out += inner
                } else if isEnglishText(c) {
                    return nil
                } else {
                    out += c
                }
            }
        }
        return out
    }

    /// Whether a part of a message is English words (two lowercase ASCII words in a row), not
    /// a value such as a date, a number, a path or a name in Vietnamese.
    static func isEnglishText(_ s: [UInt8]) -> Bool {
        func isLetter(_ b: UInt8) -> Bool { (0x61...0x7A).contains(b) || (0x41...0x5A).contains(b) || b >= 0x80 }
        var previousWasWord = false, i = 0
        while i < s.count {
            guard isLetter(s[i]) else {
                // Only a single space keeps two words together.
                if !(s[i] == 0x20 && previousWasWord && i + 1 < s.count && isLetter(s[i + 1])) {
                    previousWasWord = false
                }
                i += 1
                continue
            }
            var j = i
            while j < s.count, isLetter(s[j]) { j += 1 }
            let word = s[i..<j].allSatisfy { (0x61...0x7A).contains($0) } && j - i >= 2
            if word && previousWasWord { return true }
            previousWasWord = word
            i = j
        }
        return false
    }
}
