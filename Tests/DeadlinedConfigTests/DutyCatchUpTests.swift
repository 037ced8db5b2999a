import Foundation
import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

// Start-up on 1/12/2025 09:00 after a long downtime, nothing in the ledger.
private let restart = unix("2025-12-01T09:00:00+07:00")

@Test func catchUpAfterDowntimeSendsOneAlertForTheDuty() throws {
    let cfg = try loaded(monthly.replacingOccurrences(of: "due: 1/8/2024", with: "due: 31/12/2025"), asOf: restart)
    var engine = Engine(config: cfg, ledger: Ledger(), now: restart)
    let alerts = engine.tick(now: restart).filter { $0.kind != .digest }
    // Due and not done: 15/9/2023 ... 15/11/2025 = 4 + 12 + 11 = 27. Escalated (overdue 30
    // days or more, from deadline + 30d): all but 15/11/2025 (overdue from 16/11, escalated
    // only from 16/12). One entry: escalated, for 27, the oldest 15/9/2023. The next one
    // (15/12/2025) reminds from 8/12; the one-off (31/12/2025) from 24/12: nothing else now.
    #expect(alerts.count == 1)
    let a = try #require(alerts.first)
    #expect(a.kind == .escalated)
    #expect(a.priority == .crit)
    #expect(a.field("DEADLINED_DUTY") == "giaoban")
    #expect(a.field("DEADLINED_MISSED") == "27")
    #expect(a.field("DEADLINED_OLDEST") == "2023-09-15")
    #expect(a.field("DEADLINED_ID") == "giaoban@2023-09")
    // 15/9/2023 to 1/12/2025: 16 + 31 + 30 + 31 (to 31/12/2023) + 366 + 334 + 1 = 808 days.
    #expect(a.message.hasPrefix("Quá hạn nghiêm trọng: 27 kỳ chưa hoàn thành, kỳ cũ nhất quá hạn 808 ngày: "))
    // The ledger keeps a record per occurrence: a restart sends nothing again.
    #expect(engine.ledger.entries.keys.filter { $0.hasPrefix("giaoban@") }.count == 27)
    var again = Engine(config: cfg, ledger: engine.ledger, now: restart + 60)
    #expect(again.tick(now: restart + 60).filter { $0.kind != .digest }.isEmpty)
    // The next day's repeat (every occurrence's slot starts at 00:00 local) is one entry too.
    let next = engine.tick(now: unix("2025-12-02T00:00:00+07:00")).filter { $0.kind != .digest }
    #expect(next.count == 1)
    #expect(next.first?.field("DEADLINED_MISSED") == "27")
}

@Test func digestCountsTheDutyOnce() throws {
    let cfg = try loaded(monthly.replacingOccurrences(of: "due: 1/8/2024", with: "due: 31/12/2025"), asOf: restart)
    var engine = Engine(config: cfg, ledger: Ledger(), now: restart)
    let overall = try #require(engine.digest(now: restart).last)
    // Two tasks: the duty (overdue: 27 missed) and the one-off (not yet due).
    #expect(overall.field("DEADLINED_TOTAL") == "2")
    #expect(overall.field("DEADLINED_OVERDUE") == "1")
    #expect(overall.field("DEADLINED_NOT_YET_DUE") == "1")
}

@Test func statusCountsTheOccurrencesDueAndTheCurrentOne() throws {
    let cfg = try loaded(monthly.replacingOccurrences(of: "due: 1/8/2024", with: "due: 31/12/2025"), asOf: restart)
    // Made through the period holding 1/12/2025 + 366 days = 2/12/2026: 9/2023 ... 12/2026 =
    // 4 + 12 + 12 + 12 = 40 occurrences, and the one-off.
    #expect(cfg.items.count == 41)
    // Counted: the 27 due (9/2023 ... 11/2025), the current one (15/12/2025), the one-off.
    #expect(cfg.countedCount(at: restart) == 29)
}

@Test func catchUpAlertInEnglish() throws {
    let text = monthly.replacingOccurrences(of: "due: 1/8/2024", with: "due: 31/12/2025")
        .replacingOccurrences(
            of: "  timezone: Asia/Ho_Chi_Minh\n", with: "  timezone: Asia/Ho_Chi_Minh\n  language: en\n")
    var engine = Engine(config: try loaded(text, asOf: restart), ledger: Ledger(), now: restart)
    let alerts = engine.tick(now: restart).filter { $0.kind != .digest }
    // As in Vietnamese: 27 missed, the oldest (15/9/2023) overdue by 808 days.
    #expect(alerts.count == 1)
    #expect(
        alerts.first?.message.hasPrefix("Escalated: 27 occurrences missed, the oldest overdue by 808 days: ") == true)
}

@Test func occurrencesFoundDoneAtAReloadAreOneResolvedEntry() throws {
    let text = monthly.replacingOccurrences(of: "due: 1/8/2024", with: "due: 31/12/2025")
    var engine = Engine(config: try loaded(text, asOf: restart), ledger: Ledger(), now: restart)
    _ = engine.tick(now: restart)
    // The 27 alerted (9/2023 ... 11/2025) are marked done through 30/11/2025.
    let done = text.replacingOccurrences(
        of: "    starts: 1/9/2023\n", with: "    starts: 1/9/2023\n    done_through: 30/11/2025\n")
    let alerts = engine.replaceConfig(try loaded(done, asOf: restart + 3600), now: restart + 3600)
    #expect(alerts.count == 1)
    let a = try #require(alerts.first)
    #expect(a.kind == .resolved)
    #expect(a.field("DEADLINED_DUTY") == "giaoban")
    #expect(a.field("DEADLINED_RESOLVED") == "27")
    #expect(a.field("DEADLINED_OLDEST") == "2023-09-15")
    #expect(a.message.hasPrefix("Đã hoàn thành 27 kỳ: Công an tỉnh — Họp giao ban"))
    #expect(engine.ledger.entries.keys.filter { $0.hasPrefix("giaoban@") }.isEmpty)
}
