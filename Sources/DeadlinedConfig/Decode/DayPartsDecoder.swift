import DeadlinedCore

/// The settings that say where the parts of a month and of a day end: `early_month_day`,
/// `mid_month_day` (days 1-28, which every month has), `morning_ends`, `afternoon_ends` (HH:MM).
extension FileDecoder {
    func decodeDayPart(_ key: String, _ v: Int) {
        guard let s = text(v, field: key) else { return }
        switch key {
        case "early_month_day", "mid_month_day":
            guard let d = Int(s), DayParts.monthDays.contains(d) else {
                error(loc(v), "'\(key)' must be a day of the month from 1 to 28, found '\(s)'")
                return
            }
            if key == "early_month_day" {
                settings.dayParts.earlyMonthDay = d
            } else {
                settings.dayParts.midMonthDay = d
            }
        default:
            let parts = s.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
                (0...23).contains(h), (0...59).contains(m)
            else {
                error(
                    loc(v),
                    "invalid time for '\(key)': '\(s)'; expected HH:MM such as \(key == "morning_ends" ? "12:00" : "17:00")"
                )
                return
            }
            if key == "morning_ends" {
                settings.dayParts.morningEnds = h * 3600 + m * 60
            } else {
                settings.dayParts.afternoonEnds = h * 3600 + m * 60
            }
        }
    }

    /// The early part of a month ends before its middle, and the morning before the afternoon.
    func checkDayParts(_ at: SourceLocation) {
        let p = settings.dayParts
        if p.earlyMonthDay >= p.midMonthDay {
            error(
                at,
                "'early_month_day' (\(p.earlyMonthDay)) must come before 'mid_month_day' (\(p.midMonthDay))")
        }
        if p.morningEnds >= p.afternoonEnds {
            error(at, "'morning_ends' must be earlier than 'afternoon_ends'")
        }
    }
}
