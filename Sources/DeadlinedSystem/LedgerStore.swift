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
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            if errno == ENOENT { return (Ledger(), []) }
            return (Ledger(), ["cannot read \(path), starting with an empty ledger: \(errnoText())"])
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else {
            return (Ledger(), ["cannot read \(path), starting with an empty ledger: it is not a regular file"])
        }
        var reader = LedgerReader(maxEntries: maxEntries)
        var failure: String?
        withUnsafeTemporaryAllocation(byteCount: 64 << 10, alignment: 8) { chunk in
            while reader.wantsMore {
                let n = read(fd, chunk.baseAddress, chunk.count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errnoText()
                    return
                }
                if n == 0 { return }
                reader.feed(UnsafeRawBufferPointer(rebasing: chunk[..<n]))
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
