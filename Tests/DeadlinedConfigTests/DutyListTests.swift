import Foundation
import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

@Test func listShowsOneRowPerDutyWithItsMissedOccurrences() throws {
    // done_through 31/5/2024: 9/2023 ... 5/2024 (9 occurrences) are done; missed at 15/9/2024:
    // 6, 7 and 8/2024 = 3, the oldest due 15/6/2024; the current one 15/9/2024.
    let text = monthly.replacingOccurrences(
        of: "    starts: 1/9/2023\n", with: "    starts: 1/9/2023\n    done_through: 31/5/2024\n")
    let cfg = try loaded(text, asOf: clock2026)
    let rows = cfg.rows(at: at15Sep2024)
    // Soonest due first: the duty stands at its oldest missed (15/6/2024), before the one-off.
    #expect(rows.map { $0.duty?.duty.id ?? $0.item.id } == ["giaoban", "one"])
    let duty = try #require(rows.first?.duty)
    #expect(duty.missed == 3)
    #expect(duty.oldestMissed?.spec.date == CivilDate(year: 2024, month: 6, day: 15))
    #expect(duty.next?.spec.date == CivilDate(year: 2024, month: 9, day: 15))
    #expect(rows.first?.item.id == "giaoban@2024-06")
    #expect(rows.first?.evaluation.state == .overdue)
    let r = Renderer(zone: cfg.settings.zone, language: .vi, width: nil)
    let table = r.list(rows, format: .table)
    #expect(table.contains("3 kỳ chưa hoàn thành, từ 15/6/2024; kỳ tới 15/9/2024"))
    #expect(table.contains("2 việc."))
    let json = r.list(rows, format: .json)
    #expect(json.contains("\"id\": \"giaoban\""))
    #expect(json.contains("\"occurrences_missed\": 3, \"oldest_missed\": \"2024-06-15T23:59:59+07:00\""))
    #expect(json.contains("\"next_due\": \"2024-09-15T23:59:59+07:00\""))
    let csv = r.list(rows, format: .csv).split(separator: "\n")
    #expect(csv.first?.contains(",duty,occurrence,occurrences_missed,oldest_missed,next_due,") == true)
    #expect(
        csv.dropFirst().first?.contains(
            ",giaoban,giaoban@2024-06,3,2024-06-15T23:59:59+07:00,2024-09-15T23:59:59+07:00,") == true)
    // The one-off's duty cells are empty: five empty fields between the extension
    // references and the source (no owner, no note either).
    #expect(csv.last?.contains(",,,,,,,,") == true)
    // --occurrences: every counted occurrence (9/2023 ... 9/2024 = 13) and the one-off.
    #expect(cfg.rows(at: at15Sep2024, filter: ListFilter(occurrences: true)).count == 14)
    // A state filter applies to the duty's row: it is overdue, so not "due soon".
    #expect(cfg.rows(at: at15Sep2024, filter: ListFilter(states: [.dueSoon])).isEmpty)
}

@Test func dutyWithNothingMissedShowsItsCurrentOccurrence() throws {
    let text = monthly.replacingOccurrences(
        of: "    starts: 1/9/2023\n", with: "    starts: 1/9/2023\n    done_through: 31/8/2024\n")
    let cfg = try loaded(text, asOf: clock2026)
    let row = try #require(cfg.rows(at: at15Sep2024).first { $0.duty != nil })
    #expect(row.duty?.missed == 0)
    #expect(row.item.id == "giaoban@2024-09")
    #expect(row.evaluation.state == .dueSoon)
    #expect(
        Renderer(zone: cfg.settings.zone, language: .vi, width: nil).dutyDue(try #require(row.duty))
            == "15/9/2024 (hằng tháng)")
}

@Test func dutyRowInEnglish() throws {
    // As in the Vietnamese case: 3 missed from 15/6/2024, the current one 15/9/2024.
    let text = monthly.replacingOccurrences(
        of: "    starts: 1/9/2023\n", with: "    starts: 1/9/2023\n    done_through: 31/5/2024\n")
    let cfg = try loaded(text, asOf: clock2026)
    let row = try #require(cfg.rows(at: at15Sep2024).first { $0.duty != nil })
    let due = Renderer(zone: cfg.settings.zone, language: .en, width: nil).dutyDue(try #require(row.duty))
    #expect(due == "3 occurrences missed, since 15/6/2024; next 15/9/2024")
}

@Test func aFinishedDutyShowsItsLastOccurrencesDate() throws {
    // until 12/2023, done through it: 9/2023 ... 12/2023 all done; at 15/9/2024 nothing is
    // missed and nothing comes next, so the row stands at the last one, due 15/12/2023.
    let text = monthly.replacingOccurrences(
        of: "    starts: 1/9/2023\n", with: "    starts: 1/9/2023\n    until: 12/2023\n    done_through: 12/2023\n")
    let cfg = try loaded(text, asOf: clock2026)
    let row = try #require(cfg.rows(at: at15Sep2024).first { $0.duty != nil })
    #expect(row.duty?.missed == 0 && row.duty?.next == nil)
    #expect(row.item.id == "giaoban@2023-12")
    let r = Renderer(zone: cfg.settings.zone, language: .vi, width: nil)
    #expect(r.dutyDue(try #require(row.duty), last: row.item.deadline) == "15/12/2023 (hằng tháng)")
    #expect(r.list([row], format: .table).contains("15/12/2023 (hằng tháng)"))
}
