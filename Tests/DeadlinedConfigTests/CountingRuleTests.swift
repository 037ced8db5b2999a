import Foundation
import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

@Test func reportAtCountsOccurrencesDueByThenPlusTheCurrentOne() throws {
    let cfg = try loaded(monthly, asOf: clock2026)
    // Made through the period holding 30/11/2026 + 366 days = 1/12/2027: 9/2023 ... 12/2027 =
    // 4 + 12 + 12 + 12 + 12 = 52 occurrences, plus the one-off.
    #expect(cfg.items.count == 53)
    let (groups, total) = cfg.report(at: at15Sep2024, by: .agency)
    // Due by 15/9/2024 23:59:59: 15/9/2023 ... 15/8/2024 = 4 + 8 = 12 (15/9/2024 is overdue
    // only from 16/9 00:00), all overdue; the current one is 15/9/2024, due soon (within 7
    // days); the one-off (1/8/2024) is overdue. 14 in all, 13 overdue.
    #expect(total.total == 14)
    #expect(total.overdue == 13)
    #expect(total.notYetDue == 1)
    #expect(total.dueSoon == 1)
    #expect(groups.map(\.0) == ["Công an tỉnh"])
    #expect(groups.first?.1 == total)
}

@Test func countedMaskKeepsOnlyTheCurrentOccurrenceAfterTheInstant() throws {
    let cfg = try loaded(monthly, asOf: clock2026)
    let mask = cfg.countedMask(at: at15Sep2024)
    let counted = cfg.items.indices.filter { mask[$0] }.map { cfg.items[$0].id }
    // 2023-09 ... 2024-09 (13 ids) and the one-off.
    var expected = ["2023-09", "2023-10", "2023-11", "2023-12"].map { "giaoban@" + $0 }
    expected += (1...9).map { "giaoban@2024-0\($0)" }
    #expect(Set(counted) == Set(expected + ["one"]))
    #expect(cfg.duties.map(\.id) == ["giaoban"])
    #expect(cfg.items.allSatisfy { $0.id == "one" ? $0.duty == nil : $0.duty == 0 })
    // An instant before the first occurrence's deadline: the first one alone is current (the
    // loader puts occurrences after the one-off items).
    let early = cfg.countedMask(at: unix("2023-09-01T00:00:00+07:00"))
    #expect(cfg.items.indices.filter { early[$0] }.map { cfg.items[$0].id } == ["one", "giaoban@2023-09"])
}
