#if canImport(Glibc)
import Glibc
#endif

/// The errno a failed call left, kept as a value so that no later call can overwrite it.
struct Errno: Error, Sendable, Equatable {
    let code: Int32

    /// The current `errno`.
    static var current: Errno { Errno(code: errno) }

    /// The text `strerror` gives for it.
    var text: String { errnoText(code) }
}

/// One small wrapper per C call on files, as swift-system's `Internals/Syscalls.swift` has:
/// each returns a `Result` carrying the errno, and retries after EINTR where the call can
/// be interrupted and retrying is safe.
extension Sys {
    /// Runs `call` again while it fails with EINTR; the errno of any other failure.
    private static func retrying<T: BinaryInteger>(_ call: () -> T) -> Result<T, Errno> {
        while true {
            let r = call()
            if r >= 0 { return .success(r) }
            if errno != EINTR { return .failure(.current) }
        }
    }

    /// Fails with the current errno when `r` is negative.
    private static func checked<T: BinaryInteger>(_ r: T) -> Result<T, Errno> {
        r >= 0 ? .success(r) : .failure(.current)
    }

    /// open(2).
    static func open(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Result<Int32, Errno> {
        retrying { Glibc.open(path, flags, mode) }
    }

    /// openat(2), relative to the directory descriptor `dfd`.
    static func openat(_ dfd: Int32, _ name: String, _ flags: Int32, _ mode: mode_t = 0) -> Result<Int32, Errno> {
        retrying { Glibc.openat(dfd, name, flags, mode) }
    }

    /// close(2). Never retried: on Linux the descriptor is gone even after EINTR.
    static func close(_ fd: Int32) {
        _ = Glibc.close(fd)
    }

    /// dup(2).
    static func dup(_ fd: Int32) -> Result<Int32, Errno> {
        checked(Glibc.dup(fd))
    }

    /// fstat(2).
    static func fstat(_ fd: Int32) -> Result<Glibc.stat, Errno> {
        var st = Glibc.stat()
        return checked(Glibc.fstat(fd, &st)).map { _ in st }
    }

    /// stat(2): symlinks followed.
    static func stat(_ path: String) -> Result<Glibc.stat, Errno> {
        var st = Glibc.stat()
        return checked(cStat(path, &st)).map { _ in st }
    }

    /// read(2) into `buffer`, up to `count` bytes; 0 at the end of the file.
    static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Result<Int, Errno> {
        retrying { Glibc.read(fd, buffer, count) }
    }

    /// pread(2) at `offset`.
    static func pread(
        _ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int, _ offset: off_t
    )
        -> Result<Int, Errno>
    {
        retrying { Glibc.pread(fd, buffer, count, offset) }
    }

    /// pwrite(2) at `offset`.
    static func pwrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int, _ offset: off_t) -> Result<Int, Errno> {
        retrying { Glibc.pwrite(fd, buffer, count, offset) }
    }

    /// ftruncate(2).
    static func ftruncate(_ fd: Int32, _ length: off_t) -> Result<Void, Errno> {
        retrying { Glibc.ftruncate(fd, length) }.map { _ in () }
    }

    /// fsync(2).
    static func fsync(_ fd: Int32) -> Result<Void, Errno> {
        retrying { Glibc.fsync(fd) }.map { _ in () }
    }

    /// fchmod(2).
    static func fchmod(_ fd: Int32, _ mode: mode_t) -> Result<Void, Errno> {
        retrying { Glibc.fchmod(fd, mode) }.map { _ in () }
    }

    /// renameat(2).
    static func renameat(
        _ fromDirectory: Int32, _ from: String, _ toDirectory: Int32, _ to: String
    )
        -> Result<Void, Errno>
    {
        checked(Glibc.renameat(fromDirectory, from, toDirectory, to)).map { _ in () }
    }

    /// unlinkat(2) of a file (not a directory).
    static func unlinkat(_ dfd: Int32, _ name: String) -> Result<Void, Errno> {
        checked(Glibc.unlinkat(dfd, name, 0)).map { _ in () }
    }

    /// unlink(2).
    static func unlink(_ path: String) -> Result<Void, Errno> {
        checked(Glibc.unlink(path)).map { _ in () }
    }

    /// mkdir(2).
    static func mkdir(_ path: String, _ mode: mode_t) -> Result<Void, Errno> {
        checked(Glibc.mkdir(path, mode)).map { _ in () }
    }

    /// flock(2); with LOCK_NB a lock held elsewhere fails with EWOULDBLOCK.
    static func flock(_ fd: Int32, _ operation: Int32) -> Result<Void, Errno> {
        retrying { cFlock(fd, operation) }.map { _ in () }
    }
}

// stat and flock are also the names of C structs: `Glibc.stat(...)` would mean the struct's
// initializer, so the functions are reached from file scope.
private func cStat(_ path: String, _ st: inout stat) -> Int32 { stat(path, &st) }
private func cFlock(_ fd: Int32, _ operation: Int32) -> Int32 { flock(fd, operation) }
