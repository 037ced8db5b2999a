import DeadlinedCore
import DeadlinedParallel

/// Decodes the tape of one file into its settings, directives and items, with diagnostics.
/// Ids are checked within the file here, across files by `LoadSession`. The decoder of each
/// section is an extension in a file of its own.
final class FileDecoder {
    /// The file's parsed YAML (of a file decoded in pieces, the piece being decoded), and the
    /// file's path for diagnostics.
    var tape: YAMLTape
    let file: String
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
    var includes: [TextAt] = []
    var recurring: [RecurringDuty] = []
    var tooMany = false
    var hasExtensions = false
    /// The last progress date of each assignment with progress, checked against the load's date.
    var progressDates: [DatedAt] = []
    /// The year suggested for a day and a month written without one: the load's.
    var yearHint: Int?
    var agencies: [Agency] = []
    /// Assignments under way or not started without a `due` (`noteUndatedCount`).
    var undatedCount = 0
    /// Agency names, owners and due texts as written, each kept once for the file's items.
    var interner = TextInterner()

    init(tape: YAMLTape, file: String, limits: Limits) {
        self.tape = tape
        self.file = file
        self.limits = limits
    }

    func error(_ at: SourceLocation, _ message: String) { diagnostics.append(Diagnostic(.error, at: at, message)) }
    func warning(_ at: SourceLocation, _ message: String) { diagnostics.append(Diagnostic(.warning, at: at, message)) }

    /// Parses and decodes the bytes of one file.
    static func decode(
        _ bytes: [UInt8], file: String, main: Bool, limits: Limits, spares: TapeSpares? = nil, yearHint: Int? = nil
    ) -> DecodedFile {
        decode(
            parsed: YAMLTape.parse(bytes, file: file, limits: limits, spares: spares), bytes: bytes, file: file,
            main: main, limits: limits, spares: spares, yearHint: yearHint)
    }

    /// `decode` for a file whose bytes are its caller's alone: a large one is parsed on
    /// `threads` threads and decoded piece by piece (`decodeInPieces`), and its bytes let go
    /// piece by piece. nil when they were let go and are needed after all (a piece failed, or
    /// the file has errors, whose lines are quoted): the file is to be read again and decoded
    /// whole. A file decoded alone uses every core; one of several decoded at once, one
    /// thread more than its own, which parses the next piece while this one is decoded.
    static func decodeTaking(
        _ bytes: inout [UInt8], file: String, main: Bool, limits: Limits, spares: TapeSpares? = nil,
        yearHint: Int? = nil, threads: Int = Parallel.cores
    ) -> DecodedFile? {
        guard bytes.count >= YAMLTape.splitAtLeast else {
            return decode(bytes, file: file, main: main, limits: limits, spares: spares, yearHint: yearHint)
        }
        switch decodeInPieces(
            &bytes, file: file, main: main, limits: limits, spares: spares, yearHint: yearHint, threads: threads)
        {
        case .decoded(let out):
            return out
        case .readAgain:
            return nil
        case .needsJoining(let plan):
            let joined = YAMLTape.joined(
                bytes, plan: plan, file: file, limits: limits, threads: threads, spares: spares)
            return decode(
                parsed: joined.map { .success($0) }
                    ?? YAMLTape.parse(bytes, file: file, limits: limits, spares: spares),
                bytes: bytes, file: file, main: main, limits: limits, spares: spares, yearHint: yearHint)
        case .whole:
            return decode(bytes, file: file, main: main, limits: limits, spares: spares, yearHint: yearHint)
        }
    }

    private static func decode(
        parsed: consuming Result<YAMLTape, Diagnostic>, bytes: [UInt8], file: String, main: Bool, limits: Limits,
        spares: TapeSpares?, yearHint: Int?
    ) -> DecodedFile {
        // Consumed: the tape below is then the only hold on its arrays, which the spares keep
        // in place rather than copy.
        switch consume parsed {
        case .failure(let d):
            return DecodedFile(diagnostics: [d], text: bytes)
        case .success(var tape):
            let out = decode(tape, bytes: bytes, file: file, main: main, limits: limits, yearHint: yearHint)
            // The decoder, and its hold on the tape, ended with the call above: the tape's
            // arrays are unique again and can be reused in place.
            spares?.give(&tape)
            return out
        }
    }

    private static func decode(
        _ tape: YAMLTape, bytes: [UInt8], file: String, main: Bool, limits: Limits, yearHint: Int?
    ) -> DecodedFile {
        let d = FileDecoder(tape: tape, file: file, limits: limits)
        d.yearHint = yearHint
        d.decodeTop(main: main)
        return d.finish(bytes: bytes, main: main)
    }

    /// What the file decoded to, once every part of it was decoded.
    func finish(bytes: [UInt8], main: Bool) -> DecodedFile {
        noteUndatedCount()
        var out = DecodedFile(
            diagnostics: diagnostics,
            text: diagnostics.contains { $0.file == file && $0.location != nil } ? bytes : nil,
            settings: main && sawSettings ? settings : nil, directives: directives, items: items,
            dueSpecs: dueSpecs,
            completedSpecs: completedSpecs, includes: includes, overItemLimit: tooMany, recurring: recurring)
        out.idHashes = idHashes
        out.hasExtensions = hasExtensions
        out.progressDates = progressDates
        out.agencies = agencies
        return out
    }

    /// The top level: `settings` (main file only), `include`, `directives`, `assignments`,
    /// `agencies`.
    func decodeTop(main: Bool) {
        guard let entries = mapping(0, what: "the top level of the file", allowed: Keys.top) else { return }
        for e in entries {
            switch e.key {
            case "settings":
                if main {
                    decodeSettings(e.value)
                } else {
                    error(e.at, "'settings' belongs in the main configuration file, not in an included file")
                }
            case "include":
                if let list = textList(e.value, field: "include", asWritten: true) { includes = list }
            case "directives":
                let v = tape.resolved(e.value)
                guard tape[v].kind == .sequence else {
                    error(loc(e.value), "expected a list of directives, found \(kindName(e.value))")
                    continue
                }
                for d in tape.children(v) { decodeDirective(d) }
            case "assignments":
                decodeAssignments(e.value, directive: nil)
            case "agencies":
                decodeAgencies(e.value)
            case "notify":
                if main {
                    decodeNotify(e.value, at: e.at)
                    sawSettings = true
                } else {
                    error(e.at, "'notify' belongs in the main configuration file, not in an included file")
                }
            default:
                break
            }
        }
    }
}
