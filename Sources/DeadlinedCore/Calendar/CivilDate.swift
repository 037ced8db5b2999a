import Foundation

/// A day in the proleptic Gregorian calendar, with no time zone attached.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Stored narrow: a deadline (and so every item) carries several dates.
    private var y: Int32
    private var m: UInt8
    private var d: UInt8

    public var year: Int {
        get { Int(y) }
        set { y = Int32(clamping: newValue) }
    }
    public var month: Int {
        get { Int(m) }
        set { m = UInt8(clamping: newValue) }
    }
    public var day: Int {
        get { Int(d) }
        set { d = UInt8(clamping: newValue) }
    }

    public init(year: Int, month: Int, day: Int) {
        self.y = Int32(clamping: year)
        self.m = UInt8(clamping: month)
        self.d = UInt8(clamping: day)
    }

    /// Builds a date only when the day exists (no 31/2, no 29/2 outside leap years).
    public static func valid(year: Int, month: Int, day: Int) -> CivilDate? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeap(year) ? 29 : 28
        default: return 0
        }
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Monday = 1 ... Sunday = 7 (ISO 8601).
    public var isoWeekday: Int {
        let w = (dayNumber % 7 + 7 + 3) % 7  // 1970-01-01 was a Thursday
        return w + 1
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.y, a.m, a.d) < (b.y, b.m, b.d)
    }

    /// Vietnamese order, no padding: `15/5/2024`.
    public var description: String { "\(day)/\(month)/\(year)" }

    /// ISO 8601: `2024-05-15`.
    public var iso: String { digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2) }
}

/// A time zone reduced to what deadlined needs: the offset from UTC at an instant.
public struct Zone: Sendable, Equatable {
    public let identifier: String
    private let tz: TimeZone
    /// From this instant on the zone has one offset (`fixedOffset`), no transition left in its
    /// rules (Asia/Ho_Chi_Minh since 1975); nil for zones that keep changing (daylight saving).
    /// Offsets from then on are answered without asking the time-zone database, which made
    /// placing thousands of deadlines slow.
    private let fixedSince: Int64?
    private let fixedOffset: Int

    public init?(identifier: String) {
        guard let tz = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        self.tz = tz
        (fixedSince, fixedOffset) = Zone.fixedTail(tz)
    }

    /// The last transition of a zone (Int64.min for none) and the offset after it, when the
    /// zone's rules end; nil when transitions go on (more than 64 after 1970).
    static func fixedTail(_ tz: TimeZone) -> (Int64?, Int) {
        var from = Date(timeIntervalSince1970: 0)
        var last: Date?
        for _ in 0..<64 {
            guard let t = tz.nextDaylightSavingTimeTransition(after: from) else {
                let since = last.map { Int64($0.timeIntervalSince1970.rounded(.up)) } ?? Int64.min
                let probe = last.map { $0.addingTimeInterval(86400) } ?? from
                return (since, tz.secondsFromGMT(for: probe))
            }
            last = t
            from = t
        }
        return (nil, 0)
    }

    public static let vietnam: Zone = Zone(fixedIdentifier: "Asia/Ho_Chi_Minh", seconds: 7 * 3600)

    private init(fixedIdentifier: String, seconds: Int) {
        self.identifier = fixedIdentifier
        let tz = TimeZone(identifier: fixedIdentifier) ?? TimeZone(secondsFromGMT: seconds) ?? TimeZone.current
        self.tz = tz
        (fixedSince, fixedOffset) = Zone.fixedTail(tz)
    }

    public static func == (a: Zone, b: Zone) -> Bool { a.identifier == b.identifier }

    /// Seconds east of UTC at the given Unix time.
    public func offset(at unix: Int64) -> Int {
        if let since = fixedSince, unix >= since { return fixedOffset }
        return tz.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(unix)))
    }

    /// The instant of a local wall-clock time. In a gap (spring forward) the later offset wins,
    /// in an overlap (fall back) the earlier instant.
    public func instant(_ date: CivilDate, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Int64 {
        let local = Int64(date.dayNumber) * 86400 + Int64(hour * 3600 + minute * 60 + second)
        let before = Int64(offset(at: local - 86400))
        let after = Int64(offset(at: local + 86400))
        var best: Int64?
        for o in before == after ? [before] : [before, after] where Int64(offset(at: local - o)) == o {
            best = min(best ?? Int64.max, local - o)
        }
        // No candidate: the wall time falls in a spring-forward gap; move forward by the gap.
        return best ?? local - before
    }

    /// The local day and seconds since local midnight of an instant.
    public func local(_ unix: Int64) -> (date: CivilDate, secondOfDay: Int) {
        let l = unix + Int64(offset(at: unix))
        let days = l >= 0 ? l / 86400 : (l - 86399) / 86400
        return (CivilDate(dayNumber: Int(days)), Int(l - days * 86400))
    }

    /// ISO 8601 with the local offset: `2024-05-15T23:59:59+07:00`.
    public func iso8601(_ unix: Int64) -> String {
        let off = offset(at: unix)
        let (d, s) = local(unix)
        let sign = off < 0 ? "-" : "+"
        let a = abs(off)
        return d.iso + "T" + digits(s / 3600, 2) + ":" + digits(s / 60 % 60, 2) + ":" + digits(s % 60, 2) + sign
            + digits(a / 3600, 2) + ":" + digits(a / 60 % 60, 2)
    }

    /// `08:00 24/11` style, for one-line status texts.
    public func shortTime(_ unix: Int64) -> String {
        let (d, s) = local(unix)
        return String(format: "%02d:%02d %d/%d", s / 3600, (s / 60) % 60, d.day, d.month)
    }
}

/// `n` in decimal, zero-padded to `width` (String(format:) is slow on Linux).
func digits(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
