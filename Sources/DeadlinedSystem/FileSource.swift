#if canImport(Glibc)
import Glibc
#endif
import DeadlinedConfig

/// Reads configuration files from the file system, with plain POSIX calls.
public struct FileSource: ConfigSource {
    public init() {}

    public func read(_ path: String, maxSize: Int) -> Result<[UInt8], SourceFailure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            let e = errno
            return .failure(SourceFailure(errnoText(e), missing: e == ENOENT))
        }
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
        // Read straight into the array, not into zeros first.
        let size = Int(st.st_size)
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            while count < size {
                let n = Glibc.read(fd, buf.baseAddress.map { $0 + count }, size - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { return }  // it shrank since fstat
                count += n
            }
        }
        if failure != 0 { return .failure(SourceFailure(errnoText(failure))) }
        // The file may have grown since fstat: read on, within the limit. (Reading ahead into
        // room made at the expected end would cost pages for bytes that never come.)
        if bytes.count == size {
            withUnsafeTemporaryAllocation(byteCount: 1 << 16, alignment: 8) { more in
                while bytes.count <= maxSize {
                    let n = Glibc.read(fd, more.baseAddress, more.count)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if n == 0 { return }
                    bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: more[..<n]))
                }
            }
            if failure != 0 { return .failure(SourceFailure(errnoText(failure))) }
        }
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
