#if canImport(Glibc)
import Glibc
#endif

/// An exclusive flock(2) on a lock file, held until the process exits or `release()`.
/// The file records the holder's process id, so that a process kept out can name it.
public struct FileLock: Sendable, Equatable {
    /// The descriptor the lock is on (the lock file's, or the directory's; see `acquire`).
    public let fd: Int32
    /// The lock file, as shown in messages.
    public let path: String

    public enum Failure: Error, Sendable, Equatable {
        /// Another process holds the lock (its id, when it recorded one).
        case held(pid: Int32?)
        /// The lock file cannot be opened or locked: the reason.
        case failed(String)
    }

    /// Opens `name` in the directory `dfd` (creating it 0600; never through a symlink) and
    /// locks it, waiting up to `wait` seconds for another holder (0: not at all).
    /// On a read-only file system where the file does not exist yet the directory itself is
    /// locked: two processes agree on which, since neither can create the file.
    public static func acquire(
        _ name: String, inDirectory dfd: Int32, shownAs directory: String, wait: Double = 0
    ) -> Result<FileLock, Failure> {
        let path = directory + "/" + name
        var opened = Sys.openat(dfd, name, O_RDWR | O_CREAT | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC, 0o600)
        if case .failure(let why) = opened, why.code == EROFS || why.code == EACCES {
            opened = Sys.openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC)
            if case .failure(let e) = opened, e.code == ENOENT {
                opened = why.code == EROFS ? Sys.dup(dfd) : .failure(why)
            }
        }
        let fd: Int32
        switch opened {
        case .success(let f): fd = f
        case .failure(let e):
            let reason = e.code == ELOOP ? "it is a symbolic link" : e.text
            return .failure(.failed("\(path): \(reason)"))
        }
        guard case .success(let st) = Sys.fstat(fd),
            (st.st_mode & S_IFMT) == S_IFREG || (st.st_mode & S_IFMT) == S_IFDIR
        else {
            Sys.close(fd)
            return .failure(.failed("\(path): it is not a regular file"))
        }
        let lock = FileLock(fd: fd, path: path)
        var waited = 0.0, pause = 0.002
        while case .failure(let e) = Sys.flock(fd, LOCK_EX | LOCK_NB) {
            guard e.code == EWOULDBLOCK else {
                Sys.close(fd)
                return .failure(.failed("\(path): \(e.text)"))
            }
            if waited >= wait {
                let holder = lock.recordedOwner()
                Sys.close(fd)
                return .failure(.held(pid: holder))
            }
            usleep(useconds_t(pause * 1_000_000))
            waited += pause
            pause = min(pause * 2, 0.05)
        }
        return .success(lock)
    }

    /// Opens `directory` and locks `name` in it; see `acquire(_:inDirectory:shownAs:wait:)`.
    public static func acquire(_ name: String, in directory: String, wait: Double = 0) -> Result<FileLock, Failure> {
        let dfd: Int32
        switch Sys.open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC) {
        case .success(let d): dfd = d
        case .failure(let e): return .failure(.failed("\(directory): \(e.text)"))
        }
        defer { Sys.close(dfd) }
        return acquire(name, inDirectory: dfd, shownAs: directory, wait: wait)
    }

    /// Writes this process's id into the lock file (nothing when it is read-only).
    public func recordOwner() {
        let text = "\(getpid())\n"
        guard case .success = Sys.ftruncate(fd, 0) else { return }
        _ = text.withCString { Sys.pwrite(fd, $0, strlen($0), 0) }
    }

    /// The process id the holder recorded, if any and if that process is alive (a holder
    /// that records nothing, such as flock(1), leaves the previous holder's id in place).
    func recordedOwner() -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let read = buffer.withUnsafeMutableBytes { Sys.pread(fd, $0.baseAddress, $0.count, 0) }
        guard case .success(let n) = read, n > 0 else { return nil }
        let text = String(decoding: buffer[..<n], as: UTF8.self).split(separator: "\n").first ?? ""
        guard let pid = Int32(text), pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return nil }
        return pid
    }

    /// Gives the lock up (closing the descriptor releases it).
    public func release() {
        Sys.close(fd)
    }
}
