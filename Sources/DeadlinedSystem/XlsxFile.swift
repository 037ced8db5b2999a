import CXlsxWriter
import DeadlinedCore

#if canImport(Glibc)
import Glibc
#endif

/// Writes a `Workbook` as an Excel (.xlsx) file through libxlsxwriter.
///
/// libxlsxwriter writes to a path it opens itself, so the file is made in a directory of our
/// own (mkdtemp: mode 0700, a fresh name nothing else can have planted anything in) and only
/// then moved into place: a failed write leaves no partial file at the target, and a reader
/// sees the old file or the new one.
public enum XlsxFile {
    /// Writes `workbook` to `path`, replacing any file there whole; the reason on failure.
    public static func write(_ workbook: Workbook, to path: String) -> String? {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { return "cannot write \(path): it names a directory, not a file" }
        let scratch: String
        switch Sys.mkdtemp(directory + "/." + name + ".") {
        case .success(let d): scratch = d
        case .failure(let e):
            return "cannot write \(path): cannot make a temporary directory in \(directory): \(e.text)"
        }
        let made = scratch + "/" + name
        defer {
            _ = Sys.unlink(made)
            _ = Sys.rmdir(scratch)
        }
        if let failure = render(workbook, to: made, scratch: scratch) { return "cannot write \(path): \(failure)" }
        switch Sys.open(made, O_RDONLY | O_CLOEXEC) {
        case .success(let fd):
            let synced = Sys.fsync(fd)
            Sys.close(fd)
            if case .failure(let e) = synced { return "cannot write \(path): cannot sync it: \(e.text)" }
        case .failure(let e): return "cannot write \(path): cannot reopen what was written: \(e.text)"
        }
        if case .failure(let e) = Sys.renameat(AT_FDCWD, made, AT_FDCWD, path) {
            return "cannot replace \(path): \(e.text)"
        }
        if case .success(let dfd) = Sys.open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC) {
            _ = Sys.fsync(dfd)
            Sys.close(dfd)
        }
        return nil
    }

    /// The workbook's bytes, made in a private temporary directory under `TMPDIR` (or /tmp)
    /// and read back, for standard output; the reason on failure.
    public static func bytes(_ workbook: Workbook) -> Result<[UInt8], XlsxFailure> {
        let base = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let scratch: String
        switch Sys.mkdtemp(base + "/deadlined-xlsx.") {
        case .success(let d): scratch = d
        case .failure(let e):
            return .failure(XlsxFailure(reason: "cannot make a temporary directory in \(base): \(e.text)"))
        }
        let made = scratch + "/report.xlsx"
        defer {
            _ = Sys.unlink(made)
            _ = Sys.rmdir(scratch)
        }
        if let failure = render(workbook, to: made, scratch: scratch) { return .failure(XlsxFailure(reason: failure)) }
        let fd: Int32
        switch Sys.open(made, O_RDONLY | O_CLOEXEC) {
        case .success(let f): fd = f
        case .failure(let e): return .failure(XlsxFailure(reason: "cannot read back \(made): \(e.text)"))
        }
        defer { Sys.close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Sys.read(fd, $0.baseAddress, $0.count) }
            switch n {
            case .success(0): return .success(out)
            case .success(let k): out += chunk[0..<k]
            case .failure(let e): return .failure(XlsxFailure(reason: "cannot read back \(made): \(e.text)"))
            }
        }
    }
}

/// Why a workbook could not be made.
public struct XlsxFailure: Error, Sendable {
    public let reason: String
}
