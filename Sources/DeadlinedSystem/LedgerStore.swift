import DeadlinedCore

#if canImport(Glibc)
import Glibc
#endif

/// The ledger's file in the state directory, written atomically (temporary file, fsync,
/// rename, fsync of the directory).
public struct LedgerStore: Sendable {
    public let directory: String
    public var path: String { directory + "/ledger" }

    public init(directory: String) { self.directory = directory }

    /// Reads the ledger; a missing, cut or damaged file yields what could be read, plus at
    /// most one warning. Never fails. Streaming, 64 KiB at a time: a damaged file of any size
    /// costs memory bounded by the longest line kept and `maxEntries` records.
    public func load(maxEntries: Int = Int.max) -> (Ledger, [String]) {
        let fd: Int32
        switch Sys.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK) {
        case .success(let f): fd = f
        case .failure(let e):
            if e.code == ENOENT { return (Ledger(), []) }
            return (Ledger(), ["cannot read \(path), starting with an empty ledger: \(e.text)"])
        }
        defer { Sys.close(fd) }
        guard case .success(let st) = Sys.fstat(fd), st.st_mode & S_IFMT == S_IFREG else {
            return (Ledger(), ["cannot read \(path), starting with an empty ledger: it is not a regular file"])
        }
        var reader = LedgerReader(maxEntries: maxEntries)
        var failure: String?
        withUnsafeTemporaryAllocation(byteCount: 64 << 10, alignment: 8) { chunk in
            while reader.wantsMore {
                switch Sys.read(fd, chunk.baseAddress, chunk.count) {
                case .failure(let e):
                    failure = e.text
                    return
                case .success(0): return
                case .success(let n): reader.feed(UnsafeRawBufferPointer(rebasing: chunk[..<n]))
                }
            }
        }
        let (ledger, problems) = reader.finish()
        if let failure {
            let kept = ledger.entries.count + ledger.vanished.count
            return (ledger, ["cannot read all of \(path), keeping the \(kept) records read: \(failure)"])
        }
        return (ledger, problems.map { "\(path): \($0)" })
    }

    /// Writes the ledger; returns a reason on failure (the in-memory ledger stays authoritative).
    public func save(_ ledger: Ledger) -> String? {
        writeAtomically(ledger.serialized(), to: path, directory: directory, mode: 0o600)
    }
}
