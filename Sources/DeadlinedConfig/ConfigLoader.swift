import DeadlinedCore

/// The outcome of loading a configuration: the config when it is valid, every diagnostic,
/// and the text of each file read so diagnostics can quote their line.
public struct LoadResult: Error, Sendable {
    public var config: Config?
    public var diagnostics: [Diagnostic]
    /// The text of each file that has a diagnostic, to quote its lines.
    public var texts: [String: [UInt8]]
    /// Every file read (or tried), the main one first: what a watcher should watch.
    public var files: [String]
    /// The main file's path, as given.
    public var path: String

    /// Line `line` (1-based) of a file that was read.
    public func sourceLine(_ file: String, _ line: Int) -> String? {
        guard let bytes = texts[file] else { return nil }
        return LoadResult.line(line, of: bytes, starts: LoadResult.lineStarts(bytes))
    }

    /// Where each line of `bytes` starts. Lines end as libyaml counts them: LF, CR LF, or a
    /// lone CR (old Mac files).
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (i, b) in bytes.enumerated() {
            if b == 0x0A || (b == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) { starts.append(i + 1) }
        }
        return starts
    }

    static func line(_ line: Int, of bytes: [UInt8], starts: [Int]) -> String? {
        guard line >= 1, line <= starts.count else { return nil }
        let start = starts[line - 1]
        var end = start
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Every diagnostic with its source line and caret, one after the other. Each file's
    /// lines are indexed once: 100,000 duplicate ids render in linear time.
    public func renderedDiagnostics() -> String {
        var index: [String: [Int]] = [:]
        func sourceLine(_ file: String, _ line: Int) -> String? {
            guard let bytes = texts[file] else { return nil }
            let starts = index[file] ?? LoadResult.lineStarts(bytes)
            index[file] = starts
            return LoadResult.line(line, of: bytes, starts: starts)
        }
        return diagnostics.map { $0.rendered(sourceLine: sourceLine) }.joined(separator: "\n")
    }
}

/// Loads a configuration file and its includes into a validated `Config`.
public struct ConfigLoader: Sendable {
    public var source: any ConfigSource
    public var limits: Limits
    /// Decoded files kept between loads: a reload reads again only the files whose stamp
    /// (device, inode, size, mtime, ctime) changed. nil: read everything.
    public var cache: ConfigCache?
    /// Recurring duties are made into occurrences up to a year after this instant (by default
    /// a year after each duty starts). The loader reads no clock: callers pass now.
    public var asOf: Int64?

    public init(source: any ConfigSource, limits: Limits = Limits(), cache: ConfigCache? = nil, asOf: Int64? = nil) {
        self.source = source
        self.limits = limits
        self.cache = cache
        self.asOf = asOf
    }

    /// The acknowledgements written by `deadlined ack`: `acks.yaml` beside the main file.
    public static func acksPath(for main: String) -> String {
        guard let slash = main.lastIndex(of: "/") else { return "acks.yaml" }
        return String(main[...slash]) + "acks.yaml"
    }

    public func load(_ path: String) -> LoadResult {
        let run = Session(source: source, limits: limits, cache: cache)
        run.asOf = asOf
        run.loadFile(path, main: true, includedFrom: nil, depth: 0, chain: [])
        run.loadAcks(ConfigLoader.acksPath(for: path))
        run.loadHolidayDropIns(path)
        let config = run.finish()
        cache?.keepOnly(run.cacheKeys)
        return LoadResult(config: config, diagnostics: run.diagnostics, texts: run.quotedTexts(), files: run.files, path: path)
    }
}

/// Keys each mapping accepts; anything else is an error with a suggestion.
/// The keys a mapping allows, with what it takes to match a key's bytes quickly: its length
/// and first sixteen bytes as two words (this runs once per key of a large config).
struct KeyTable: ExpressibleByArrayLiteral, Sendable {
    let words: [String]
    private let prints: [(length: Int, a: UInt64, b: UInt64)]
    private let bytes: [[UInt8]]

    init(_ words: [String]) {
        self.words = words
        bytes = words.map { Array($0.utf8) }
        prints = bytes.map { b in b.withUnsafeBufferPointer { p in KeyTable.print(p) } }
    }

    init(arrayLiteral words: String...) { self.init(words) }

    static func print(_ b: UnsafeBufferPointer<UInt8>) -> (length: Int, a: UInt64, b: UInt64) {
        var words = (UInt64(0), UInt64(0))
        withUnsafeMutableBytes(of: &words) { w in
            for k in 0..<Swift.min(16, b.count) { w[k] = b[k] }
        }
        return (b.count, words.0, words.1)
    }

    /// The place in `words` of the key whose bytes these are.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let p = KeyTable.print(key)
        for k in prints.indices where prints[k].length == p.length && prints[k].a == p.a && prints[k].b == p.b {
            if p.length <= 16 || bytes[k][16...].elementsEqual(key[16...]) { return k }
        }
        return nil
    }
}

enum Keys {
    static let top: KeyTable = ["settings", "include", "directives", "assignments"]
    static let settings: KeyTable = [
        "timezone", "language", "remind_before", "repeat_overdue", "escalate_after", "digest_at", "watch", "alert_budget",
        "alert_window", "report_against", "roll_to_working_day", "holidays",
    ]
    static let holidays: KeyTable = ["off", "working"]
    static let holidayEntry: KeyTable = ["date", "note"]
    static let directive: KeyTable = ["id", "title", "issuer", "reference", "issued", "assignments", "note"]
    static let assignment: KeyTable = [
        "id", "agency", "task", "due", "assigned", "status", "completed", "owner", "note", "done_by", "extensions",
        "every", "day", "starts", "until", "done_through",
    ]
    static let extensionKeys: KeyTable = ["due", "reference", "granted"]
    static let doneBy: KeyTable = ["agency", "completed"]
}

