#if canImport(Glibc)
import Glibc
#endif

/// Replaces `path` (a file directly in `directory`) with `text` so that a reader, a crash or
/// a second writer sees the old file or the new one, never half of one: a temporary file of
/// its own, fsync, rename, fsync of the directory. Returns a reason on failure.
///
/// The temporary file has a fresh random name, is created relative to the directory's
/// descriptor with O_CREAT|O_EXCL|O_NOFOLLOW and renamed by `renameat`: nothing planted in
/// the directory (a symlink at a predictable name, another writer's temporary file) can make
/// the write land anywhere else or mix with another.
public func writeAtomically(_ text: String, to path: String, directory: String, mode: mode_t) -> String? {
    let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    let dfd: Int32
    switch Sys.open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC) {
    case .success(let d): dfd = d
    case .failure(let e): return "cannot write \(path): cannot open its directory: \(e.text)"
    }
    defer { Sys.close(dfd) }
    var tmp = "", opened: Result<Int32, Errno> = .failure(Errno(code: EEXIST))
    for _ in 0..<8 {
        tmp = ".\(name).\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).tmp"
        opened = Sys.openat(dfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        if case .failure(let e) = opened, e.code == EEXIST { continue }
        break
    }
    let shown = directory + "/" + tmp
    let fd: Int32
    switch opened {
    case .success(let f): fd = f
    case .failure(let e): return "cannot write \(shown): \(e.text)"
    }
    // Exactly `mode`, whatever the umask: acks.yaml written by root under umask 077 would
    // otherwise be unreadable to the daemon's dynamic user.
    var failure: String?
    if case .failure(let e) = Sys.fchmod(fd, mode) { failure = "cannot set the mode of \(shown): \(e.text)" }
    if failure == nil { failure = writeAll(fd, text).map { "cannot write \(shown): \($0)" } }
    if failure == nil, case .failure(let e) = Sys.fsync(fd) { failure = "cannot sync \(shown): \(e.text)" }
    Sys.close(fd)
    if failure == nil, case .failure(let e) = Sys.renameat(dfd, tmp, dfd, name) {
        failure = "cannot replace \(path): \(e.text)"
    }
    if let failure {
        _ = Sys.unlinkat(dfd, tmp)
        return failure
    }
    _ = Sys.fsync(dfd)
    return nil
}

/// Writes all of `text` to `fd`; the reason on failure.
func writeAll(_ fd: Int32, _ text: String) -> String? {
    Sys.writeAll(fd, text).map { errnoText($0) }
}

/// Removes the temporary files `writeAtomically` left for `name` in `directory` (a crash
/// between creating and renaming one leaves it behind). Call it only while holding the lock
/// of everyone who writes `name` there: another writer's file in progress looks the same.
/// Returns how many were removed.
@discardableResult
public func removeStaleTemporaries(of name: String, in directory: String) -> Int {
    guard case .success(let dfd) = Sys.open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC) else { return 0 }
    defer { Sys.close(dfd) }
    // fdopendir takes its own descriptor: the directory stream closes it.
    guard case .success(let copy) = Sys.dup(dfd) else { return 0 }
    guard let stream = fdopendir(copy) else {
        Sys.close(copy)
        return 0
    }
    defer { closedir(stream) }
    let prefix = "." + name + ".", suffix = ".tmp"
    var stale: [String] = []
    while let entry = readdir(stream) {
        let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if entryName.hasPrefix(prefix), entryName.hasSuffix(suffix), entryName.count > prefix.count + suffix.count {
            stale.append(entryName)
        }
    }
    return stale.filter { (try? Sys.unlinkat(dfd, $0).get()) != nil }.count
}
