/// A recurring duty ("báo cáo hằng tháng"): the id, rule and place that its occurrences
/// (items `ID@KEY`) share. Items point at it by index (`Item.duty`), so an occurrence pays
/// four bytes for it, not a string.
public struct Duty: Sendable, Equatable {
    public var id: String
    /// How it recurs, in Vietnamese: "hằng tháng".
    public var rule: String
    public var source: SourceLocation

    public init(id: String, rule: String, source: SourceLocation) {
        self.id = id
        self.rule = rule
        self.source = source
    }
}

extension Config {
    /// The duty an item is an occurrence of, if any.
    public func duty(of item: Item) -> Duty? {
        item.duty.map { duties[$0] }
    }
}
