import Foundation
import Testing

@testable import DeadlinedCore

private func ymd(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d) }

/// Tết (lunar 1/1) in Vietnam. 2030 is 2/2/2030 in Vietnam: that month's new moon is at
/// 23:07 UTC+7 on 2/2 and 00:07 UTC+8 on 3/2, which is why China's Tết is 3/2/2030.
/// 1968 (29/1 in the North, the Tết Mậu Thân of the offensive), 1985 and 2007 are the known
/// years in which Vietnam's Tết differs from China's.
private let vietnameseTet: [(Int, CivilDate)] = [
    (1968, ymd(1968, 1, 29)),
    (1985, ymd(1985, 1, 21)),
    (2000, ymd(2000, 2, 5)),
    (2007, ymd(2007, 2, 17)),
    (2019, ymd(2019, 2, 5)),
    (2020, ymd(2020, 1, 25)),
    (2021, ymd(2021, 2, 12)),
    (2022, ymd(2022, 2, 1)),
    (2023, ymd(2023, 1, 22)),
    (2024, ymd(2024, 2, 10)),
    (2025, ymd(2025, 1, 29)),
    (2026, ymd(2026, 2, 17)),
    (2027, ymd(2027, 2, 6)),
    (2028, ymd(2028, 1, 26)),
    (2029, ymd(2029, 2, 13)),
    (2030, ymd(2030, 2, 2)),
    (2033, ymd(2033, 1, 31)),
]

@Test("Tết in Vietnam", arguments: vietnameseTet)
func tetInVietnam(_ year: Int, _ expected: CivilDate) {
    #expect(LunarCalendar.tet(year) == expected)
    #expect(LunarCalendar.lunar(from: expected) == LunarDate(year: year, month: 1, day: 1))
    // The day before is the last day of the previous lunar year, month 12, day 29 or 30.
    let eve = LunarCalendar.lunar(from: expected.adding(days: -1))
    #expect(eve?.year == year - 1 && eve?.month == 12 && (eve?.day == 29 || eve?.day == 30))
}

/// The same years at UTC+8 (China): the differences come from the zone alone.
private let chineseTet: [(Int, CivilDate)] = [
    (1968, ymd(1968, 1, 30)),
    (1985, ymd(1985, 2, 20)),
    (2007, ymd(2007, 2, 18)),
    (2024, ymd(2024, 2, 10)),
    (2030, ymd(2030, 2, 3)),
]

@Test("Tết at UTC+8 (regression: the zone is what differs)", arguments: chineseTet)
func tetAtUTCPlus8(_ year: Int, _ expected: CivilDate) {
    #expect(LunarCalendar.solar(from: LunarDate(year: year, month: 1, day: 1), offsetHours: 8) == expected)
}

/// 1968, 1985, 2007 and 2030 are the differences usually cited; 1969 (16/2 vs 17/2) and 2053
/// are what the algorithm gives besides (kept as regression values).
@Test func tetDiffersFromChinaInExactlyTheseYears() {
    let differing = (1968...2060).filter { y in
        LunarCalendar.tet(y) != LunarCalendar.solar(from: LunarDate(year: y, month: 1, day: 1), offsetHours: 8)
    }
    #expect(differing == [1968, 1969, 1985, 2007, 2030, 2053])
}

@Test(
    "Giỗ Tổ Hùng Vương, 10/3 lunar",
    arguments: [
        (2019, ymd(2019, 4, 14)),
        (2020, ymd(2020, 4, 2)),
        (2021, ymd(2021, 4, 21)),
        (2022, ymd(2022, 4, 10)),
        (2023, ymd(2023, 4, 29)),
        (2024, ymd(2024, 4, 18)),
        (2025, ymd(2025, 4, 7)),
        (2026, ymd(2026, 4, 26)),
    ])
func hungKingsDay(_ year: Int, _ expected: CivilDate) {
    #expect(LunarCalendar.solar(from: LunarDate(year: year, month: 3, day: 10)) == expected)
    #expect(LunarCalendar.lunar(from: expected) == LunarDate(year: year, month: 3, day: 10))
}

