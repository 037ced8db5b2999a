/// Limits that keep a hostile file from exhausting time or memory.
public struct Limits: Sendable, Equatable {
    /// Largest file read, bytes.
    public var maxFileSize: Int = 64 << 20
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int = 64
    /// Most nodes that aliases may stand for, in all (against "billion laughs").
    public var maxAliasExpansion: Int = 100_000
    /// Most tracked items in the whole configuration.
    public var maxItems: Int = 2_000_000
    /// Deepest chain of includes.
    public var maxIncludeDepth: Int = 16

    public init() {}
}
