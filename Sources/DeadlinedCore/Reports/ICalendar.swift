/// Writes tracked items as iCalendar (RFC 5545), one VTODO per item or one all-day VEVENT per
/// item with a deadline, so deadlines show in calendar applications. Pure: `now` (for DTSTAMP) is an argument.
public struct ICalendarWriter: Sendable {
    public var zone: Zone

    public init(zone: Zone) { self.zone = zone }

    /// What each item becomes: a to-do (VTODO, the default) or an all-day event with alarms
    /// (VEVENT + VALARM), which Google Calendar and Outlook import where they skip to-dos.
    public enum Component: String, Sendable, CaseIterable {
        case todo, event
    }

    public func write(_ config: Config, now: Int64, component: Component = .todo) -> String {
        var out = ""
        func line(_ s: String) { out += ICalendarWriter.fold(s) + "\r\n" }
        line("BEGIN:VCALENDAR")
        line("VERSION:2.0")
        line("PRODID:-//deadlined//deadlined//VI")
        line("CALSCALE:GREGORIAN")
        line("X-WR-CALNAME:deadlined")
        let stamp = ICalendarWriter.utc(now)
        if component == .event {
            for item in config.items { writeEvent(item, config, stamp: stamp, line: line) }
            line("END:VCALENDAR")
            return out
        }
        for item in config.items {
            line("BEGIN:VTODO")
            identify(item, config, stamp: stamp, line: line)
            if let d = item.deadline {
                if d.spec.kind == .time {
                    line("DUE:" + ICalendarWriter.utc(d.overdueAt))
                } else {
                    // A day deadline is a whole day: a DATE value, in no time zone.
                    let c = d.spec.date
                    line("DUE;VALUE=DATE:" + digits(c.year, 4) + digits(c.month, 2) + digits(c.day, 2))
                }
            }
            switch item.status {
            case .done:
                line("STATUS:COMPLETED")
                if let c = item.completed { line("COMPLETED:" + ICalendarWriter.utc(c)) }
            case .inProgress, .ongoing: line("STATUS:IN-PROCESS")
            case .notStarted: line("STATUS:NEEDS-ACTION")
            case .cancelled: line("STATUS:CANCELLED")
            }
            line("END:VTODO")
        }
        line("END:VCALENDAR")
        return out
    }

    /// The lines a to-do and an event share: UID, DTSTAMP, SUMMARY, DESCRIPTION, CATEGORIES.
    func identify(_ item: Item, _ config: Config, stamp: String, line: (String) -> Void) {
        let directive = config.directive(of: item)
        line("UID:" + ICalendarWriter.escape(item.id) + "@deadlined")
        line("DTSTAMP:" + stamp)
        line("SUMMARY:" + ICalendarWriter.escape(Text.oneLine(item.agency) + " — " + Text.oneLine(item.task)))
        var description: [String] = []
        if let d = directive {
            description.append([d.reference, d.title].compactMap { $0 }.joined(separator: ": "))
        }
        if let t = item.dueText { description.append("Hạn: " + t) }
        if let o = item.owner { description.append("Phụ trách: " + o) }
        if let n = item.note { description.append(n) }
        description.append("deadlined: " + item.id + " (" + item.source.description + ")")
        line("DESCRIPTION:" + ICalendarWriter.escape(description.filter { !$0.isEmpty }.joined(separator: "\n")))
        line("CATEGORIES:" + ICalendarWriter.escape(item.agency))
    }

    /// `20240515T100000Z`. RFC 5545 years have four digits: an instant past 9999 in UTC (a
    /// time late on 31/12/9999 west of Greenwich) is written as the last second of 9999.
    static func utc(_ unix: Int64) -> String {
        let last: Int64 = 253_402_300_799  // 9999-12-31T23:59:59Z
        let unix = Swift.min(unix, last)
        let days = unix >= 0 ? unix / 86400 : (unix - 86399) / 86400
        let d = CivilDate(dayNumber: Int(days))
        let s = Int(unix - days * 86400)
        return digits(d.year, 4) + digits(d.month, 2) + digits(d.day, 2) + "T" + digits(s / 3600, 2)
            + digits(s / 60 % 60, 2)
            + digits(s % 60, 2) + "Z"
    }

    /// TEXT escaping: backslash, semicolon, comma and newline; other controls dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default:
                if u.value < 0x20 || u.value == 0x7F { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Folds a content line at 75 octets, never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        for ch in line.unicodeScalars {
            let n = String(ch).utf8.count
            if octets + n > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(ch)
            octets += n
        }
        return out
    }
}
