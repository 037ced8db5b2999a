/// The words deadlined prints, in the configured language (Vietnamese or English).
public struct Words: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }

    /// The state as `list` and alerts name it.
    public func state(_ s: ItemState) -> String {
        switch (language, s) {
        case (.vi, .overdue): return "quá hạn"
        case (.vi, .dueSoon): return "sắp đến hạn"
        case (.vi, .open): return "chưa đến hạn"
        case (.vi, .doneOnTime): return "hoàn thành đúng hạn"
        case (.vi, .doneLate): return "hoàn thành quá hạn"
        case (.vi, .ongoing): return "thường xuyên"
        case (.vi, .cancelled): return "đã hủy"
        case (.en, .overdue): return "overdue"
        case (.en, .dueSoon): return "due soon"
        case (.en, .open): return "open"
        case (.en, .doneOnTime): return "done on time"
        case (.en, .doneLate): return "done late"
        case (.en, .ongoing): return "ongoing"
        case (.en, .cancelled): return "cancelled"
        }
    }

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