/// The keys of an assignment, in the order of `Keys.assignment`: a key is matched once, as
/// a string, and then handled by number (this runs once per item of a large config).
enum AssignmentKey: Int, CaseIterable {
    case id, agency, task, due, assigned, status, completed, owner, note, doneBy, extensions, every, day, starts, until, doneThrough

    var name: String { Keys.assignment.words[rawValue] }
}

/// Which keys of an assignment were given.
struct AssignmentKeys {
    var bits: UInt32 = 0
    mutating func insert(_ k: AssignmentKey) { bits |= 1 << UInt32(k.rawValue) }
    func contains(_ k: AssignmentKey) -> Bool { bits & (1 << UInt32(k.rawValue)) != 0 }
}

/// What a plain scalar means in YAML's core schema, for type errors.
enum PlainType {
    case null, bool, number, text

    init(_ v: String) {
        if let t = v.utf8.withContiguousStorageIfAvailable({ PlainType(bytes: $0) }) {
            self = t
        } else {
            self = Array(v.utf8).withUnsafeBufferPointer { PlainType(bytes: $0) }
        }
    }

    /// Decided on the bytes: YAML's core schema spellings of null and booleans, and numbers.
    init(bytes b: UnsafeBufferPointer<UInt8>) {
        func isAny(_ forms: StaticString...) -> Bool {
            forms.contains { f in f.utf8CodeUnitCount == b.count && f.withUTF8Buffer { $0.elementsEqual(b) } }
        }
        switch b.count {
        case 0:
            self = .null
            return
        case 1 where b[0] == 0x7E:
            self = .null
            return
        case 4 where isAny("null", "Null", "NULL"):
            self = .null
            return
        case 4 where isAny("true", "True", "TRUE"), 5 where isAny("false", "False", "FALSE"):
            self = .bool
            return
        default:
            break
        }
        // A number is only digits, '.', '_' and a leading sign.
        var digits = 0
        for (i, c) in b.enumerated() {
            if c >= 0x30, c <= 0x39 {
                digits += 1
            } else if !(c == 0x2E || c == 0x5F || ((c == 0x2D || c == 0x2B) && i == 0)) {
                self = .text
                return
            }
        }
        self = digits > 0 ? .number : .text
    }

    var name: String {
        switch self {
        case .null: return "nothing"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .text: return "text"
        }
    }
}

/// What one file decodes to, on its own: kept in the cache and merged into the whole.
struct FileDecoded: Sendable {
    var diagnostics: [Diagnostic] = []
    /// The file's bytes, kept only when a diagnostic points into it.
    var text: [UInt8]?
    /// The file was there but could not be read (acks only: kept out of the cache).
    var unreadable = false
    var settings: Settings?
    var directives: [Directive] = []
    /// Items whose `directive` indexes `directives` above.
    var items: [Item] = []
    var dueSpecs: [DueSpec?] = []
    var completedSpecs: [DueSpec?] = []
    /// `IdIndex.hash` of each item's id, made with the file (on a worker thread) and kept in
    /// the cache, so a reload's merge does not hash every id again.
    var idHashes: [UInt64] = []
    var includes: [(String, SourceLocation)] = []
    /// The file alone holds more than `max_items` items (and has an error saying so).
    var overItemLimit = false
    /// Some item has extensions: only then does `finish` look at each item's.
    var hasExtensions = false
    /// For the acknowledgements file: its entries.
    var acks: [AckSpec] = []
    /// Recurring duties: one template item per agency and its rule; occurrences are made when
    /// the whole config is merged, up to a horizon.
    var recurring: [(template: Item, rule: Recurrence)] = []
}

/// An acknowledgement as read, before the time zone places `until`.
struct AckSpec: Sendable {
    var id: String
    var until: DueSpec
    var note: String?
    var at: SourceLocation
}

/// Decodes one file's tape. Ids are checked within the file here, across files by `Session`.
final class Loading {
    let limits: Limits
    var diagnostics: [Diagnostic] = []
    var settings = Settings()
    var sawSettings = false
    var directives: [Directive] = []
    var directiveIds: [String: SourceLocation] = [:]
    var items: [Item] = []
    var dueSpecs: [DueSpec?] = []
    var completedSpecs: [DueSpec?] = []
    /// Ids given in this file so far, where, and an index over them.
    var idList: [(id: String, at: SourceLocation)] = []
    var idIndex = IdIndex()
    /// `IdIndex.hash` of each item's id, beside `items`.
    var idHashes: [UInt64] = []
    var includes: [(String, SourceLocation)] = []
    var recurring: [(template: Item, rule: Recurrence)] = []
    var tooMany = false
    var hasExtensions = false

    init(limits: Limits) {
        self.limits = limits
    }

    func error(_ at: SourceLocation, _ message: String) { diagnostics.append(Diagnostic(.error, at: at, message)) }
    func warning(_ at: SourceLocation, _ message: String) { diagnostics.append(Diagnostic(.warning, at: at, message)) }

