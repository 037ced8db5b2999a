import CLibYAML
import DeadlinedCore
import DeadlinedParallel

/// One large file parsed on every core: the pieces of a `TapeSplitPlan` are parsed on their own
/// and handed, in file order, to a consumer (`forEachPiece`): `FileDecoder.decodeInPieces`
/// decodes each as it comes, `joined` joins them into the tape the whole file gives, node for
/// node, with the same lines and columns (each piece starts at a line's start; its lines are
/// moved down by the line breaks libyaml counted in the pieces before it). Whenever a piece
/// fails, or holds what the whole file could read differently (an anchor or alias, a piece that
/// is not what the plan says), the file is parsed whole instead, so its diagnostics are those
/// of `parse`.
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
        return joined(bytes, plan: plan, file: file, limits: limits, threads: parts, spares: spares)
    }

    /// The pieces of `plan` parsed and joined into the tape of the whole file, or nil.
    static func joined(
        _ bytes: [UInt8], plan: TapeSplitPlan, file: String, limits: Limits, threads: Int, spares: TapeSpares? = nil
    ) -> YAMLTape? {
        var joined: YAMLTape?
        let last = plan.pieces.count - 1
        let ok = forEachPiece(bytes, plan: plan, file: file, limits: limits, threads: threads, spares: spares) {
            piece, lineOffset in
            guard var whole = joined else {
                joined = piece.tape
                return true
            }
            // Let go of the other reference first, so the arrays grow in place.
            joined = nil
            if plan.hasTail && piece.index == last {
                whole.appendTail(piece.tape, lineOffset: lineOffset)
            } else {
                whole.appendItems(piece.tape, lineOffset: lineOffset)
            }
            joined = whole
            return true
        }
        return ok ? joined : nil
    }

    /// Parses the pieces of `plan` on up to `threads` threads and hands each to `consume` on
    /// the caller's thread, in file order, with the line breaks in the pieces before it, once
    /// it holds what the plan says (the head: a mapping ending in the open list with its items;
    /// a piece of the list: that many items at the list's column; the tail: a mapping at column
    /// 1). At most a few pieces are parsed ahead of the one consumed, which bounds memory.
    /// False when a piece fails, holds something else or `consume` refuses it; no piece is
    /// handed on after that.
    static func forEachPiece(
        _ bytes: [UInt8], plan: TapeSplitPlan, file: String, limits: Limits, threads: Int,
        spares: TapeSpares? = nil, consume: (inout Piece, Int) -> Bool
    ) -> Bool {
        forEachPiece(
            plan: plan, bytes: { i in (bytes, plan.pieces[i]) }, file: file, limits: limits, threads: threads,
            spares: spares, reserveWhole: true, consume: consume)
    }

    /// `forEachPiece` over bytes handed piece by piece: `bytes(i)` gives the bytes holding
    /// piece `i` and its range in them, called once per piece on the thread that parses it.
    static func forEachPiece(
        plan: TapeSplitPlan, bytes: @escaping @Sendable (Int) -> (bytes: [UInt8], range: Range<Int>), file: String,
        limits: Limits, threads: Int, spares: TapeSpares?, reserveWhole: Bool, consume: (inout Piece, Int) -> Bool
    ) -> Bool {
        // A list item is one level deeper in the file than at the top of its piece.
        let inList = {
            var l = limits; l.maxDepth -= 1; return l
        }()
        let last = plan.pieces.count - 1
        let threads = Swift.max(1, Swift.min(threads, plan.pieces.count))
        var failed = false
        var lineOffset = 0
        Parallel.ordered(plan.pieces.count, threads: threads, window: threads + 1) { i -> Piece? in
            let middle = i > 0 && !(plan.hasTail && i == last)
            // The head is made room for the whole file when the pieces are joined into it.
            let whole = reserveWhole && i == 0
            let (all, range) = bytes(i)
            return Piece.parse(
                all, i, range, file: file, limits: middle ? inList : limits,
                reserveLines: whole ? plan.lines : plan.lineEstimate(i), reserveAll: whole,
                spares: whole || !reserveWhole ? spares : nil)
        } consume: { made in
            // Moved out, so the piece's tape is held here alone and changed in place.
            guard !failed, var piece = made.take() else {
                failed = true
                return
            }
            let holds =
                piece.index == 0
                ? piece.tape.endsInOpenList(items: plan.items[0])
                : plan.hasTail && piece.index == last
                    ? piece.tape.isTailPiece
                    : piece.tape.isListPiece(count: plan.items[piece.index], indent: plan.indent)
            failed = !holds || !consume(&piece, lineOffset)
            lineOffset += piece.lines
        }
        return !failed
    }

    /// One piece parsed: its tape (lines from 1 within the piece) and the line breaks in it.
    struct Piece: Sendable {
        var index: Int
        var tape: YAMLTape
        var lines: Int

        static func parse(
            _ bytes: [UInt8], _ index: Int, _ range: Range<Int>, file: String, limits: Limits, reserveLines: Int,
            reserveAll: Bool, spares: TapeSpares?
        ) -> Piece? {
            bytes.withUnsafeBufferPointer { all -> Piece? in
                let buf = UnsafeBufferPointer(rebasing: all[range])
                var builder = Builder(file: file, limits: limits)
                if let s = spares?.take() {
                    builder.tape.nodes = s.nodes
                    builder.tape.arena = s.arena
                }
                builder.reserve(lines: reserveLines, bytes: reserveAll ? all.count : buf.count)
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

    /// A piece of the list: a tape whose root is a list of `count` items at column `indent`.
    func isListPiece(count: Int, indent: Int) -> Bool {
        guard let root = nodes.first else { return false }
        return root.kind == .sequence && Int(root.column) == indent + 1 && Int(root.end) == nodes.count
            && children(0).reduce(0, { n, _ in n + 1 }) == count
    }

    /// The rest of the file after the list: a mapping at column 1 holding the whole tape.
    var isTailPiece: Bool {
        guard let root = nodes.first else { return false }
        return root.kind == .mapping && root.column == 1 && Int(root.end) == nodes.count
    }

    /// Appends the items of a list piece (`isListPiece`) to the open list at the end of this
    /// tape (`endsInOpenList`).
    mutating func appendItems(_ piece: YAMLTape, lineOffset: Int) {
        guard let list = lastValue(of: 0) else { return }
        append(piece, lineOffset: lineOffset)
        nodes[list].end = Int32(nodes.count)
        nodes[0].end = Int32(nodes.count)
    }

    /// Appends the rest of the file after the list (`isTailPiece`): the entries of its mapping
    /// join the top-level mapping.
    mutating func appendTail(_ piece: YAMLTape, lineOffset: Int) {
        append(piece, lineOffset: lineOffset)
        nodes[0].end = Int32(nodes.count)
    }

    /// Moves every node down by `lineOffset` lines: a piece's lines become the file's.
    mutating func moveLines(by lineOffset: Int) {
        let shift = Int32(lineOffset)
        for i in nodes.indices { nodes[i].line += shift }
    }

    /// The nodes of `piece` below its root, moved to the end of this tape.
    private mutating func append(_ piece: YAMLTape, lineOffset: Int) {
        let shift = Int32(nodes.count - 1)
        let arenaShift = Int32(arena.count)
        let lineShift = Int32(lineOffset)
        nodes.reserveCapacity(nodes.count + piece.nodes.count)
        for var n in piece.nodes.dropFirst() {
            n.line += lineShift
            n.end += shift
            if n.kind == .scalar { n.start += arenaShift }
            nodes.append(n)
        }
        arena.append(contentsOf: piece.arena)
    }
}
