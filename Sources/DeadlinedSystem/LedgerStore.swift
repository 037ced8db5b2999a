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

    /// Reads the ledger; a missing, cut or damaged file yields what could be read, plus
    /// warnings. Never fails.
    public func load() -> (Ledger, [String]) {
        switch FileSource().read(path, maxSize: 512 << 20) {
        case .success(let bytes):
            let (ledger, problems) = Ledger.parse(String(decoding: bytes, as: UTF8.self))
            return (ledger, problems.map { "\(path): \($0)" })
        case .failure(let f):
            if access(path, F_OK) != 0, errno == ENOENT { return (Ledger(), []) }
            return (Ledger(), ["cannot read \(path), starting with an empty ledger: \(f.reason)"])
        }
    }

    /// Writes the ledger; returns a reason on failure (the in-memory ledger stays authoritative).
    public func save(_ ledger: Ledger) -> String? {
        writeAtomically(ledger.serialized(), to: path, directory: directory, mode: 0o600)
    }
}
