/// What `deadlined notify` writes about itself to the journal, each with its own MESSAGE_ID;
/// `units/deadlined-notify.catalog` explains them for `journalctl -x`.
public enum NotifyEvent: String, Sendable, CaseIterable {
    case sent, refused, failed, cursorGone = "cursor_gone", unaddressed

    public var messageID: String {
        switch self {
        case .sent: return "283ea27ff12a41c8a18e9e4a38044ffa"
        case .refused: return "36488b4d29db472399d940356b4cf125"
        case .failed: return "e9124c6088e941c783c6fc2b7d9c33c4"
        case .cursorGone: return "2bf3cab678d342cb98d45f03f5164713"
        case .unaddressed: return "67551afc6117438c8af4fc34ab1b91a9"
        }
    }

    /// syslog priority: refusals and entries that no one receives are errors.
    public var priority: Priority {
        switch self {
        case .sent: return .info
        case .refused, .unaddressed: return .err
        case .failed, .cursorGone: return .warning
        }
    }

    /// The fields every entry of this event carries (besides MESSAGE), the ones the catalog
    /// quotes among them.
    public static func fields(
        _ event: NotifyEvent, messageID: String = "", recipient: String = "", relay: String = "",
        reason: String = "", agency: String = "", count: Int = 0, retryIn: Int64 = 0
    ) -> [(String, String)] {
        var f: [(String, String)] = [("DEADLINED_NOTIFY_EVENT", event.rawValue)]
        switch event {
        case .sent:
            f += [
                ("DEADLINED_MAIL_ID", messageID), ("DEADLINED_RECIPIENTS", recipient),
                ("DEADLINED_ITEMS", String(count)),
            ]
        case .refused:
            f += [("DEADLINED_MAIL_ID", messageID), ("DEADLINED_RECIPIENT", recipient), ("DEADLINED_REASON", reason)]
        case .failed:
            f += [
                ("DEADLINED_MAIL_ID", messageID), ("DEADLINED_RELAY", relay), ("DEADLINED_REASON", reason),
                ("DEADLINED_RETRY_IN", String(retryIn)), ("DEADLINED_BACKLOG", String(count)),
            ]
        case .cursorGone:
            break
        case .unaddressed:
            f += [("DEADLINED_AGENCY", agency), ("DEADLINED_ENTRIES", String(count))]
        }
        return f.map { ($0.0, Text.truncate(Text.oneLine($0.1), toBytes: AlertWriter.catalogValueLimit)) }
    }
}
