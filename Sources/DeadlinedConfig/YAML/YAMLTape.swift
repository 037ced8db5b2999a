import CLibYAML
import DeadlinedCore
import Synchronization

/// One YAML node in document order; containers know where their subtree ends. Plain data, no
/// references: reading or copying a node costs no reference counting.
struct YNode {
    enum Kind: UInt8 { case scalar, sequence, mapping, alias }
    var kind: Kind
    /// A plain (unquoted) scalar, whose meaning may be a number, a boolean or null.
    var plain: Bool
    /// A scalar whose text is surely NFC (`Text.surelyNFC` of its bytes), found while the
    /// scanner checked its characters: the decoder need not look at the bytes again.
    var nfc = false
    var line: Int32
    var column: Int32
    /// Index one past the last node of this subtree.
    var end: Int32
    /// A scalar's text, key or value: bytes `start ..< start + length` of the tape's arena,
    /// escapes already resolved. An alias: `start` is the index of the anchored node.
    var start: Int32
    var length: Int32
}

/// The arrays of tapes already decoded, emptied and handed to the next file parsed: a large
/// file's node array is otherwise freed, given back to the system by the allocator, and
/// faulted in page by page again for the next file. Owned by one load, so they go with it.
final class TapeSpares: Sendable {
    private let spare = Mutex<[(nodes: [YNode], arena: [UInt8])]>([])
    /// At most one per thread that parses.
    private let most: Int

    init(most: Int) { self.most = most }

    func take() -> (nodes: [YNode], arena: [UInt8])? {
        spare.withLock { $0.popLast() }
    }

    /// Keeps the tape's arrays, emptied, for the next file; `tape` is left empty.
    func give(_ tape: inout YAMLTape) {
        var nodes: [YNode] = [], arena: [UInt8] = []
        swap(&nodes, &tape.nodes)
        swap(&arena, &tape.arena)
        // Emptied here, on the thread that is done with them; unique, so kept in place.
        nodes.removeAll(keepingCapacity: true)
        arena.removeAll(keepingCapacity: true)
        spare.withLock { s in
            if s.count < most { s.append((nodes, arena)) }
        }
    }
}

/// A YAML document flattened into an array: the root is node 0. Every scalar keeps its text
/// as bytes in one arena, keys and values alike: most values are only compared or parsed
/// (statuses, dates, ids, keys), and a `String` is made only for a text the model keeps,
/// when it is read (`value`), not one per scalar when the tape is built.
struct YAMLTape {
    var nodes: [YNode] = []
    var arena: [UInt8] = []

    /// A scalar's text ("" for other nodes).
    func value(_ i: Int) -> String {
        withValueBytes(i) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with a scalar's text as UTF-8 bytes (none for other nodes), valid only
    /// during the call.
    @inline(__always)
    func withValueBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let n = nodes[i]
        guard n.kind == .scalar, n.length > 0 else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let start = Int(n.start), length = Int(n.length)
        return try arena.withUnsafeBufferPointer { b in
            try body(UnsafeBufferPointer(rebasing: b[start..<start + length]))
        }
    }

    /// The place in `keys` of the word a scalar's text is, byte for byte.
    func index(_ i: Int, in keys: KeyTable) -> Int? {
        guard nodes[i].kind == .scalar else { return nil }
        return withValueBytes(i) { keys.index(of: $0) }
    }

    /// The first byte of a scalar's text, 0 when empty (or not a scalar).
    func firstByte(_ i: Int) -> UInt8 {
        let n = nodes[i]
        guard n.kind == .scalar, n.length > 0 else { return 0 }
        return arena[Int(n.start)]
    }

    /// Parses `bytes` with `FastScanner` or, when it is not sure of the file, with libyaml's
    /// event API, building no tree of objects.
    static func parse(
        _ bytes: [UInt8], file: String, limits: Limits, spares: TapeSpares? = nil
    ) -> Result<YAMLTape, Diagnostic> {
        bytes.withUnsafeBufferPointer { buf -> Result<YAMLTape, Diagnostic> in
            var builder = Builder(file: file, limits: limits)
            if let s = spares?.take() {
                builder.tape.nodes = s.nodes
                builder.tape.arena = s.arena
            }
            builder.reserve(lines: lineCount(buf), bytes: buf.count)
            if FastScanner.scan(buf, maxDepth: limits.maxDepth, into: &builder.tape) != nil {
                return .success(builder.tape)
            }
            return builder.parseWhole(buf, bytes: bytes)
        }
    }

