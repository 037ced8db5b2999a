import DeadlinedCore

#if canImport(Glibc)
import Glibc
#endif

/// Journal entries journald refused, kept in the state directory until it takes them: the
/// ledger counts an alert as sent once it is handed to the sink, so without this a crash
/// during a refusal would lose it. An append-only log: entries are appended when held, and
/// `@sent N` lines record how many from the head were sent (or dropped) since; the file goes
/// when nothing waits. A crash between a send and its `@sent` line repeats that entry at the
/// next start: at least once, never lost.
struct UnsentFile {
    let directory: String
    var path: String { directory + "/unsent" }
    static let header = "deadlined-unsent 1"
    /// Largest file read back: more than `Daemon.unsentLimit` entries of a few hundred bytes.
    static let maxSize = 256 << 20

    /// Appends entries (and the header when the file is new), then syncs. A reason on failure.
    func append(_ entries: [(Alert, CodePosition)]) -> String? {
        var text = ""
        for (a, code) in entries { text += UnsentFile.line(a, code) }
        return write(text)
    }

    /// Records that the first `n` entries still in the file are gone (sent or dropped).
    func consumed(_ n: Int) -> String? {
        n > 0 ? write("@sent\t\(n)\n") : nil
    }

    /// Nothing waits any more.
    func clear() {
        _ = Sys.unlink(path)
    }

    func write(_ text: String) -> String? {
        let fd: Int32
        switch Sys.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600) {
        case .success(let f): fd = f
        case .failure(let e): return "cannot write \(path): \(e.text)"
        }
        defer { Sys.close(fd) }
        var all = text
        if case .success(let st) = Sys.fstat(fd), st.st_size == 0 { all = UnsentFile.header + "\n" + text }
        var failure = Sys.writeAll(fd, all).map { "cannot write \(path): \(errnoText($0))" }
        if failure == nil, case .failure(let e) = Sys.fsync(fd) { failure = "cannot sync \(path): \(e.text)" }
        return failure
    }

    /// The entries still waiting, oldest first, and a warning when the file was damaged.
    func load() -> ([(Alert, CodePosition)], String?) {
        switch FileSource().read(path, maxSize: UnsentFile.maxSize) {
        case .failure(let f):
            if f.missing { return ([], nil) }
            return ([], "cannot read the journal entries held in \(path), they are lost: \(f.reason)")
        case .success(let bytes):
            let (entries, damaged) = UnsentFile.parse(String(decoding: bytes, as: UTF8.self))
            return (entries, damaged > 0 ? "\(path): \(damaged) damaged line\(damaged == 1 ? "" : "s") skipped" : nil)
        }
    }

    /// One entry a line: kind, priority, CODE_FILE, CODE_LINE, CODE_FUNC, MESSAGE, then
    /// NAME=value fields, tab-separated, each escaped so that it holds no tab or newline.
    static func line(_ a: Alert, _ code: CodePosition) -> String {
        var f = [a.kind.rawValue, String(a.priority.rawValue), code.file, String(code.line), code.function, a.message]
        f += a.fields.map { $0.0 + "=" + $0.1 }
        return f.map(escape).joined(separator: "\t") + "\n"
    }

    static func parse(_ text: String) -> ([(Alert, CodePosition)], damaged: Int) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // A last line without its newline was cut by a crash in mid-write.
        var damaged = lines.removeLast().isEmpty ? 0 : 1
        guard lines.first == Substring(header) else { return ([], text.isEmpty ? 0 : 1) }
        var entries: [(Alert, CodePosition)] = []
        var head = 0
        for l in lines.dropFirst() {
            let f = l.split(separator: "\t", omittingEmptySubsequences: false).map { unescape($0) }
            if f.count == 2, f[0] == "@sent", let n = Int(f[1]), n >= 0 {
                head = min(head + n, entries.count)
                continue
            }
            guard f.count >= 6, let kind = AlertKind(rawValue: f[0]),
                let p = Int(f[1]).flatMap(Priority.init(rawValue:)),
                let line = UInt(f[3])
            else {
                damaged += 1
                continue
            }
            var fields: [(String, String)] = []
            for nv in f.dropFirst(6) {
                guard let eq = nv.firstIndex(of: "=") else { continue }
                fields.append((String(nv[..<eq]), String(nv[nv.index(after: eq)...])))
            }
            entries.append(
                (
                    Alert(kind: kind, priority: p, message: f[5], fields: fields),
                    CodePosition(file: f[2], line: line, function: f[4])
                ))
        }
        return (Array(entries[head...]), damaged)
    }

    static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 13 || $0 == 92 }) else { return s }
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func unescape(_ s: Substring) -> String {
        guard s.utf8.contains(92) else { return String(s) }
        var out = ""
        var escaped = false
        for c in s.unicodeScalars {
            if escaped {
                switch c {
                case "t": out += "\t"
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.unicodeScalars.append(c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
