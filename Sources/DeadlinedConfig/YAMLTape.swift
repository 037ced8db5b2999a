import CLibYAML
import DeadlinedCore
import Synchronization

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

/// One YAML node in document order; containers know where their subtree ends. Plain data, no
/// references: reading or copying a node costs no reference counting.
struct YNode {
    enum Kind: UInt8 { case scalar, sequence, mapping, alias }
    var kind: Kind
    /// A plain (unquoted) scalar, whose meaning may be a number, a boolean or null.
    var plain: Bool
    var line: Int32
    var column: Int32
    /// Index one past the last node of this subtree.
    var end: Int32
    /// A mapping key's text: bytes `start ..< start + length` of the tape's arena. Another
    /// scalar's text: `values[start]`, with `length` -1. An alias: `start` is the index of
    /// the anchored node.
    var start: Int32
    var length: Int32
}

/// The arrays of tapes already decoded, emptied and handed to the next file parsed: a large
/// file's node array is otherwise freed, given back to the system by the allocator, and
/// faulted in page by page again for the next file. Owned by one load, so they go with it.
final class TapeSpares: Sendable {
    private let spare = Mutex<[(nodes: [YNode], arena: [UInt8], values: [String])]>([])
    /// At most one per thread that parses.
    private let most: Int

    init(most: Int) { self.most = most }

    func take() -> (nodes: [YNode], arena: [UInt8], values: [String])? {
        spare.withLock { $0.popLast() }
    }

    /// Keeps the tape's arrays, emptied, for the next file; `tape` is left empty.
    func give(_ tape: inout YAMLTape) {
        var nodes: [YNode] = [], arena: [UInt8] = [], values: [String] = []
        swap(&nodes, &tape.nodes)
        swap(&arena, &tape.arena)
        swap(&values, &tape.values)
        // Emptied here, on the thread that is done with them; unique, so kept in place.
        nodes.removeAll(keepingCapacity: true)
        arena.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        spare.withLock { s in
            if s.count < most { s.append((nodes, arena, values)) }
        }
    }
}

/// A YAML document flattened into an array: the root is node 0. Mapping keys keep their text
/// as bytes in one arena and never become strings; other scalars' texts are strings, made
/// when the tape is built (in one pass, which also keeps the items made later from them close
/// together in memory: a reload, which touches every item, was 40% slower when each item's
/// strings were made between them).
struct YAMLTape {
    var nodes: [YNode] = []
    var arena: [UInt8] = []
    var values: [String] = []

    /// A scalar's text ("" for other nodes).
    func value(_ i: Int) -> String {
        let n = nodes[i]
        guard n.kind == .scalar else { return "" }
        guard n.length >= 0 else { return values[Int(n.start)] }
        let start = Int(n.start), length = Int(n.length)
        return arena.withUnsafeBufferPointer { b in
            String(decoding: UnsafeBufferPointer(rebasing: b[start..<start + length]), as: UTF8.self)
        }
    }

    /// The place in `keys` of the word a scalar's text is, byte for byte.
    func index(_ i: Int, in keys: KeyTable) -> Int? {
        let n = nodes[i]
        guard n.kind == .scalar else { return nil }
        guard n.length >= 0 else { return keys.words.firstIndex(of: values[Int(n.start)]) }
        let start = Int(n.start), length = Int(n.length)
        return arena.withUnsafeBufferPointer { b in keys.index(of: UnsafeBufferPointer(rebasing: b[start..<start + length])) }
    }

    /// The first byte of a scalar's text, 0 when empty (or not a scalar).
    func firstByte(_ i: Int) -> UInt8 {
        let n = nodes[i]
        guard n.kind == .scalar else { return 0 }
        guard n.length >= 0 else { return values[Int(n.start)].utf8.first ?? 0 }
        return n.length > 0 ? arena[Int(n.start)] : 0
    }

