import DeadlinedCore
import DeadlinedParallel
import Dispatch
import Synchronization

/// Identifies a version of a file without reading it: if none of these changed, neither did
/// the file (editors that save by rename change the inode).
public struct FileStamp: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    public var modified: Int64  // nanoseconds
    public var changed: Int64  // nanoseconds

    public init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }
}

extension ConfigSource {
    /// No stamps by default: every load reads every file.
    public func stamp(_ path: String) -> FileStamp? { nil }
}

/// Decoded files from earlier loads, by path, each with the stamp it was read under.
public final class ConfigCache: Sendable {
    struct Entry: Sendable {
        var stamp: FileStamp
        var decoded: FileDecoded
    }
    private let entries = Mutex<[String: Entry]>([:])
    /// Due specs placed in time by the last load, for its time zone (see `Session.finish`).
    let placements = Mutex<PlacementMemo?>(nil)

    public init() {}

    /// How many files are cached.
    public var count: Int { entries.withLock { $0.count } }

    func get(_ key: String, stamp: FileStamp) -> FileDecoded? {
        entries.withLock { e in e[key].flatMap { $0.stamp == stamp ? $0.decoded : nil } }
    }

    func put(_ key: String, stamp: FileStamp, _ decoded: FileDecoded) {
        entries.withLock { $0[key] = Entry(stamp: stamp, decoded: decoded) }
    }

    /// Forgets files the last load did not read.
    func keepOnly(_ keys: Set<String>) {
        entries.withLock { e in e = e.filter { keys.contains($0.key) } }
    }
}

/// Due specs placed in time, remembered in a direct-mapped table: thousands of items share a
/// few hundred due dates, and a time-zone lookup costs more than hashing each item's spec
/// into a dictionary would. Kept in the cache between reloads, for one zone.
struct PlacementMemo: Sendable {
    let zone: String
    var table = [(DueSpec, Deadline)?](repeating: nil, count: 1 << 15)

    init(zone: String) { self.zone = zone }

    mutating func place(_ d: DueSpec, in zone: Zone) -> Deadline {
        var h = UInt64(truncatingIfNeeded: d.date.year) &* 0x9E37_79B9_7F4A_7C15
        h ^= UInt64(truncatingIfNeeded: d.date.month &* 32 &+ d.date.day &+ d.hour &* 0x10000 &+ d.minute &* 0x400000)
        h ^= UInt64(truncatingIfNeeded: d.second &+ d.count &* 64) << 40
        h = (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
        let slot = Int(truncatingIfNeeded: h >> 49)
        if let (spec, known) = table[slot], spec == d { return known }
        let dl = Deadline(d, in: zone)
        table[slot] = (d, dl)
        return dl
    }
}

/// One load: reads (or takes from the cache) each file, merges them in include order and
/// checks ids across files.
final class Session {
    let source: any ConfigSource
    let limits: Limits
    let cache: ConfigCache?
    var diagnostics: [Diagnostic] = []
    var texts: [String: [UInt8]] = [:]
    var files: [String] = []
    var loaded: Set<String> = []
    var cacheKeys: Set<String> = []
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
    var tooMany = false

    init(source: any ConfigSource, limits: Limits, cache: ConfigCache?) {
        self.source = source
        self.limits = limits
        self.cache = cache
    }

    func error(_ at: SourceLocation, _ message: String) { diagnostics.append(Diagnostic(.error, at: at, message)) }
    func warning(_ at: SourceLocation, _ message: String) { diagnostics.append(Diagnostic(.warning, at: at, message)) }
    /// What reading the files found (cycles, unreadable files, globs matching nothing, the
    /// acknowledgements file): reported after the diagnostics of the files themselves.
    var sessionDiagnostics: [Diagnostic] = []
    func sessionError(_ at: SourceLocation, _ message: String) { sessionDiagnostics.append(Diagnostic(.error, at: at, message)) }

