import CSystemd
import DeadlinedCore

#if canImport(Glibc)
import Glibc
#endif

/// Reads the offices' snapshots (`Snapshot`) back from journal files, as
/// systemd-journal-remote stores them (`/var/log/journal/remote`), for `report --journal`.
public enum SnapshotJournal {
    /// The snapshot entries of `source` fed to a `SnapshotCollector`, newest first, until
    /// every office named in the journal (DEADLINED_OFFICE, from the field's index) has a
    /// complete snapshot: a month of daily snapshots of 100 offices is then read only as far
    /// back as each office's latest. An office with no complete snapshot (or only alerts)
    /// makes it read to the oldest entry.
    public static func collect(_ source: NotifyJournal.Source) throws(NotifyJournalError) -> SnapshotCollector {
        let j = try source.open()
        defer { sd_journal_close(j) }
        let m = "MESSAGE_ID=" + AlertKind.snapshot.messageID
        let added = m.withCString { sd_journal_add_match(j, $0, 0) }
        if added < 0 { throw NotifyJournalError(call: "sd_journal_add_match", errno: -added) }
        let offices = uniqueValues(j, field: Snapshot.officeField)
        sd_journal_seek_tail(j)
        var collector = SnapshotCollector()
        collector.named = offices
        var fields: [String: String] = [:]
        while offices.isEmpty || collector.completeOffices < offices.count {
            let n = sd_journal_previous(j)
            if n < 0 { throw NotifyJournalError(call: "sd_journal_previous", errno: -n) }
            if n == 0 { break }
            fields.removeAll(keepingCapacity: true)
            var data: UnsafeRawPointer?
            var len = 0
            sd_journal_restart_data(j)
            while sd_journal_enumerate_data(j, &data, &len) > 0 {
                guard let data else { continue }
                let bytes = UnsafeRawBufferPointer(start: data, count: len)
                // Only DEADLINED_* fields are read: "D" first spares the rest a String.
                guard len > 10, bytes[0] == UInt8(ascii: "D"), let eq = bytes.firstIndex(of: UInt8(ascii: "="))
                else { continue }
                let name = String(decoding: bytes[..<eq], as: UTF8.self)
                guard name.hasPrefix("DEADLINED_") else { continue }
                fields[name] = String(decoding: bytes[(eq + 1)...], as: UTF8.self)
            }
            collector.add(fields)
        }
        return collector
    }

    /// The values a field takes anywhere in the journal (libsystemd's field index; matches
    /// do not apply); empty when they cannot be read, and then every entry is read.
    static func uniqueValues(_ j: OpaquePointer, field: String) -> Set<String> {
        guard field.withCString({ sd_journal_query_unique(j, $0) }) >= 0 else { return [] }
        var out = Set<String>()
        var data: UnsafeRawPointer?
        var len = 0
        sd_journal_restart_unique(j)
        while sd_journal_enumerate_unique(j, &data, &len) > 0 {
            guard let data else { continue }
            let bytes = UnsafeRawBufferPointer(start: data, count: len)
            guard let eq = bytes.firstIndex(of: UInt8(ascii: "=")) else { continue }
            out.insert(String(decoding: bytes[(eq + 1)...], as: UTF8.self))
        }
        return out
    }
}
