import DeadlinedCore
import DeadlinedParallel
import Dispatch
import Synchronization

/// Included files read and decoded ahead of their turn, on every core. This file holds the
/// load's only uses of `Parallel`.
extension LoadSession {
    /// A file being read and decoded in the background.
    final class Pending: Sendable {
        private let done = DispatchSemaphore(value: 0)
        private let result = Mutex<Result<DecodedFile, SourceFailure>?>(nil)

        func finish(_ r: Result<DecodedFile, SourceFailure>) {
            result.withLock { $0 = r }
            done.signal()
        }

        /// Waits until the file is decoded (or could not be read) and takes the result: the
        /// background work still holds this object, and must not keep the file's items alive.
        /// Called once per file.
        func wait() -> Result<DecodedFile, SourceFailure> {
            done.wait()
            return result.withLock { r in
                defer { r = nil }
                return r ?? .failure(SourceFailure("internal error: the file was taken twice"))
            }
        }
    }

    /// Spare tape arrays for one load: one per thread that may parse.
    static func makeSpares() -> TapeSpares { TapeSpares(most: Parallel.cores + 1) }

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
            if let stamp, cache?.contains("include:" + p, stamp: stamp) == true {
                stamps[p] = stamp
                continue
            }
            todo.append((p, stamp))
        }
        guard todo.count > 1 else {
            for t in todo { if let s = t.stamp { stamps[t.path] = s } }
            return
        }
        let source = self.source, limits = self.limits, spares = self.spares, yearHint = self.yearHint
        let work = todo.map { ($0.path, Pending()) }
        for (t, w) in zip(todo, work) { prefetched[t.path] = (t.stamp, w.1) }
        // The files are handed out in order, so the first ones finish first.
        Parallel.background(work.count) { i in
            let (path, pending) = work[i]
            pending.finish(
                source.read(path, maxSize: limits.maxFileSize).flatMap {
                    LoadSession.decodeAhead(
                        $0, path: path, source: source, limits: limits, spares: spares, yearHint: yearHint)
                })
        }
    }

    /// Files read ahead from this size on are decoded in pieces. A smaller one's whole tape is
    /// about the size of the pieces alive at once, and the piece threads' own malloc arenas
    /// cost more than it saves (measured: 100,000 items in ten files of 2.7 MB, peak RSS
    /// 97 -> 104 MiB in pieces).
    static let aheadInPiecesAtLeast = 8 << 20

    /// Decodes a file read ahead. Several are decoded at once, so one of `inPiecesAtLeast`
    /// bytes or more is parsed in pieces on one thread of its own while this one decodes them
    /// (`decodeTaking`): a few pieces' bytes and tapes are alive at a time, not the file's.
    /// When its bytes are needed after all, the file read again is decoded whole, as
    /// `decodedFile` does.
    static func decodeAhead(
        _ bytes: consuming [UInt8], path: String, source: any ConfigSource, limits: Limits, spares: TapeSpares?,
        yearHint: Int?, inPiecesAtLeast: Int = aheadInPiecesAtLeast
    ) -> Result<DecodedFile, SourceFailure> {
        var bytes = bytes
        guard bytes.count >= inPiecesAtLeast else {
            return .success(
                FileDecoder.decode(bytes, file: path, main: false, limits: limits, spares: spares, yearHint: yearHint))
        }
        if let d = FileDecoder.decodeTaking(
            &bytes, file: path, main: false, limits: limits, spares: spares, yearHint: yearHint, threads: 1)
        {
            return .success(d)
        }
        return source.read(path, maxSize: limits.maxFileSize).map {
            FileDecoder.decode($0, file: path, main: false, limits: limits, spares: spares, yearHint: yearHint)
        }
    }
}
