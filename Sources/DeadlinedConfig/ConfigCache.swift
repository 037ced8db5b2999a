import DeadlinedCore
import Synchronization

/// Identifies a version of a file without reading it: if none of these changed, neither did
/// the file (editors that save by rename change the inode).
public struct FileStamp: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    public var modified: Int64  // nanoseconds
    public var changed: Int64  // nanoseconds

    public init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }
}

extension ConfigSource {
    /// No stamps by default: every load reads every file.
    public func stamp(_ path: String) -> FileStamp? { nil }
}

/// Decoded files from earlier loads, by path, each with the stamp it was read under; their
/// items kept undated (`CachedFile`).
public final class ConfigCache: Sendable {
    struct Entry: Sendable {
        var stamp: FileStamp
        var file: CachedFile
    }
    private let entries = Mutex<[String: Entry]>([:])
    /// Due specs placed in time by the last load, for its time zone (see `LoadSession.placeDeadlines`).
    let placements = Mutex<PlacementMemo?>(nil)

    public init() {}

    /// How many files are cached.
    public var count: Int { entries.withLock { $0.count } }

    /// The file as it was decoded, when its stamp is `stamp`; its items are made again from
    /// their undated form, outside the lock.
    func get(_ key: String, stamp: FileStamp) -> DecodedFile? {
        entries.withLock { e in e[key].flatMap { $0.stamp == stamp ? $0.file : nil } }?.decoded
    }

    /// Whether the file is cached under `stamp` (its items not made).
    func contains(_ key: String, stamp: FileStamp) -> Bool {
        entries.withLock { e in e[key]?.stamp == stamp }
    }

    func put(_ key: String, stamp: FileStamp, _ decoded: DecodedFile) {
        let file = CachedFile(decoded)
        entries.withLock { $0[key] = Entry(stamp: stamp, file: file) }
    }

    /// Forgets files the last load did not read.
    func keepOnly(_ keys: Set<String>) {
        entries.withLock { e in e = e.filter { keys.contains($0.key) } }
    }
}

/// Due specs placed in time, remembered in a direct-mapped table: thousands of items share a
/// few hundred due dates, and a time-zone lookup costs more than hashing each item's spec
/// into a dictionary would. Kept in the cache between reloads, for one zone.
struct PlacementMemo: Sendable {
    let zone: String
    var table = [(DueSpec, Deadline)?](repeating: nil, count: 1 << 15)

    init(zone: String) { self.zone = zone }

    mutating func place(_ d: DueSpec, in zone: Zone) -> Deadline {
        var h = UInt64(truncatingIfNeeded: d.date.year) &* 0x9E37_79B9_7F4A_7C15
        h ^= UInt64(truncatingIfNeeded: d.date.month &* 32 &+ d.date.day &+ d.hour &* 0x10000 &+ d.minute &* 0x400000)
        h ^= UInt64(truncatingIfNeeded: d.second &+ d.count &* 64) << 40
        h = (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
        let slot = Int(truncatingIfNeeded: h >> 49)
        if let (spec, known) = table[slot], spec == d { return known }
        let dl = Deadline(d, in: zone)
        table[slot] = (d, dl)
        return dl
    }
}
