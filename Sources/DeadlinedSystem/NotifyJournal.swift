import CSystemd
import DeadlinedCore

#if canImport(Glibc)
import Glibc
#endif

/// Reads deadlined's alert entries back from the journal for `deadlined notify`, through
/// libsystemd's reader: matches on the alert MESSAGE_IDs, a cursor to resume after, and
/// `sd_journal_wait` to sleep until journald writes more (no polling).
public final class NotifyJournal {
    /// Which journal to read.
    public enum Source: Sendable {
        /// The machine's journal (needs the systemd-journal group for the system's entries).
        case local
        case directory(String)
        case files([String])
    }

    /// Where reading starts, for the log line that says so.
    public enum Start: Sendable, Equatable {
        /// After the saved cursor, found.
        case resumed
        /// The saved cursor's entry is gone (journal rotated or vacuumed): at the oldest entry.
        case cursorGone
        /// No cursor: at the oldest entry (`--from-start`).
        case head
        /// No cursor: after the newest entry, so old alerts are not mailed again.
        case tail
    }

    private let j: OpaquePointer

    public init(_ source: Source) throws(NotifyJournalError) {
        j = try source.open()
    }

    deinit { sd_journal_close(j) }

    /// Only entries of these kinds (one MESSAGE_ID match each; matches on one field are ORed).
    public func match(_ kinds: [AlertKind]) throws(NotifyJournalError) {
        for k in kinds where !k.messageID.isEmpty {
            let m = "MESSAGE_ID=" + k.messageID
            let r = m.withCString { sd_journal_add_match(j, $0, 0) }
            if r < 0 { throw NotifyJournalError(call: "sd_journal_add_match", errno: -r) }
        }
    }

    /// Positions the reader so that `next()` returns the first entry after `cursor`; without
    /// one, at the oldest entry (`fromStart`) or after the newest.
    public func seek(after cursor: String?, fromStart: Bool) -> Start {
        if let cursor {
            if cursor.withCString({ sd_journal_seek_cursor(j, $0) }) >= 0, sd_journal_next(j) > 0,
                cursor.withCString({ sd_journal_test_cursor(j, $0) }) > 0
            {
                return .resumed
            }
            sd_journal_seek_head(j)
            return .cursorGone
        }
        if fromStart {
            sd_journal_seek_head(j)
            return .head
        }
        sd_journal_seek_tail(j)
        // On the newest entry, so that next() moves past it. With no matching entry at all
        // the reader would stay at the tail, where libsystemd's next() skips what is written
        // meanwhile; every matching entry is then new, so it reads from the head.
        if sd_journal_previous(j) <= 0 { sd_journal_seek_head(j) }
        return .tail
    }

    /// The cursor of the entry the reader is on (after `seek` to the tail: the newest).
    public func cursor() -> String? {
        var c: UnsafeMutablePointer<CChar>?
        guard sd_journal_get_cursor(j, &c) >= 0, let c else { return nil }
        defer { free(c) }
        return String(cString: c)
    }

    /// The next matching entry, or nil at the end of the journal. Entries whose MESSAGE_ID is
    /// not an alert kind are skipped.
    public func next() throws(NotifyJournalError) -> NotifyEntry? {
        while true {
            let r = sd_journal_next(j)
            if r < 0 { throw NotifyJournalError(call: "sd_journal_next", errno: -r) }
            if r == 0 { return nil }
            guard let cursor = cursor() else { continue }
            var usec: UInt64 = 0
            _ = sd_journal_get_realtime_usec(j, &usec)
            if let e = NotifyEntry(cursor: cursor, time: Int64(usec / 1_000_000), journalFields: fields()) {
                return e
            }
        }
    }

    private func fields() -> [String: String] {
        var out: [String: String] = [:]
        var data: UnsafeRawPointer?
        var len = 0
        sd_journal_restart_data(j)
        while sd_journal_enumerate_data(j, &data, &len) > 0 {
            guard let data else { continue }
            let bytes = UnsafeRawBufferPointer(start: data, count: len)
            guard let eq = bytes.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let name = String(decoding: bytes[..<eq], as: UTF8.self)
            guard name == "MESSAGE" || name == "MESSAGE_ID" || name.hasPrefix("DEADLINED_") else { continue }
            out[name] = String(decoding: bytes[(eq + 1)...], as: UTF8.self)
        }
        return out
    }

    /// Sleeps until journald writes or rotates, or `seconds` pass.
    public func wait(seconds: Double) {
        _ = sd_journal_wait(j, UInt64(max(seconds, 0) * 1_000_000))
    }
}

/// A libsystemd reader call that failed, with the errno it returned.
public struct NotifyJournalError: Error, CustomStringConvertible {
    public var call: String
    public var errno: Int32
    public var description: String { "\(call) failed: \(String(cString: strerror(errno)))" }
}

extension NotifyJournal.Source {
    /// Opens the journal this source names: the local one, a directory's files (as
    /// systemd-journal-remote stores them) or the files listed. The caller closes it.
    func open() throws(NotifyJournalError) -> OpaquePointer {
        var p: OpaquePointer?
        let r: Int32
        switch self {
        case .local:
            r = sd_journal_open(&p, Int32(SD_JOURNAL_LOCAL_ONLY))
        case .directory(let d):
            r = sd_journal_open_directory(&p, d, 0)
        case .files(let names):
            var cs = names.map { strdup($0) }
            defer { for c in cs { free(c) } }
            cs.append(nil)
            r = cs.withUnsafeMutableBufferPointer { b in
                b.withMemoryRebound(to: UnsafePointer<CChar>?.self) { sd_journal_open_files(&p, $0.baseAddress, 0) }
            }
        }
        guard r >= 0, let p else { throw NotifyJournalError(call: "sd_journal_open", errno: -r) }
        return p
    }
}
