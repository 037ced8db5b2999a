/// The words deadlined prints, in the configured language (Vietnamese or English).
public struct Words: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }

    /// The state as `list`, `report` and alerts name it (see `Glossary`).
    public func state(_ s: ItemState) -> String { term(Glossary.state(s)) }

    /// The text in the configured language: `vi` for Vietnamese, `en` for English.
    public func pick(vi: String, en: String) -> String { language == .vi ? vi : en }
}

/// The due date as shown in tables and messages: `15/5/2024` or `17:00 15/5/2024`.
public func shownDue(_ d: Deadline) -> String {
    if d.spec.kind == .time {
        return digits(d.spec.hour, 2) + ":" + digits(d.spec.minute, 2) + " " + d.spec.date.description
    }
    return d.spec.date.description
}
