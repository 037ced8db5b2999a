#if canImport(Glibc)
import Glibc
#endif

/// The calls that make and remove a private temporary directory.
extension Sys {
    /// mkdtemp(3): a new directory, mode 0700, named `prefix` and six random characters.
    static func mkdtemp(_ prefix: String) -> Result<String, Errno> {
        var template = Array((prefix + "XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buf -> String? in
            guard let base = buf.baseAddress else { return nil }
            return Glibc.mkdtemp(base).map { String(cString: $0) }
        }
        guard let made else { return .failure(.current) }
        return .success(made)
    }

    /// rmdir(2).
    static func rmdir(_ path: String) -> Result<Void, Errno> {
        Glibc.rmdir(path) == 0 ? .success(()) : .failure(.current)
    }
}
