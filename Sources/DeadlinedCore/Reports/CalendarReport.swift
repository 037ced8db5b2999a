/// The text of `deadlined calendar YEAR`: a year's days off and working weekend days, with
/// their reasons and sources, in Vietnamese and English.
public enum CalendarReport {
    /// The whole report for `year` under `calendar`.
    public static func render(year: Int, calendar: HolidayCalendar) -> String {
        heading(year: year, calendar: calendar) + "\n" + days(year: year, calendar: calendar)
            + weekendHolidays(year: year, calendar: calendar) + workingDays(year: year, calendar: calendar)
            + sources(year: year, calendar: calendar)
    }

    /// Whether the year is decided, its Tết and its lunar leap month.
    static func heading(year: Int, calendar: HolidayCalendar) -> String {
        let status = calendar.status(of: year)
        let statusVi: String
        switch status {
        case .decided: statusVi = "đã quyết định"
        case .partlyDecided: statusVi = "quyết định một phần"
        case .ruleBased: statusVi = "dự kiến, chưa có quyết định"
        }
        var out = "Năm \(year): \(statusVi) / \(status.rawValue)\n"
        if let tet = LunarCalendar.tet(year) {
            out +=
                "Tết \(LunarCalendar.canChi(year)): mùng 1 tháng Giêng = \(Weekday.vi(tet)) \(tet) / Lunar New Year: \(Weekday.en(tet)) \(tet)\n"
        }
        if let leap = LunarCalendar.leapMonth(ofLunarYear: year) {
            out += "Năm âm lịch có \(LunarCalendar.monthName(leap, isLeapMonth: true)) / lunar leap month: \(leap)\n"
        }
        return out
    }

    /// The table of weekdays off and weekend days worked, with their reasons.
    static func days(year: Int, calendar: HolidayCalendar) -> String {
        let rows = calendar.days(in: year).map { d in
            [
                d.date.description, Weekday.vi(d.date), d.isWorkingDay ? "làm việc" : "nghỉ",
                d.vi + (d.expected ? " (dự kiến)" : ""), d.en + (d.expected ? " (expected)" : ""),
            ]
        }
        let header = ["Ngày", "Thứ", "", "Lý do", "Reason"]
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                i == cells.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count)
            }.joined(separator: "  ") + "\n"
        }
        var out = line(header)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for r in rows { out += line(r) }
        return out
    }

    /// Holidays that fall on a Saturday or Sunday, if any.
    static func weekendHolidays(year: Int, calendar: HolidayCalendar) -> String {
        let weekend = calendar.holidaysOnWeekends(in: year)
        guard !weekend.isEmpty else { return "" }
        var out = "\nNgày lễ trùng ngày nghỉ hằng tuần / holidays on a weekend:\n"
        for h in weekend { out += "  \(h.date) \(Weekday.vi(h.date)): \(h.vi) / \(h.en)\n" }
        return out
    }

    /// How many working days the year has.
    static func workingDays(year: Int, calendar: HolidayCalendar) -> String {
        let first = CivilDate(year: year, month: 1, day: 1)
        let last = CivilDate(year: year, month: 12, day: 31)
        let n = calendar.workingDays(from: first, through: last)
        return "\n\(n) ngày làm việc trong năm \(year); thứ Bảy, Chủ nhật nghỉ trừ ngày làm bù ở trên.\n"
            + "\(n) working days in \(year); Saturdays and Sundays are off except the working days above.\n"
    }

    /// The decisions the days come from, and the rules of the occasions still undecided.
    static func sources(year: Int, calendar: HolidayCalendar) -> String {
        var out = ""
        let decisions = calendar.decisions(in: year)
        if !decisions.isEmpty {
            out += "\nNguồn / sources:\n"
            for d in decisions {
                out += "  \(d.occasion.vi) / \(d.occasion.en): \(d.source)"
                out += d.origin.map { " [\($0)]" } ?? ""
                out += "\n"
            }
        }
        let expected = calendar.expectedOccasions(in: year)
        if !expected.isEmpty {
            out += "\nDự kiến (chưa có quyết định) / expected (no decision known): "
            out += expected.map { "\($0.vi) (\($0.en))" }.joined(separator: ", ") + "\n"
            for o in expected { out += rule(o, year: year) }
        }
        return out
    }

    /// The rule an expected occasion follows, and why, in both languages.
    static func rule(_ occasion: HolidayOccasion, year: Int) -> String {
        switch occasion {
        case .tet:
            return """
                  Tết: 29 hoặc 30 tháng Chạp và mùng 1 đến mùng 4; ngày thứ Bảy được nghỉ bù vào ngày làm việc \
                liền trước kỳ nghỉ, Chủ nhật vào ngày làm việc liền sau, như mọi quyết định 2020-2026.
                  Tết: the last day of the lunar year and mùng 1-4; a Saturday among them gives the weekday \
                before the break, a Sunday the weekday after it, as every decision of 2020-2026 did.

                """
        case .nationalDay where year >= 2021:
            return """
                  Quốc khánh: 2/9 và 1/9 khi 2/9 là thứ Ba, Tư, Sáu hoặc Bảy, nếu không thì 3/9 (như 2021-2026).
                  National Day: 2/9 and 1/9 when 2/9 is a Tuesday, Wednesday, Friday or Saturday, else 3/9 (as in 2021-2026).

                """
        default:
            return ""
        }
    }
}
