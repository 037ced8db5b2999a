import DeadlinedCore

/// One update recorded by `deadlined done`, `progress` or `status`: what changed, on which
/// item, when and by whom. Texts are kept as written.
public struct Update: Sendable, Equatable {
    public enum Change: Sendable, Equatable {
        /// `deadlined status`: the status as given (one of `Status.spellings`).
        case status(String)
        /// `deadlined done`: done on that date (D/M/YYYY).
        case completed(String)
        /// `deadlined progress`: the value reached (`14`, `76%`) and the date it was measured.
        case progress(String, on: String?)
    }

    /// The item's id, as `deadlined list` shows it.
    public var id: String
    /// The instant it was recorded, ISO 8601 with its offset (`2024-06-30T10:15:00+07:00`).
    public var at: String
    /// Who recorded it: the user who ran the command (SUDO_USER under sudo).
    public var by: String?
    public var change: Change
    public var note: String?

    public init(id: String, at: String, by: String?, change: Change, note: String? = nil) {
        self.id = id
        self.at = at
        self.by = by
        self.change = change
        self.note = note
    }
}

/// The updates file (`updates.yaml` beside the main config): append-only, oldest first.
/// The commands that record updates write it; the loader reads it with the configuration.
public struct UpdatesFile: Sendable, Equatable {
    public var entries: [Update] = []

    public init(entries: [Update] = []) { self.entries = entries }

    /// Reads the file; a missing file is an empty one, a broken one is its diagnostics.
    public static func read(_ path: String, source: any ConfigSource) -> Result<UpdatesFile, LoadResult> {
        let bytes: [UInt8]
        switch source.read(path, maxSize: Limits().maxFileSize) {
        case .success(let b): bytes = b
        case .failure(let f):
            if f.missing { return .success(UpdatesFile()) }
            let d = Diagnostic(.error, file: path, "cannot read the updates file: \(f.reason)")
            return .failure(LoadResult(config: nil, diagnostics: [d], texts: [:], files: [path], path: path))
        }
        switch YAMLTape.parse(bytes, file: path, limits: Limits()) {
        case .failure(let d):
            return .failure(LoadResult(config: nil, diagnostics: [d], texts: [path: bytes], files: [path], path: path))
        case .success(let t):
            let l = FileDecoder(tape: t, file: path, limits: Limits())
            let specs = l.decodeUpdates()
            if l.diagnostics.hasErrors {
                return .failure(
                    LoadResult(config: nil, diagnostics: l.diagnostics, texts: [path: bytes], files: [path], path: path)
                )
            }
            return .success(UpdatesFile(entries: specs.map(\.update)))
        }
    }

    /// The file's text. Values are JSON strings, which are valid YAML double-quoted scalars.
    public func rendered() -> String {
        var out = "# Written by `deadlined done`, `deadlined progress` and `deadlined status`: updates\n"
        out += "# recorded without editing the configuration, oldest first. An update recorded after the\n"
        out += "# last change of the file that defines its item wins over that file's `status`.\n"
        out += entries.isEmpty ? "updates: []\n" : "updates:\n"
        for e in entries {
            out += "  - id: \(json(e.id))\n    at: \(json(e.at))\n"
            if let b = e.by { out += "    by: \(json(b))\n" }
            switch e.change {
            case .status(let s): out += "    status: \(json(s))\n"
            case .completed(let d): out += "    completed: \(json(d))\n"
            case .progress(let v, let on):
                out += "    progress: \(json(v))\n"
                if let on { out += "    on: \(json(on))\n" }
            }
            if let n = e.note { out += "    note: \(json(n))\n" }
        }
        return out
    }
}