    /// Parses and decodes the bytes of one file.
    static func decode(_ bytes: [UInt8], file: String, main: Bool, limits: Limits, spares: TapeSpares? = nil) -> FileDecoded {
        switch YAMLTape.parse(bytes, file: file, limits: limits, spares: spares) {
        case .failure(let d):
            return FileDecoded(diagnostics: [d], text: bytes)
        case .success(var tape):
            let l = Loading(limits: limits)
            l.decodeTop(tape, file: file, main: main)
            spares?.give(&tape)
            var out = FileDecoded(
                diagnostics: l.diagnostics, text: l.diagnostics.contains { $0.file == file } ? bytes : nil,
                settings: main && l.sawSettings ? l.settings : nil, directives: l.directives, items: l.items, dueSpecs: l.dueSpecs,
                completedSpecs: l.completedSpecs, includes: l.includes, overItemLimit: l.tooMany, recurring: l.recurring)
            out.idHashes = l.idHashes
            out.hasExtensions = l.hasExtensions
            return out
        }
    }

    func loc(_ t: YAMLTape, _ file: String, _ i: Int) -> SourceLocation {
        SourceLocation(file: file, line: Int(t.nodes[i].line), column: Int(t.nodes[i].column))
    }

    // MARK: Generic readers

    func kindName(_ t: YAMLTape, _ i: Int) -> String {
        let r = t.resolved(i)
        let n = t[r]
        switch n.kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar: return n.plain ? PlainType(t.value(r)).name : "text"
        }
    }

    /// The entries of a mapping, keys checked for duplicates and against `allowed`.
    /// `index` is the key's position in `allowed`.
    func mapping(_ t: YAMLTape, _ file: String, _ i0: Int, what: String, allowed: KeyTable) -> [(key: String, at: SourceLocation, value: Int, index: Int)]? {
        let i = t.resolved(i0)
        guard t[i].kind == .mapping else {
            error(loc(t, file, i0), "expected a mapping for \(what), found \(kindName(t, i0))")
            return nil
        }
        var out: [(key: String, at: SourceLocation, value: Int, index: Int)] = []
        out.reserveCapacity(min(Int(t.nodes[i].end) - i, 32))
        // Allowed keys seen so far, as bits of their place in `allowed` (a repeat is then found
        // in `out`); unknown keys, rare, in a short list.
        var seenAllowed: UInt64 = 0
        var seenUnknown: [String: SourceLocation] = [:]
        var children = t.children(i)
        while let k = children.next(), let v = children.next() {
            let kr = t.resolved(k)
            let at = loc(t, file, k)
            guard t.nodes[kr].kind == .scalar else {
                error(at, "a key in \(what) must be a plain word, not \(kindName(t, k))")
                continue
            }
            // Keys are compared as bytes; a String is made only for a message.
            guard let index = t.index(kr, in: allowed) else {
                let key = t.value(kr)
                if let first = seenUnknown[key] {
                    error(at, "duplicate key '\(key)' in \(what); first given at line \(first.line)")
                    continue
                }
                seenUnknown[key] = at
                var msg = "unknown key '\(key)' in \(what)"
                if key == "<<" {
                    msg += "; YAML merge keys are not supported: write the keys out (anchors and aliases of whole values work)"
                } else if let s = Text.suggestion(for: key, among: allowed.words) {
                    msg += "; did you mean '\(s)'?"
                }
                error(at, msg)
                continue
            }
            let bit: UInt64 = index < 64 ? 1 << UInt64(index) : 0
            let key = allowed.words[index]
            if seenAllowed & bit != 0 || (bit == 0 && out.contains { $0.index == index }),
                let first = out.first(where: { $0.index == index })?.at
            {
                error(at, "duplicate key '\(key)' in \(what); first given at line \(first.line)")
                continue
            }
            seenAllowed |= bit
            out.append((key, at, v, index))
        }
        return out
    }

    /// A scalar as text. `strict` rejects numbers, booleans and null written without quotes.
    func text(_ t: YAMLTape, _ file: String, _ i0: Int, field: String, strict: Bool = false) -> String? {
        let i = t.resolved(i0)
        guard t.nodes[i].kind == .scalar else {
            error(loc(t, file, i0), "expected text for '\(field)', found \(kindName(t, i0))")
            return nil
        }
        let value = t.value(i)
        if t.nodes[i].plain {
            // Plain text that starts with a letter other than those of null, true and false
            // is text: the common case, decided without looking further.
            let first = t.firstByte(i)
            let letter = (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A)
            let obviouslyText = first >= 0x80 || (letter && !"nNtTfF".utf8.contains(first))
            let type = obviouslyText ? PlainType.text : PlainType(value)
            if type == .null {
                error(loc(t, file, i0), "'\(field)' has no value")
                return nil
            }
            if strict, type != .text {
                error(loc(t, file, i0), "expected text for '\(field)', found \(type.name) (\(value)); put it in quotes if it is meant as text")
                return nil
            }
        }
        if value.isBlank {
            error(loc(t, file, i0), "'\(field)' is empty")
            return nil
        }
        return value
    }

    /// One scalar or a list of scalars, each with its location.
    func textList(_ t: YAMLTape, _ file: String, _ i0: Int, field: String, strict: Bool = false) -> [(String, SourceLocation)]? {
        let i = t.resolved(i0)
        if t[i].kind == .sequence {
            var out: [(String, SourceLocation)] = []
            var ok = true
            for c in t.children(i) {
                if let s = text(t, file, c, field: field, strict: strict) { out.append((s, loc(t, file, c))) } else { ok = false }
            }
            return ok ? out : nil
        }
        guard let s = text(t, file, i0, field: field, strict: strict) else { return nil }
        return [(s, loc(t, file, i0))]
    }

    func duration(_ t: YAMLTape, _ file: String, _ i: Int, field: String) -> Int64? {
        guard let s = text(t, file, i, field: field) else { return nil }
        switch DurationGrammar.parse(s) {
        case .success(let v):
            guard v > 0 else {
                error(loc(t, file, i), "'\(field)' must be longer than zero")
                return nil
            }
            return v
        case .failure(let e):
            error(loc(t, file, i), e.message)
            return nil
        }
    }

    /// A date in any due form; a working-day count only where `workingDays` allows it.
    func due(_ t: YAMLTape, _ file: String, _ i: Int, field: String, workingDays: Bool = false) -> (DueSpec, String)? {
        guard let s = text(t, file, i, field: field) else { return nil }
        switch DueGrammar.parse(s) {
        case .success(let spec):
            if spec.kind == .workingDays, !workingDays {
                error(loc(t, file, i), "invalid date for '\(field)': '\(s)' is a count of working days, not a date")
                return nil
            }
            return (spec, s)
        case .failure(let e):
            error(loc(t, file, i), "invalid date for '\(field)': \(e.message)")
            return nil
        }
    }

    func bool(_ t: YAMLTape, _ file: String, _ i0: Int, field: String) -> Bool? {
        let r = t.resolved(i0)
        if t[r].kind == .scalar {
            switch Text.fold(t.value(r)) {
            case "true", "yes", "on", "co": return true
            case "false", "no", "off", "khong": return false
            default: break
            }
        }
        error(loc(t, file, i0), "expected true or false for '\(field)', found \(kindName(t, i0))")
        return nil
    }

    // MARK: Sections

    func decodeTop(_ t: YAMLTape, file: String, main: Bool) {
        guard let entries = mapping(t, file, 0, what: "the top level of the file", allowed: Keys.top) else { return }
        for e in entries {
            switch e.key {
            case "settings":
                if main {
                    decodeSettings(t, file, e.value)
                } else {
                    error(e.at, "'settings' belongs in the main configuration file, not in an included file")
                }
            case "include":
                if let list = textList(t, file, e.value, field: "include") { includes = list }
            case "directives":
                let v = t.resolved(e.value)
                guard t[v].kind == .sequence else {
                    error(loc(t, file, e.value), "expected a list of directives, found \(kindName(t, e.value))")
                    continue
                }
                for d in t.children(v) { decodeDirective(t, file, d) }
            case "assignments":
                decodeAssignments(t, file, e.value, directive: nil)
            default:
                break
            }
        }
    }

    func decodeSettings(_ t: YAMLTape, _ file: String, _ i: Int) {
        sawSettings = true
        guard let entries = mapping(t, file, i, what: "settings", allowed: Keys.settings) else { return }
        for e in entries {
            let v = e.value
            switch e.key {
            case "timezone":
                guard let name = text(t, file, v, field: "timezone") else { continue }
                if let z = Zone(identifier: name) {
                    settings.zone = z
                } else {
                    error(loc(t, file, v), "unknown time zone '\(name)'; use an IANA name such as Asia/Ho_Chi_Minh")
                }
            case "language":
                guard let name = text(t, file, v, field: "language") else { continue }
                if let l = Language(rawValue: Text.fold(name)) {
                    settings.language = l
                } else {
                    error(loc(t, file, v), "unknown language '\(name)'; expected vi or en")
                }
            case "remind_before":
                let r = t.resolved(v)
                var values: [Int64] = []
                if t[r].kind == .sequence {
                    for c in t.children(r) { if let d = duration(t, file, c, field: "remind_before") { values.append(d) } }
                } else if let d = duration(t, file, v, field: "remind_before") {
                    values.append(d)
                }
                settings.remindBefore = Array(Set(values)).sorted(by: >)
            case "repeat_overdue":
                if let d = duration(t, file, v, field: "repeat_overdue") {
                    if d < 60 {
                        error(loc(t, file, v), "'repeat_overdue' must be at least 1m")
                    } else {
                        settings.repeatOverdue = d
                    }
                }
            case "escalate_after":
                if let d = duration(t, file, v, field: "escalate_after") { settings.escalateAfter = d }
            case "digest_at":
                guard let s = text(t, file, v, field: "digest_at") else { continue }
                let parts = s.split(separator: ":")
                if parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m), parts[1].count == 2 {
                    settings.digestAt = h * 3600 + m * 60
                } else {
                    error(loc(t, file, v), "invalid time for 'digest_at': '\(s)'; expected HH:MM such as 08:00")
                }
            case "watch":
                if let b = bool(t, file, v, field: "watch") { settings.watch = b }
            case "alert_budget":
                let r = t.resolved(v)
                if t[r].kind == .scalar, let k = Int(t.value(r)), k > 0 {
                    settings.alertBudget = k
                } else {
                    error(loc(t, file, v), "'alert_budget' must be a whole number above zero")
                }
            case "alert_window":
                if let d = duration(t, file, v, field: "alert_window") { settings.alertWindow = d }
            case "roll_to_working_day":
                if let b = bool(t, file, v, field: "roll_to_working_day") { settings.rollToWorkingDay = b }
            case "holidays":
                guard let entries = mapping(t, file, v, what: "'holidays'", allowed: Keys.holidays) else { continue }
                for h in entries {
                    let days = holidayList(t, file, h.value, field: "holidays." + h.key)
                    if h.key == "off" { settings.extraDaysOff = days } else { settings.extraWorkingDays = days }
                }
                let off = Set(settings.extraDaysOff.map(\.date))
                for d in settings.extraWorkingDays.map(\.date) where off.contains(d) {
                    warning(loc(t, file, v), "\(d) is both in 'holidays.off' and in 'holidays.working'; it counts as a working day")
                }
            case "report_against":
                guard let name = text(t, file, v, field: "report_against") else { continue }
                if let b = ReportBasis(rawValue: Text.fold(name)) {
                    settings.reportAgainst = b
                } else {
                    error(loc(t, file, v), "unknown value '\(name)' for 'report_against'; expected original or extended")
                }
            default:
                break
            }
        }
    }

    func decodeDirective(_ t: YAMLTape, _ file: String, _ i: Int) {
        let at = loc(t, file, i)
        guard let entries = mapping(t, file, i, what: "a directive", allowed: Keys.directive) else { return }
        var d = Directive(id: "", source: at)
        var assignments: Int?
        var explicitId = false
        for e in entries {
            switch e.key {
            case "id":
                if let s = text(t, file, e.value, field: "id") {
                    d.id = Text.oneLine(s)
                    explicitId = true
                }
            case "title": d.title = text(t, file, e.value, field: "title")
            case "issuer": d.issuer = text(t, file, e.value, field: "issuer")
            case "reference": d.reference = text(t, file, e.value, field: "reference")
            case "issued": d.issued = due(t, file, e.value, field: "issued")?.0.date
            case "note": _ = text(t, file, e.value, field: "note")
            case "assignments": assignments = e.value
            default: break
            }
        }
        if !explicitId {
            if let r = d.reference ?? d.title {
                d.id = String(Text.slug(r).prefix(60))
            } else {
                error(at, "a directive needs an 'id' (or a 'reference' or 'title' to derive one from)")
                return
            }
        }
        if let first = directiveIds[d.id] {
            error(at, "duplicate directive id '\(d.id)'; first defined at \(first.file):\(first.line):\(first.column)")
            diagnostics.append(Diagnostic(.note, at: first, "directive '\(d.id)' first defined here"))
            return
        }
        directiveIds[d.id] = at
        directives.append(d)
        if let a = assignments {
            decodeAssignments(t, file, a, directive: directives.count - 1)
        } else {
            warning(at, "directive '\(d.id)' has no assignments")
        }
    }

    func decodeAssignments(_ t: YAMLTape, _ file: String, _ i0: Int, directive: Int?) {
        let i = t.resolved(i0)
        guard t[i].kind == .sequence else {
            error(loc(t, file, i0), "expected a list of assignments, found \(kindName(t, i0))")
            return
        }
        // Room for one item per assignment (more when an assignment names several agencies),
        // grown at least twofold: a file of many small directives must not reallocate on each.
        var n = 0
        for _ in t.children(i) { n += 1 }
        let total = items.count + n
        if total > items.capacity {
            let room = Swift.max(total, items.capacity * 2)
            items.reserveCapacity(room)
            dueSpecs.reserveCapacity(room)
            completedSpecs.reserveCapacity(room)
            idList.reserveCapacity(room)
            idHashes.reserveCapacity(room)
            idIndex.reserve(room, idAt: { self.idList[$0].id })
        }
        for a in t.children(i) {
            if tooMany { return }
            decodeAssignment(t, file, a, directive: directive)
        }
    }

    func decodeAssignment(_ t: YAMLTape, _ file: String, _ i: Int, directive: Int?) {
        let at = loc(t, file, i)
        guard let entries = mapping(t, file, i, what: "an assignment", allowed: Keys.assignment) else { return }
        var id: String?
        var agencies: [(String, SourceLocation)]?
        var task: String?
        var dueSpec: (DueSpec, String)?
        var status: Status?
        var statusAt: SourceLocation?
        var completed: DueSpec?
        var owner: String?, note: String?
        var doneBy: [(String, SourceLocation, DueSpec?)] = []
        var extensionSpecs: [(due: DueSpec, text: String, reference: String?, granted: CivilDate?, at: SourceLocation)] = []
        var assigned: CivilDate?
        var every: Recurrence.Period?
        var dayNode: Int?
        var starts: DueSpec?, until: DueSpec?, doneThrough: DueSpec?
        var broken = false
        var has = AssignmentKeys()
        for e in entries {
            guard let key = AssignmentKey(rawValue: e.index) else { continue }
            has.insert(key)
            switch key {
            case .id:
                if let s = text(t, file, e.value, field: "id") { id = Text.oneLine(s) } else { broken = true }
            case .agency:
                agencies = textList(t, file, e.value, field: "agency", strict: true)
                if agencies == nil {
                    broken = true
                } else if agencies?.isEmpty == true {
                    // Else the assignment would silently track nothing.
                    error(loc(t, file, e.value), "'agency' is an empty list: name at least one agency")
                    broken = true
                }
            case .task:
                task = text(t, file, e.value, field: "task", strict: true)
                if task == nil { broken = true }
            case .due:
                dueSpec = due(t, file, e.value, field: "due", workingDays: true)
                if dueSpec == nil { broken = true }
            case .assigned:
                assigned = due(t, file, e.value, field: "assigned")?.0.date
                if assigned == nil { broken = true }
            case .every:
                guard let s = text(t, file, e.value, field: "every") else {
                    broken = true
                    continue
                }
                if let p = Recurrence.Period(rawValue: Text.fold(s).replacingSpaces()) ?? Recurrence.vietnamesePeriod(Text.fold(s)) {
                    every = p
                } else {
                    error(loc(t, file, e.value), "unknown period '\(s)' for 'every'; expected week, month, quarter, half_year or year")
                    broken = true
                }
            case .day:
                dayNode = e.value
            case .starts:
                starts = due(t, file, e.value, field: "starts")?.0
                if starts == nil { broken = true }
            case .until:
                until = due(t, file, e.value, field: "until")?.0
                if until == nil { broken = true }
            case .doneThrough:
                doneThrough = due(t, file, e.value, field: "done_through")?.0
                if doneThrough == nil { broken = true }
            case .status:
                statusAt = loc(t, file, e.value)
                guard let s = text(t, file, e.value, field: "status") else {
                    broken = true
                    continue
                }
                if let st = Status(parsing: s) {
                    status = st
                } else {
                    var msg = "unknown status '\(s)'; expected not_started, in_progress, done or ongoing (chưa thực hiện, đang thực hiện, hoàn thành, thường xuyên)"
                    if let sug = Text.suggestion(for: s, among: Status.spellings) { msg += "; did you mean '\(sug)'?" }
                    error(loc(t, file, e.value), msg)
                    broken = true
                }
            case .completed:
                completed = due(t, file, e.value, field: "completed")?.0
                if completed == nil { broken = true }
            case .owner: owner = text(t, file, e.value, field: "owner")
            case .note: note = text(t, file, e.value, field: "note")
            case .extensions:
                guard let list = decodeExtensions(t, file, e.value) else {
                    broken = true
                    continue
                }
                extensionSpecs = list
            case .doneBy:
                guard let list = decodeDoneBy(t, file, e.value) else {
                    broken = true
                    continue
                }
                doneBy = list
            }
        }
        if !has.contains(.agency) {
            error(at, "assignment has no 'agency': name the agency (or a list of agencies) responsible")
            broken = true
        }
        if !has.contains(.task) {
            error(at, "assignment has no 'task': say what is to be done")
            broken = true
        }
        // A recurring duty: checked here, its occurrences made when the config is merged.
        var rule: Recurrence?
        if let every {
            if has.contains(.due) { error(at, "an assignment has either 'due' or 'every', not both"); broken = true }
            if has.contains(.completed) { error(at, "a recurring duty records what is done with 'done_through', not 'completed'"); broken = true }
            var day = Recurrence.Day.last
            if let n = dayNode, let d = recurrenceDay(t, file, n, every: every) { day = d } else if dayNode != nil { broken = true }
            let start = starts.map { $0.kind == .day ? $0.date : Recurrence(every: every, day: .last, starts: $0.date).period(containing: $0.date).first }
                ?? assigned ?? directive.flatMap { directives[$0].issued }
            if let start {
                rule = Recurrence(every: every, day: day, starts: start, until: until?.date, doneThrough: doneThrough?.date)
                if let u = until, let r = rule, r.period(containing: u.date).last < r.period(containing: start).first {
                    warning(at, "'until' (\(u.date)) is before the first period (from \(start)): this duty has no occurrence")
                }
            } else if !broken {
                error(at, "a recurring duty needs 'starts' (or 'assigned', or the directive's 'issued') to know its first period")
                broken = true
            }
        } else {
            for key in [AssignmentKey.day, .starts, .until, .doneThrough] where has.contains(key) {
                error(at, "'\(key.name)' belongs to a recurring duty; add 'every: month' (or week, quarter, half_year, year)")
                broken = true
            }
        }
        if completed != nil, status == nil { status = .done }
        let st = status ?? .notStarted
        if dueSpec == nil, rule == nil, !has.contains(.due), st != .ongoing, st != .done, !broken {
            error(at, "assignment has no 'due': give a deadline such as 15/5/2024, or 'status: ongoing' for regular work")
            broken = true
        }
        if let c = completed, st != .done, let sa = statusAt {
            warning(sa, "'completed: \(c.date)' is given but the status is '\(st.rawValue)'; the item is treated as not done")
        }
        if st == .ongoing, dueSpec != nil, let sa = statusAt {
            warning(sa, "the item is 'ongoing' (regular work), so its 'due' is not tracked")
        }
        guard !broken, let agencies, let task else { return }

        // Agencies: one item each; no duplicates. Names are matched through a map (linear).
        let match = AgencyMatch(agencies: agencies, doneBy: doneBy)
        for r in match.repeats {
            error(r.at, "agency '\(r.name)' is listed twice in this assignment (first at line \(r.previous.line))")
            broken = true
        }
        for (k, (name, dat, _)) in match.unknownDoneBy.map({ doneBy[$0] }).enumerated() {
            var msg = "'done_by' names '\(name)', which is not among this assignment's agencies"
            // A suggestion measures against every agency: for all of n unknown names, n².
            if k < 10, let s = Text.suggestion(for: name, among: agencies.map { $0.0 }) { msg += "; did you mean '\(s)'?" }
            error(dat, msg)
            broken = true
        }
        if broken { return }

        // `5 ngày làm việc` counts from the day of assignment (not counted, Civil Code art. 147):
        // `assigned`, else the directive's `issued`. The count is placed once the holiday
        // calendar is known, at the end of the load.
        if var d = dueSpec, d.0.kind == .workingDays {
            guard let start = assigned ?? directive.flatMap({ directives[$0].issued }) else {
                error(at, "'due: \(d.1)' counts working days from 'assigned' (or the directive's 'issued'), and neither is given")
                return
            }
            d.0.date = start
            dueSpec = d
        }
        // Extensions: the last one's due is the deadline in force; each records what it replaced.
        var extensions: [Extension] = []
        if !extensionSpecs.isEmpty {
            guard var current = dueSpec else {
                error(extensionSpecs[0].at, "'extensions' extend the 'due' date, but this assignment has none")
                return
            }
            for var x in extensionSpecs {
                if x.due.kind == .workingDays {
                    guard let g = x.granted else {
                        error(x.at, "an extension of '\(x.text)' counts working days from its 'granted' date, which is not given")
                        return
                    }
                    x.due.date = g
                }
                // Dates the text names (not counts of working days): an "extension" to an
                // earlier day is most likely a typo, or the extensions are out of order.
                if x.due.kind != .workingDays, current.0.kind != .workingDays, x.due.date < current.0.date {
                    warning(x.at, "this extension moves the deadline earlier, from '\(current.1)' to '\(x.text)'; extensions are listed oldest first")
                }
                extensions.append(Extension(previousDue: current.0, previousDueText: current.1, reference: x.reference, granted: x.granted))
                current = (x.due, x.text)
            }
            dueSpec = current
        }

        let baseId: String
        let derived = id == nil
        if let id {
            baseId = id
        } else {
            let dirId = directive.map { directives[$0].id } ?? ""
            let h = Text.fnv1a(dirId + "\n" + agencies.map { $0.0 }.joined(separator: "\n") + "\n" + task)
            baseId = "a" + String(String(h, radix: 16).suffix(10))
        }
        if derived {
            warning(at, "assignment has no 'id'; using '\(baseId)', which changes whenever the task text changes (add 'id:' to keep its alert history)")
        }
        for (n, (name, aat)) in agencies.enumerated() {
            let itemId = agencies.count == 1 ? baseId : baseId + "/" + Text.slug(name)
            let idHash = IdIndex.hash(itemId)
            if let p = idIndex.insert(itemId, hash: idHash, at: idList.count, idAt: { self.idList[$0].id }) {
                let first = idList[p].at
                error(agencies.count == 1 ? at : aat, "duplicate id '\(itemId)'; first defined at \(first.file):\(first.line):\(first.column)")
                diagnostics.append(Diagnostic(.note, at: first, "'\(itemId)' first defined here"))
                continue
            }
            idList.append((itemId, at))
            var itemStatus = st
            var itemCompleted = completed
            if let d = match.doneBy(agency: n).map({ doneBy[$0] }) {
                itemStatus = .done
                itemCompleted = d.2 ?? completed
            }
            let item = Item(
                id: itemId, directive: directive, agency: name.trimmingWhitespace(), task: task, deadline: nil, dueText: dueSpec?.1,
                status: itemStatus, completed: nil, owner: owner, note: note, source: agencies.count == 1 ? at : aat,
                extensions: extensions)
            if let rule {
                recurring.append((item, rule))
                continue
            }
            items.append(item)
            if !extensions.isEmpty { hasExtensions = true }
            idHashes.append(idHash)
            dueSpecs.append(dueSpec?.0)
            completedSpecs.append(itemStatus == .done ? itemCompleted : nil)
            if items.count > limits.maxItems {
                error(at, "more than \(limits.maxItems) items (limit max_items)")
                tooMany = true
                return
            }
        }
    }

    /// `day:` of a recurring duty: a number, `last`, `D/M` (day D of the period's M-th month;
    /// either may be `last`), or a weekday for weekly duties.
    func recurrenceDay(_ t: YAMLTape, _ file: String, _ i: Int, every: Recurrence.Period) -> Recurrence.Day? {
        guard let s = text(t, file, i, field: "day") else { return nil }
        let f = Text.fold(s).trimmingWhitespace()
        func isLast(_ w: String) -> Bool { w == "last" || w == "cuoi" || w == "ngay cuoi" || w == "thang cuoi" }
        if isLast(f) { return .last }
        if every != .week, f.contains("/") {
            let months = every.months
            let parts = f.split(separator: "/", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
            func part(_ w: String, max: Int) -> Int?? {
                if isLast(w) { return .some(nil) }
                guard let n = Int(w), (1...max).contains(n) else { return nil }
                return .some(n)
            }
            if parts.count == 2, let d = part(parts[0], max: 31), let m = part(parts[1], max: months) {
                return .monthDay(day: d, month: m)
            }
            error(
                loc(t, file, i),
                "'day: \(s)' is not a day of a month of the \(every.rawValue): write D/M, day D (1-31 or last) of the period's M-th month (1-\(months) or last)"
            )
            return nil
        }
        if every == .week {
            // Whole names only: "thứ hai" is Monday, not "thu" (Thursday) by its first letters;
            // and "thứ" folds to "thu", so the English names count only as written in ASCII.
            let english = [
                "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7, "monday": 1, "tuesday": 2, "wednesday": 3,
                "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
            ]
            let vietnamese = [
                "thu 2": 1, "thu 3": 2, "thu 4": 3, "thu 5": 4, "thu 6": 5, "thu 7": 6, "thu hai": 1, "thu ba": 2, "thu tu": 3, "thu nam": 4,
                "thu sau": 5, "thu bay": 6, "chu nhat": 7, "cn": 7, "t2": 1, "t3": 2, "t4": 3, "t5": 4, "t6": 5, "t7": 6,
            ]
            let words = f.split(separator: " ").joined(separator: " ")
            if let w = vietnamese[words] ?? (s.unicodeScalars.allSatisfy(\.isASCII) ? english[words] : nil) { return .weekday(w) }
            error(loc(t, file, i), "'day' of a weekly duty is a weekday: mon..sun or thứ 2..chủ nhật, not '\(s)'")
            return nil
        }
        let maxDay: Int
        switch every {
        case .week: maxDay = 7
        case .month: maxDay = 31
        case .quarter: maxDay = 92
        case .halfYear: maxDay = 184
        case .year: maxDay = 366
        }
        guard let n = Int(f), (1...maxDay).contains(n) else {
            error(loc(t, file, i), "'day' must be a day of the \(every.rawValue) (1-\(maxDay)) or 'last', not '\(s)'")
            return nil
        }
        return .nth(n)
    }

    /// `[1/6/2024, {date: 2/6/2024, note: "..."}]`.
    func holidayList(_ t: YAMLTape, _ file: String, _ i0: Int, field: String) -> [HolidayOverride] {
        let i = t.resolved(i0)
        guard t[i].kind == .sequence else {
            error(loc(t, file, i0), "expected a list of dates for '\(field)', found \(kindName(t, i0))")
            return []
        }
        var out: [HolidayOverride] = []
        for c in t.children(i) {
            if t[t.resolved(c)].kind == .mapping {
                guard let entries = mapping(t, file, c, what: "a '\(field)' entry", allowed: Keys.holidayEntry) else { continue }
                var date: CivilDate?
                var note = ""
                for e in entries {
                    if e.key == "date" { date = dayOnly(t, file, e.value, field: field) }
                    if e.key == "note" { note = text(t, file, e.value, field: "note") ?? "" }
                }
                if let date { out.append(HolidayOverride(date: date, note: note)) } else if !entries.contains(where: { $0.key == "date" }) {
                    error(loc(t, file, c), "a '\(field)' entry needs 'date'")
                }
            } else if let d = dayOnly(t, file, c, field: field) {
                out.append(HolidayOverride(date: d))
            }
        }
        return out
    }

    /// A single day (15/5/2024 or 2024-05-15), not a month or a time.
    func dayOnly(_ t: YAMLTape, _ file: String, _ i: Int, field: String) -> CivilDate? {
        guard let (spec, s) = due(t, file, i, field: field) else { return nil }
        guard spec.kind == .day else {
            error(loc(t, file, i), "'\(field)' takes single days such as 2/9/2025, not '\(s)'")
            return nil
        }
        return spec.date
    }

    /// The acknowledgements file: `acks: [{id, until, note, by, at}]`.
    func decodeAcks(_ t: YAMLTape, file: String) -> [AckSpec] {
        guard let entries = mapping(t, file, 0, what: "the acknowledgements file", allowed: ["acks"]) else { return [] }
        var out: [AckSpec] = []
        for e in entries {
            let v = t.resolved(e.value)
            guard t[v].kind == .sequence else {
                error(loc(t, file, e.value), "expected a list of acknowledgements, found \(kindName(t, e.value))")
                continue
            }
            for c in t.children(v) {
                guard let fields = mapping(t, file, c, what: "an acknowledgement", allowed: ["id", "until", "note", "by", "at"]) else { continue }
                var id: String?
                var until: (DueSpec, String)?
                var note: String?
                for f in fields {
                    switch f.key {
                    case "id": id = text(t, file, f.value, field: "id")
                    case "until": until = due(t, file, f.value, field: "until")
                    case "note": note = text(t, file, f.value, field: "note")
                    default: _ = text(t, file, f.value, field: f.key)
                    }
                }
                guard let id, let until else {
                    if !fields.contains(where: { $0.key == "id" }) || !fields.contains(where: { $0.key == "until" }) {
                        error(loc(t, file, c), "an acknowledgement needs 'id' and 'until'")
                    }
                    continue
                }
                out.append(AckSpec(id: id, until: until.0, note: note, at: loc(t, file, c)))
            }
        }
        return out
    }

    func decodeExtensions(_ t: YAMLTape, _ file: String, _ i0: Int) -> [(due: DueSpec, text: String, reference: String?, granted: CivilDate?, at: SourceLocation)]? {
        let i = t.resolved(i0)
        guard t[i].kind == .sequence else {
            error(loc(t, file, i0), "expected a list of extensions, found \(kindName(t, i0))")
            return nil
        }
        var out: [(due: DueSpec, text: String, reference: String?, granted: CivilDate?, at: SourceLocation)] = []
        var ok = true
        for c in t.children(i) {
            guard let entries = mapping(t, file, c, what: "an extension", allowed: Keys.extensionKeys) else {
                ok = false
                continue
            }
            var due: (DueSpec, String)?
            var reference: String?
            var granted: CivilDate?
            for e in entries {
                switch e.key {
                case "due": due = self.due(t, file, e.value, field: "due", workingDays: true)
                case "reference": reference = text(t, file, e.value, field: "reference")
                case "granted": granted = self.due(t, file, e.value, field: "granted")?.0.date
                default: break
                }
            }
            guard let due else {
                if !entries.contains(where: { $0.key == "due" }) { error(loc(t, file, c), "an extension needs its new 'due'") }
                ok = false
                continue
            }
            out.append((due.0, due.1, reference, granted, loc(t, file, c)))
        }
        return ok ? out : nil
    }

    func decodeDoneBy(_ t: YAMLTape, _ file: String, _ i0: Int) -> [(String, SourceLocation, DueSpec?)]? {
        let i = t.resolved(i0)
        let elements: [Int] = t[i].kind == .sequence ? Array(t.children(i)) : [i0]
        var out: [(String, SourceLocation, DueSpec?)] = []
        var ok = true
        for c in elements {
            let r = t.resolved(c)
            if t[r].kind == .mapping {
                guard let entries = mapping(t, file, c, what: "a 'done_by' entry", allowed: Keys.doneBy) else {
                    ok = false
                    continue
                }
                var name: String?
                var when: DueSpec?
                for e in entries {
                    if e.key == "agency" { name = text(t, file, e.value, field: "agency", strict: true) }
                    if e.key == "completed" { when = due(t, file, e.value, field: "completed")?.0 }
                }
                guard let name else {
                    error(loc(t, file, c), "a 'done_by' entry needs 'agency'")
                    ok = false
                    continue
                }
                out.append((name, loc(t, file, c), when))
            } else if let s = text(t, file, c, field: "done_by", strict: true) {
                out.append((s, loc(t, file, c), nil))
            } else {
                ok = false
            }
        }
        return ok ? out : nil
    }
}
