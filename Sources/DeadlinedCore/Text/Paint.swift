/// A colour for text on a terminal, as an ANSI SGR sequence. Whether to use one at all is
/// decided by the shell (`Console.colours`: a terminal, NO_COLOR, TERM=dumb, `--color`).
public enum Paint: String, Sendable {
    case red = "31"
    case yellow = "33"
    case green = "32"
    case cyan = "36"

    /// `text` between the colour's sequence and the reset; an empty text stays empty, so no
    /// codes are left where nothing is shown.
    public func apply(_ text: String) -> String {
        text.isEmpty ? text : "\u{1B}[\(rawValue)m" + text + "\u{1B}[0m"
    }

    /// The colour of a diagnostic's severity: errors red, warnings yellow, notes cyan.
    public static func of(_ severity: Diagnostic.Severity) -> Paint {
        switch severity {
        case .error: return .red
        case .warning: return .yellow
        case .note: return .cyan
        }
    }

    /// The colour of an item's state in a list: overdue red, due soon yellow, done (on time
    /// or late) green; nil for the others.
    public static func of(_ state: ItemState) -> Paint? {
        if state == .overdue { return .red }
        if state == .dueSoon { return .yellow }
        if state == .doneOnTime || state == .doneLate { return .green }
        return nil
    }
}
