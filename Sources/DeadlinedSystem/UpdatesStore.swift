import DeadlinedConfig
import DeadlinedCore

#if canImport(Glibc)
import Glibc
#endif

/// Appends updates to the updates file: one writer at a time under `updates.yaml.lock`, the
/// file read again under the lock and replaced atomically (mode 0644 whatever the umask, so
/// the daemon's dynamic user can read it).
public enum UpdatesStore {
    public enum Failure: Error, Sendable {
        /// The file there is damaged (or unreadable): nothing was written. Its diagnostics.
        case damaged(LoadResult)
        /// The lock is held by another writer for longer than `lockWait`, or cannot be taken.
        case locked(String)
        case write(String)
    }

    /// How long a writer waits for another to finish.
    public static let lockWait = 30.0

    /// Appends `update` to the file at `path`. A damaged file is left as it is: appending to
    /// it would drop the entries that cannot be read.
    public static func append(_ update: Update, to path: String) -> Result<Void, Failure> {
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let lock: FileLock
        switch FileLock.acquire(name + ".lock", in: dir, wait: lockWait) {
        case .success(let l): lock = l
        case .failure(.held(let pid)):
            let who = pid.map { "process \($0)" } ?? "another process"
            return .failure(.locked("\(who) has held \(dir)/\(name).lock for \(Int(lockWait)) s"))
        case .failure(.failed(let reason)): return .failure(.locked("cannot lock \(path) for writing: \(reason)"))
        }
        lock.recordOwner()
        defer { lock.release() }
        // Under the lock no other writer is at work here: what a crash left behind can go.
        _ = removeStaleTemporaries(of: name, in: dir)
        var file: UpdatesFile
        switch UpdatesFile.read(path, source: FileSource()) {
        case .success(let f): file = f
        case .failure(let broken): return .failure(.damaged(broken))
        }
        file.entries.append(update)
        if let problem = writeAtomically(file.rendered(), to: path, directory: dir, mode: 0o644) {
            return .failure(.write(problem))
        }
        return .success(())
    }

    /// Who is recording: SUDO_USER when run through sudo, else the name of the user id in
    /// the password database, else LOGNAME, else `uid N`.
    public static func invokingUser(environment: [String: String]) -> String {
        if let s = environment["SUDO_USER"], !s.isEmpty { return s }
        if let pw = getpwuid(getuid()), let n = pw.pointee.pw_name {
            let name = String(cString: n)
            if !name.isEmpty { return name }
        }
        if let s = environment["LOGNAME"], !s.isEmpty { return s }
        return "uid \(getuid())"
    }
}
