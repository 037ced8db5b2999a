import DeadlinedCore

/// The outcome of loading a configuration: the config when it is valid, every diagnostic,
/// and the text of each file read so diagnostics can quote their line.
public struct LoadResult: Error, Sendable {
    public var config: Config?
    public var diagnostics: [Diagnostic]
    /// The text of each file that has an error, to quote its lines.
    public var texts: [String: [UInt8]]
    /// Every file read (or tried), the main one first: what a watcher should watch.
    public var files: [String]
    /// The main file's path, as given.
    public var path: String
    /// Where a file with a diagnostic but no entry in `texts` (warnings only) is read again to
    /// quote its lines: its bytes are not held while the items are made. nil: not quoted.
    public var source: (any ConfigSource)? = nil
    var maxFileSize = Limits().maxFileSize

    /// Line `line` (1-based) of a file that was read.
    public func sourceLine(_ file: String, _ line: Int) -> String? {
        guard let bytes = texts[file] ?? reread(file) else { return nil }
        var lines = LineIndex(bytes)
        return lines.text(ofLine: line)
    }

    /// A file's bytes read again from `source`.
    func reread(_ file: String) -> [UInt8]? {
        guard let source, case .success(let bytes) = source.read(file, maxSize: maxFileSize) else { return nil }
        return bytes
    }

    /// Every diagnostic with its source line and caret, one after the other. Each file has one
    /// `LineIndex` for the whole rendering: 100,000 duplicate ids render in linear time. Files read again
    /// are held two at a time, the two most recently quoted: diagnostics come file by file,
    /// or alternate between two files (a duplicate id's error and the note where it was
    /// first defined). `colour`: each severity's name in its colour.
    public func renderedDiagnostics(in language: Language = .en, colour: Bool = false) -> String {
        var kept: [String: LineIndex] = [:]
        var reread: [(file: String, lines: LineIndex)] = []
        func sourceLine(_ file: String, _ line: Int) -> String? {
            if let bytes = texts[file] {
                var lines = kept.removeValue(forKey: file) ?? LineIndex(bytes)
                defer { kept[file] = lines }
                return lines.text(ofLine: line)
            }
            if let i = reread.firstIndex(where: { $0.file == file }) {
                let r = reread.remove(at: i)
                reread.append(r)
            } else {
                if reread.count == 2 { reread.removeFirst() }
                guard let bytes = self.reread(file) else { return nil }
                reread.append((file, LineIndex(bytes)))
            }
            let last = reread.count - 1
            guard last >= 0 else { return nil }
            return reread[last].lines.text(ofLine: line)
        }
        return diagnostics.map { $0.rendered(sourceLine: sourceLine, in: language, colour: colour) }.joined(
            separator: "\n")
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

    /// The updates written by `deadlined done`, `progress` and `status`: `updates.yaml`
    /// beside the main file.
    public static func updatesPath(for main: String) -> String {
        guard let slash = main.lastIndex(of: "/") else { return "updates.yaml" }
        return String(main[...slash]) + "updates.yaml"
    }

    /// Loads the main file `path`, its includes, the acknowledgements file and the holiday
    /// drop-ins beside it.
    public func load(_ path: String) -> LoadResult {
        let run = LoadSession(source: source, limits: limits, cache: cache, asOf: asOf)
        run.loadFile(path, main: true, includedFrom: nil, depth: 0, chain: [])
        run.loadAcks(ConfigLoader.acksPath(for: path))
        run.loadUpdates(ConfigLoader.updatesPath(for: path))
        run.loadHolidayDropIns(path)
        let config = run.finish()
        cache?.keepOnly(run.cacheKeys)
        var result = LoadResult(
            config: config, diagnostics: run.diagnostics, texts: run.texts, files: run.files, path: path)
        result.source = source
        result.maxFileSize = limits.maxFileSize
        return result
    }
}
