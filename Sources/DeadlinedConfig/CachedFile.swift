import DeadlinedCore

/// A decoded file as the cache keeps it: its items undated (`UndatedItem`, half an item's
/// size, sharing the texts with the configuration's items), the rest as decoded. The daemon
/// keeps every file between reloads, beside the configuration made of them: the items'
/// deadlines are placed there, so whole items here would be every item held twice.
struct CachedFile: Sendable {
    /// The file as decoded, without its items when `undated` holds them.
    private var rest: DecodedFile
    private var undated: [UndatedItem]?

    init(_ decoded: DecodedFile) {
        var undated: [UndatedItem]? = []
        undated?.reserveCapacity(decoded.items.count)
        for item in decoded.items {
            // An item decoded with a deadline or a completion already (none is) is kept whole.
            guard let u = UndatedItem(item) else {
                undated = nil
                break
            }
            undated?.append(u)
        }
        rest = decoded
        if undated != nil { rest.items = [] }
        self.undated = undated
    }

    /// The file as it was decoded: its items equal to those given, boxes and all.
    var decoded: DecodedFile {
        guard let undated else { return rest }
        var d = rest
        d.items = undated.map(Item.init)
        return d
    }
}