    /// The line feeds in `buf`, counted eight bytes at a time: a byte-wise loop over a large
    /// file costs as much as a tenth of the scanner's pass.
    static func lineCount(_ buf: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buf.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base), n = buf.count
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let evenBytes: UInt64 = 0x00FF_00FF_00FF_00FF
        var lines = 0, i = 0
        while i + 8 <= n {
            // Each byte of `marks` counts the line feeds in its lane over at most 255 words,
            // summed across lanes once per round: baseline x86-64 has no population count
            // instruction, and its software form per word cost more than the loads.
            var marks: UInt64 = 0, words = 0
            while words < 255 && i + 8 <= n {
                // Line feeds become zero bytes; a byte x is zero exactly when the top bit of
                // ~(((x & 0x7F) + 0x7F) | x | 0x7F) is set, with no carry between bytes.
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
                marks &+= ~(((w & low) &+ low) | w | low) >> 7
                i += 8
                words += 1
            }
            // Four 16-bit lanes of at most 510 each; the product gathers their sum in the top lane.
            let pairs = (marks & evenBytes) &+ (marks >> 8 & evenBytes)
            lines += Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while i < n {
            if base[i] == 0x0A { lines += 1 }
            i += 1
        }
        return lines
    }

    struct Builder {
        let file: String
        let limits: Limits
        var tape = YAMLTape()
        /// Open containers: node index and the number of nodes their subtree stands for.
        var stack: [(index: Int, weight: Int, children: Int)] = []
        var anchors: [String: (index: Int, weight: Int)] = [:]
        /// Anchored containers still open: their weight is known only at their end.
        var pendingAnchors: [Int: String] = [:]
        var aliasExpansion = 0
        var documents = 0
        /// Some node has an anchor, or is an alias.
        var anchored = false

        init(file: String, limits: Limits) {
            self.file = file
            self.limits = limits
        }

        /// About two nodes per line (a key and its value): reserved from a count of the lines,
        /// so a large file's array rarely grows and copies, and is not sized for the worst case
        /// (a fresh mapping per file, paid for in page faults). The arena holds at most the
        /// file's bytes (texts are never longer than written); pages never written to are
        /// never touched.
        mutating func reserve(lines: Int, bytes: Int) {
            tape.nodes.reserveCapacity(2 * lines + 16)
            tape.arena.reserveCapacity(bytes)
        }