@Test(
    "leap months (tháng nhuận)",
    arguments: [
        (2001, 4), (2004, 2), (2006, 7), (2009, 5), (2012, 4), (2014, 9), (2017, 6), (2020, 4),
        (2023, 2), (2025, 6), (2028, 5), (2031, 3), (2033, 11), (2036, 6),
        (2021, 0), (2022, 0), (2024, 0), (2026, 0), (2027, 0), (2029, 0), (2030, 0),
    ])
func leapMonths(_ year: Int, _ leap: Int) {
    #expect(LunarCalendar.leapMonth(ofLunarYear: year) == (leap == 0 ? nil : leap))
    // A year with a leap month has 383-385 days, one without 353-355.
    if let a = LunarCalendar.tet(year), let b = LunarCalendar.tet(year + 1) {
        let length = b.dayNumber - a.dayNumber
        #expect(leap == 0 ? (353...355).contains(length) : (383...385).contains(length))
    }
}

@Test(
    "lunar dates around leap months and year ends",
    arguments: [
        // 2023: month 2 from 20/2, leap month 2 from 22/3, month 3 from 20/4.
        (ymd(2023, 2, 20), LunarDate(year: 2023, month: 2, day: 1)),
        (ymd(2023, 3, 21), LunarDate(year: 2023, month: 2, day: 30)),
        (ymd(2023, 3, 22), LunarDate(year: 2023, month: 2, day: 1, isLeapMonth: true)),
        (ymd(2023, 4, 20), LunarDate(year: 2023, month: 3, day: 1)),
        // 2025: month 6 from 25/6, leap month 6 from 25/7, month 7 from 23/8.
        (ymd(2025, 6, 25), LunarDate(year: 2025, month: 6, day: 1)),
        (ymd(2025, 7, 25), LunarDate(year: 2025, month: 6, day: 1, isLeapMonth: true)),
        (ymd(2025, 8, 23), LunarDate(year: 2025, month: 7, day: 1)),
        // Gregorian year ends fall in lunar month 11 or 12 of the lunar year begun that January/February.
        (ymd(2024, 12, 31), LunarDate(year: 2024, month: 12, day: 1)),
        (ymd(2025, 1, 1), LunarDate(year: 2024, month: 12, day: 2)),
        (ymd(2024, 2, 9), LunarDate(year: 2023, month: 12, day: 30)),
        (ymd(2023, 12, 31), LunarDate(year: 2023, month: 11, day: 19)),
        (ymd(1999, 12, 31), LunarDate(year: 1999, month: 11, day: 24)),
        (ymd(2000, 1, 1), LunarDate(year: 1999, month: 11, day: 25)),
    ])
func lunarDates(_ solar: CivilDate, _ lunar: LunarDate) {
    #expect(LunarCalendar.lunar(from: solar) == lunar)
    #expect(LunarCalendar.solar(from: lunar) == solar)
}

@Test func daysThatDoNotExist() {
    // 2024 has no leap month; 2023's is month 2, not 3.
    #expect(LunarCalendar.solar(from: LunarDate(year: 2024, month: 2, day: 1, isLeapMonth: true)) == nil)
    #expect(LunarCalendar.solar(from: LunarDate(year: 2023, month: 3, day: 1, isLeapMonth: true)) == nil)
    #expect(LunarCalendar.solar(from: LunarDate(year: 2024, month: 13, day: 1)) == nil)
    #expect(LunarCalendar.solar(from: LunarDate(year: 2024, month: 0, day: 1)) == nil)
    #expect(LunarCalendar.solar(from: LunarDate(year: 2024, month: 1, day: 31)) == nil)
    #expect(LunarCalendar.solar(from: LunarDate(year: 2024, month: 1, day: 0)) == nil)
    // Day 30 exists exactly in the 30-day months.
    for year in [2023, 2024, 2025] {
        var total = 0
        for month in 1...12 {
            for leap in [false, true] {
                guard let length = LunarCalendar.monthLength(year: year, month: month, isLeapMonth: leap) else {
                    #expect(leap, "every ordinary month exists: \(month)/\(year)")
                    continue
                }
                total += length
                let thirtieth = LunarCalendar.solar(
                    from: LunarDate(year: year, month: month, day: 30, isLeapMonth: leap))
                #expect((thirtieth != nil) == (length == 30), "\(month)/\(year)")
            }
        }
        if let a = LunarCalendar.tet(year), let b = LunarCalendar.tet(year + 1) {
            #expect(total == b.dayNumber - a.dayNumber)
        }
    }
    // Outside the supported range: nil, no crash.
    #expect(LunarCalendar.lunar(from: ymd(1799, 12, 31)) == nil)
    #expect(LunarCalendar.lunar(from: ymd(9999, 12, 31)) == nil)
    #expect(LunarCalendar.solar(from: LunarDate(year: 2300, month: 1, day: 1)) == nil)
    #expect(LunarCalendar.tet(Int.min) == nil)
}

