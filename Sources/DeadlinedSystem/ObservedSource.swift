import DeadlinedConfig
import Synchronization

/// A `FileSource` that remembers what one load looked at: the stamp of every file as it was
/// just before it was read, and of every directory an include pattern lists. Once the daemon
/// watches the files, `changed()` says whether any changed since the load read it: such an
/// edit fell before the watch was set up and no inotify event will tell of it. It also keeps
/// those directories (`directories()`), to be watched while they hold no file yet.
final class ObservedSource: ConfigSource {
    private let files: FileSource
    private let seen = Mutex<[String: FileStamp?]>([:])
    private let listed = Mutex<[String]>([])

    init(_ files: FileSource = FileSource()) {
        self.files = files
    }

    func read(_ path: String, maxSize: Int) -> Result<[UInt8], SourceFailure> {
        note(path)
        return files.read(path, maxSize: maxSize)
    }

    func glob(_ pattern: String) -> Result<[String], SourceFailure> {
        if let dir = ObservedSource.fixedDirectory(pattern) {
            note(dir)
            listed.withLock { $0.append(dir) }
        }
        return files.glob(pattern)
    }

    func canonical(_ path: String) -> String { files.canonical(path) }

    func stamp(_ path: String) -> FileStamp? { files.stamp(path) }

    /// Records the stamp of `path` the first time the load looks at it.
    private func note(_ path: String) {
        let stamp = files.stamp(path)
        seen.withLock { seen in
            if seen.index(forKey: path) == nil { seen[path] = stamp }
        }
    }

    /// The paths whose stamp differs now from when the load looked at them (made, removed,
    /// written or replaced since), sorted.
    func changed() -> [String] {
        let seen = seen.withLock { $0 }
        return seen.filter { files.stamp($0.key) != $0.value }.map(\.key).sorted()
    }

    /// The directories of the include patterns (holidays.d's among them) that have no
    /// wildcard, whether or not they exist or hold a file.
    func directories() -> [String] {
        listed.withLock { $0 }
    }

    /// The directory part of a pattern when it has no wildcard (`conf.d` of `conf.d/*.yaml`);
    /// nil when it has one (`*/x.yaml`).
    static func fixedDirectory(_ pattern: String) -> String? {
        let (dir, _) = ConfigWatcher.split(pattern)
        return dir.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) ? nil : dir
    }
}
