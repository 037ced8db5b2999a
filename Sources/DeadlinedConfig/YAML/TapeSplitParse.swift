import CLibYAML
import DeadlinedCore
import DeadlinedParallel

/// One large file parsed on every core: the pieces of a `TapeSplitPlan` are parsed on their own
/// and joined, in file order, into the tape the whole file gives, node for node, with the same
/// lines and columns (each piece starts at a line's start; its lines are moved down by the
/// line breaks libyaml counted in the pieces before it). Whenever a piece fails, or holds what
/// the whole file could read differently (an anchor or alias, a piece that is not what the
/// plan says), the file is parsed whole instead, so its diagnostics are those of `parse`.
extension YAMLTape {
    /// Files smaller than this are parsed whole: starting threads costs more than it saves.
    static let splitAtLeast = 1 << 20

    /// `parse`, on up to `parts` cores when the file is large enough and can be cut.
    static func parseSplitting(
        _ bytes: [UInt8], file: String, limits: Limits, spares: TapeSpares? = nil, parts: Int = Parallel.cores,
        atLeast: Int = splitAtLeast
    ) -> Result<YAMLTape, Diagnostic> {
        if bytes.count >= atLeast,
            let tape = parsedInPieces(bytes, file: file, limits: limits, parts: parts, spares: spares)
        {
            return .success(tape)
        }
        return parse(bytes, file: file, limits: limits, spares: spares)
    }

    /// The tape of the whole file made from its pieces, or nil when the file must be parsed whole.
    static func parsedInPieces(
        _ bytes: [UInt8], file: String, limits: Limits, parts: Int, spares: TapeSpares? = nil
    ) -> YAMLTape? {
        let found = bytes.withUnsafeBufferPointer { TapeSplitPlan.find($0, parts: parts) }
        guard let plan = found else { return nil }
        // A list item is one level deeper in the file than at the top of its piece.
        let inList = {
            var l = limits; l.maxDepth -= 1; return l
        }()
        let last = plan.pieces.count - 1
        var joined: YAMLTape?
        var failed = false
        var lineOffset = 0
        Parallel.ordered(plan.pieces.count, threads: Swift.min(parts, plan.pieces.count)) { i -> Piece? in
            let middle = i > 0 && !(plan.hasTail && i == last)
            return Piece.parse(
                bytes, i, plan.pieces[i], file: file, limits: middle ? inList : limits,
                reserveLines: i == 0 ? plan.lines : nil, spares: i == 0 ? spares : nil)
        } consume: { piece in
            guard !failed, let piece else {
                failed = true
                return
            }
            if var whole = joined {
                // Let go of the other reference first, so the arrays grow in place.
                joined = nil
                let ok =
                    plan.hasTail && piece.index == last
                    ? whole.appendTail(piece.tape, lineOffset: lineOffset)
                    : whole.appendItems(
                        piece.tape, lineOffset: lineOffset, count: plan.items[piece.index], indent: plan.indent)
                joined = ok ? whole : nil
                failed = !ok
            } else {
                failed = !piece.tape.endsInOpenList(items: plan.items[0])
                joined = failed ? nil : piece.tape
            }
            lineOffset += piece.lines
        }
        return failed ? nil : joined
    }

    /// One piece parsed: its tape (lines from 1 within the piece) and the line breaks in it.
    struct Piece: Sendable {
        var index: Int
        var tape: YAMLTape
        var lines: Int

        static func parse(
            _ bytes: [UInt8], _ index: Int, _ range: Range<Int>, file: String, limits: Limits, reserveLines: Int?,
            spares: TapeSpares?
        ) -> Piece? {
            bytes.withUnsafeBufferPointer { all -> Piece? in
                let buf = UnsafeBufferPointer(rebasing: all[range])
                var builder = Builder(file: file, limits: limits)
                if let s = spares?.take() {
                    builder.tape.nodes = s.nodes
                    builder.tape.arena = s.arena
                    builder.tape.values = s.values
                }
                builder.reserve(
                    lines: reserveLines ?? YAMLTape.lineCount(buf), bytes: reserveLines == nil ? buf.count : all.count)
                if let lines = FastScanner.scan(buf, maxDepth: limits.maxDepth, into: &builder.tape) {
                    return Piece(index: index, tape: builder.tape, lines: lines)
                }
                guard case .success(let lines) = builder.run(buf, syntax: { _ in Diagnostic(.error, file: file, "") }),
                    !builder.anchored, builder.documents == 1, !builder.tape.nodes.isEmpty
                else { return nil }
                return Piece(index: index, tape: builder.tape, lines: lines)
            }
        }
    }

    /// The head of a split file: a mapping whose last value is a block list still open at the
    /// end of the tape, holding `items` items so far.
    func endsInOpenList(items: Int) -> Bool {
        guard let first = nodes.first, first.kind == .mapping, let list = lastValue(of: 0) else { return false }
        return nodes[list].kind == .sequence && Int(nodes[list].end) == nodes.count
            && children(list).reduce(0) { n, _ in n + 1 } == items
    }

    /// The last child of a container (of a mapping: its last value).
    private func lastValue(of map: Int) -> Int? {
        var last: Int?
        for c in children(map) { last = c }
        return last
    }

    /// Appends the items of a list piece (a tape whose root is that list) to the open list
    /// at the end of this tape. False when the piece is not `count` items at column `indent`.
    mutating func appendItems(_ piece: YAMLTape, lineOffset: Int, count: Int, indent: Int) -> Bool {
        guard let root = piece.nodes.first, root.kind == .sequence, Int(root.column) == indent + 1,
            Int(root.end) == piece.nodes.count, piece.children(0).reduce(0, { n, _ in n + 1 }) == count,
            let list = lastValue(of: 0), Int(nodes[list].end) == nodes.count
        else { return false }
        append(piece, lineOffset: lineOffset)
        nodes[list].end = Int32(nodes.count)
        nodes[0].end = Int32(nodes.count)
        return true
    }

    /// Appends the rest of the file after the list: a mapping at column 0 whose entries join
    /// the top-level mapping.
    mutating func appendTail(_ piece: YAMLTape, lineOffset: Int) -> Bool {
        guard let root = piece.nodes.first, root.kind == .mapping, root.column == 1,
            Int(root.end) == piece.nodes.count
        else { return false }
        append(piece, lineOffset: lineOffset)
        nodes[0].end = Int32(nodes.count)
        return true
    }

    /// The nodes of `piece` below its root, moved to the end of this tape.
    private mutating func append(_ piece: YAMLTape, lineOffset: Int) {
        let shift = Int32(nodes.count - 1)
        let valueShift = Int32(values.count), arenaShift = Int32(arena.count)
        let lineShift = Int32(lineOffset)
        nodes.reserveCapacity(nodes.count + piece.nodes.count)
        for var n in piece.nodes.dropFirst() {
            n.line += lineShift
            n.end += shift
            if n.kind == .scalar { n.start += n.length < 0 ? valueShift : arenaShift }
            nodes.append(n)
        }
        values.append(contentsOf: piece.values)
        arena.append(contentsOf: piece.arena)
    }
}
