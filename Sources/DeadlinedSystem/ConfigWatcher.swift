import CSystemd
import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Watches the directories of the config files with inotify, read through a Dispatch read
/// source, and calls back once after a short quiet period. Directories, not files, are
/// watched because editors save by writing a new file and renaming it over the old one.
final class ConfigWatcher: @unchecked Sendable {
    static let debounce: DispatchTimeInterval = .milliseconds(300)

    private let fd: Int32
    private let queue: DispatchQueue
    private let changed: @Sendable () -> Void
    private var source: (any DispatchSourceRead)?
    private var watches: [Int32: String] = [:]
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

    /// Replaces the watched set: the directory of every file (and so of every include glob).
    /// The new watches are added before the stale ones go (adding a directory already
    /// watched returns its descriptor), so a file renamed in between is not missed.
    func watch(files: [String], main: String) {
        var names: Set<String> = []
        var dirs: Set<String> = []
        for f in files + [main] {
            let (dir, name) = ConfigWatcher.split(f)
            dirs.insert(dir)
            names.insert(name)
        }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
        var fresh: [Int32: String] = [:]
        for d in dirs.sorted() {
            let wd = inotify_add_watch(fd, d, mask)
            if wd >= 0 { fresh[wd] = d }
        }
        for wd in watches.keys where fresh[wd] == nil { inotify_rm_watch(fd, wd) }
        watches = fresh
        self.names = names
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

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var hit = false
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            var off = 0
            while off + MemoryLayout<inotify_event>.size <= n {
                let (len, name, overflow) = buffer.withUnsafeBytes { raw -> (Int, String, Bool) in
                    let ev = raw.loadUnaligned(fromByteOffset: off, as: inotify_event.self)
                    let nameStart = off + MemoryLayout<inotify_event>.size
                    let nameBytes = raw[nameStart..<min(nameStart + Int(ev.len), n)].prefix { $0 != 0 }
                    return (Int(ev.len), String(decoding: nameBytes, as: UTF8.self), ev.mask & UInt32(IN_Q_OVERFLOW) != 0)
                }
                if overflow || relevant(name) { hit = true }
                off += MemoryLayout<inotify_event>.size + len
            }
        }
        guard hit else { return }
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
