import DeadlinedCore

/// Loading a file and, depth first in include order, the files it includes: cycles, repeats
/// and depth are checked, each file is taken from the cache, the prefetch or a fresh read,
/// and merged as soon as it is there.
extension LoadSession {
    func loadFile(_ path: String, main: Bool, includedFrom: SourceLocation?, depth: Int, chain: [String]) {
        if !main { filesAhead = Swift.max(filesAhead - 1, 0) }
        let canonical = source.canonical(path)
        if chain.contains(canonical) {
            let at = includedFrom ?? SourceLocation(file: path, line: 1, column: 1)
            sessionError(
                at,
                "include cycle: '\(path)' includes itself through \((chain + [canonical]).joined(separator: " -> "))")
            return
        }
        if loaded.contains(canonical) {
            if let at = includedFrom {
                sessionDiagnostics.append(
                    Diagnostic(.warning, at: at, "'\(path)' is already included; skipping it this time"))
            }
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
        guard var decoded = decodedFile(path, key: key, main: main, includedFrom: includedFrom) else { return }
        // Warnings are quoted from the file read again: its bytes go before the merge.
        decoded = LoadSession.droppingText(decoded)
        // No file is named ahead and none is being decoded: the spare tape arrays, as large as
        // the largest file's, are let go before this file's items are merged, not at the end.
        if filesAhead == 0, prefetched.isEmpty { spares = LoadSession.makeSpares() }
        cacheKeys.insert(key)
        files.append(path)
        // Merged now, in include order, while the files after it are still being decoded.
        reserveAhead(for: decoded, main: main)
        merge(decoded, main: main)
        loadIncludes(of: path, decoded.includes, depth: depth, chain: chain + [canonical])
    }

    /// The file decoded: by the prefetch, from the cache when its stamp is unchanged, or read
    /// now. nil (and an error) when it cannot be read.
    private func decodedFile(_ path: String, key: String, main: Bool, includedFrom: SourceLocation?) -> DecodedFile? {
        if let early = prefetched.removeValue(forKey: path), !main {
            let result = early.pending.wait()
            guard case .success(let d) = result else {
                if case .failure(let f) = result { unreadable(path, f, includedFrom: includedFrom) }
                return nil
            }
            if let stamp = early.stamp { cache?.put(key, stamp: stamp, LoadSession.droppingText(d)) }
            return d
        }
        // The stamp is taken before the read: a file changed in between is read again next
        // time. `prefetch` may have taken it already (a cached file it did not read).
        let stamp = cache == nil ? nil : stamps.removeValue(forKey: path) ?? source.stamp(path)
        if let stamp, let hit = cache?.get(key, stamp: stamp) { return hit }
        guard var bytes = read(path, includedFrom: includedFrom) else { return nil }
        // Files decoded here are decoded one at a time: a large one may use every core, and its
        // bytes are let go piece by piece.
        var decoded = FileDecoder.decodeTaking(
            &bytes, file: path, main: main, limits: limits, spares: spares, yearHint: yearHint)
        if decoded == nil {
            // Its bytes are needed after all: the file read again is decoded whole, so its
            // diagnostics and the lines they quote come from one read.
            guard let again = read(path, includedFrom: includedFrom) else { return nil }
            decoded = FileDecoder.decode(
                again, file: path, main: main, limits: limits, spares: spares, yearHint: yearHint)
        }
        if let stamp, let decoded { cache?.put(key, stamp: stamp, LoadSession.droppingText(decoded)) }
        return decoded
    }

    /// The file's bytes, or nil (and an error) when it cannot be read. The bytes are returned
    /// alone, held by nothing else, so a large file's can be let go as it is decoded.
    private func read(_ path: String, includedFrom: SourceLocation?) -> [UInt8]? {
        switch source.read(path, maxSize: limits.maxFileSize) {
        case .success(let bytes):
            return bytes
        case .failure(let f):
            unreadable(path, f, includedFrom: includedFrom)
            return nil
        }
    }

    /// A decoded file without its bytes unless an error points into them: warnings are
    /// quoted from the file read again (`LoadResult.source`), so neither the load nor the
    /// cache holds a file's size in memory for them.
    static func droppingText(_ d: DecodedFile) -> DecodedFile {
        guard d.text != nil, !d.diagnostics.hasErrors else { return d }
        var kept = d
        kept.text = nil
        return kept
    }

    /// Makes room for as many more items per file still to come, so the arrays and the id
    /// table grow once for drop-ins of a size, not item by item. The average is over the
    /// drop-ins only: a main file holding settings and includes would drag it down, and an
    /// estimate creeping up file by file would move the arrays at every file. Beyond half a
    /// million items the room is at most four times what is loaded, never past max_items, so
    /// one big file before thousands of small ones does not ask for gigabytes.
    private func reserveAhead(for decoded: DecodedFile, main: Bool) {
        let needed = items.count + decoded.items.count
        if !main {
            filesMerged += 1
            itemsMerged += decoded.items.count
        }
        // Nothing merged and no file named ahead: the file's items may be taken as they are
        // (`adoptItems`); the merge makes room itself when they are not.
        if items.isEmpty && filesAhead == 0 { return }
        let perFile = filesMerged == 0 ? decoded.items.count : itemsMerged / filesMerged
        let guess = needed + perFile * Swift.min(filesAhead, limits.maxItems)
        let cap = Swift.min(Swift.max(4 * needed, LoadSession.reserveFreely), limits.maxItems + 1)
        reserveFor(Swift.max(Swift.min(guess, cap), needed) - items.count)
    }

    /// Expands the file's include patterns, starts decoding the files they name in the
    /// background, and loads them in order.
    private func loadIncludes(of path: String, _ includes: [TextAt], depth: Int, chain: [String]) {
        var expanded: [(pattern: String, full: String, at: SourceLocation, paths: Result<[String], SourceFailure>)] = []
        for include in includes {
            let pattern = include.text
            let full = pattern.hasPrefix("/") ? pattern : directory(of: path) + "/" + pattern
            expanded.append((pattern, full, include.at, source.glob(full)))
        }
        let ahead = expanded.flatMap { (try? $0.paths.get()) ?? [] }
        filesAhead += ahead.count
        prefetch(ahead, chain: chain)
        for e in expanded {
            switch e.paths {
            case .failure(let f):
                sessionError(e.at, "cannot expand include '\(e.pattern)': \(f.reason)")
            case .success(let paths):
                if paths.isEmpty {
                    sessionError(e.at, "include '\(e.pattern)' matches no file (looked for \(e.full))")
                }
                for p in paths { loadFile(p, main: false, includedFrom: e.at, depth: depth + 1, chain: chain) }
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

    /// Room for `more` items beyond those merged, so the arrays and the id table grow once.
    func reserveFor(_ more: Int) {
        // Grown by half at least, so an estimate that keeps rising moves the items a few
        // times, not at every file.
        guard items.count + more > items.capacity else { return }
        let total = Swift.max(items.count + more, Swift.min(items.capacity + items.capacity / 2, limits.maxItems + 1))
        items.reserveCapacity(total)
        dueSpecs.reserveCapacity(total)
        completedSpecs.reserveCapacity(total)
        itemIds.reserve(total)
    }

    func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
