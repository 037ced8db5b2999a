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
        self.message = message
    }

    public init(_ severity: Severity, file: String, _ message: String) {
        self.severity = severity
        self.location = nil
        self.file = file
        self.message = message
    }

    /// `path:line:column: error: message`, compiler style.
    public var description: String {
        if let l = location { return "\(l.file):\(l.line):\(l.column): \(severity.rawValue): \(message)" }
        return "\(file): \(severity.rawValue): \(message)"
    }

    /// The description, then the source line and a caret under the column.
    public func rendered(sourceLine: (String, Int) -> String?) -> String {
        guard let l = location, let text = sourceLine(l.file, l.line) else { return description }
        let line = Text.oneLine(text)
        var caret = ""
        for (i, ch) in line.enumerated() where i < l.column - 1 {
            caret.append(ch == "\t" ? "\t" : " ")
        }
        return "\(description)\n\(line)\n\(caret)^"
    }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
