/// A problem found in a configuration, located to a file, line and column.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    /// nil for problems that belong to no file position (the file itself is missing, say):
    /// then `file` still names the path.
    public var location: SourceLocation?
    public var file: String
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.file = location.file
        self.message = Diagnostic.shorteningQuotes(message)
    }

    public init(_ severity: Severity, file: String, _ message: String) {
        self.severity = severity
        self.location = nil
        self.file = file
        self.message = Diagnostic.shorteningQuotes(message)
    }

    /// The longest text quoted between '...' in a message, in characters: a 60 MB value
    /// is shown by its start, not printed whole.
    public static let quoteLimit = 100

    /// Cuts every '...' span of a message longer than `quoteLimit` characters, and writes out
    /// invisible characters (`<U+200B>`) with a note naming them after the span that has them.
    static func shorteningQuotes(_ message: String) -> String {
        let invisible = Invisible.contains(message)
        guard invisible || message.utf8.count > quoteLimit else { return message }
        let parts = message.split(separator: "'", omittingEmptySubsequences: false)
        guard invisible || parts.contains(where: { $0.utf8.count > quoteLimit }) else { return message }
        var out = ""
        // A note follows the quote it is about; one about unquoted text ends the message.
        var note: String?, last: [String] = []
        for (i, part) in parts.enumerated() {
            if i > 0 { out += "'" }
            if let n = note { out += " (\(n))" }
            // Odd parts are inside quotes.
            let quoted = i % 2 == 1 && i < parts.count - 1
            let text = quoted ? Text.truncate(String(part), to: quoteLimit) : String(part)
            note = invisible ? Invisible.note(for: text) : nil
            if !quoted, let n = note {
                last.append(n)
                note = nil
            }
            out += invisible ? Invisible.revealed(text) : text
        }
        for n in last { out += " (\(n))" }
        return out
    }

    /// `path:line:column: error: message`, compiler style.
    public var description: String { description(in: .en) }

    /// The description in `language`: the severity word and the message (`MessageTable`);
    /// the path, line and column stay as they are. `colour`: the severity word in its colour.
    public func description(in language: Language, colour: Bool = false) -> String {
        let word = MessageTable.word(for: severity, in: language)
        let label = colour ? Paint.of(severity).apply(word) : word
        let text = MessageTable.render(message, in: language)
        if let l = location { return "\(l.file):\(l.line):\(l.column): \(label): \(text)" }
        return "\(file): \(label): \(text)"
    }

    /// The description with the severity's name in its colour (`Paint.of`).
    public var coloured: String { description(in: .en, colour: true) }

    /// The widest source line shown under a diagnostic, in characters; a longer one is shown
    /// as a window around the column, cut ends marked with "…".
    public static let lineLimit = 160

    /// The description in `language`, then the source line and a caret under the column;
    /// `colour`: the severity's name in its colour.
    public func rendered(
        sourceLine: (String, Int) -> String?, in language: Language = .en, colour: Bool = false
    ) -> String {
        let head = description(in: language, colour: colour)
        guard let l = location, let text = sourceLine(l.file, l.line) else { return head }
        // C1 controls and bidi overrides would act on the terminal: masked, one for one.
        let full = Invisible.masked(Text.oneLine(text))
        var line = full
        var column = l.column - 1
        let count = full.count
        if count > Diagnostic.lineLimit {
            let start = Swift.max(0, Swift.min(column - Diagnostic.lineLimit / 2, count - Diagnostic.lineLimit))
            let end = Swift.min(count, start + Diagnostic.lineLimit)
            let a = full.index(full.startIndex, offsetBy: start)
            let b = full.index(a, offsetBy: end - start)
            line = (start > 0 ? "…" : "") + full[a..<b] + (end < count ? "…" : "")
            if start > 0 { column = column - start + 1 }
        }
        var caret = ""
        for ch in line.prefix(Swift.max(column, 0)) {
            caret.append(ch == "\t" ? "\t" : " ")
        }
        return "\(head)\n\(line)\n\(caret)^"
    }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
