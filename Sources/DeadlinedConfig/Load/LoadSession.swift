import DeadlinedCore

/// One load: reads (or takes from the cache) each file, merges them in include order, checks
/// ids across files and places deadlines in time. Its steps are extensions in files of their
/// own: `Includes`, `Prefetch`, `Merge`, `AcksLoading`, `HolidayDropIns`, `Occurrences`, `Finish`.
final class LoadSession {
    let source: any ConfigSource
    let limits: Limits
    let cache: ConfigCache?
    /// Recurring duties are made into occurrences up to a year past this instant (nil: a year
    /// past each duty's start).
    let asOf: Int64?

    // What the load found.
    var diagnostics: [Diagnostic] = []
    /// What reading the files found (cycles, unreadable files, globs matching nothing, the
    /// acknowledgements file): reported after the diagnostics of the files themselves.
    var sessionDiagnostics: [Diagnostic] = []
    /// The text of each file an error points into; a file with warnings only is read again
    /// when they are quoted (`LoadResult.source`).
    var texts: [String: [UInt8]] = [:]

    // Files read.
    /// Every file read, in order, for a watcher.
    var files: [String] = []
    /// Canonical names of the files loaded, so each is loaded once.
    var loaded: Set<String> = []
    /// Cache keys of the files read by this load; the cache forgets the others.
    var cacheKeys: Set<String> = []
    /// Stamps `prefetch` took of files it left to `loadFile`, so each file is stat'ed once.
    var stamps: [String: FileStamp] = [:]
    /// Included files read and decoded ahead of their turn, on every core; merged in order.
    var prefetched: [String: (stamp: FileStamp?, pending: Pending)] = [:]
    /// Node arrays of files decoded, reused by the next ones (this load's only); let go as
    /// soon as no file is left to parse (see `loadFile`).
    var spares = LoadSession.makeSpares()

    // The configuration as merged.
    var settings = Settings()
    var directives: [Directive] = []
    var directiveIds: [String: SourceLocation] = [:]
    /// Items as merged; their deadlines are placed in time at the end, once the time zone is
    /// known, from the specs kept beside them (in place: no second array of items).
    var items: [Item] = []
    var dueSpecs: [DueSpec?] = []
    var completedSpecs: [DueSpec?] = []
    /// Item id to its index in `items`.
    var itemIds = IdIndex()
    /// More than `max_items` items: the rest are not merged.
    var tooMany = false
    /// Some merged file has items with extensions.
    var anyExtensions = false
    /// The last progress date of each assignment with progress, checked against `asOf`.
    var progressDates: [DatedAt] = []
    var recurring: [RecurringDuty] = []
    var recurringIds: [String: SourceLocation] = [:]
    /// The duties made into occurrences, for `Config.duties`.
    var duties: [Duty] = []
    var acks: [AckSpec] = []
    /// The `agencies:` registry, merged in include order.
    var agencies: [Agency] = []
    var updates: [UpdateSpec] = []

    // Estimating the room to reserve for items still to come.
    /// Included files named but not yet loaded: room is made for their items ahead.
    var filesAhead = 0
    var filesMerged = 0
    var itemsMerged = 0
    /// Items reserved on an estimate without further bound (tens of MB at most).
    static let reserveFreely = 500_000
    /// How far ahead recurring duties are made into occurrences.
    static let horizonDays = 366

    init(source: any ConfigSource, limits: Limits, cache: ConfigCache?, asOf: Int64?) {
        self.source = source
        self.limits = limits
        self.cache = cache
        self.asOf = asOf
    }

    func error(_ at: SourceLocation, _ message: String) { diagnostics.append(Diagnostic(.error, at: at, message)) }
    func warning(_ at: SourceLocation, _ message: String) { diagnostics.append(Diagnostic(.warning, at: at, message)) }
    func sessionError(_ at: SourceLocation, _ message: String) {
        sessionDiagnostics.append(Diagnostic(.error, at: at, message))
    }
}