    func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    func loadFile(_ path: String, main: Bool, includedFrom: SourceLocation?, depth: Int, chain: [String]) {
        if !main { filesAhead = Swift.max(filesAhead - 1, 0) }
        let canonical = source.canonical(path)
        if chain.contains(canonical) {
            let at = includedFrom ?? SourceLocation(file: path, line: 1, column: 1)
            sessionError(at, "include cycle: '\(path)' includes itself through \((chain + [canonical]).joined(separator: " -> "))")
            return
        }
        if loaded.contains(canonical) {
            if let at = includedFrom { sessionDiagnostics.append(Diagnostic(.warning, at: at, "'\(path)' is already included; skipping it this time")) }
            return
        }
        guard depth <= limits.maxIncludeDepth else {
            sessionError(
                includedFrom ?? SourceLocation(file: path, line: 1, column: 1),
                "includes nested deeper than \(limits.maxIncludeDepth) files (limit max_include_depth)")
            return
        }
        loaded.insert(canonical)
        let key = (main ? "main:" : "include:") + path
        let decoded: FileDecoded
        if let early = prefetched.removeValue(forKey: path), !main {
            let result = early.pending.wait()
            guard case .success(let d) = result else {
                if case .failure(let f) = result { unreadable(path, f, includedFrom: includedFrom) }
                return
            }
            decoded = d
            if let stamp = early.stamp { cache?.put(key, stamp: stamp, decoded) }
        } else {
            // The stamp is taken before the read: a file changed in between is read again next
            // time. `prefetch` may have taken it already (a cached file it did not read).
            let stamp = cache == nil ? nil : stamps.removeValue(forKey: path) ?? source.stamp(path)
            if let stamp, let hit = cache?.get(key, stamp: stamp) {
                decoded = hit
            } else {
                switch source.read(path, maxSize: limits.maxFileSize) {
                case .success(let bytes):
                    decoded = Loading.decode(bytes, file: path, main: main, limits: limits, spares: spares)
                    if let stamp { cache?.put(key, stamp: stamp, decoded) }
                case .failure(let f):
                    unreadable(path, f, includedFrom: includedFrom)
                    return
                }
            }
        }
        cacheKeys.insert(key)
        files.append(path)
        // Merged now, in include order, while the files after it are still being decoded.
        // Room for as many more items per file still to come, so the arrays and the id table
        // grow once for drop-ins of a size, not item by item. The average is over the
        // drop-ins only (a main file holding settings and includes would drag it down, and an
        // estimate creeping up file by file moved the arrays at every file: reload 90 ms
        // instead of 40). Beyond half a million items the room is at most four times what is
        // loaded, never past max_items: one big file before 3,000 small ones asked for 56 GB.
        let needed = items.count + decoded.items.count
        if !main {
            filesMerged += 1
            itemsMerged += decoded.items.count
        }
        let perFile = filesMerged == 0 ? decoded.items.count : itemsMerged / filesMerged
        let guess = needed + perFile * Swift.min(filesAhead, limits.maxItems)
        let cap = Swift.min(Swift.max(4 * needed, Session.reserveFreely), limits.maxItems + 1)
        reserveFor(Swift.max(Swift.min(guess, cap), needed) - items.count)
        merge(decoded, main: main)
        var expanded: [(pattern: String, full: String, at: SourceLocation, paths: Result<[String], SourceFailure>)] = []
        for (pattern, at) in decoded.includes {
            let full = pattern.hasPrefix("/") ? pattern : directory(of: path) + "/" + pattern
            expanded.append((pattern, full, at, source.glob(full)))
        }
        let ahead = expanded.flatMap { (try? $0.paths.get()) ?? [] }
        filesAhead += ahead.count
        prefetch(ahead, chain: chain + [canonical])
        for e in expanded {
            switch e.paths {
            case .failure(let f):
                sessionError(e.at, "cannot expand include '\(e.pattern)': \(f.reason)")
            case .success(let paths):
                if paths.isEmpty {
                    sessionError(e.at, "include '\(e.pattern)' matches no file (looked for \(e.full))")
                }
                for p in paths { loadFile(p, main: false, includedFrom: e.at, depth: depth + 1, chain: chain + [canonical]) }
            }
        }
    }

