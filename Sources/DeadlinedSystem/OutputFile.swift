#if canImport(Glibc)
import Glibc
#endif

/// A command's output written to a file named on the command line (`report --output`).
public enum OutputFile {
    /// Replaces `path` with `text` atomically (`writeAtomically`), mode 0644 so a web server
    /// or a shared folder can serve it; a path without a slash is in the working directory.
    /// Returns a reason on failure.
    public static func write(_ text: String, to path: String) -> String? {
        guard !path.isEmpty, !path.hasSuffix("/") else { return "cannot write '\(path)': not a file name" }
        let directory: String
        if let slash = path.lastIndex(of: "/") {
            directory = slash == path.startIndex ? "/" : String(path[..<slash])
        } else {
            directory = "."
        }
        return writeAtomically(text, to: path, directory: directory, mode: 0o644)
    }
}
