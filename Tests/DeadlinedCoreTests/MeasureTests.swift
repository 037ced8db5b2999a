import Testing

@testable import DeadlinedCore

private let src = SourceLocation(file: "t.yaml", line: 1, column: 1)
private func day(_ d: Int, _ m: Int, _ y: Int) -> CivilDate { CivilDate(year: y, month: m, day: d) }

/// The Bến Lức case: 25 procedures, assigned 1/1/2024, due 31/12/2024.
private let benLuc = Measure(
    target: 25, unit: "thủ tục", start: day(1, 1, 2024), progress: [ProgressEntry(on: day(30, 6, 2024), value: 14)])

@Test func recordKeepsDateOrderAndReplacesTheSameDay() {
    var m = Measure(target: 25)
    m.record(ProgressEntry(on: day(30, 6, 2024), value: 14))
    m.record(ProgressEntry(on: day(31, 3, 2024), value: 5))
    m.record(ProgressEntry(on: day(30, 9, 2024), value: 20))
    m.record(ProgressEntry(on: day(30, 6, 2024), value: 15))
    #expect(m.progress.map(\.on) == [day(31, 3, 2024), day(30, 6, 2024), day(30, 9, 2024)])
    #expect(m.progress.map(\.value) == [5, 15, 20])
}

@Test func latestCountsOnlyEntriesUpToToday() {
    let vn = Zone.vietnam
    // 30/6/2024 00:00 in Vietnam is 29/6 17:00 UTC: the entry counts from then, not before.
    let startOf30June = vn.instant(day(30, 6, 2024))
    #expect(benLuc.latest(at: startOf30June, zone: vn)?.value == 14)
    #expect(benLuc.latest(at: startOf30June - 1, zone: vn) == nil)
    #expect(benLuc.share(of: 14) == 0.56)  // 14 / 25
}

@Test func expectedIsLinearFromStartToDueInWholeDays() throws {
    let due = day(31, 12, 2024)
    // 30/6 - 1/1/2024 = 31+29+31+30+31+29 = 181 days; 31/12 - 1/1/2024 = 365 days (a leap
    // year of 366 days, less one): 25 × 181 / 365 = 12.3972...
    let e = try #require(benLuc.expected(on: day(30, 6, 2024), due: due))
    #expect(e == 25.0 * 181.0 / 365.0)
    #expect(abs(e - 12.3973) < 0.0001)
    #expect(benLuc.expected(on: day(31, 12, 2023), due: due) == 0)
    #expect(benLuc.expected(on: day(1, 1, 2024), due: due) == 0)
    #expect(benLuc.expected(on: due, due: due) == 25)
    #expect(benLuc.expected(on: day(5, 1, 2025), due: due) == 25)
}

@Test func expectedGoesThroughMilestones() throws {
    var m = benLuc
    m.milestones = [Milestone(by: day(30, 6, 2024), value: 15)]
    let due = day(31, 12, 2024)
    #expect(m.expected(on: day(30, 6, 2024), due: due) == 15)
    // 1/4 - 1/1/2024 = 31+29+31 = 91 days of the 181 to the milestone: 15 × 91 / 181.
    #expect(m.expected(on: day(1, 4, 2024), due: due) == 15.0 * 91.0 / 181.0)
    // 30/9 - 30/6 = 31+31+30 = 92 days of the 184 (92+31+30+31) from the milestone to the due
    // day: 15 + (25 - 15) × 92 / 184 = 20.
    #expect(m.expected(on: day(30, 9, 2024), due: due) == 20)
}

@Test func expectedNeedsAStartBeforeTheDueDay() {
    var m = benLuc
    m.start = nil
    #expect(m.expected(on: day(30, 6, 2024), due: day(31, 12, 2024)) == nil)
    m.start = day(31, 12, 2024)
    #expect(m.expected(on: day(30, 6, 2024), due: day(31, 12, 2024)) == nil)
}

@Test func reachedIsTheFirstEntryAtTheTarget() {
    var m = benLuc
    #expect(m.reached == nil)
    m.record(ProgressEntry(on: day(15, 11, 2024), value: 25))
    m.record(ProgressEntry(on: day(20, 11, 2024), value: 25))
    #expect(m.reached?.on == day(15, 11, 2024))
}

@Test func itemKeepsMeasureAndAckInOneBoxWithoutGrowing() {
    var it = Item(id: "x", agency: "a", task: "t", source: src)
    #expect(it.measure == nil && it.ack == nil)
    it.measure = benLuc
    it.ack = Ack(until: 5)
    #expect(it.measure == benLuc && it.ack == Ack(until: 5))
    it.ack = nil
    #expect(it.measure == benLuc)
    it.measure?.record(ProgressEntry(on: day(1, 7, 2024), value: 16))
    #expect(it.measure?.progress.last?.value == 16)
    it.measure = nil
    #expect(it.measure == nil && it.ack == nil)
    // One optional reference holds both, in the room the acknowledgement's box alone took
    // (one optional class reference replaced by another): 80 bytes, as measured.
    #expect(MemoryLayout<Item>.size == 80)
}
