import DeadlinedCore

/// Whether a duplicate id is a directive's or an item's: the two are told apart in messages.
enum IdKind {
    case directive, item
}

extension Array where Element == Diagnostic {
    /// Reports `id` given again at `at`: an error there that names the first place, and a
    /// note at the first place.
    mutating func appendDuplicate(_ kind: IdKind, _ id: String, at: SourceLocation, first: SourceLocation) {
        let where1 = "\(first.file):\(first.line):\(first.column)"
        switch kind {
        case .directive:
            append(Diagnostic(.error, at: at, "duplicate directive id '\(id)'; first defined at \(where1)"))
            append(Diagnostic(.note, at: first, "directive '\(id)' first defined here"))
        case .item:
            append(Diagnostic(.error, at: at, "duplicate id '\(id)'; first defined at \(where1)"))
            append(Diagnostic(.note, at: first, "'\(id)' first defined here"))
        }
    }
}
