import DeadlinedCore

#if canImport(Glibc)
import Glibc
#endif

/// The journal cursor of the last entry `deadlined notify` handed to the relay, in its state
/// directory: read at start, replaced atomically after each mail the relay accepted.
public enum NotifyCursorFile {
    public static let name = "cursor"

    /// The saved cursor; nil when there is none yet or it cannot be read.
    public static func load(stateDirectory: String) -> String? {
        guard case .success(let bytes) = FileSource().read(stateDirectory + "/" + name, maxSize: 4096) else {
            return nil
        }
        let s = String(decoding: bytes, as: UTF8.self).trimmingSuffix(while: { $0 == "\n" })
        return s.isEmpty ? nil : s
    }

    /// Saves `cursor`; the reason on failure.
    public static func save(_ cursor: String, stateDirectory: String) -> String? {
        writeAtomically(cursor + "\n", to: stateDirectory + "/" + name, directory: stateDirectory, mode: 0o600)
    }
}

extension String {
    fileprivate func trimmingSuffix(while drop: (Character) -> Bool) -> String {
        var s = Substring(self)
        while let c = s.last, drop(c) { s = s.dropLast() }
        return String(s)
    }
}
