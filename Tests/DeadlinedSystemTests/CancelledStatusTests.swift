import DeadlinedConfig
import DeadlinedCore
import Testing

@testable import DeadlinedSystem

// STATUS= leaves cancelled items out of its counts (issue 15 point 6).

@Test func statusLeavesCancelledItemsOut() throws {
    let yaml = """
        settings:
          language: en
        assignments:
          - {id: a, agency: "Sở Tài chính", task: T, due: 15/5/2024}
          - {id: b, agency: "Sở Tài chính", task: U, due: 15/5/2024, status: đã hủy}
          - {id: c, agency: "Sở Nội vụ", task: V, status: hủy}

        """
    // 10:00 on 16/5/2024: both dated items are past their day; only a counts.
    let now = Zone.vietnam.instant(CivilDate(year: 2024, month: 5, day: 16)) + 10 * 3600
    let r = ConfigLoader(source: MemorySource(["/c.yaml": yaml]), asOf: now).load("/c.yaml")
    let cfg = try #require(r.config, "\(r.renderedDiagnostics())")
    var m = DaemonMachine()
    m.started(Engine(config: cfg, ledger: Ledger(), now: now))
    let actions = m.timerFired(now: now, monotonic: 100)
    let kinds = actions.flatMap { action -> [AlertKind] in
        if case .emit(let alerts) = action { return alerts.map(\.kind) }
        return []
    }
    #expect(kinds == [.overdue])
    #expect(m.status(now: now, monotonic: 100).hasPrefix("1 items: 1 overdue, 0 due soon"))
}
