import DeadlinedCore
import DeadlinedParallel

/// A large file decoded piece by piece: its `TapeSplitPlan` pieces are parsed on every core
/// and each is decoded, in file order, as soon as it and those before it are parsed, by one
/// decoder whose state (ids, agencies, diagnostics) carries from piece to piece, so the file
/// decodes as its whole tape would. Each piece's tape is given back to the spares once
/// decoded: a few pieces' tapes are alive at a time, never the whole file's.
extension FileDecoder {
    /// Pieces of about this many bytes: small enough that the few alive at once are a small
    /// part of the file, large enough that a piece's start costs little.
    static let pieceBytes = 1 << 20

    /// How a large file was decoded in pieces.
    enum PieceDecode {
        case decoded(DecodedFile)
        /// The plan has a rest of the file after the list, whose keys a decoder checks with
        /// those before the list: the pieces are joined into the whole tape instead.
        case needsJoining(TapeSplitPlan)
        /// No plan, or a piece failed or was not what the plan said: parse the file whole.
        case whole
    }

    /// Decodes `bytes` in pieces of about `pieceBytes`, parsed on up to `threads` threads.
    static func decodeInPieces(
        _ bytes: [UInt8], file: String, main: Bool, limits: Limits, spares: TapeSpares?, yearHint: Int?,
        threads: Int = Parallel.cores, pieceBytes: Int = pieceBytes
    ) -> PieceDecode {
        let parts = Swift.max(threads, bytes.count / Swift.max(pieceBytes, 1))
        let found = bytes.withUnsafeBufferPointer { TapeSplitPlan.find($0, parts: parts) }
        guard let plan = found else { return .whole }
        guard !plan.hasTail else { return .needsJoining(plan) }
        let d = FileDecoder(tape: YAMLTape(), file: file, limits: limits)
        d.yearHint = yearHint
        let ok = YAMLTape.forEachPiece(
            bytes, plan: plan, file: file, limits: limits, threads: threads, spares: spares, reserveWhole: false
        ) { piece, lineOffset in
            var tape = YAMLTape()
            swap(&tape, &piece.tape)
            if piece.index == 0 {
                d.tape = tape
                d.decodeTop(main: main)
            } else {
                tape.moveLines(by: lineOffset)
                d.tape = tape
                for item in tape.children(0) { d.decodeDirective(item) }
            }
            // Once the decoder lets go of the tape, it is unique and kept for a next piece.
            d.tape = YAMLTape()
            spares?.give(&tape)
            return true
        }
        guard ok else { return .whole }
        return .decoded(d.finish(bytes: bytes, main: main))
    }
}
