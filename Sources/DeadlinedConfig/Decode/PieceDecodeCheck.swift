import DeadlinedCore

/// For the fuzz target: whether a file decoded piece by piece decodes as it does parsed whole.
/// A file the plan cannot cut, or whose pieces fail, agrees trivially (it is decoded whole).
@_spi(Fuzz) public enum PieceDecodeCheck {
    /// Decodes `bytes` as the main file, whole and in pieces of a few sizes on two threads;
    /// false when the pieces give other diagnostics (or another order), settings, directives
    /// or items.
    public static func agrees(_ bytes: [UInt8], limits: Limits) -> Bool {
        let whole = FileDecoder.decode(bytes, file: "f.yaml", main: true, limits: limits, yearHint: 2024)
        for pieceBytes in [64, 256, 1024] {
            var kept = bytes
            let pieces = FileDecoder.decodeInPieces(
                &kept, file: "f.yaml", main: true, limits: limits, spares: TapeSpares(most: 3), yearHint: 2024,
                threads: 2, pieceBytes: pieceBytes, keepBytes: true)
            guard case .decoded(let d) = pieces else { continue }
            guard d.diagnostics == whole.diagnostics, d.settings == whole.settings, d.directives == whole.directives,
                d.items == whole.items, d.dueSpecs == whole.dueSpecs, d.completedSpecs == whole.completedSpecs,
                d.idHashes == whole.idHashes, d.text == whole.text
            else { return false }
        }
        return true
    }
}
