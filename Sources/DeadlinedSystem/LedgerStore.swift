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

/// Replaces `path` with `text` so that a reader (or a crash) sees the old file or the new one,
/// never half of one: temporary file, fsync, rename, fsync of the directory. Returns a reason
/// on failure.
public func writeAtomically(_ text: String, to path: String, directory: String, mode: mode_t) -> String? {
    let tmp = path + ".tmp"
    let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    guard fd >= 0 else { return "cannot write \(tmp): \(errnoText())" }
    // Exactly `mode`, whatever the umask: acks.yaml written by root under umask 077 would
    // otherwise be unreadable to the daemon's dynamic user.
    if fchmod(fd, mode) != 0 {
        let reason = "cannot set the mode of \(tmp): \(errnoText())"
        close(fd)
        unlink(tmp)
        return reason
    }
    var text = text
    var failure: String?
    text.withUTF8 { buf in
        var off = 0
        while off < buf.count {
            let n = write(fd, buf.baseAddress.map { $0 + off }, buf.count - off)
            if n < 0 {
                if errno == EINTR { continue }
                failure = "cannot write \(tmp): \(errnoText())"
                return
            }
            off += n
        }
    }
    if failure == nil, fsync(fd) != 0 { failure = "cannot sync \(tmp): \(errnoText())" }
    close(fd)
    if let failure {
        unlink(tmp)
        return failure
    }
    guard rename(tmp, path) == 0 else {
        let reason = "cannot replace \(path): \(errnoText())"
        unlink(tmp)
        return reason
    }
    let dfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dfd >= 0 {
        fsync(dfd)
        close(dfd)
    }
    return nil
}
