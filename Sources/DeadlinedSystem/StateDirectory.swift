#if canImport(Glibc)
import Glibc
#endif

/// The daemon's state directory, claimed before anything is sent: one daemon per directory,
/// and only a directory no one but its owner can write (a planted file or link there could
/// otherwise redirect the ledger's writes).
public enum StateDirectory {
    /// Exit status when another daemon holds the directory (EX_TEMPFAIL).
    public static let busyStatus: Int32 = 75
    /// Exit status when the directory is unsafe or cannot be used (EX_NOPERM).
    public static let unusableStatus: Int32 = 77
    /// The lock file's name in the directory.
    public static let lockName = "lock"

    public struct Refusal: Error, Sendable, Equatable {
        public var status: Int32
        public var message: String
    }

    /// Makes `path` (0700) when it is missing, refuses it when it belongs to another user or
    /// others than its owner can write it, and takes its lock, held until the process exits.
    public static func claim(_ path: String) -> Result<FileLock, Refusal> {
        func unusable(_ message: String) -> Result<FileLock, Refusal> {
            .failure(Refusal(status: unusableStatus, message: message))
        }
        if case .failure(let e) = Sys.mkdir(path, 0o700), e.code != EEXIST {
            return unusable("cannot create the state directory \(path): \(e.text); not starting")
        }
        let dfd: Int32
        switch Sys.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) {
        case .success(let d): dfd = d
        case .failure(let e): return unusable("cannot open the state directory \(path): \(e.text); not starting")
        }
        defer { Sys.close(dfd) }
        let st: stat
        switch Sys.fstat(dfd) {
        case .success(let s): st = s
        case .failure(let e): return unusable("cannot open the state directory \(path): \(e.text); not starting")
        }
        if st.st_uid != geteuid() {
            return unusable(
                "the state directory \(path) belongs to uid \(st.st_uid), not to this process's user (uid \(geteuid())); not starting"
            )
        }
        if st.st_mode & 0o022 != 0 {
            let mode = String(st.st_mode & 0o7777, radix: 8)
            return unusable(
                "the state directory \(path) can be written by others than its owner (mode \(mode)); not starting (chmod go-w \(path))"
            )
        }
        switch FileLock.acquire(lockName, inDirectory: dfd, shownAs: path) {
        case .success(let lock):
            lock.recordOwner()
            // Under the lock no one else writes here: what a crash left behind can go.
            for name in ["ledger", "reload-result"] { removeStaleTemporaries(of: name, in: path) }
            return .success(lock)
        case .failure(.held(let pid)):
            let who = pid.map { "another deadlined (pid \($0))" } ?? "another deadlined"
            return .failure(
                Refusal(
                    status: busyStatus,
                    message:
                        "\(who) is running on the state directory \(path) (it holds \(path)/\(lockName)); not starting")
            )
        case .failure(.failed(let reason)):
            return unusable("cannot lock the state directory \(path): \(reason); not starting")
        }
    }
}
