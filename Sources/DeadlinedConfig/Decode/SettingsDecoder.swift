import DeadlinedCore

/// The `settings:` section of the main file: time zone, language, reminder timing, alert
/// budget and the holidays the config adds or takes away.
extension FileDecoder {
    // One short case per settings key: the switch reads best whole, at a little over 60 lines.
    func decodeSettings(_ i: Int) {
        sawSettings = true
        guard let entries = mapping(i, what: "settings", allowed: Keys.settings) else { return }
        for e in entries {
            let v = e.value
            switch e.key {
            case "timezone":
                guard let name = text(v, field: "timezone") else { continue }
                if let z = Zone(identifier: name) {
                    settings.zone = z
                } else {
                    error(loc(v), "unknown time zone '\(name)'; use an IANA name such as Asia/Ho_Chi_Minh")
                }
            case "language":
                guard let name = text(v, field: "language") else { continue }
                if let l = Language(rawValue: Text.fold(name)) {
                    settings.language = l
                } else {
                    error(loc(v), "unknown language '\(name)'; expected vi or en")
                }
            case "remind_before":
                settings.remindBefore = remindBefore(v)
            case "repeat_overdue":
                if let d = duration(v, field: "repeat_overdue") {
                    if d < 60 {
                        error(loc(v), "'repeat_overdue' must be at least 1m")
                    } else {
                        settings.repeatOverdue = d
                    }
                }
            case "escalate_after":
                if let d = duration(v, field: "escalate_after") { settings.escalateAfter = d }
            case "digest_at":
                if let s = digestAt(v) { settings.digestAt = s }
            case "watch":
                if let b = bool(v, field: "watch") { settings.watch = b }
            case "alert_budget":
                let r = tape.resolved(v)
                if tape[r].kind == .scalar, let k = Int(tape.value(r)), k > 0 {
                    settings.alertBudget = k
                } else {
                    error(loc(v), "'alert_budget' must be a whole number above zero")
                }
            case "alert_window":
                if let d = duration(v, field: "alert_window") { settings.alertWindow = d }
            case "roll_to_working_day":
                if let b = bool(v, field: "roll_to_working_day") { settings.rollToWorkingDay = b }
            case "done_when_target":
                if let b = bool(v, field: "done_when_target") { settings.doneWhenTarget = b }
            case "holidays":
                decodeHolidays(v)
            case "early_month_day", "mid_month_day", "morning_ends", "afternoon_ends":
                decodeDayPart(e.key, v)
            case "strict_agencies":
                if let b = bool(v, field: "strict_agencies") { settings.strictAgencies = b }
            case "report_against":
                guard let name = text(v, field: "report_against") else { continue }
                if let b = ReportBasis(rawValue: Text.fold(name)) {
                    settings.reportAgainst = b
                } else {
                    error(loc(v), "unknown value '\(name)' for 'report_against'; expected original or extended")
                }
            case "report_title":
                if let t = reportTitle(v) { settings.reportTitle = t }
            case "office":
                if let o = officeName(v) { settings.office = o }
            default:
                break
            }
        }
        checkDayParts(loc(i))
    }

    /// `report_title`: one line of text, at most 200 characters, without its outer spaces.
    private func reportTitle(_ v: Int) -> String? {
        guard let t = text(v, field: "report_title") else { return nil }
        let trimmed = String(t.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        // `text` has refused blank text already.
        if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            error(loc(v), "'report_title' must be one line of text, without line breaks or control characters")
        } else if trimmed.count > 200 {
            error(loc(v), "'report_title' is \(trimmed.count) characters long; at most 200 fit a page heading")
        } else {
            return trimmed
        }
        return nil
    }

    /// `remind_before`: one duration or a list, longest first, each once.
    private func remindBefore(_ v: Int) -> [Int64] {
        let r = tape.resolved(v)
        var values: [Int64] = []
        if tape[r].kind == .sequence {
            for c in tape.children(r) { if let d = duration(c, field: "remind_before") { values.append(d) } }
        } else if let d = duration(v, field: "remind_before") {
            values.append(d)
        }
        return Array(Set(values)).sorted(by: >)
    }

    /// `digest_at: HH:MM`, as seconds into the day.
    private func digestAt(_ v: Int) -> Int? {
        guard let s = text(v, field: "digest_at") else { return nil }
        let parts = s.split(separator: ":")
        if parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m),
            parts[1].count == 2
        {
            return h * 3600 + m * 60
        }
        error(loc(v), "invalid time for 'digest_at': '\(s)'; expected HH:MM such as 08:00")
        return nil
    }

    /// `holidays: {off: [...], working: [...]}`: days off and working days the config adds.
    private func decodeHolidays(_ v: Int) {
        guard let entries = mapping(v, what: "'holidays'", allowed: Keys.holidays) else { return }
        for h in entries {
            let days = holidayList(h.value, field: "holidays." + h.key)
            if h.key == "off" { settings.extraDaysOff = days } else { settings.extraWorkingDays = days }
        }
        let off = Set(settings.extraDaysOff.map(\.date))
        for d in settings.extraWorkingDays.map(\.date) where off.contains(d) {
            warning(loc(v), "\(d) is both in 'holidays.off' and in 'holidays.working'; it counts as a working day")
        }
    }

    /// `[1/6/2024, {date: 2/6/2024, note: "..."}]`.
    func holidayList(_ i0: Int, field: String) -> [HolidayOverride] {
        let i = tape.resolved(i0)
        guard tape[i].kind == .sequence else {
            error(loc(i0), "expected a list of dates for '\(field)', found \(kindName(i0))")
            return []
        }
        var out: [HolidayOverride] = []
        for c in tape.children(i) {
            if tape[tape.resolved(c)].kind == .mapping {
                guard let entries = mapping(c, what: "a '\(field)' entry", allowed: Keys.holidayEntry) else { continue }
                var date: CivilDate?
                var note = ""
                for e in entries {
                    if e.key == "date" { date = dayOnly(e.value, field: field) }
                    if e.key == "note" { note = text(e.value, field: "note") ?? "" }
                }
                if let date {
                    out.append(HolidayOverride(date: date, note: note))
                } else if !entries.contains(where: { $0.key == "date" }) {
                    error(loc(c), "a '\(field)' entry needs 'date'")
                }
            } else if let d = dayOnly(c, field: field) {
                out.append(HolidayOverride(date: d))
            }
        }
        return out
    }
}
