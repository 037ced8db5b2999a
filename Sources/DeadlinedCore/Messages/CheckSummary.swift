/// The line `deadlined check` prints for a valid configuration, in either language.
public struct CheckSummary: Sendable, Equatable {
    public var directives = 0
    public var items = 0
    public var overdue = 0
    public var dueSoon = 0
    /// `settings.due_soon_window` in seconds; 0 means no reminders.
    public var window: Int64 = 0
    public var path = ""
    public var included = 0
    public var acknowledgements = false
    public var updates = false
    public var decisionFiles = 0
    public var warnings = 0

    public init() {}

    public func line(in language: Language) -> String {
        language == .vi ? vietnamese : english
    }

    var english: String {
        func n(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        let w = window
        let span = w > 0 && w % 86400 == 0 ? n(Int(w / 86400), "day") : DurationGrammar.format(w)
        var line = "OK: \(n(directives, "directive")), \(n(items, "item"))"
        line += w > 0 ? " (\(overdue) overdue, \(dueSoon) due within \(span))" : " (\(overdue) overdue; no reminders)"
        line += " from \(path)"
        if included > 0 { line += " and \(n(included, "included file"))" }
        if acknowledgements { line += ", with acknowledgements" }
        if updates { line += ", with recorded updates" }
        if decisionFiles > 0 { line += ", \(n(decisionFiles, "holiday decision file"))" }
        if warnings > 0 { line += "; \(n(warnings, "warning"))" }
        return line
    }

    var vietnamese: String {
        let w = window
        let span = w > 0 && w % 86400 == 0 ? "\(w / 86400) ngày" : DurationGrammar.format(w)
        var line = "OK: \(directives) chỉ thị, \(items) nhiệm vụ"
        line +=
            w > 0
            ? " (\(overdue) quá hạn, \(dueSoon) đến hạn trong \(span) tới)" : " (\(overdue) quá hạn; không nhắc hạn)"
        line += " từ \(path)"
        if included > 0 { line += " và \(included) tệp include" }
        if acknowledgements { line += ", có xác nhận" }
        if updates { line += ", có cập nhật đã ghi" }
        if decisionFiles > 0 { line += ", \(decisionFiles) tệp quyết định nghỉ lễ" }
        if warnings > 0 { line += "; \(warnings) cảnh báo" }
        return line
    }
}
