import DeadlinedCore
import DeadlinedParallel
import Synchronization

/// A large file decoded piece by piece: its `TapeSplitPlan` pieces are parsed on every core
/// and each is decoded, in file order, as soon as it and those before it are parsed, by one
/// decoder whose state (ids, agencies, diagnostics) carries from piece to piece, so the file
/// decodes as its whole tape would. Each piece's bytes are let go once parsed and its tape
/// given back to the spares once decoded: a few pieces are alive at a time, never the file.
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
        /// As `whole`, or the file has errors, whose lines are quoted from the file's bytes;
        /// the bytes were let go: read the file again and decode it whole.
        case readAgain
    }

    /// Decodes `bytes` in pieces of about `pieceBytes`, parsed on up to `threads` threads.
    /// Once the pieces are cut, `bytes` is emptied (each piece keeps its own bytes until
    /// parsed), unless `keepBytes`.
    static func decodeInPieces(
        _ bytes: inout [UInt8], file: String, main: Bool, limits: Limits, spares: TapeSpares?, yearHint: Int?,
        threads: Int = Parallel.cores, pieceBytes: Int = pieceBytes, keepBytes: Bool = false
    ) -> PieceDecode {
        let parts = Swift.max(threads, bytes.count / Swift.max(pieceBytes, 1))
        let found = bytes.withUnsafeBufferPointer { TapeSplitPlan.find($0, parts: parts) }
        guard let plan = found else { return .whole }
        guard !plan.hasTail else { return .needsJoining(plan) }
        let pieces = PieceBytes(bytes, plan: plan)
        if !keepBytes { bytes = [] }
        let d = FileDecoder(tape: YAMLTape(), file: file, limits: limits)
        d.yearHint = yearHint
        let ok = YAMLTape.forEachPiece(
            plan: plan, bytes: { i in pieces.take(i) }, file: file, limits: limits, threads: threads, spares: spares,
            reserveWhole: false
        ) { piece, lineOffset in
            var tape = YAMLTape()
            swap(&tape, &piece.tape)
            if piece.index == 0 {
                d.tape = tape
                d.decodeTop(main: main)
                d.reserveItems(itemsEstimate(d.items.count, first: plan.pieces[0].count, file: plan.pieces))
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
        let lost = bytes.isEmpty
        guard ok else { return lost ? .readAgain : .whole }
        var out = d.finish(bytes: bytes, main: main)
        guard lost else { return .decoded(out) }
        // Warnings are quoted from the file read again when they are rendered (`LoadResult.source`).
        out.text = nil
        return out.diagnostics.hasErrors ? .readAgain : .decoded(out)
    }
}

/// How many items a file cut into `pieces` is likely to make, from the `made` of its first
/// piece of `first` bytes: the same share per byte, a sixteenth more. Room made once for
/// these saves growing the item arrays by doubling, each step a copy into fresh pages.
/// Room beyond what is used is never written, so it takes no pages of a large array.
func itemsEstimate(_ made: Int, first: Int, file pieces: [Range<Int>]) -> Int {
    guard made > 0, first > 0, let end = pieces.last?.upperBound else { return made }
    let perByte = Double(made) / Double(first)
    let estimate = perByte * Double(end) * (1 + 1.0 / 16)
    // Whatever the first piece holds, no more room than one item per 64 bytes of the file
    // (a bench item takes 268): the arrays grow by doubling past it if need be.
    return Int(Swift.min(estimate, Double(end / 64 + 1)))
}

/// The bytes of each piece of a file, copied out of the file's, each taken once by the thread
/// that parses it, so it is let go when parsed.
final class PieceBytes: Sendable {
    private let pieces: Mutex<[[UInt8]]>

    init(_ bytes: [UInt8], plan: TapeSplitPlan) {
        pieces = Mutex(plan.pieces.map { Array(bytes[$0]) })
    }

    func take(_ i: Int) -> (bytes: [UInt8], range: Range<Int>) {
        let b = pieces.withLock { p in
            var b: [UInt8] = []
            swap(&b, &p[i])
            return b
        }
        return (b, 0..<b.count)
    }
}
