/// An item's texts, which never change once read; shared by the copies of an item and
/// replaced, never changed (see `Item.texts`). What most items lack (an owner, a note,
/// extensions) is boxed apart, and the place is kept in 32-bit numbers: of the hundreds of
/// thousands of these a load makes, each is 40 bytes smaller for it.
final class ItemTexts: Sendable, Equatable {
    let agency: String
    let task: String
    let dueText: String?
    private let rare: RareItemTexts?
    private let file: String
    private let line: Int32
    private let column: Int32

    var owner: String? { rare?.owner }
    var note: String? { rare?.note }
    var extensions: [Extension] { rare?.extensions ?? [] }
    var source: SourceLocation { SourceLocation(file: file, line: Int(line), column: Int(column)) }

    init(
        agency: String, task: String, dueText: String?, owner: String?, note: String?, source: SourceLocation,
        extensions: [Extension]
    ) {
        self.agency = agency
        self.task = task
        self.dueText = dueText
        self.rare =
            owner == nil && note == nil && extensions.isEmpty
            ? nil : RareItemTexts(owner: owner, note: note, extensions: extensions)
        // A file is at most `max_file_size` bytes: its lines and columns fit.
        self.file = source.file
        self.line = Int32(clamping: source.line)
        self.column = Int32(clamping: source.column)
    }

    static func == (a: ItemTexts, b: ItemTexts) -> Bool {
        a === b
            || (a.agency == b.agency && a.task == b.task && a.dueText == b.dueText && a.owner == b.owner
                && a.note == b.note
                && a.source == b.source && a.extensions == b.extensions)
    }
}

/// The texts few items have.
final class RareItemTexts: Sendable {
    let owner: String?
    let note: String?
    let extensions: [Extension]

    init(owner: String?, note: String?, extensions: [Extension]) {
        self.owner = owner
        self.note = note
        self.extensions = extensions
    }
}
