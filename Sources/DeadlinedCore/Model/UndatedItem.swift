/// An item as a file decodes to, before its deadline and completion are placed in time and
/// before it is an occurrence of a duty: what the loader's cache keeps of each item between
/// reloads. It takes 40 bytes where an `Item` takes 80, and shares the item's boxes of texts
/// and extras, so the cache does not hold every item a second time beside the configuration.
public struct UndatedItem: Sendable {
    let id: String
    let texts: ItemTexts
    let extras: ItemExtras?
    let directiveIndex: Int32
    let status: Status

    /// nil for an item with a deadline, a completion or a duty: this form keeps none of them.
    public init?(_ item: Item) {
        guard item.deadline == nil, item.completed == nil, item.duty == nil else { return nil }
        id = item.id
        texts = item.texts
        extras = item.extras
        directiveIndex = item.directive.map { Int32(clamping: $0) } ?? -1
        status = item.status
    }
}