    func unreadable(_ path: String, _ f: SourceFailure, includedFrom: SourceLocation?) {
        if let at = includedFrom {
            sessionError(at, "cannot read included file '\(path)': \(f.reason)")
        } else {
            sessionDiagnostics.append(Diagnostic(.error, file: path, "cannot read configuration: \(f.reason)"))
        }
    }

    /// Included files named but not yet loaded: room is made for their items ahead.
    var filesAhead = 0
    var filesMerged = 0
    var itemsMerged = 0
    /// Some merged file has items with extensions.
    var anyExtensions = false
    /// Items reserved on an estimate without further bound (tens of MB at most).
    static let reserveFreely = 500_000

    /// A file being read and decoded in the background.
    final class Pending: Sendable {
        private let done = DispatchSemaphore(value: 0)
        private let result = Mutex<Result<FileDecoded, SourceFailure>?>(nil)

        func finish(_ r: Result<FileDecoded, SourceFailure>) {
            result.withLock { $0 = r }
            done.signal()
        }

        /// Waits until the file is decoded (or could not be read) and takes the result: the
        /// background work still holds this object, and must not keep the file's items alive.
        /// Called once per file.
        func wait() -> Result<FileDecoded, SourceFailure> {
            done.wait()
            return result.withLock { r in
                defer { r = nil }
                return r ?? .failure(SourceFailure("internal error: the file was taken twice"))
            }
        }
    }

    /// Node arrays of files decoded, reused by the next ones (this load's only).
    let spares = TapeSpares(most: Parallel.cores + 1)

    /// Stamps `prefetch` took of files it left to `loadFile`, so each file is stat'ed once.
    var stamps: [String: FileStamp] = [:]

    /// Included files read and decoded ahead of their turn, on every core; merged in order.
    var prefetched: [String: (stamp: FileStamp?, pending: Pending)] = [:]

    /// Starts reading and decoding, in the background and in parallel, the files about to be
    /// included that will be read at all (not yet loaded, not in the cache). Files are
    /// independent until merged: they are decoded in include order, on every core, while this
    /// thread merges each one as soon as it and those before it are done. Fewer than two such
    /// files are left to `loadFile`.
    func prefetch(_ paths: [String], chain: [String]) {
        var todo: [(path: String, stamp: FileStamp?)] = []
        var seen = Set<String>()
        for p in paths {
            let c = source.canonical(p)
            if loaded.contains(c) || chain.contains(c) || !seen.insert(c).inserted || prefetched[p] != nil { continue }
            let stamp = cache == nil ? nil : source.stamp(p)
            if let stamp, cache?.get("include:" + p, stamp: stamp) != nil {
                stamps[p] = stamp
                continue
            }
            todo.append((p, stamp))
        }
        guard todo.count > 1 else {
            for t in todo { if let s = t.stamp { stamps[t.path] = s } }
            return
        }
        let source = self.source, limits = self.limits, spares = self.spares
        let work = todo.map { ($0.path, Pending()) }
        for (t, w) in zip(todo, work) { prefetched[t.path] = (t.stamp, w.1) }
        // The files are handed out in order, so the first ones finish first.
        Parallel.background(work.count) { i in
            let (path, pending) = work[i]
            pending.finish(
                source.read(path, maxSize: limits.maxFileSize).map { Loading.decode($0, file: path, main: false, limits: limits, spares: spares) })
        }
    }

    /// Room for `more` items beyond those merged, so the arrays and the id table grow once.
    func reserveFor(_ more: Int) {
        // Grown by half at least, so an estimate that keeps rising moves the items a few
        // times, not at every file.
        guard items.count + more > items.capacity else { return }
        let total = Swift.max(items.count + more, Swift.min(items.capacity + items.capacity / 2, limits.maxItems + 1))
        items.reserveCapacity(total)
        dueSpecs.reserveCapacity(total)
        completedSpecs.reserveCapacity(total)
        itemIds.reserve(total, idAt: { self.items[$0].id })
    }

