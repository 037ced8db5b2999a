/// How the config module reaches files; the system module implements it over the file
/// system, tests over a dictionary. The config module never reads files itself.
public protocol ConfigSource: Sendable {
    /// The bytes of a file, or a reason it cannot be read ("No such file or directory").
    func read(_ path: String, maxSize: Int) -> Result<[UInt8], SourceFailure>
    /// Paths matching a glob pattern, sorted; empty when nothing matches.
    func glob(_ pattern: String) -> Result<[String], SourceFailure>
    /// A canonical name for a file (symlinks resolved), to detect include cycles.
    func canonical(_ path: String) -> String
    /// What identifies this version of the file, for the reload cache; nil when unknown.
    func stamp(_ path: String) -> FileStamp?
    /// Hands the bytes of a file to `body` in order, a chunk at a time (each valid only during
    /// the call, never empty), until the file ends or `body` returns false: a file is read
    /// without being held whole. The same checks and failures as `read` before the first chunk.
    func forEachChunk(
        of path: String, maxSize: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Result<Void, SourceFailure>
}

extension ConfigSource {
    /// Reads the file whole and hands it over as one chunk.
    public func forEachChunk(
        of path: String, maxSize: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Result<Void, SourceFailure> {
        read(path, maxSize: maxSize).map { bytes in
            if !bytes.isEmpty { _ = bytes.withUnsafeBufferPointer(body) }
        }
    }
}

/// Why a file could not be read.
public struct SourceFailure: Error, Sendable, Equatable {
    public var reason: String
    /// The file is not there at all (ENOENT), as opposed to there but unreadable.
    public var missing: Bool
    public init(_ reason: String, missing: Bool = false) {
        self.reason = reason
        self.missing = missing
    }
}

/// A config source over an in-memory dictionary of path to text, for tests and tools.
public struct MemorySource: ConfigSource {
    public var files: [String: [UInt8]]

    public init(_ files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public init(bytes: [String: [UInt8]]) { self.files = bytes }

    public func read(_ path: String, maxSize: Int) -> Result<[UInt8], SourceFailure> {
        guard let b = files[normalize(path)] else {
            return .failure(SourceFailure("No such file or directory", missing: true))
        }
        if b.count > maxSize {
            return .failure(
                SourceFailure("the file is \(b.count) bytes, more than the limit of \(maxSize) (max_file_size)"))
        }
        return .success(b)
    }

    public func glob(_ pattern: String) -> Result<[String], SourceFailure> {
        let p = normalize(pattern)
        return .success(files.keys.filter { MemorySource.matches(p, $0) }.sorted())
    }

    public func canonical(_ path: String) -> String { normalize(path) }

    func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for c in path.split(separator: "/", omittingEmptySubsequences: true) {
            if c == "." { continue }
            if c == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            parts.append(c)
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    /// `*` and `?` within one path component, enough for tests. Positions that failed are
    /// remembered, so a pattern of many stars costs O(pattern x path), not exponential time.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        let p = Array(pattern.unicodeScalars), s = Array(path.unicodeScalars)
        var failed = Set<Int>()
        func m(_ i: Int, _ j: Int) -> Bool {
            if i == p.count { return j == s.count }
            let key = i * (s.count + 1) + j
            if failed.contains(key) { return false }
            var ok = false
            if p[i] == "*" {
                var k = j
                while true {
                    if m(i + 1, k) {
                        ok = true
                        break
                    }
                    if k == s.count || s[k] == "/" { break }
                    k += 1
                }
            } else if j < s.count, p[i] == "?" ? s[j] != "/" : p[i] == s[j] {
                ok = m(i + 1, j + 1)
            }
            if !ok { failed.insert(key) }
            return ok
        }
        return m(0, 0)
    }
}
