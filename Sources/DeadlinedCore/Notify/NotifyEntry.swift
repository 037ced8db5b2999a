/// One deadlined entry read back from the journal, as `deadlined notify` sees it: where it
/// is (its cursor), when it was written, its kind and its `DEADLINED_*` fields.
public struct NotifyEntry: Sendable, Equatable {
    /// The journal's cursor of this entry (`sd_journal_get_cursor`).
    public var cursor: String
    /// __REALTIME_TIMESTAMP in seconds.
    public var time: Int64
    public var kind: AlertKind
    public var message: String
    public var fields: [String: String]

    public init(cursor: String, time: Int64, kind: AlertKind, message: String, fields: [String: String]) {
        self.cursor = cursor
        self.time = time
        self.kind = kind
        self.message = message
        self.fields = fields
    }

    /// Makes an entry from the journal's fields (`MESSAGE_ID`, `MESSAGE`, `DEADLINED_*`); nil
    /// for an entry whose MESSAGE_ID is not one of deadlined's alerts.
    public init?(cursor: String, time: Int64, journalFields: [String: String]) {
        guard let id = journalFields["MESSAGE_ID"],
            let kind = AlertKind.allCases.first(where: { $0 != .log && $0.messageID == id })
        else { return nil }
        var mine: [String: String] = [:]
        for (k, v) in journalFields where k.hasPrefix("DEADLINED_") { mine[k] = v }
        self.init(cursor: cursor, time: time, kind: kind, message: journalFields["MESSAGE"] ?? "", fields: mine)
    }

    public subscript(_ name: String) -> String? { fields["DEADLINED_" + name] }

    /// The agency the entry is about; nil for the overall digest and config entries.
    public var agency: String? { self["AGENCY"] }
    public var itemID: String? { self["ID"] }
}
