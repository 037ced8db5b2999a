import DeadlinedCore

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
