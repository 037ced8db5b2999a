import DeadlinedCore

/// What one file decodes to, on its own: kept in the cache and merged into the whole.
struct DecodedFile: Sendable {
    var diagnostics: [Diagnostic] = []
    /// The file's bytes, kept only when a diagnostic points into it.
    var text: [UInt8]?
    /// The file was there but could not be read (acks only: kept out of the cache).
    var unreadable = false
    var settings: Settings?
    var directives: [Directive] = []
    /// Items whose `directive` indexes `directives` above.
    var items: [Item] = []
    var dueSpecs: [DueSpec?] = []
    var completedSpecs: [DueSpec?] = []
    /// `IdIndex.hash` of each item's id, made with the file (on a worker thread) and kept in
    /// the cache, so a reload's merge does not hash every id again.
    var idHashes: [UInt64] = []
    /// The `include:` patterns, as written.
    var includes: [TextAt] = []
    /// The file alone holds more than `max_items` items (and has an error saying so).
    var overItemLimit = false
    /// Some item has extensions: only then does `LoadSession.placeDeadlines` look at
    /// each item's.
    var hasExtensions = false
    /// For the acknowledgements file: its entries.
    var acks: [AckSpec] = []
    /// Recurring duties: one template item per agency and its rule; occurrences are made when
    /// the whole config is merged, up to a horizon.
    var recurring: [RecurringDuty] = []
    /// The file's `agencies:` entries, checked within the file; across files when merged.
    var agencies: [Agency] = []
}

/// A text from the file and where it was written.
struct TextAt: Sendable {
    var text: String
    var at: SourceLocation
}

/// A date in any due form and its text as written (for messages and `dueText`).
struct DueText: Sendable {
    var spec: DueSpec
    var text: String
}

/// One entry of a mapping whose key is allowed: the key, where it is, its value's node and
/// the key's place in the `KeyTable`.
struct MappingEntry {
    var key: String
    var at: SourceLocation
    var value: Int
    var index: Int
}

/// One entry of `extensions:` as read, before it is chained to the due date it replaces.
struct ExtensionSpec {
    var due: DueSpec
    var text: String
    var reference: String?
    var granted: CivilDate?
    var at: SourceLocation
}

/// One entry of `done_by:`: an agency of the assignment that is done, and when if given.
struct DoneByEntry {
    var agency: String
    var at: SourceLocation
    var completed: DueSpec?
}

/// A recurring duty: the item each occurrence copies, and the rule that says when they fall.
struct RecurringDuty: Sendable {
    var template: Item
    var rule: Recurrence
}
