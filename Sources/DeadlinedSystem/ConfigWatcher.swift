import CSystemd
import Dispatch

#if canImport(Glibc)
import Glibc
#endif

/// Watches the directories of the config files with inotify, read through a Dispatch read
/// source, and calls back once after a short quiet period. Directories, not files, are
/// watched because editors save by writing a new file and renaming it over the old one.
///
/// A watched directory that goes away (`rm -rf conf; cp -a conf.bak conf`) is watched
/// again as soon as it is back: meanwhile its nearest existing parent is watched for the
/// name leading to it. A config file that is a symlink has the directory of its target
/// watched as well, resolved again at every `watch(files:main:)` (that is, every reload).
final class ConfigWatcher: @unchecked Sendable {
    static let debounce: DispatchTimeInterval = .milliseconds(300)
    /// One mask for every watch: a directory can be both wanted and the parent of another.
    static let mask = UInt32(
        IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF
    )

    private let fd: Int32
    private let queue: DispatchQueue
    private let changed: @Sendable () -> Void
    private var source: (any DispatchSourceRead)?
    /// Directories holding config files or their symlinks' targets.
    private var wanted: [String] = []
    /// Watch descriptors of the wanted directories that exist.
    private var wantedWatches: Set<Int32> = []
    /// For the nearest existing parent of a wanted directory that does not exist: the names in
    /// it that lead back to one.
    private var waiting: [Int32: Set<String>] = [:]
    private var names: Set<String> = []
    private var pending: DispatchWorkItem?

    init?(queue: DispatchQueue, changed: @escaping @Sendable () -> Void) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        self.fd = fd
        self.queue = queue
        self.changed = changed
        let src = DispatchSource.makeReadSource(fileDescriptor: fd, queue: queue)
        src.setEventHandler { [weak self] in self?.drain() }
        source = src
        src.resume()
    }

    /// Replaces the watched set: the directory of every file (and so of every include glob),
    /// of the target of each file that is a symlink, and `directories` (those of the include
    /// patterns: one that holds no file yet, or does not exist, is watched for its first).
    func watch(files: [String], main: String, directories: [String] = []) {
        var names: Set<String> = []
        var dirs = Set(directories)
        for f in files + [main] {
            let (dir, name) = ConfigWatcher.split(f)
            dirs.insert(dir)
            names.insert(name)
            if let target = ConfigWatcher.resolved(f), target != f {
                let (targetDir, targetName) = ConfigWatcher.split(target)
                dirs.insert(targetDir)
                names.insert(targetName)
            }
        }
        self.names = names
        wanted = dirs.sorted()
        rewatch()
    }

    /// The file a path leads to, symlinks resolved (realpath(3)); nil when it does not exist.
    static func resolved(_ path: String) -> String? {
        guard let r = realpath(path, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    /// Watches each wanted directory that exists, else its nearest existing parent. The new
    /// watches are added before the stale ones go (adding a directory already watched
    /// returns its descriptor), so a file renamed in between is not missed.
    private func rewatch() {
        var fresh: Set<Int32> = []
        var wantedFresh: Set<Int32> = []
        var waitingFresh: [Int32: Set<String>] = [:]
        for dir in wanted {
            let wd = inotify_add_watch(fd, dir, ConfigWatcher.mask)
            if wd >= 0 {
                fresh.insert(wd)
                wantedFresh.insert(wd)
                continue
            }
            // Gone, or not made yet: wait for it in the nearest parent there is.
            var child = dir
            while child != "/" && child != "." && !child.isEmpty {
                let (parent, name) = ConfigWatcher.split(child)
                let pwd = inotify_add_watch(fd, parent, ConfigWatcher.mask)
                if pwd >= 0 {
                    fresh.insert(pwd)
                    waitingFresh[pwd, default: []].insert(name)
                    break
                }
                child = parent
            }
        }
        for wd in wantedWatches.union(waiting.keys) where !fresh.contains(wd) { inotify_rm_watch(fd, wd) }
        wantedWatches = wantedFresh
        waiting = waitingFresh
    }

    static func split(_ path: String) -> (String, String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let dir = slash == path.startIndex ? "/" : String(path[..<slash])
        return (dir, String(path[path.index(after: slash)...]))
    }

    /// Whether a changed name in a watched directory can matter to the configuration.
    func relevant(_ name: String) -> Bool {
        names.contains(name) || name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }

    /// What one inotify event means here.
    enum Meaning: Equatable {
        case nothing
        /// A config file (or one that may become one) changed: reload.
        case changed
        /// A watched directory went, or one waited for came: watch again, then reload.
        case moved
    }

    func meaning(wd: Int32, mask: UInt32, name: String) -> Meaning {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { return .moved }
        let own = wantedWatches.contains(wd)
        if own, mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 { return .moved }
        if let names = waiting[wd], names.contains(name) { return .moved }
        return own && relevant(name) ? .changed : .nothing
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var hit = false
        var moved = false
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            var off = 0
            while off + MemoryLayout<inotify_event>.size <= n {
                let (len, wd, mask, name) = buffer.withUnsafeBytes { raw -> (Int, Int32, UInt32, String) in
                    let ev = raw.loadUnaligned(fromByteOffset: off, as: inotify_event.self)
                    let nameStart = off + MemoryLayout<inotify_event>.size
                    let nameBytes = raw[nameStart..<min(nameStart + Int(ev.len), n)].prefix { $0 != 0 }
                    return (Int(ev.len), ev.wd, ev.mask, String(decoding: nameBytes, as: UTF8.self))
                }
                switch meaning(wd: wd, mask: mask, name: name) {
                case .nothing: break
                case .changed: hit = true
                case .moved: moved = true
                }
                off += MemoryLayout<inotify_event>.size + len
            }
        }
        // At once, not after the quiet period: files made in a directory before it is watched
        // would be missed.
        if moved { rewatch() }
        guard hit || moved else { return }
        pending?.cancel()
        let item = DispatchWorkItem { [changed] in changed() }
        pending = item
        queue.asyncAfter(deadline: .now() + ConfigWatcher.debounce, execute: item)
    }

    deinit {
        source?.cancel()
        close(fd)
    }
}
