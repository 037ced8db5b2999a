import DeadlinedConfig
import DeadlinedCore
import Foundation
import Testing

@testable import DeadlinedSystem

// The office's name in every entry and the snapshot at start-up, reload and digest (issue 19).

private func day(_ y: Int, _ m: Int, _ d: Int) -> Int64 {
    Zone.vietnam.instant(CivilDate(year: y, month: m, day: d))
}

private func config(_ yaml: String, asOf: Int64) throws -> Config {
    let r = ConfigLoader(source: MemorySource(["/c.yaml": yaml]), asOf: asOf).load("/c.yaml")
    return try #require(r.config, "\(r.renderedDiagnostics())")
}

private let twoAgencies = """
    settings:
      office: "UBND huyện Cần Giuộc"
      digest_at: "08:00"
    assignments:
      - id: stc
        agency: "Sở Tài chính"
        task: "Cấp kinh phí"
        due: 15/5/2024
      - id: snv
        agency: "Sở Nội vụ"
        task: "Thi đua"
        due: 30/5/2024

    """

private func emitted(_ actions: [DaemonMachine.Action]) -> [Alert] {
    actions.flatMap { action -> [Alert] in
        if case .emit(let alerts) = action { return alerts }
        return []
    }
}

@Test func theDailyDigestIsFollowedByASnapshotWithItsOwnId() throws {
    // Started 10:00 on 16/5/2024; the next digest is 08:00 on 17/5.
    let start = day(2024, 5, 16) + 10 * 3600
    var m = DaemonMachine()
    m.snapshotSeed = 0xabc
    m.started(Engine(config: try config(twoAgencies, asOf: start), ledger: Ledger(), now: start))
    let first = emitted(m.snapshot(now: start, reason: .start))
    // Two agencies, then the office: 3 entries, all of snapshot "abc-1".
    #expect(first.map(\.kind) == [.snapshot, .snapshot, .snapshot])
    #expect(Set(first.map { $0.field("DEADLINED_SNAPSHOT") }) == ["abc-1"])
    #expect(first.map { $0.field("DEADLINED_SNAPSHOT_REASON") } == ["start", "start", "start"])
    #expect(first.last?.field("DEADLINED_OFFICE") == "UBND huyện Cần Giuộc")

    // At 08:00 on 17/5: the overdue alert of stc (due 15/5) came at start-up's first wake,
    // not here; the digest then its snapshot, "abc-2".
    _ = m.timerFired(now: start, monotonic: 1)
    let digestTime = day(2024, 5, 17) + 8 * 3600
    let at8 = emitted(m.timerFired(now: digestTime, monotonic: 2))
    let kinds = at8.map(\.kind)
    let firstSnapshot = try #require(kinds.firstIndex(of: .snapshot))
    #expect(kinds[..<firstSnapshot].contains(.digest))
    #expect(kinds[firstSnapshot...].allSatisfy { $0 == .snapshot })
    #expect(kinds[firstSnapshot...].count == 3)
    let snap = at8[firstSnapshot...]
    #expect(Set(snap.map { $0.field("DEADLINED_SNAPSHOT") }) == ["abc-2"])
    #expect(snap.allSatisfy { $0.field("DEADLINED_SNAPSHOT_REASON") == "digest" })
    #expect(snap.last?.field("DEADLINED_SNAPSHOT_AT") == "2024-05-17T08:00:00+07:00")
    // stc overdue since 16/5, snv not yet due: 1 overdue of 2.
    #expect(snap.last?.field("DEADLINED_N_OVERDUE") == "1")
    #expect(snap.last?.field("DEADLINED_N_TOTAL") == "2")
    // A wake that sends no digest writes no snapshot.
    #expect(!emitted(m.timerFired(now: digestTime + 60, monotonic: 3)).contains { $0.kind == .snapshot })
}

@Test func theLoadedConfigurationNamesItsOfficeOrTheHost() throws {
    let dir = NSTemporaryDirectory() + "deadlined-office-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let named = dir + "/named.yaml", plain = dir + "/plain.yaml"
    try twoAgencies.write(toFile: named, atomically: true, encoding: .utf8)
    try "assignments: []\n".write(toFile: plain, atomically: true, encoding: .utf8)
    func office(_ path: String) -> String? {
        Daemon(options: DaemonOptions(configPath: path, stateDirectory: dir, target: .console), sink: ConsoleSink())
            .load().0.config?.settings.office
    }
    #expect(office(named) == "UBND huyện Cần Giuộc")
    #expect(office(plain) == Sys.hostName())
    #expect(!Sys.hostName().isEmpty)
}

@Test func emittedEntriesCarryTheOffice() throws {
    let dir = NSTemporaryDirectory() + "deadlined-office-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let sink = RecordingSink(accepting: true)
    let daemon = Daemon(
        options: DaemonOptions(configPath: dir + "/none.yaml", stateDirectory: dir, target: .console), sink: sink)
    let now = day(2024, 5, 16)
    let cfg = try config(twoAgencies, asOf: now)
    daemon.queue.sync {
        // No configuration yet (a rejected start): the host name.
        daemon.emit([Alert(kind: .configRejected, priority: .err, message: "m", fields: [])])
        daemon.engine = Engine(config: cfg, ledger: Ledger(), now: now)
        daemon.emit([Alert(kind: .overdue, priority: .err, message: "m", fields: [])])
    }
    #expect(sink.alerts.map { $0.field("DEADLINED_OFFICE") } == [Sys.hostName(), "UBND huyện Cần Giuộc"])
}
