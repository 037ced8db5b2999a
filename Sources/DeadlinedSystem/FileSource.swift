import DeadlinedConfig

#if canImport(Glibc)
import Glibc
#endif

/// Reads configuration files from the file system, with plain POSIX calls.
public struct FileSource: ConfigSource {
    /// Longest an include pattern's walk may take, in seconds, before it is given up with an
    /// error naming the pattern (`include: ["/*/*/*/*.yaml"]` walks the whole system).
    public var globTimeLimit: Double

    public init(globTimeLimit: Double = FileSource.defaultGlobTimeLimit) {
        self.globTimeLimit = globTimeLimit
    }

    public static let defaultGlobTimeLimit = 10.0

    public func read(_ path: String, maxSize: Int) -> Result<[UInt8], SourceFailure> {
        let fd: Int32, size: Int
        switch FileSource.openRegular(path, maxSize: maxSize) {
        case .success(let opened): (fd, size) = opened
        case .failure(let f): return .failure(f)
        }
        defer { Sys.close(fd) }
        // Read straight into the array, not into zeros first, and into huge pages when large.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            Memory.hugePages(UnsafeMutableRawBufferPointer(buf))
            while count < size {
                switch Sys.read(fd, buf.baseAddress.map { $0 + count }, size - count) {
                case .failure(let e):
                    failure = e.code
                    return
                case .success(0): return  // it shrank since fstat
                case .success(let n): count += n
                }
            }
        }
        if failure != 0 { return .failure(SourceFailure(errnoText(failure))) }
        // The file may have grown since fstat: read on, within the limit. (Reading ahead into
        // room made at the expected end would cost pages for bytes that never come.)
        if bytes.count == size {
            withUnsafeTemporaryAllocation(byteCount: 1 << 16, alignment: 8) { more in
                while bytes.count <= maxSize {
                    switch Sys.read(fd, more.baseAddress, more.count) {
                    case .failure(let e):
                        failure = e.code
                        return
                    case .success(0): return
                    case .success(let n): bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: more[..<n]))
                    }
                }
            }
            if failure != 0 { return .failure(SourceFailure(errnoText(failure))) }
        }
        guard bytes.count <= maxSize else {
            return .failure(SourceFailure("the file is more than the limit of \(maxSize) bytes (max_file_size)"))
        }
        return .success(bytes)
    }

    /// Most paths a pattern may match, or directories a level of it may pass through.
    public static let globLimit = 100_000

    /// The paths matching `pattern`, sorted: `*`, `?` and `[...]` as in glob(3) (a leading
    /// dot is matched only by a dot). Expanded one component at a time, and a directory
    /// reached twice at one level (through a symlink to `.`, say) is walked once: glob(3)
    /// took exponential time on `*/*/*/*/*/*/*/*/*/*/x.yml` beside four links to `.`.
    public func glob(_ pattern: String) -> Result<[String], SourceFailure> {
        let components = pattern.split(separator: "/").map(String.init)
        // Prefixes matched so far: "" is the current directory of a relative pattern.
        var current = [pattern.hasPrefix("/") ? "/" : ""]
        let started = Sys.monotonicMicroseconds()
        var directories = 0
        for (i, component) in components.enumerated() {
            let last = i == components.count - 1
            var next: [String] = []
            var seen = Set<[UInt64]>()
            func keep(_ path: String) {
                guard case .success(let st) = Sys.stat(path) else { return }
                if !last {
                    // A level passes on directories only, each once.
                    guard st.st_mode & S_IFMT == S_IFDIR, seen.insert([UInt64(st.st_dev), UInt64(st.st_ino)]).inserted
                    else { return }
                }
                next.append(path)
            }
            for base in current {
                // Checked before each directory after the first: the count limits bound what
                // one directory can cost, so a pattern that lists one directory never times out.
                if directories > 0, Double(Sys.monotonicMicroseconds() - started) / 1e6 > globTimeLimit {
                    return .failure(SourceFailure(FileSource.walkTooLong(globTimeLimit, directories: directories)))
                }
                if !component.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) {
                    keep(FileSource.join(base, component))
                    continue
                }
                guard let dir = opendir(base.isEmpty ? "." : base) else { continue }  // unreadable or missing: no match
                directories += 1
                var names: [String] = []
                while let entry = readdir(dir), names.count <= FileSource.globLimit {
                    let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                    }
                    if name == "." || name == ".." || fnmatch(component, name, FNM_PERIOD) != 0 { continue }
                    names.append(name)
                }
                closedir(dir)
                // In order, so which of two ways to one directory is kept does not depend on
                // the order the file system lists them in.
                for name in names.sorted() where next.count <= FileSource.globLimit {
                    keep(FileSource.join(base, name))
                }
                if next.count > FileSource.globLimit || names.count > FileSource.globLimit {
                    return .failure(SourceFailure("it matches more than \(FileSource.globLimit) paths"))
                }
            }
            current = next
        }
        return .success(current.sorted())
    }

    static func walkTooLong(_ limit: Double, directories: Int) -> String {
        let seconds = limit == limit.rounded() && abs(limit) < 1e9 ? String(Int(limit)) : String(limit)
        return
            "gave up walking it after \(seconds) s (the limit for one pattern), \(directories) directories read: name fewer directories in it"
    }

    static func join(_ base: String, _ name: String) -> String {
        base.isEmpty ? name : base.hasSuffix("/") ? base + name : base + "/" + name
    }

    /// stat(2) of the file the path leads to (symlinks followed).
    public func stamp(_ path: String) -> FileStamp? {
        guard case .success(let st) = Sys.stat(path) else { return nil }
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