    var acks: [AckSpec] = []
    var asOf: Int64?
    var recurring: [(template: Item, rule: Recurrence)] = []
    var recurringIds: [String: SourceLocation] = [:]
    /// How far ahead recurring duties are made into occurrences.
    static let horizonDays = 366

    /// Reads the acknowledgements file, if there is one; a missing file is no error. Like the
    /// config files, it is read again only when its stamp changed.
    func loadAcks(_ path: String) {
        let key = "acks:" + path
        var decoded: FileDecoded
        if let cache {
            // With a cache the stamp also says whether the file exists at all.
            guard let stamp = source.stamp(path) else { return }
            if let hit = cache.get(key, stamp: stamp) {
                decoded = hit
            } else {
                guard let d = decodeAcks(path) else { return }
                decoded = d
                // A file that could not be read is tried again next time (a chmod does not
                // change its stamp).
                if !d.unreadable { cache.put(key, stamp: stamp, d) }
            }
        } else {
            guard let d = decodeAcks(path) else { return }
            decoded = d
        }
        cacheKeys.insert(key)
        files.append(path)
        acks = decoded.acks
        sessionDiagnostics += decoded.diagnostics
        if let text = decoded.text { texts[path] = text }
    }

    /// nil when there is no file; a file there but unreadable is a warning (its acks are not
    /// in force, so the repeats they quieted resume), not a reason to reject the config.
    func decodeAcks(_ path: String) -> FileDecoded? {
        let bytes: [UInt8]
        switch source.read(path, maxSize: limits.maxFileSize) {
        case .success(let b): bytes = b
        case .failure(let f):
            if f.missing { return nil }
            var out = FileDecoded(
                diagnostics: [Diagnostic(.warning, file: path, "cannot read the acknowledgements file: \(f.reason); its acknowledgements are not in force")])
            out.unreadable = true
            return out
        }
        switch YAMLTape.parse(bytes, file: path, limits: limits) {
        case .failure(let d):
            return FileDecoded(diagnostics: [d], text: bytes)
        case .success(let tape):
            let l = Loading(limits: limits)
            var out = FileDecoded()
            out.acks = l.decodeAcks(tape, file: path)
            out.diagnostics = l.diagnostics
            out.text = l.diagnostics.isEmpty ? nil : bytes
            return out
        }
    }

