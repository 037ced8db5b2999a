import DeadlinedCore

/// The acknowledgements file (`acks.yaml` beside the main config), as `deadlined ack` reads
/// and writes it: one entry per item, dates kept as written.
public struct AckFile: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var until: String
        public var note: String?
        /// Who acknowledged, and when (free text, for people).
        public var by: String?
        public var at: String?

        public init(id: String, until: String, note: String? = nil, by: String? = nil, at: String? = nil) {
            self.id = id
            self.until = until
            self.note = note
            self.by = by
            self.at = at
        }
    }

    public var entries: [Entry] = []

    public init(entries: [Entry] = []) { self.entries = entries }

    /// Reads the file; a missing file is an empty one, a broken one is its diagnostics.
    public static func read(_ path: String, source: any ConfigSource) -> Result<AckFile, LoadResult> {
        guard case .success(let bytes) = source.read(path, maxSize: Limits().maxFileSize) else {
            return .success(AckFile())
        }
        switch YAMLTape.parse(bytes, file: path, limits: Limits()) {
        case .failure(let d):
            return .failure(LoadResult(config: nil, diagnostics: [d], texts: [path: bytes], files: [path], path: path))
        case .success(let t):
            let l = FileDecoder(tape: t, file: path, limits: Limits())
            var out = AckFile()
            for spec in l.decodeAcks() {
                var e = Entry(id: spec.id, until: "", note: spec.note)
                // Recover the texts as written, and `by`/`at`, from the tape.
                for (k, v) in t.pairs(t.resolved(AckFile.node(of: spec, in: t))) where t[t.resolved(k)].kind == .scalar
                {
                    let value = t.value(t.resolved(v))
                    switch t.value(t.resolved(k)) {
                    case "until": e.until = value
                    case "by": e.by = value
                    case "at": e.at = value
                    default: break
                    }
                }
                out.entries.append(e)
            }
            if l.diagnostics.hasErrors {
                return .failure(
                    LoadResult(config: nil, diagnostics: l.diagnostics, texts: [path: bytes], files: [path], path: path)
                )
            }
            return .success(out)
        }
    }

    /// The tape index of the mapping an ack was read from (by its line and column).
    static func node(of spec: AckSpec, in t: YAMLTape) -> Int {
        t.nodes.firstIndex { Int($0.line) == spec.at.line && Int($0.column) == spec.at.column && $0.kind == .mapping }
            ?? 0
    }

    /// Adds or replaces the entry for `entry.id`.
    public mutating func set(_ entry: Entry) {
        if let i = entries.firstIndex(where: { $0.id == entry.id }) {
            entries[i] = entry
        } else {
            entries.append(entry)
        }
    }

    /// Removes the entry for `id`; false when there was none.
    public mutating func remove(_ id: String) -> Bool {
        guard let i = entries.firstIndex(where: { $0.id == id }) else { return false }
        entries.remove(at: i)
        return true
    }

    /// The file's text. Values are JSON strings, which are valid YAML double-quoted scalars.
    public func rendered() -> String {
        var out = "# Written by `deadlined ack`: overdue items someone has followed up. Each stays quiet\n"
        out += "# until `until`, then is alerted again; `report` still counts it.\n"
        out += entries.isEmpty ? "acks: []\n" : "acks:\n"
        for e in entries {
            out += "  - id: \(json(e.id))\n    until: \(json(e.until))\n"
            if let n = e.note { out += "    note: \(json(n))\n" }
            if let b = e.by { out += "    by: \(json(b))\n" }
            if let a = e.at { out += "    at: \(json(a))\n" }
        }
        return out
    }
}
