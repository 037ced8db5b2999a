import Foundation

/// A day of the Vietnamese lunisolar calendar (âm lịch).
///
/// `year` is the Gregorian year in which the lunar year starts (Tết): lunar 1/1 of year 2024 is
/// 10/2/2024 and lunar 30/12 of year 2023 (Quý Mão) is 9/2/2024. `isLeapMonth` marks the
/// intercalary month (tháng nhuận), which repeats the number of the month before it.
public struct LunarDate: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var isLeapMonth: Bool

    public init(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }

    /// `10/3/2024 âm lịch`, `15/2 nhuận/2023 âm lịch`.
    public var description: String { "\(day)/\(month)\(isLeapMonth ? " nhuận" : "")/\(year) âm lịch" }
}

/// The Vietnamese lunar calendar, computed for UTC+7 with Hồ Ngọc Đức's algorithm
/// ("Thuật toán tính âm lịch", https://www.informatik.uni-leipzig.de/~duc/amlich/): new moons
/// after Jean Meeus (Astronomical Algorithms, ch. 49, truncated series) and the sun's longitude
/// (ch. 25, low precision), both as Julian day numbers; a month starts on the local day of its
/// new moon; month 11 is the month holding the winter solstice; a lunar year with 13 months
/// (13 new moons from one month 11 to the next) has as leap month the first month after
/// month 11 holding no major solar term (trung khí).
///
/// The Chinese calendar follows the same rules for UTC+8, which is why Foundation's
/// `Calendar(identifier: .chinese)` is not used: a new moon between 16:00 and 17:00 UTC falls
/// on different days in Hanoi and Beijing, so months, and sometimes Tết, differ (Tết 1985,
/// 2007, 2030). The algorithm takes the zone as a parameter so tests can check it at UTC+8
/// against that independent implementation.
///
/// Pure arithmetic, no I/O. Years outside `supportedYears` answer nil: the truncated series
/// and the ΔT polynomial are meant for the twentieth and twenty-first centuries and are kept
/// to a range around them (checked by tests for 1900-2199).
///
/// Limits worth knowing:
/// - Before 1968 Vietnam's almanacs used UTC+8; dates before then are the UTC+7 calendar
///   projected back, not necessarily what was printed at the time.
/// - A month whose new moon falls within a few minutes of local midnight depends on the
///   precision of the series (and, in the future, on ΔT). Between 2000 and 2199 this touches
///   Giỗ Tổ 2086 (22/4; the new moon is 4.7 min before midnight on 13/4/2086) and Tết 2175 and 2199 (2 min
///   after midnight); no holiday before 2086.
public enum LunarCalendar {
    /// Vietnam's offset from UTC, in hours, since 1/1/1968 (and for this calendar in every year).
    public static let vietnamOffsetHours: Double = 7

    /// Gregorian years for which conversions are answered.
    public static let supportedYears: ClosedRange<Int> = 1800...2299

    /// The lunar date of a Gregorian day, in Vietnam (UTC+7).
    public static func lunar(from date: CivilDate) -> LunarDate? {
        lunar(from: date, offsetHours: vietnamOffsetHours)
    }

    /// The Gregorian day of a lunar date, in Vietnam (UTC+7); nil when there is no such day
    /// (a leap flag on a month that is not leap that year, day 30 of a 29-day month, month 13).
    public static func solar(from lunar: LunarDate) -> CivilDate? {
        solar(from: lunar, offsetHours: vietnamOffsetHours)
    }

    /// Tết Nguyên đán: lunar 1/1 of the lunar year that starts in Gregorian `year`.
    public static func tet(_ year: Int) -> CivilDate? {
        solar(from: LunarDate(year: year, month: 1, day: 1))
    }

    /// The leap month of the lunar year starting in Gregorian `year` (its number: 2 means the
    /// leap month follows month 2), or nil when that year has none or is out of range.
    public static func leapMonth(ofLunarYear year: Int) -> Int? {
        leapMonth(ofLunarYear: year, offsetHours: vietnamOffsetHours)
    }