    /// Adds one file's directives and items; an id already taken by an earlier file is an
    /// error naming both places, and the later one is left out.
    func merge(_ f: FileDecoded, main: Bool) {
        diagnostics += f.diagnostics
        anyExtensions = anyExtensions || f.hasExtensions
        if let text = f.text, let file = f.diagnostics.first?.file { texts[file] = text }
        if main, let s = f.settings { settings = s }
        var global: [Int?] = []
        global.reserveCapacity(f.directives.count)
        for d in f.directives {
            if let first = directiveIds[d.id] {
                error(d.source, "duplicate directive id '\(d.id)'; first defined at \(first.file):\(first.line):\(first.column)")
                diagnostics.append(Diagnostic(.note, at: first, "directive '\(d.id)' first defined here"))
                global.append(nil)
                continue
            }
            directiveIds[d.id] = d.source
            global.append(directives.count)
            directives.append(d)
        }
        for (template0, rule) in f.recurring {
            var template = template0
            if let local = template.directive {
                guard let g = global[local] else { continue }
                template.directive = g
            }
            if let first = recurringIds[template.id] ?? itemIds.find(template.id, idAt: { self.items[$0].id }).map({ self.items[$0].source }) {
                error(template.source, "duplicate id '\(template.id)'; first defined at \(first.file):\(first.line):\(first.column)")
                diagnostics.append(Diagnostic(.note, at: first, "'\(template.id)' first defined here"))
                continue
            }
            recurringIds[template.id] = template.source
            recurring.append((template, rule))
        }
        if tooMany { return }
        let anyRecurring = !recurringIds.isEmpty
        // The loop works on local arrays, moved out of the session and back: every access to
        // a class's property is an exclusivity check, four per item here.
        var items = self.items, dueSpecs = self.dueSpecs, completedSpecs = self.completedSpecs, itemIds = self.itemIds
        self.items = []
        self.dueSpecs = []
        self.completedSpecs = []
        self.itemIds = IdIndex()
        defer {
            self.items = items
            self.dueSpecs = dueSpecs
            self.completedSpecs = completedSpecs
            self.itemIds = itemIds
        }
        let maxItems = limits.maxItems
        // The id table is larger than the cache: each id's slot is prefetched a few items
        // ahead of its insert, so the waits for memory overlap.
        let hashes = f.idHashes.count == f.items.count ? f.idHashes : f.items.map { IdIndex.hash($0.id) }
        let ahead = 8
        for h in hashes.prefix(ahead) { itemIds.prefetch(h) }
        for (i, var item) in f.items.enumerated() {
            if i + ahead < hashes.count { itemIds.prefetch(hashes[i + ahead]) }
            if anyRecurring, let first = recurringIds[item.id] {
                error(item.source, "duplicate id '\(item.id)'; first defined at \(first.file):\(first.line):\(first.column)")
                diagnostics.append(Diagnostic(.note, at: first, "'\(item.id)' first defined here"))
                continue
            }
            if let local = item.directive {
                guard let g = global[local] else { continue }
                item.directive = g
            }
            // One probe per item: the slot is claimed for this item, or holds an earlier one.
            if let firstIndex = itemIds.insert(item.id, hash: hashes[i], at: items.count, idAt: { items[$0].id }) {
                let first = items[firstIndex].source
                error(item.source, "duplicate id '\(item.id)'; first defined at \(first.file):\(first.line):\(first.column)")
                diagnostics.append(Diagnostic(.note, at: first, "'\(item.id)' first defined here"))
                continue
            }
            items.append(item)
            dueSpecs.append(f.dueSpecs[i])
            completedSpecs.append(f.completedSpecs[i])
            if items.count > maxItems {
                // A file over the limit on its own has said so already.
                if !f.overItemLimit { error(item.source, "more than \(maxItems) items (limit max_items)") }
                tooMany = true
                return
            }
        }
    }

    /// Adds each recurring duty's occurrences, through `until` or a year past `asOf` (a year
    /// past its start without `asOf`). Returns the end of that horizon when any duty is open-
    /// ended, so the daemon knows when to make more.
    func makeOccurrences() -> Int64? {
        guard !recurring.isEmpty else { return nil }
        let zone = settings.zone
        let base = asOf.map { zone.local($0).date }
        var openEnded: CivilDate?
        for (template, rule) in recurring {
            let horizon = (base ?? rule.starts).adding(days: Session.horizonDays)
            if rule.until == nil || (rule.until ?? horizon) > horizon { openEnded = min(openEnded ?? horizon, horizon) }
            for occ in rule.occurrences(through: horizon) {
                let id = template.id + "@" + occ.key
                if itemIds.insert(id, at: items.count, idAt: { self.items[$0].id }) != nil {
                    error(template.source, "duplicate id '\(id)': an occurrence of this duty has the id of another item")
                    continue
                }
                let item = Item(
                    id: id, directive: template.directive, agency: template.agency, task: template.task, deadline: nil,
                    dueText: occ.due.description + " (" + rule.every.vietnamese + ")", status: occ.done ? .done : template.status,
                    completed: nil, owner: template.owner, note: template.note, source: template.source)
                items.append(item)
                dueSpecs.append(DueSpec(kind: .day, date: occ.due))
                completedSpecs.append(nil)
                if items.count > limits.maxItems, !tooMany {
                    error(template.source, "more than \(limits.maxItems) items (limit max_items)")
                    tooMany = true
                    return nil
                }
            }
        }
        return openEnded.map { zone.instant($0) }
    }

    /// The texts of every file a diagnostic points into; a file whose text was let go (a later
    /// file's note points back at it) is read again.
    func quotedTexts() -> [String: [UInt8]] {
        var out = texts
        for d in diagnostics where out[d.file] == nil && d.location != nil {
            if case .success(let b) = source.read(d.file, maxSize: limits.maxFileSize) { out[d.file] = b }
        }
        return out
    }