@Test func everyDayFrom1900To2199RoundTripsAndMonthsAre29Or30Days() {
    let start = ymd(1900, 1, 1).dayNumber
    let end = ymd(2199, 12, 31).dayNumber
    var failures: [String] = []
    var previous: LunarDate?
    var monthLength = 0
    for n in start...end {
        let d = CivilDate(dayNumber: n)
        guard let l = LunarCalendar.lunar(from: d) else {
            failures.append("no lunar date for \(d)")
            continue
        }
        if LunarCalendar.solar(from: l) != d { failures.append("\(d) -> \(l) does not round-trip") }
        if let p = previous {
            if l.day == 1 {
                if !(29...30).contains(monthLength) {
                    failures.append("month ending \(d.adding(days: -1)) has \(monthLength) days")
                }
                monthLength = 1
            } else {
                if l.day != p.day + 1 || l.month != p.month || l.year != p.year || l.isLeapMonth != p.isLeapMonth {
                    failures.append("\(d): \(p) then \(l)")
                }
                monthLength += 1
            }
        } else {
            monthLength = l.day
        }
        previous = l
        if failures.count > 10 { break }
    }
    #expect(failures.isEmpty, "\(failures)")
}

/// Independent check of the implementation: at UTC+8 the same rules give the Chinese calendar,
/// which Foundation computes with ICU's own astronomy. They agree on every day from 1900 to 2056;
/// from 2057 they differ on a few months whose new moon falls minutes from midnight, where
/// either approximation can be off.
@Test func atUTCPlus8TheAlgorithmMatchesFoundationsChineseCalendar() throws {
    var chinese = Calendar(identifier: .chinese)
    let beijing = try #require(TimeZone(secondsFromGMT: 8 * 3600))
    chinese.timeZone = beijing
    var gregorian = Calendar(identifier: .gregorian)
    gregorian.timeZone = beijing
    var mismatches: [String] = []
    // Every 3rd day covers every month start and end many times over, at a third of the cost.
    for n in stride(from: ymd(1900, 1, 1).dayNumber, through: ymd(2056, 12, 31).dayNumber, by: 3) {
        let d = CivilDate(dayNumber: n)
        guard let date = gregorian.date(from: DateComponents(year: d.year, month: d.month, day: d.day, hour: 12)),
            let mine = LunarCalendar.lunar(from: d, offsetHours: 8)
        else {
            mismatches.append("no conversion for \(d)")
            continue
        }
        let c = chinese.dateComponents([.month, .day, .isLeapMonth], from: date)
        if c.month != mine.month || c.day != mine.day || (c.isLeapMonth ?? false) != mine.isLeapMonth {
            mismatches.append("\(d): \(mine) vs \(c.month ?? 0)/\(c.day ?? 0)\(c.isLeapMonth == true ? " leap" : "")")
        }
        if mismatches.count > 10 { break }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
}

@Test(
    "can chi of lunar years",
    arguments: [
        (1985, "Ất Sửu"), (2020, "Canh Tý"), (2023, "Quý Mão"), (2024, "Giáp Thìn"), (2025, "Ất Tỵ"),
        (2026, "Bính Ngọ"), (2030, "Canh Tuất"), (1900, "Canh Tý"),
    ])
func canChi(_ year: Int, _ name: String) {
    #expect(LunarCalendar.canChi(year) == name)
}
