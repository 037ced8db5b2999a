#if canImport(Glibc)
import Glibc
#endif
import DeadlinedConfig

/// Reads configuration files from the file system, with plain POSIX calls.
public struct FileSource: ConfigSource {
    public init() {}

    public func read(_ path: String, maxSize: Int) -> Result<[UInt8], SourceFailure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(SourceFailure(errnoText())) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(SourceFailure(errnoText())) }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(SourceFailure("it is a directory, not a file"))
        default: return .failure(SourceFailure("it is not a regular file"))
        }
        guard Int(st.st_size) <= maxSize else {
            return .failure(SourceFailure("the file is \(st.st_size) bytes, more than the limit of \(maxSize) (max_file_size)"))
        }
        var bytes = [UInt8](repeating: 0, count: Int(st.st_size))
        var done = 0
        while true {
            if done == bytes.count {
                // The file may have grown since fstat: read on, within the limit.
                if bytes.count >= maxSize + 1 { break }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2)))
            }
            let n = bytes.withUnsafeMutableBytes { buf in
                Glibc.read(fd, buf.baseAddress.map { $0 + done }, buf.count - done)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(SourceFailure(errnoText()))
            }
            if n == 0 { break }
            done += n
        }
        bytes.removeSubrange(done...)
        guard bytes.count <= maxSize else {
            return .failure(SourceFailure("the file is more than the limit of \(maxSize) bytes (max_file_size)"))
        }
        return .success(bytes)
    }

    public func glob(_ pattern: String) -> Result<[String], SourceFailure> {
        var g = glob_t()
        defer { globfree(&g) }
        // No GLOB_ERR: a missing directory is simply no match, reported as such by the loader.
        let rc = Glibc.glob(pattern, GLOB_MARK, nil, &g)
        if rc == GLOB_NOMATCH { return .success([]) }
        guard rc == 0 else { return .failure(SourceFailure(rc == GLOB_ABORTED ? "a directory could not be read" : "glob failed")) }
        var out: [String] = []
        for i in 0..<Int(g.gl_pathc) {
            if let p = g.gl_pathv[i] { out.append(String(cString: p)) }
        }
        // GLOB_MARK appends '/' to directories: read() then reports them by name.
        return .success(out.map { $0.hasSuffix("/") && $0.count > 1 ? String($0.dropLast()) : $0 }.sorted())
    }

    /// stat(2) of the file the path leads to (symlinks followed).
    public func stamp(_ path: String) -> FileStamp? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileStamp(
            device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int64(st.st_size),
            modified: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
            changed: Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec))
    }

    public func canonical(_ path: String) -> String {
        guard let r = realpath(path, nil) else { return path }
        defer { free(r) }
        return String(cString: r)
    }
}

/// The text of the current `errno`, as `strerror` gives it.
func errnoText(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
}