    /// Adds the read-time diagnostics of the session itself (cycles, unreadable files) after
    /// those of the files, merged as they were read, then places deadlines in time.
    func finish() -> Config? {
        diagnostics += sessionDiagnostics
        sessionDiagnostics = []
        guard !diagnostics.hasErrors else { return nil }
        let horizon = makeOccurrences()
        guard !diagnostics.hasErrors else { return nil }
        let zone = settings.zone
        // Working-day counts and roll-forward need the holiday calendar, built the first time
        // one is met.
        let settings = self.settings
        var calendar: HolidayCalendar? = settings.rollToWorkingDay ? settings.holidayCalendar : nil
        /// Places a count of working days and rolls a day off forward; a problem with it (past
        /// 31/12/9999, or past the lunar calendar's years) is said about `item`'s source.
        func onCalendar(_ spec: DueSpec, item: Int) -> DueSpec {
            guard settings.rollToWorkingDay || spec.kind == .workingDays else { return spec }
            let cal = calendar ?? settings.holidayCalendar
            calendar = cal
            var s = spec
            if s.kind == .workingDays {
                guard let end = cal.workingDay(s.count, after: s.date) else {
                    diagnostics.append(
                        Diagnostic(.error, at: items[item].source, "\(s.count) working days from \(s.date) end after 31/12/9999"))
                    return DueSpec(kind: .day, date: CivilDate(year: 9999, month: 12, day: 31))
                }
                s = DueSpec(kind: .day, date: end)
            }
            if settings.rollToWorkingDay, s.kind != .time { s.date = cal.nextWorkingDay(onOrAfter: s.date) }
            if s.date.year > LunarCalendar.supportedYears.upperBound {
                diagnostics.append(
                    Diagnostic(
                        .warning, at: items[item].source,
                        "working days are counted up to \(s.date) without Tết and Giỗ Tổ: the lunar calendar covers \(LunarCalendar.supportedYears.lowerBound)-\(LunarCalendar.supportedYears.upperBound)"
                    ))
            }
            return s
        }
        // The memo of the last load, when it was for this zone (a reload), else a new one.
        var memo = cache?.placements.withLock { m -> PlacementMemo? in
            defer { m = nil }
            return m?.zone == zone.identifier ? m : nil
        } ?? PlacementMemo(zone: zone.identifier)
        defer {
            if let cache { cache.placements.withLock { $0 = memo } }
        }
        func place(_ d: DueSpec) -> Deadline { memo.place(d, in: zone) }
        for i in items.indices {
            if let d0 = dueSpecs[i] { items[i].deadline = place(onCalendar(d0, item: i)) }
            // The dues that extensions replaced are placed by the same rules, so the original
            // deadline counts the config's own holidays. (Looked at only when some file has
            // extensions: reading each item's texts box is a cache miss per item.)
            if anyExtensions, !items[i].extensions.isEmpty {
                var extensions = items[i].extensions
                for k in extensions.indices { extensions[k].previousDue = onCalendar(extensions[k].previousDue, item: i) }
                if extensions != items[i].extensions { items[i].extensions = extensions }
            }
            if let c = completedSpecs[i] {
                // Done at a time: that instant; on a day: the start of it.
                let dl = place(c)
                items[i].completed = c.kind == .time ? dl.overdueAt : dl.reminderAnchor
            }
        }
        dueSpecs = []
        completedSpecs = []
        guard !diagnostics.hasErrors else { return nil }
        for a in acks {
            guard let i = itemIds.find(a.id, idAt: { self.items[$0].id }) else {
                diagnostics.append(Diagnostic(.warning, at: a.at, "acknowledgement for '\(a.id)', which is not a tracked item; ignored"))
                continue
            }
            // A day means through its end; a time, until then.
            items[i].ack = Ack(until: Deadline(a.until, in: zone).overdueAt, note: a.note)
        }
        var config = Config(settings: settings, directives: directives, items: items, files: files)
        config.horizon = horizon
        return config
    }
}
