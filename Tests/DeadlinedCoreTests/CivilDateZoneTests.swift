import Foundation
import Testing

@testable import DeadlinedCore

@Test func dayNumberOfKnownDates() {
    #expect(CivilDate(year: 1970, month: 1, day: 1).dayNumber == 0)
    #expect(CivilDate(year: 1970, month: 1, day: 2).dayNumber == 1)
    #expect(CivilDate(year: 1969, month: 12, day: 31).dayNumber == -1)
    #expect(CivilDate(year: 2000, month: 3, day: 1).dayNumber == 11_017)
    // 2024-05-15T00:00:00Z / 86400
    #expect(CivilDate(year: 2024, month: 5, day: 15).dayNumber == Int(unix("2024-05-15T00:00:00Z") / 86400))
    #expect(CivilDate(year: 1900, month: 1, day: 1).dayNumber == -25_567)
}

@Test(
    "dayNumber and init(dayNumber:) round-trip every day",
    arguments: [1600, 1899, 1900, 1969, 1970, 2000, 2023, 2024, 2100, 2400, 9999])
func dayNumberRoundTripsOverAYear(_ year: Int) {
    var previous: Int?
    for month in 1...12 {
        for day in 1...CivilDate.daysIn(month: month, year: year) {
            let d = CivilDate(year: year, month: month, day: day)
            let n = d.dayNumber
            #expect(CivilDate(dayNumber: n) == d)
            if let p = previous { #expect(n == p + 1, "days are consecutive at \(d)") }
            previous = n
        }
    }
}

@Test func dayNumberRoundTripsOverFourCenturies() {
    // 1800-01-01 to 2400-12-31, every day: consecutive, and each matches Foundation's Gregorian calendar.
    var cal = Calendar(identifier: .gregorian)
    cal.timeZone = TimeZone(identifier: "UTC")!
    let start = CivilDate(year: 1800, month: 1, day: 1).dayNumber
    let end = CivilDate(year: 2400, month: 12, day: 31).dayNumber
    var failures = 0
    for n in start...end {
        let d = CivilDate(dayNumber: n)
        if d.dayNumber != n { failures += 1 }
        if n % 97 == 0 {
            let c = cal.dateComponents(
                [.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(n) * 86400))
            #expect(c.year == d.year && c.month == d.month && c.day == d.day, "day \(n)")
        }
    }
    #expect(failures == 0)
    #expect(end - start + 1 == (2400 - 1800 + 1) * 365 + 146)  // leap years 1800...2400: 151 by 4s, minus 1800, 1900, 2100, 2200, 2300
}

let leapCases: [(Int, Bool)] = [
    (2024, true), (2023, false), (2000, true), (1900, false), (2100, false), (2400, true), (1600, true), (2020, true),
    (2019, false),
]

@Test("leap years follow the Gregorian rule", arguments: leapCases)
func leapYears(_ year: Int, _ leap: Bool) {
    #expect(CivilDate.isLeap(year) == leap)
    #expect(CivilDate.daysIn(month: 2, year: year) == (leap ? 29 : 28))
    #expect((CivilDate.valid(year: year, month: 2, day: 29) != nil) == leap)
}

@Test func validRejectsDaysThatDoNotExist() {
    #expect(CivilDate.valid(year: 2024, month: 2, day: 31) == nil)
    #expect(CivilDate.valid(year: 2024, month: 4, day: 31) == nil)
    #expect(CivilDate.valid(year: 2024, month: 5, day: 0) == nil)
    #expect(CivilDate.valid(year: 2024, month: 13, day: 1) == nil)
    #expect(CivilDate.valid(year: 2024, month: 0, day: 1) == nil)
    #expect(CivilDate.valid(year: 2024, month: 12, day: 31) == CivilDate(year: 2024, month: 12, day: 31))
}

let weekdayCases: [(CivilDate, Int)] = [
    (CivilDate(year: 1970, month: 1, day: 1), 4),  // Thursday
    (CivilDate(year: 2024, month: 5, day: 15), 3),  // Wednesday
    (CivilDate(year: 2024, month: 5, day: 13), 1),  // Monday
    (CivilDate(year: 2024, month: 5, day: 19), 7),  // Sunday
    (CivilDate(year: 2000, month: 1, day: 1), 6),  // Saturday
    (CivilDate(year: 1969, month: 12, day: 28), 7),  // Sunday, before the epoch
    (CivilDate(year: 1900, month: 1, day: 1), 1),  // Monday
]

@Test("isoWeekday: Monday is 1, Sunday is 7", arguments: weekdayCases)
func isoWeekday(_ date: CivilDate, _ weekday: Int) {
    #expect(date.isoWeekday == weekday)
}

@Test func isoWeekdayMatchesFoundationForManyDays() {
    var cal = Calendar(identifier: .gregorian)
    cal.timeZone = TimeZone(identifier: "UTC")!
    for n in stride(from: -30_000, through: 30_000, by: 37) {
        let fw = cal.component(.weekday, from: Date(timeIntervalSince1970: TimeInterval(n) * 86400))  // 1 = Sunday
        let iso = fw == 1 ? 7 : fw - 1
        #expect(CivilDate(dayNumber: n).isoWeekday == iso, "day \(n)")
    }
}

@Test func civilDateOrderAndText() {
    let a = CivilDate(year: 2024, month: 5, day: 15)
    #expect(a < CivilDate(year: 2024, month: 5, day: 16))
    #expect(a < CivilDate(year: 2024, month: 6, day: 1))
    #expect(CivilDate(year: 2023, month: 12, day: 31) < a)
    #expect(a.description == "15/5/2024")
    #expect(a.iso == "2024-05-15")
    #expect(a.adding(days: 17) == CivilDate(year: 2024, month: 6, day: 1))
    #expect(CivilDate(year: 2024, month: 2, day: 28).adding(days: 1) == CivilDate(year: 2024, month: 2, day: 29))
    #expect(CivilDate(year: 2023, month: 2, day: 28).adding(days: 1) == CivilDate(year: 2023, month: 3, day: 1))
    #expect(CivilDate(year: 2024, month: 12, day: 31).adding(days: 1) == CivilDate(year: 2025, month: 1, day: 1))
}

// MARK: Zones and deadlines

@Test func vietnamDayDeadlineEndsAtMidnightLocal() {
    let d = Deadline(DueSpec(kind: .day, date: CivilDate(year: 2024, month: 5, day: 15)), in: .vietnam)
    #expect(d.overdueAt == 1_715_792_400)
    #expect(d.overdueAt == unix("2024-05-15T17:00:00Z"))
    #expect(d.shownAt == 1_715_792_399)
    #expect(Zone.vietnam.iso8601(d.shownAt) == "2024-05-15T23:59:59+07:00")
    #expect(Zone.vietnam.iso8601(d.overdueAt) == "2024-05-16T00:00:00+07:00")
}

@Test func vietnamTimedDeadlineEndsAtItsTime() {
    let d = Deadline(
        DueSpec(kind: .time, date: CivilDate(year: 2024, month: 5, day: 15), hour: 17, minute: 0), in: .vietnam)
    #expect(d.overdueAt == unix("2024-05-15T10:00:00Z"))
    #expect(d.shownAt == d.overdueAt)
    #expect(Zone.vietnam.iso8601(d.shownAt) == "2024-05-15T17:00:00+07:00")
}

@Test func periodDeadlinesEndAfterTheirLastDay() throws {
    let month = Deadline(try DueGrammar.parse("tháng 2/2024").get(), in: .vietnam)
    #expect(month.overdueAt == unix("2024-02-29T17:00:00Z"))
    let quarter = Deadline(try DueGrammar.parse("Quý II/2024").get(), in: .vietnam)
    #expect(Zone.vietnam.iso8601(quarter.shownAt) == "2024-06-30T23:59:59+07:00")
    let year = Deadline(try DueGrammar.parse("năm 2024").get(), in: .vietnam)
    #expect(year.overdueAt == unix("2024-12-31T17:00:00Z"))
}

@Test func zoneIdentifiersAreChecked() {
    #expect(Zone(identifier: "Europe/Berlin") != nil)
    #expect(Zone(identifier: "Mars/Olympus_Mons") == nil)
    #expect(Zone.vietnam.identifier == "Asia/Ho_Chi_Minh")
    #expect(Zone.vietnam.offset(at: unix("2024-05-15T00:00:00Z")) == 7 * 3600)
    #expect(Zone(identifier: "Europe/Berlin")?.offset(at: unix("2024-07-01T00:00:00Z")) == 2 * 3600)
}

@Test func berlinSpringForwardGap() throws {
    let berlin = try #require(Zone(identifier: "Europe/Berlin"))
    let march31 = CivilDate(year: 2024, month: 3, day: 31)
    // Clocks jump from 02:00 CET to 03:00 CEST (01:00Z).
    #expect(berlin.instant(march31) == unix("2024-03-30T23:00:00Z"))
    #expect(berlin.instant(march31, hour: 1, minute: 59) == unix("2024-03-31T00:59:00Z"))
    #expect(berlin.instant(march31, hour: 3) == unix("2024-03-31T01:00:00Z"))
    // 02:30 does not exist: it moves forward by the gap, to 03:30 CEST.
    #expect(berlin.instant(march31, hour: 2, minute: 30) == unix("2024-03-31T01:30:00Z"))
    // A day deadline on the short day ends at the next local midnight, in summer time.
    let d = Deadline(DueSpec(kind: .day, date: march31), in: berlin)
    #expect(d.overdueAt == unix("2024-03-31T22:00:00Z"))
    #expect(berlin.iso8601(d.shownAt) == "2024-03-31T23:59:59+02:00")
    // The day before ends at midnight, still in winter time.
    let before = Deadline(DueSpec(kind: .day, date: CivilDate(year: 2024, month: 3, day: 30)), in: berlin)
    #expect(before.overdueAt == unix("2024-03-30T23:00:00Z"))
    #expect(berlin.iso8601(before.shownAt) == "2024-03-30T23:59:59+01:00")
    #expect(d.overdueAt - before.overdueAt == 23 * 3600)
}

@Test func berlinFallBackOverlap() throws {
    let berlin = try #require(Zone(identifier: "Europe/Berlin"))
    let oct27 = CivilDate(year: 2024, month: 10, day: 27)
    // 02:00-03:00 happens twice (CEST, then CET): the earlier instant wins.
    #expect(berlin.instant(oct27, hour: 2, minute: 30) == unix("2024-10-27T00:30:00Z"))
    #expect(berlin.instant(oct27, hour: 1, minute: 30) == unix("2024-10-26T23:30:00Z"))
    #expect(berlin.instant(oct27, hour: 3) == unix("2024-10-27T02:00:00Z"))
    let d = Deadline(DueSpec(kind: .day, date: oct27), in: berlin)
    #expect(d.overdueAt == unix("2024-10-27T23:00:00Z"))
    #expect(berlin.iso8601(d.shownAt) == "2024-10-27T23:59:59+01:00")
    let dayBefore = Deadline(DueSpec(kind: .day, date: CivilDate(year: 2024, month: 10, day: 26)), in: berlin)
    #expect(d.overdueAt - dayBefore.overdueAt == 25 * 3600)
    #expect(berlin.iso8601(dayBefore.shownAt) == "2024-10-26T23:59:59+02:00")
    // Local time of the two 02:30s.
    #expect(berlin.local(unix("2024-10-27T00:30:00Z")).secondOfDay == 2 * 3600 + 1800)
    #expect(berlin.local(unix("2024-10-27T01:30:00Z")).secondOfDay == 2 * 3600 + 1800)
}

@Test func newYorkDeadlinesAcrossDaylightSaving() throws {
    let ny = try #require(Zone(identifier: "America/New_York"))
    // Winter: UTC-5.
    let jan = Deadline(DueSpec(kind: .day, date: CivilDate(year: 2024, month: 1, day: 15)), in: ny)
    #expect(jan.overdueAt == unix("2024-01-16T05:00:00Z"))
    #expect(ny.iso8601(jan.shownAt) == "2024-01-15T23:59:59-05:00")
    // Summer: UTC-4.
    let jul = Deadline(DueSpec(kind: .day, date: CivilDate(year: 2024, month: 7, day: 4)), in: ny)
    #expect(jul.overdueAt == unix("2024-07-05T04:00:00Z"))
    #expect(ny.iso8601(jul.shownAt) == "2024-07-04T23:59:59-04:00")
    // 10 March 2024: 02:00 EST becomes 03:00 EDT (07:00Z).
    let mar10 = CivilDate(year: 2024, month: 3, day: 10)
    #expect(ny.instant(mar10, hour: 2, minute: 30) == unix("2024-03-10T07:30:00Z"))
    #expect(ny.instant(mar10, hour: 17) == unix("2024-03-10T21:00:00Z"))
    let timed = Deadline(DueSpec(kind: .time, date: mar10, hour: 17), in: ny)
    #expect(ny.iso8601(timed.shownAt) == "2024-03-10T17:00:00-04:00")
    // 3 November 2024: 01:00-02:00 happens twice; the earlier (EDT) wins.
    let nov3 = CivilDate(year: 2024, month: 11, day: 3)
    #expect(ny.instant(nov3, hour: 1, minute: 30) == unix("2024-11-03T05:30:00Z"))
    let nov = Deadline(DueSpec(kind: .day, date: nov3), in: ny)
    #expect(nov.overdueAt == unix("2024-11-04T05:00:00Z"))
}

@Test func localSplitsAnInstantIntoDayAndTime() {
    let (d, s) = Zone.vietnam.local(unix("2024-05-15T17:00:00Z"))
    #expect(d == CivilDate(year: 2024, month: 5, day: 16))
    #expect(s == 0)
    let (d2, s2) = Zone.vietnam.local(unix("2024-05-15T16:59:59Z"))
    #expect(d2 == CivilDate(year: 2024, month: 5, day: 15))
    #expect(s2 == 86399)
    // Before the epoch; Saigon was UTC+8 then (tzdata), so 16:00Z is local midnight.
    let (d3, s3) = Zone.vietnam.local(unix("1969-12-31T15:59:59Z"))
    #expect(d3 == CivilDate(year: 1969, month: 12, day: 31))
    #expect(s3 == 86399)
    #expect(Zone.vietnam.shortTime(unix("2024-11-24T01:00:00Z")) == "08:00 24/11")
}

@Test(
    "instant and local are inverse for every hour of a DST year",
    arguments: ["Europe/Berlin", "America/New_York", "Asia/Ho_Chi_Minh", "Australia/Lord_Howe"])
func instantAndLocalAgree(_ name: String) throws {
    let zone = try #require(Zone(identifier: name))
    var t = unix("2024-01-01T00:00:00Z")
    let end = unix("2025-01-01T00:00:00Z")
    while t < end {
        let (d, s) = zone.local(t)
        let back = zone.instant(d, hour: s / 3600, minute: (s / 60) % 60, second: s % 60)
        // In an overlap both instants map to one wall time: the earlier is returned.
        #expect(back <= t && t - back <= 3600, "\(name) at \(t)")
        if back != t { #expect(zone.local(back).date == d && zone.local(back).secondOfDay == s, "\(name) at \(t)") }
        t += 1800
    }
}

@Test func santiagoChangesClocksAtMidnight() throws {
    // Chile moves its clocks at local midnight: a day deadline must still end when the day does.
    let santiago = try #require(Zone(identifier: "America/Santiago"))
    // 7 September 2024 ends at 24:00 -04, when clocks jump to 01:00 -03: 04:00Z.
    let spring = Deadline(DueSpec(kind: .day, date: CivilDate(year: 2024, month: 9, day: 7)), in: santiago)
    #expect(spring.overdueAt == unix("2024-09-08T04:00:00Z"))
    #expect(santiago.iso8601(spring.shownAt) == "2024-09-07T23:59:59-04:00")
    // 6 April 2024 has 25 hours (23:00-24:00 twice); it ends at the second midnight, 04:00Z.
    let autumn = Deadline(DueSpec(kind: .day, date: CivilDate(year: 2024, month: 4, day: 6)), in: santiago)
    #expect(autumn.overdueAt == unix("2024-04-07T04:00:00Z"))
    #expect(santiago.iso8601(autumn.shownAt) == "2024-04-06T23:59:59-04:00")
}

@Test(arguments: ["Asia/Ho_Chi_Minh", "Asia/Tokyo", "UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"])
func zoneOffsetsAgreeWithTheTimeZoneDatabase(_ id: String) throws {
    // The zone answers offsets after its last transition itself: check it against Foundation
    // across 1970-2100, including the hours around 13/6/1975 when Saigon moved to UTC+7.
    let zone = try #require(Zone(identifier: id))
    let tz = try #require(TimeZone(identifier: id))
    var instants: [Int64] = stride(from: Int64(0), to: 4_102_444_800, by: 86_400 * 7 + 3_607).map { $0 }
    instants += (-48...48).map { Int64(171_820_800) + Int64($0) * 1800 }
    for t in instants {
        #expect(
            zone.offset(at: t) == tz.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(t))), "\(id) at \(t)")
    }
}