    /// Parses `bytes` with libyaml's event API, building no tree of objects.
    static func parse(_ bytes: [UInt8], file: String, limits: Limits, spares: TapeSpares? = nil) -> Result<YAMLTape, Diagnostic> {
        // libyaml rejects whatever `checkText` does (NUL and other control characters, bad
        // UTF-8, surrogates), so the text is checked only when libyaml fails, for a better
        // message: the byte offset, and NUL named as a sign of a binary file.
        return bytes.withUnsafeBufferPointer { buf -> Result<YAMLTape, Diagnostic> in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) != 0 else {
                return .failure(Diagnostic(.error, file: file, "cannot initialise the YAML parser: out of memory"))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buf.baseAddress, buf.count)
            // UTF-8 only, whatever a byte-order mark says (a UTF-16 file is an error).
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var builder = Builder(file: file, limits: limits)
            if let s = spares?.take() {
                builder.tape.nodes = s.nodes
                builder.tape.arena = s.arena
                builder.tape.values = s.values
            }
            // About two nodes per line (a key and its value): reserved from a count of the
            // lines, so a large file's array rarely grows and copies, and is not sized for the
            // worst case (that was one fresh mapping per file, paid for in page faults).
            var lines = 0
            for b in buf where b == 0x0A { lines += 1 }
            builder.tape.nodes.reserveCapacity(2 * lines + 16)
            builder.tape.values.reserveCapacity(lines + 16)
            builder.tape.arena.reserveCapacity(bytes.count / 4)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) != 0 else {
                    return .failure(checkText(bytes, file: file) ?? syntaxError(parser, file: file, bytes: bytes))
                }
                let result = builder.add(event)
                let type = event.type
                yaml_event_delete(&event)
                if let problem = result { return .failure(problem) }
                if type == YAML_STREAM_END_EVENT { break }
            }
            if builder.tape.nodes.isEmpty {
                return .failure(Diagnostic(.error, file: file, "the file holds no YAML document (it is empty or only comments)"))
            }
            return .success(builder.tape)
        }
    }

    /// Rejects what is not UTF-8 text before libyaml sees it, naming the byte offset.
    static func checkText(_ bytes: [UInt8], file: String) -> Diagnostic? {
        var i = 0
        let n = bytes.count
        // The line and column of a problem are counted only once there is one.
        func at(_ offset: Int, _ message: String) -> Diagnostic {
            Diagnostic(.error, at: location(ofByte: offset, in: bytes, file: file), message)
        }
        // Eight bytes at a time while they are ASCII without NUL: most of a config.
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        return bytes.withUnsafeBytes { raw -> Diagnostic? in
            while i < n {
                if i + 8 <= n {
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if w & high == 0, (w &- ones) & ~w & high == 0 {
                        i += 8
                        continue
                    }
                }
                let b = raw[i]
                if b < 0x80 {
                    if b == 0 { return at(i, "NUL byte at byte offset \(i): this is not a text file") }
                    i += 1
                    continue
                }
                let len: Int
                var minimum: UInt32
                if b & 0xE0 == 0xC0 {
                    len = 2
                    minimum = 0x80
                } else if b & 0xF0 == 0xE0 {
                    len = 3
                    minimum = 0x800
                } else if b & 0xF8 == 0xF0 {
                    len = 4
                    minimum = 0x10000
                } else {
                    return at(i, "invalid UTF-8 at byte offset \(i) (byte 0x\(String(b, radix: 16, uppercase: true))): the file must be UTF-8 text")
                }
                guard i + len <= n else { return at(i, "invalid UTF-8 at byte offset \(i): the file ends inside a character") }
                var v = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                for k in 1..<len {
                    let c = raw[i + k]
                    guard c & 0xC0 == 0x80 else {
                        let lead = String(b, radix: 16, uppercase: true), next = String(c, radix: 16, uppercase: true)
                        return at(
                            i, "invalid UTF-8 at byte offset \(i) (byte 0x\(lead) starts a \(len)-byte character, byte 0x\(next) cuts it off): the file must be UTF-8 text")
                    }
                    v = v << 6 | UInt32(c & 0x3F)
                }
                if v < minimum || v > 0x10FFFF || (0xD800...0xDFFF).contains(v) {
                    return at(i, "invalid UTF-8 at byte offset \(i): the file must be UTF-8 text")
                }
                i += len
            }
            return nil
        }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    static func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        let offset = min(max(offset, 0), bytes.count)
        var line = 1, lineStart = 0
        for k in 0..<offset where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return SourceLocation(file: file, line: line, column: column)
    }

    static func syntaxError(_ parser: yaml_parser_t, file: String, bytes: [UInt8]) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        // The reader (which decodes and checks characters ahead of the scanner) leaves the
        // mark at 0,0 and gives the byte offset and the character instead.
        if parser.error == YAML_READER_ERROR {
            var message = "YAML syntax error: \(problem)"
            if parser.problem_value >= 0, let u = Unicode.Scalar(UInt32(parser.problem_value)) {
                message += ": \(Invisible.name(u))"
            }
            message += " at byte offset \(parser.problem_offset)"
            return Diagnostic(.error, at: location(ofByte: Int(parser.problem_offset), in: bytes, file: file), message)
        }
        let mark = parser.problem_mark
        var message = "YAML syntax error: \(problem)"
        if let ctx = parser.context {
            let c = String(cString: ctx)
            message += " (\(c) at line \(parser.context_mark.line + 1))"
        }
        // libyaml counts `index` and `column` in characters, not bytes: find the byte from the
        // line and column, or a tab after Vietnamese text would go unnoticed.
        let offset = byteOffset(line: Int(mark.line), column: Int(mark.column), in: bytes)
        if offset < bytes.count, bytes[offset] == 0x09 {
            message += "; tabs cannot be used for indentation, use spaces"
        }
        // A byte-order mark where two files were joined, a no-break space pasted in: the line
        // looks right. Tabs have their hint above. A line of megabytes is looked at in part.
        let start = byteOffset(line: Int(mark.line), column: 0, in: bytes)
        let end = min(bytes[start...].firstIndex(of: 0x0A) ?? bytes.count, start + 4096)
        let line = String(decoding: bytes[start..<end].map { $0 == 0x09 || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
        if let what = Invisible.described(line) { message += "; this line contains \(what)" }
        return Diagnostic(.error, at: SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1), message)
    }

    /// The byte offset of a 0-based line and character column.
    static func byteOffset(line: Int, column: Int, in bytes: [UInt8]) -> Int {
        var i = 0, l = 0
        while i < bytes.count, l < line {
            if bytes[i] == 0x0A { l += 1 }
            i += 1
        }
        var c = 0
        while i < bytes.count, c < column, bytes[i] != 0x0A {
            i += 1
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            c += 1
        }
        return i
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

        init(file: String, limits: Limits) {
            self.file = file
            self.limits = limits
        }

        func location(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }

        mutating func add(_ event: yaml_event_t) -> Diagnostic? {
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    return Diagnostic(
                        .error, at: location(event.start_mark), "a second YAML document ('---'); a deadlined file holds one document")
                }
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let plain = s.style == YAML_PLAIN_SCALAR_STYLE && s.tag == nil
                let bytes = s.value.map { UnsafeBufferPointer(start: $0, count: Int(s.length)) } ?? UnsafeBufferPointer(start: nil, count: 0)
                // A mapping's children alternate key, value: an even count so far means a key.
                let isKey = stack.last.map { tape.nodes[$0.index].kind == .mapping && $0.children % 2 == 0 } ?? false
                let problem: Diagnostic?
                if isKey {
                    let start = Int32(clamping: tape.arena.count)
                    tape.arena.append(contentsOf: bytes)
                    problem = push(.scalar, plain: plain, start: start, length: Int32(clamping: bytes.count), event: event, anchor: s.anchor)
                } else {
                    let start = Int32(clamping: tape.values.count)
                    tape.values.append(String(decoding: bytes, as: UTF8.self))
                    problem = push(.scalar, plain: plain, start: start, length: -1, event: event, anchor: s.anchor)
                }
                if let problem { return problem }
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
                let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                guard let a = anchors[name] else {
                    return Diagnostic(.error, at: location(event.start_mark), "alias '*\(name)' refers to no anchor defined before it")
                }
                guard a.weight >= 0 else {
                    return Diagnostic(.error, at: location(event.start_mark), "alias '*\(name)' refers to a node that contains it")
                }
                aliasExpansion += a.weight
                if aliasExpansion > limits.maxAliasExpansion {
                    return Diagnostic(
                        .error, at: location(event.start_mark),
                        "aliases expand to more than \(limits.maxAliasExpansion) nodes (limit max_alias_expansion); is this a \"billion laughs\" file?")
                }
                let index = tape.nodes.count
                tape.nodes.append(
                    YNode(
                        kind: .alias, plain: false, line: Int32(event.start_mark.line) + 1, column: Int32(event.start_mark.column) + 1,
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
                    kind: kind, plain: plain, line: Int32(event.start_mark.line) + 1, column: Int32(event.start_mark.column) + 1,
                    end: Int32(index + 1), start: start, length: length))
            if let anchor {
                let name = String(cString: anchor)
                anchors[name] = (index, kind == .scalar ? 1 : -1)
                if kind != .scalar { pendingAnchors[index] = name }
            }
            if kind == .scalar {
                if !stack.isEmpty { stack[stack.count - 1].weight += 1 }
            } else {
                stack.append((index, 1, 0))
                if stack.count > limits.maxDepth {
                    return Diagnostic(.error, at: location(event.start_mark), "nesting deeper than \(limits.maxDepth) levels (limit max_depth)")
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
