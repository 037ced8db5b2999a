import Testing

@testable import DeadlinedCore

// Items, their deadlines and the specs beside them are stored narrow (hundreds of thousands
// of each are alive after a load): the values read back are the ones given.

private let src = SourceLocation(file: "t.yaml", line: 1, column: 1)

@Test func specsDeadlinesAndItemsAreStoredNarrow() {
    #expect(MemoryLayout<DueSpec>.size == 16)
    #expect(MemoryLayout<DueSpec?>.size == 16)
    #expect(MemoryLayout<Deadline>.size == 29)
    #expect(MemoryLayout<Deadline?>.size == 29)
    #expect(MemoryLayout<Item>.size == 80)
}

@Test func aDeadlinesInstantsAreThoseOfItsSpec() throws {
    let berlin = try #require(Zone(identifier: "Europe/Berlin"))
    let specs: [DueSpec] = [
        DueSpec(kind: .day, date: CivilDate(year: 2024, month: 5, day: 15)),
        DueSpec(kind: .time, date: CivilDate(year: 2024, month: 5, day: 15), hour: 17, minute: 30, second: 5),
        DueSpec(kind: .month, date: CivilDate(year: 2024, month: 2, day: 29)),
        DueSpec(kind: .quarter, date: CivilDate(year: 2024, month: 6, day: 30), part: .earlyMonth),
        DueSpec(kind: .year, date: CivilDate(year: 9999, month: 12, day: 31)),
        DueSpec(kind: .day, date: CivilDate(year: 1, month: 1, day: 1)),
        // Days of 23 and 25 hours in Berlin.
        DueSpec(kind: .day, date: CivilDate(year: 2024, month: 3, day: 31)),
        DueSpec(kind: .day, date: CivilDate(year: 2024, month: 10, day: 27)),
    ]
    for zone in [Zone.vietnam, berlin] {
        for spec in specs {
            let d = Deadline(spec, in: zone)
            #expect(d.spec == spec)
            if spec.kind == .time {
                let at = zone.instant(spec.date, hour: spec.hour, minute: spec.minute, second: spec.second)
                #expect(d.overdueAt == at && d.shownAt == at && d.reminderAnchor == at)
            } else {
                let end = zone.instant(spec.date.adding(days: 1))
                #expect(d.overdueAt == end, "\(spec) in \(zone.identifier)")
                #expect(d.shownAt == end - 1, "\(spec) in \(zone.identifier)")
                #expect(d.reminderAnchor == zone.instant(spec.date), "\(spec) in \(zone.identifier)")
            }
        }
    }
    let day = DueSpec(kind: .day, date: CivilDate(year: 2024, month: 3, day: 31))
    #expect(Deadline(day, in: berlin).overdueAt - Deadline(day, in: berlin).reminderAnchor == 23 * 3600)
    #expect(Deadline(day, in: .vietnam) != Deadline(day, in: berlin))
}

@Test func anItemsCompletionReadsBackAsGiven() {
    var item = Item(id: "a", agency: "Sở Tài chính", task: "t", source: src)
    #expect(item.completed == nil)
    for t: Int64 in [0, -1, 1_715_731_200, Int64.max, -62_135_596_800] {
        item.completed = t
        #expect(item.completed == t)
    }
    item.completed = nil
    #expect(item.completed == nil)
    #expect(Item(id: "b", agency: "x", task: "t", completed: 0, source: src).completed == 0)
    #expect(
        Item(id: "b", agency: "x", task: "t", completed: 5, source: src)
            != Item(id: "b", agency: "x", task: "t", source: src))
}
