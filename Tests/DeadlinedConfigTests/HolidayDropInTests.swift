import Foundation
import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

private func ymd(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d) }

/// An item due 5 working days after Friday 20/11/2026 (across Ngày Văn hóa, 24/11).
private let main = "assignments:\n  - {id: a, agency: A, task: T, assigned: 20/11/2026, due: 5 ngày làm việc}\n"
private let dropInPath = "/etc/deadlined/holidays.d/2026-12.yaml"

/// Say Monday 23/11/2026 were also made a day off, swapped for Saturday 28/11.
private let dropIn = """
    decisions:
      - year: 2026
        occasion: culture_day
        off: [2026-11-23..2026-11-24]
        swaps:
          - off: 23/11/2026
            working: 2026-11-28
        document: "Công văn số 9999/VPCP-KGVX (thử)"

    """

@Test func withoutADropInTheDeadlineCountsCultureDay() throws {
    let r = load(main)
    let item = try #require(r.config?.items.first)
    // 23 (1), 24 off, 25 (2), 26 (3), 27 (4), Monday 30/11 (5).
    #expect(item.deadline?.spec.date == ymd(2026, 11, 30))
    #expect(r.files == [mainPath])
}

@Test func aDropInDecisionMovesWorkingDayDeadlines() throws {
    let r = load(files: [mainPath: main, dropInPath: dropIn])
    #expect(r.diagnostics.isEmpty, "\(r.renderedDiagnostics())")
    let cfg = try #require(r.config)
    // 23 and 24 off, 25 (1), 26 (2), 27 (3), Saturday 28 worked (4), Monday 30/11 (5): the
    // swap keeps the count; without the Saturday it would be 1/12.
    #expect(cfg.items.first?.deadline?.spec.date == ymd(2026, 11, 30))
    let decision = try #require(cfg.settings.holidayDecisions.first)
    #expect(decision.year == 2026 && decision.occasion == .cultureDay)
    #expect(decision.daysOff == [ymd(2026, 11, 23), ymd(2026, 11, 24)])
    #expect(decision.swaps == [HolidaySwap(dayOff: ymd(2026, 11, 23), workingDay: ymd(2026, 11, 28))])
    #expect(decision.source == "Công văn số 9999/VPCP-KGVX (thử)")
    #expect(decision.origin == "\(dropInPath):2")
    let calendar = cfg.settings.holidayCalendar
    #expect(!calendar.isWorkingDay(ymd(2026, 11, 23)))
    #expect(calendar.isWorkingDay(ymd(2026, 11, 28)))
    #expect(calendar.decisions(in: 2026).first { $0.occasion == .cultureDay }?.origin == "\(dropInPath):2")
    // The drop-in is one of the files the daemon watches.
    #expect(cfg.files.contains(dropInPath))
}

@Test func aDropInWithoutSwapPushesTheDeadline() throws {
    let text = "decisions:\n  - {year: 2026, occasion: culture_day, off: [23/11/2026, 24/11/2026], document: x}\n"
    let r = load(files: [mainPath: main, dropInPath: text])
    #expect(r.diagnostics.isEmpty, "\(r.renderedDiagnostics())")
    #expect(r.config?.items.first?.deadline?.spec.date == ymd(2026, 12, 1))
}

@Test func dropInProblemsAreDiagnosedWithTheirPlace() {
    let text = """
        decisions:
          - year: 2027
            occasion: quoc_khanh
            off: 2027-09-02
            document: x
          - year: 2027
            occasion: national_day
            off: [2027-09-02..2027-09-01]
            document: x
          - year: 2027
            occasion: national_day
            off: [2027-09-02, 2027-09-03]
            swaps: [{off: 2027-09-03, working: 2027-09-06}]
            document: x
          - year: 2027
            occasion: tet
            off: 2027-02-05
          - year: 2027
            ocasion: tet

        """
    let r = load(files: [mainPath: "assignments: []\n", dropInPath: text])
    #expect(r.config == nil)
    #expect(
        r.renderedErrors() == """
            \(dropInPath):3:15: error: unknown occasion 'quoc_khanh'; expected one of new_year, tet, hung_kings, reunification_labour_day, national_day, culture_day
                occasion: quoc_khanh
                          ^
            \(dropInPath):8:11: error: invalid range '2027-09-02..2027-09-01': it ends before it starts
                off: [2027-09-02..2027-09-01]
                      ^
            \(dropInPath):10:5: error: holiday decision for national_day 2027: the swap's working day 2027-09-06 is a Monday, not a Saturday or Sunday
              - year: 2027
                ^
            \(dropInPath):15:5: error: a holiday decision needs 'document'
              - year: 2027
                ^
            \(dropInPath):19:5: error: unknown key 'ocasion' in a holiday decision; did you mean 'occasion'?
                ocasion: tet
                ^
            \(dropInPath):18:5: error: a holiday decision needs 'occasion', 'off', 'document'
              - year: 2027
                ^
            """)
}

@Test func twoDropInsCannotDecideTheSameOccasion() {
    let one = "decisions:\n  - {year: 2027, occasion: tet, off: [2027-02-04..2027-02-10], document: a}\n"
    let two = "decisions:\n  - {year: 2027, occasion: tet, off: [2027-02-05..2027-02-11], document: b}\n"
    let r = load(files: [
        mainPath: "assignments: []\n", "/etc/deadlined/holidays.d/a.yaml": one, "/etc/deadlined/holidays.d/b.yaml": two,
    ])
    #expect(
        r.errors.map(\.description) == [
            "/etc/deadlined/holidays.d/b.yaml:2:5: error: tet 2027 is already decided at /etc/deadlined/holidays.d/a.yaml:2"
        ])
}

@Test func aBrokenDropInIsAnError() {
    let r = load(files: [mainPath: "assignments: []\n", dropInPath: "decisions: [\n"])
    #expect(r.config == nil)
    #expect(r.errors.first?.file == dropInPath)
}

/// config/holidays.d/example.yaml, as shipped: its example, uncommented, must load.
@Test func theShippedExampleLoadsOnceUncommented() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("config/holidays.d/example.yaml"), encoding: .utf8)
    // Shipped commented out, so that it decides nothing until an office writes a real one.
    let shipped = load(files: [mainPath: "assignments: []\n", dropInPath: text])
    #expect(shipped.diagnostics.isEmpty, "\(shipped.renderedDiagnostics())")
    #expect(shipped.config?.settings.holidayDecisions.isEmpty == true)
    let uncommented = text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.hasPrefix("#| ") ? String($0.dropFirst(3)) : String($0) }.joined(separator: "\n")
    let r = load(files: [mainPath: "assignments: []\n", dropInPath: uncommented])
    #expect(r.diagnostics.isEmpty, "\(r.renderedDiagnostics())")
    #expect(r.config?.settings.holidayDecisions.isEmpty == false)
}
