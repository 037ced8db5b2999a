extension ICalendarWriter {
    /// One item as an all-day VEVENT on its due day (DTSTART;VALUE=DATE, DTEND the next day),
    /// with one VALARM per `settings.remind_before` offset while the work is neither done nor
    /// cancelled (a cancelled one is STATUS:CANCELLED). An item
    /// without a deadline (ongoing work) has no day to show and is left out.
    ///
    /// A timed deadline is shown on its day too (its time is in DESCRIPTION): the alarms then
    /// count back from the start of that day, as the daemon's do for a day deadline.
    func writeEvent(_ item: Item, _ config: Config, stamp: String, line: (String) -> Void) {
        guard let d = item.deadline else { return }
        let day = d.spec.date
        line("BEGIN:VEVENT")
        identify(item, config, stamp: stamp, line: line)
        line("DTSTART;VALUE=DATE:" + ICalendarWriter.basic(day))
        if day.year < 9999 || day.month < 12 || day.day < 31 {
            line("DTEND;VALUE=DATE:" + ICalendarWriter.basic(CivilDate(dayNumber: day.dayNumber + 1)))
        } else {
            // 10000-01-01 has no four-digit form: the same one day, said as a duration.
            line("DURATION:P1D")
        }
        // A deadline takes no time out of anyone's day.
        line("TRANSP:TRANSPARENT")
        if item.status == .cancelled { line("STATUS:CANCELLED") }
        if item.status != .done && item.status != .cancelled {
            let what = ICalendarWriter.escape(Text.oneLine(item.agency) + " — " + Text.oneLine(item.task))
            for offset in config.settings.remindBefore {
                line("BEGIN:VALARM")
                line("ACTION:DISPLAY")
                line("TRIGGER:" + ICalendarWriter.trigger(offset))
                line("DESCRIPTION:" + ICalendarWriter.escape(ICalendarWriter.ahead(offset)) + ": " + what)
                line("END:VALARM")
            }
        }
        line("END:VEVENT")
    }

    /// A DATE value: `20240515`.
    static func basic(_ c: CivilDate) -> String { digits(c.year, 4) + digits(c.month, 2) + digits(c.day, 2) }

    /// The alarm's trigger, `offset` seconds before the event's start: `-P7D`, `-PT3H`,
    /// `-P1DT12H`; `PT0S` for no offset (RFC 5545 3.3.6 dur-value).
    static func trigger(_ offset: Int64) -> String {
        guard offset > 0 else { return "PT0S" }
        let days = offset / 86400, rest = offset % 86400
        var s = "-P"
        if days > 0 { s += "\(days)D" }
        if rest > 0 {
            s += "T"
            if rest >= 3600 { s += "\(rest / 3600)H" }
            if rest % 3600 >= 60 { s += "\(rest % 3600 / 60)M" }
            if rest % 60 > 0 { s += "\(rest % 60)S" }
        }
        return s
    }

    /// What an alarm says of its offset: `Còn 7 ngày đến hạn`, `Còn 1 ngày 12 giờ đến hạn`,
    /// `Đến hạn hôm nay` for no offset.
    static func ahead(_ offset: Int64) -> String {
        guard offset > 0 else { return "Đến hạn hôm nay" }
        var parts: [String] = []
        if offset / 86400 > 0 { parts.append("\(offset / 86400) ngày") }
        if offset % 86400 / 3600 > 0 { parts.append("\(offset % 86400 / 3600) giờ") }
        if offset % 3600 / 60 > 0 { parts.append("\(offset % 3600 / 60) phút") }
        if parts.isEmpty { parts.append("\(offset) giây") }
        return "Còn " + parts.joined(separator: " ") + " đến hạn"
    }
}