    /// The number of days (29 or 30) of a lunar month, or nil when there is no such month.
    public static func monthLength(year: Int, month: Int, isLeapMonth: Bool = false) -> Int? {
        guard let first = solar(from: LunarDate(year: year, month: month, day: 1, isLeapMonth: isLeapMonth)) else {
            return nil
        }
        let thirtieth = first.adding(days: 29)
        guard let l = lunar(from: thirtieth) else { return nil }
        return l.day == 30 ? 30 : 29
    }

    /// The sexagenary name of a lunar year: `Giáp Thìn` for 2024.
    public static func canChi(_ year: Int) -> String {
        let can = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
        let chi = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]
        return "\(can[((year + 6) % 10 + 10) % 10]) \(chi[((year + 8) % 12 + 12) % 12])"
    }

    /// The Vietnamese name of a lunar month: `tháng Giêng`, `tháng 2`, ..., `tháng Một`, `tháng Chạp`.
    public static func monthName(_ month: Int, isLeapMonth: Bool = false) -> String {
        let base: String
        switch month {
        case 1: base = "tháng Giêng"
        case 11: base = "tháng Một"
        case 12: base = "tháng Chạp"
        default: base = "tháng \(month)"
        }
        return isLeapMonth ? "\(base) nhuận" : base
    }

    // MARK: - The algorithm, for any zone offset

    /// Julian day number of 1970-01-01 (CivilDate.dayNumber 0).
    static let julianDayOf1970 = 2_440_588

    static func julianDay(_ date: CivilDate) -> Int { date.dayNumber + julianDayOf1970 }
    static func civilDate(julianDay jd: Int) -> CivilDate { CivilDate(dayNumber: jd - julianDayOf1970) }

    static func lunar(from date: CivilDate, offsetHours tz: Double) -> LunarDate? {
        guard supportedYears.contains(date.year) else { return nil }
        let dayNumber = julianDay(date)
        // The estimate of k can be one off when a new moon falls minutes from local midnight
        // (the published algorithm then answers day 0, e.g. for 7/5/2054): settle it exactly.
        var k = floor((Double(dayNumber) - 2_415_021.076998695) / 29.530588853)
        while newMoonDay(k, tz) > dayNumber { k -= 1 }
        while newMoonDay(k + 1, tz) <= dayNumber { k += 1 }
        let monthStart = newMoonDay(k, tz)
        var a11 = lunarMonth11(date.year, tz)
        var b11 = a11
        var lunarYear: Int
        if a11 >= monthStart {
            lunarYear = date.year
            a11 = lunarMonth11(date.year - 1, tz)
        } else {
            lunarYear = date.year + 1
            b11 = lunarMonth11(date.year + 1, tz)
        }
        let lunarDay = dayNumber - monthStart + 1
        let diff = Int(floor(Double(monthStart - a11) / 29))
        var isLeap = false
        var lunarMonth = diff + 11
        if b11 - a11 > 365 {
            let leapDiff = leapMonthOffset(a11, tz)
            if diff >= leapDiff {
                lunarMonth = diff + 10
                if diff == leapDiff { isLeap = true }
            }
        }
        if lunarMonth > 12 { lunarMonth -= 12 }
        if lunarMonth >= 11 && diff < 4 { lunarYear -= 1 }
        return LunarDate(year: lunarYear, month: lunarMonth, day: lunarDay, isLeapMonth: isLeap)
    }

    static func solar(from lunar: LunarDate, offsetHours tz: Double) -> CivilDate? {
        guard supportedYears.contains(lunar.year), (1...12).contains(lunar.month), (1...30).contains(lunar.day) else {
            return nil
        }
        let a11: Int
        let b11: Int
        if lunar.month < 11 {
            a11 = lunarMonth11(lunar.year - 1, tz)
            b11 = lunarMonth11(lunar.year, tz)
        } else {
            a11 = lunarMonth11(lunar.year, tz)
            b11 = lunarMonth11(lunar.year + 1, tz)
        }
        var off = lunar.month - 11
        if off < 0 { off += 12 }
        if b11 - a11 > 365 {
            let leapOff = leapMonthOffset(a11, tz)
            var leapMonth = leapOff - 2
            if leapMonth < 0 { leapMonth += 12 }
            if lunar.isLeapMonth && lunar.month != leapMonth { return nil }
            if lunar.isLeapMonth || off >= leapOff { off += 1 }
        } else if lunar.isLeapMonth {
            return nil
        }
        let k = floor(0.5 + (Double(a11) - 2_415_021.076998695) / 29.530588853)
        let monthStart = newMoonDay(k + Double(off), tz)
        let result = civilDate(julianDay: monthStart + lunar.day - 1)
        // Day 30 of a 29-day month lands on the next month's first day: no such date.
        guard self.lunar(from: result, offsetHours: tz) == lunar else { return nil }
        return result
    }

    static func leapMonth(ofLunarYear year: Int, offsetHours tz: Double) -> Int? {
        guard supportedYears.contains(year) else { return nil }
        // A leap month 1...10 comes from the 13-month span that ends at month 11 of `year`, a
        // leap 11 or 12 (rare: 2033) from the next one; asking for each month covers both.
        return (1...12).first {
            solar(from: LunarDate(year: year, month: $0, day: 1, isLeapMonth: true), offsetHours: tz) != nil
        }
    }

    /// The Julian day (as a fraction) of the k-th new moon after the one of 1900-01-01.
    static func newMoon(_ k: Double) -> Double {
        let t = k / 1236.85
        let t2 = t * t
        let t3 = t2 * t
        let dr = Double.pi / 180
        var jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        jd1 += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
        let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
        let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
        let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
        var c1 = (0.1734 - 0.000393 * t) * sin(m * dr) + 0.0021 * sin(2 * dr * m)
        c1 = c1 - 0.4068 * sin(mpr * dr) + 0.0161 * sin(dr * 2 * mpr)
        c1 = c1 - 0.0004 * sin(dr * 3 * mpr)
        c1 = c1 + 0.0104 * sin(dr * 2 * f) - 0.0051 * sin(dr * (m + mpr))
        c1 = c1 - 0.0074 * sin(dr * (m - mpr)) + 0.0004 * sin(dr * (2 * f + m))
        c1 = c1 - 0.0004 * sin(dr * (2 * f - m)) - 0.0006 * sin(dr * (2 * f + mpr))
        c1 = c1 + 0.0010 * sin(dr * (2 * f - mpr)) + 0.0005 * sin(dr * (2 * mpr + m))
        let deltaT: Double
        if t < -11 {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2
        }
        return jd1 + c1 - deltaT
    }

    /// The sun's apparent longitude in radians, [0, 2π), at Julian day `jdn` (UT).
    static func sunLongitude(_ jdn: Double) -> Double {
        let t = (jdn - 2_451_545.0) / 36525
        let t2 = t * t
        let dr = Double.pi / 180
        let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
        let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m)
        dl += (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m)
        var l = (l0 + dl) * dr
        l -= Double.pi * 2 * floor(l / (Double.pi * 2))
        return l
    }

    /// The local day (Julian day number) of the k-th new moon.
    static func newMoonDay(_ k: Double, _ tz: Double) -> Int {
        Int(floor(newMoon(k) + 0.5 + tz / 24))
    }

    /// Which of the 12 major-term sectors (0...11, 30° each) the sun is in at the start of a local day.
    static func sunSector(_ dayNumber: Int, _ tz: Double) -> Int {
        Int(floor(sunLongitude(Double(dayNumber) - 0.5 - tz / 24) / Double.pi * 6))
    }

    /// The first day of lunar month 11 (the month holding the winter solstice) that starts in Gregorian `year`.
    static func lunarMonth11(_ year: Int, _ tz: Double) -> Int {
        let off = julianDay(CivilDate(year: year, month: 12, day: 31)) - 2_415_021
        let k = floor(Double(off) / 29.530588853)
        var nm = newMoonDay(k, tz)
        if sunSector(nm, tz) >= 9 { nm = newMoonDay(k - 1, tz) }
        return nm
    }

    /// How many months after month 11 (starting at `a11`) the leap month comes: the first month
    /// in which the sun enters no new sector.
    static func leapMonthOffset(_ a11: Int, _ tz: Double) -> Int {
        let k = floor((Double(a11) - 2_415_021.076998695) / 29.530588853 + 0.5)
        var i = 1
        var arc = sunSector(newMoonDay(k + Double(i), tz), tz)
        var last = 0
        repeat {
            last = arc
            i += 1
            arc = sunSector(newMoonDay(k + Double(i), tz), tz)
        } while arc != last && i < 14
        return i - 1
    }
}
