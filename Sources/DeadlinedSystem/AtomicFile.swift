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
    let dfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard dfd >= 0 else { return "cannot write \(path): cannot open its directory: \(errnoText())" }
    defer { close(dfd) }
    var tmp = "", fd: Int32 = -1
    for _ in 0..<8 {
        tmp = ".\(name).\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).tmp"
        fd = openat(dfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        if fd >= 0 || errno != EEXIST { break }
    }
    let shown = directory + "/" + tmp
    guard fd >= 0 else { return "cannot write \(shown): \(errnoText())" }
    // Exactly `mode`, whatever the umask: acks.yaml written by root under umask 077 would
    // otherwise be unreadable to the daemon's dynamic user.
    var failure: String?
    if fchmod(fd, mode) != 0 { failure = "cannot set the mode of \(shown): \(errnoText())" }
    if failure == nil { failure = writeAll(fd, text).map { "cannot write \(shown): \($0)" } }
    if failure == nil, fsync(fd) != 0 { failure = "cannot sync \(shown): \(errnoText())" }
    close(fd)
    if failure == nil, renameat(dfd, tmp, dfd, name) != 0 { failure = "cannot replace \(path): \(errnoText())" }
    if let failure {
        unlinkat(dfd, tmp, 0)
        return failure
    }
    fsync(dfd)
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
    let dfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard dfd >= 0 else { return 0 }
    defer { close(dfd) }
    // fdopendir takes its own descriptor: the directory stream closes it.
    guard let stream = fdopendir(dup(dfd)) else { return 0 }
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
    return stale.filter { unlinkat(dfd, $0, 0) == 0 }.count
}
