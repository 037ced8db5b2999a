import Foundation

/// Output formats of `list` and `report`; `html` is `report`'s only (`Renderer.htmlReport`).
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, csv
    /// An Excel workbook (`Workbook`), written by DeadlinedSystem; as text, the table.
    case xlsx
    case html
}

/// Renders lists and reports as tables, JSON and CSV, from their rows alone: no I/O.
public struct Renderer: Sendable {
    public var zone: Zone
    public var words: Words
    /// Terminal width for tables; nil for no limit.
    public var width: Int?
    /// Whether the output goes to a terminal: CSV, faithful elsewhere, then has its control
    /// characters written out as tables always do.
    public var terminal = false
    /// Whether tables colour states (`Paint`): overdue red, due soon yellow, done green.
    public var colour = false
    /// The moment the output answers for, for progress (`--at`, else the present).
    public var now: Int64?

    public init(zone: Zone, language: Language, width: Int?) {
        self.zone = zone
        self.words = Words(language)
        self.width = width
    }
}

extension Renderer {
    /// A CSV field: the text as it is, but safe to print when the output is a terminal.
    func csvCell(_ s: String) -> String { csvField(terminal ? Invisible.forTerminal(s) : s) }
}

/// A CSV field, quoted when it holds a comma, a quote or a line break.
func csvField(_ s: String) -> String {
    // On scalars: "\r\n" is one Character, equal to neither "\r" nor "\n".
    if s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return s
}
