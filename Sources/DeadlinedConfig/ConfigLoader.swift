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
        return LoadResult.line(line, of: bytes, starts: LoadResult.lineStarts(bytes))
    }

    /// A file's bytes read again from `source`.
    func reread(_ file: String) -> [UInt8]? {
        guard let source, case .success(let bytes) = source.read(file, maxSize: maxFileSize) else { return nil }
        return bytes
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
    /// lines are indexed once: 100,000 duplicate ids render in linear time. A file read again
    /// is held until a diagnostic of another file comes (they come file by file).
    public func renderedDiagnostics() -> String {
        var index: [String: [Int]] = [:]
        var reread: (file: String, bytes: [UInt8], starts: [Int])?
        func sourceLine(_ file: String, _ line: Int) -> String? {
            if let bytes = texts[file] {
                let starts = index[file] ?? LoadResult.lineStarts(bytes)
                index[file] = starts
                return LoadResult.line(line, of: bytes, starts: starts)
            }
            if reread?.file != file {
                reread = nil
                guard let bytes = self.reread(file) else { return nil }
                reread = (file, bytes, LoadResult.lineStarts(bytes))
            }
            guard let r = reread else { return nil }
            return LoadResult.line(line, of: r.bytes, starts: r.starts)
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
