import DeadlinedCore

/// For the fuzz target: whether a file parsed in pieces gives what it gives parsed whole. A
/// file the plan cannot cut, or whose pieces fail, agrees trivially (it is parsed whole).
@_spi(Fuzz) public enum TapeSplitCheck {
    /// Parses `bytes` whole and, for 2, 3 and 4 pieces, in pieces; false when any joined tape
    /// differs from the whole one in a node, a text or a key.
    public static func agrees(_ bytes: [UInt8], limits: Limits) -> Bool {
        let whole = YAMLTape.parse(bytes, file: "f.yaml", limits: limits)
        for parts in 2...4 {
            guard let pieces = YAMLTape.parsedInPieces(bytes, file: "f.yaml", limits: limits, parts: parts) else {
                continue
            }
            guard case .success(let w) = whole, pieces.sameNodes(as: w) else { return false }
        }
        return true
    }
}

extension YAMLTape {
    /// The same nodes, texts and keys, field for field.
    func sameNodes(as other: YAMLTape) -> Bool {
        nodes.count == other.nodes.count && arena == other.arena
            && zip(nodes, other.nodes).allSatisfy { x, y in
                x.kind == y.kind && x.plain == y.plain && x.nfc == y.nfc && x.line == y.line && x.column == y.column
                    && x.end == y.end && x.start == y.start && x.length == y.length
            }
    }
}
