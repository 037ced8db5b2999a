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
        var fd = openat(dfd, name, O_RDWR | O_CREAT | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC, 0o600)
        if fd < 0, errno == EROFS || errno == EACCES {
            let why = errno
            fd = openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC)
            if fd < 0, errno == ENOENT {
                if why == EROFS { fd = dup(dfd) } else { errno = why }
            }
        }
        guard fd >= 0 else {
            let reason = errno == ELOOP ? "it is a symbolic link" : errnoText()
            return .failure(.failed("\(path): \(reason)"))
        }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG || (st.st_mode & S_IFMT) == S_IFDIR else {
            close(fd)
            return .failure(.failed("\(path): it is not a regular file"))
        }
        let lock = FileLock(fd: fd, path: path)
        var waited = 0.0, pause = 0.002
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let reason = errnoText()
                close(fd)
                return .failure(.failed("\(path): \(reason)"))
            }
            if waited >= wait {
                let holder = lock.recordedOwner()
                close(fd)
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
        let dfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dfd >= 0 else { return .failure(.failed("\(directory): \(errnoText())")) }
        defer { close(dfd) }
        return acquire(name, inDirectory: dfd, shownAs: directory, wait: wait)
    }

    /// Writes this process's id into the lock file (nothing when it is read-only).
    public func recordOwner() {
        let text = "\(getpid())\n"
        guard ftruncate(fd, 0) == 0 else { return }
        _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    /// The process id the holder recorded, if any and if that process is alive (a holder
    /// that records nothing, such as flock(1), leaves the previous holder's id in place).
    func recordedOwner() -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        let text = String(decoding: buffer[..<n], as: UTF8.self).split(separator: "\n").first ?? ""
        guard let pid = Int32(text), pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return nil }
        return pid
    }

    /// Gives the lock up (closing the descriptor releases it).
    public func release() {
        close(fd)
    }
}