        /// Runs libyaml's event loop over `buf` into the tape. The line of the stream's end
        /// (the line breaks libyaml counted), or the problem found; `syntax` makes the
        /// diagnostic of an error libyaml reports.
        mutating func run(
            _ buf: UnsafeBufferPointer<UInt8>, syntax: (yaml_parser_t) -> Diagnostic
        ) -> Result<Int, Diagnostic> {
            // libyaml rejects whatever `checkText` does (NUL and other control characters, bad
            // UTF-8, surrogates), so the text is checked only when libyaml fails, for a better
            // message: the byte offset, and NUL named as a sign of a binary file.
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) != 0 else {
                return .failure(Diagnostic(.error, file: file, "cannot initialise the YAML parser: out of memory"))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buf.baseAddress, buf.count)
            // UTF-8 only, whatever a byte-order mark says (a UTF-16 file is an error).
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) != 0 else { return .failure(syntax(parser)) }
                let result = add(event)
                let type = event.type
                let line = Int(event.end_mark.line)
                yaml_event_delete(&event)
                if let problem = result { return .failure(problem) }
                if type == YAML_STREAM_END_EVENT { return .success(line) }
            }
        }

        /// The tape of a whole file (`buf` is `bytes`), or libyaml's diagnostic.
        mutating func parseWhole(_ buf: UnsafeBufferPointer<UInt8>, bytes: [UInt8]) -> Result<YAMLTape, Diagnostic> {
            let file = file
            let end = run(buf) { parser in
                YAMLTape.checkText(bytes, file: file) ?? YAMLTape.syntaxError(parser, file: file, bytes: bytes)
            }
            if case .failure(let problem) = end { return .failure(problem) }
            if tape.nodes.isEmpty {
                return .failure(
                    Diagnostic(.error, file: file, "the file holds no YAML document (it is empty or only comments)"))
            }
            return .success(tape)
        }

        func location(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }

        // One case per kind of libyaml event: the switch reads best whole, at a little over 60 lines.
        mutating func add(_ event: yaml_event_t) -> Diagnostic? {
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    return Diagnostic(
                        .error, at: location(event.start_mark),
                        "a second YAML document ('---'); a deadlined file holds one document")
                }
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let plain = s.style == YAML_PLAIN_SCALAR_STYLE && s.tag == nil
                let bytes =
                    s.value.map { UnsafeBufferPointer(start: $0, count: Int(s.length)) }
                    ?? UnsafeBufferPointer(start: nil, count: 0)
                let start = Int32(clamping: tape.arena.count)
                tape.arena.append(contentsOf: bytes)
                if let problem = push(
                    .scalar, plain: plain, start: start, length: Int32(clamping: bytes.count), event: event,
                    anchor: s.anchor)
                {
                    return problem
                }
                tape.nodes[tape.nodes.count - 1].nfc = Text.surelyNFC(bytes)
            case YAML_SEQUENCE_START_EVENT:
                if let problem = push(.sequence, plain: false, event: event, anchor: event.data.sequence_start.anchor) {
                    return problem
                }
            case YAML_MAPPING_START_EVENT:
                if let problem = push(.mapping, plain: false, event: event, anchor: event.data.mapping_start.anchor) {
                    return problem
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let (index, weight, _) = stack.popLast() else { return nil }
                tape.nodes[index].end = Int32(tape.nodes.count)
                if !stack.isEmpty { stack[stack.count - 1].weight += weight }
                if let name = pendingAnchors.removeValue(forKey: index) { anchors[name] = (index, weight) }
            case YAML_ALIAS_EVENT:
                anchored = true
                let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                guard let a = anchors[name] else {
                    return Diagnostic(
                        .error, at: location(event.start_mark), "alias '*\(name)' refers to no anchor defined before it"
                    )
                }
                guard a.weight >= 0 else {
                    return Diagnostic(
                        .error, at: location(event.start_mark), "alias '*\(name)' refers to a node that contains it")
                }
                aliasExpansion += a.weight
                if aliasExpansion > limits.maxAliasExpansion {
                    return Diagnostic(
                        .error, at: location(event.start_mark),
                        "aliases expand to more than \(limits.maxAliasExpansion) nodes (limit max_alias_expansion); is this a \"billion laughs\" file?"
                    )
                }
                let index = tape.nodes.count
                tape.nodes.append(
                    YNode(
                        kind: .alias, plain: false, line: Int32(event.start_mark.line) + 1,
                        column: Int32(event.start_mark.column) + 1,
                        end: Int32(index + 1), start: Int32(a.index), length: -1))
                if !stack.isEmpty { stack[stack.count - 1].children += 1 }
                if !stack.isEmpty { stack[stack.count - 1].weight += a.weight }
            default:
                break
            }
            return nil
        }

        mutating func push(
            _ kind: YNode.Kind, plain: Bool, start: Int32 = 0, length: Int32 = -1, event: yaml_event_t,
            anchor: UnsafeMutablePointer<yaml_char_t>?
        ) -> Diagnostic? {
            if !stack.isEmpty { stack[stack.count - 1].children += 1 }
            let index = tape.nodes.count
            tape.nodes.append(
                YNode(
                    kind: kind, plain: plain, line: Int32(event.start_mark.line) + 1,
                    column: Int32(event.start_mark.column) + 1,
                    end: Int32(index + 1), start: start, length: length))
            if let anchor {
                anchored = true
                let name = String(cString: anchor)
                anchors[name] = (index, kind == .scalar ? 1 : -1)
                if kind != .scalar { pendingAnchors[index] = name }
            }
            if kind == .scalar {
                if !stack.isEmpty { stack[stack.count - 1].weight += 1 }
            } else {
                stack.append((index, 1, 0))
                if stack.count > limits.maxDepth {
                    return Diagnostic(
                        .error, at: location(event.start_mark),
                        "nesting deeper than \(limits.maxDepth) levels (limit max_depth)")
                }
            }
            return nil
        }
    }

    // MARK: Reading the tape

    subscript(_ i: Int) -> YNode { nodes[i] }

    /// Follows an alias to the node it stands for.
    func resolved(_ i: Int) -> Int { nodes[i].kind == .alias ? Int(nodes[i].start) : i }

    /// The children of a sequence or mapping (for a mapping: key, value, key, value ...).
    func children(_ i: Int) -> ChildIterator { ChildIterator(tape: self, position: i + 1, end: Int(nodes[i].end)) }

    struct ChildIterator: Sequence, IteratorProtocol {
        let tape: YAMLTape
        var position: Int
        let end: Int
        mutating func next() -> Int? {
            guard position < end else { return nil }
            defer { position = Int(tape.nodes[position].end) }
            return position
        }
    }

    /// Key-value pairs of a mapping, as node indices.
    func pairs(_ i: Int) -> [(key: Int, value: Int)] {
        var out: [(Int, Int)] = []
        var it = children(i)
        while let k = it.next(), let v = it.next() { out.append((k, v)) }
        return out
    }
}
