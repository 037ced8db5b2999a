import ArgumentParser
import DeadlinedCore
import Foundation

/// `deadlined calendar [YEAR]`: the year's days off, for checking against the announcement.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Print a year's non-working weekdays and working weekend days, with their reasons.",
        discussion: """
            Saturdays and Sundays are off unless listed as working days. Days decided by the \
            Government come from deadlined's built-in table or from the configuration's \
            holidays.d drop-ins (each with its announcement); the others are the rule-based \
            default, marked "dự kiến" (expected).
            """)

    @Argument(help: ArgumentHelp("The year (default: the current year in Vietnam).", valueName: "year"))
    var year: Int?

    func validate() throws {
        if let year, !LunarCalendar.supportedYears.contains(year) {
            throw ValidationError(
                "year \(year) is outside \(LunarCalendar.supportedYears.lowerBound)-\(LunarCalendar.supportedYears.upperBound), the range of the lunar calendar")
        }
    }

    @Option(help: ArgumentHelp("Include this configuration's settings.holidays and holidays.d drop-ins (only if the file exists).", valueName: "path"))
    var config: String = "/etc/deadlined/deadlined.yaml"

    func run() throws {
        let y = year ?? Zone.vietnam.local(Int64(Date().timeIntervalSince1970)).date.year
        // The days a configuration adds or removes count too; without a config, the built-in calendar.
        var calendar = HolidayCalendar.standard
        if FileManager.default.fileExists(atPath: config) {
            let (cfg, _) = try ConfigOptions.parse(["--config", config]).load(quietWarnings: true)
            calendar = cfg.settings.holidayCalendar
        }
        print(Self.render(year: y, calendar: calendar), terminator: "")
    }

    static func render(year: Int, calendar: HolidayCalendar) -> String {
        let status = calendar.status(of: year)
        let statusVi: String
        switch status {
        case .decided: statusVi = "đã quyết định"
        case .partlyDecided: statusVi = "quyết định một phần"
        case .ruleBased: statusVi = "dự kiến, chưa có quyết định"
        }
        var out = "Năm \(year): \(statusVi) / \(status.rawValue)\n"
        if let tet = LunarCalendar.tet(year) {
            out += "Tết \(LunarCalendar.canChi(year)): mùng 1 tháng Giêng = \(weekdayVi(tet)) \(tet) / Lunar New Year: \(weekdayEn(tet)) \(tet)\n"
        }
        if let leap = LunarCalendar.leapMonth(ofLunarYear: year) {
            out += "Năm âm lịch có \(LunarCalendar.monthName(leap, isLeapMonth: true)) / lunar leap month: \(leap)\n"
        }
        out += "\n"

        let rows = calendar.days(in: year).map { d in
            [d.date.description, weekdayVi(d.date), d.isWorkingDay ? "làm việc" : "nghỉ",
             d.vi + (d.expected ? " (dự kiến)" : ""), d.en + (d.expected ? " (expected)" : "")]
        }
        let header = ["Ngày", "Thứ", "", "Lý do", "Reason"]
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                i == cells.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count)
            }.joined(separator: "  ") + "\n"
        }
        out += line(header)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for r in rows { out += line(r) }

        let weekend = calendar.holidaysOnWeekends(in: year)
        if !weekend.isEmpty {
            out += "\nNgày lễ trùng ngày nghỉ hằng tuần / holidays on a weekend:\n"
            for h in weekend { out += "  \(h.date) \(weekdayVi(h.date)): \(h.vi) / \(h.en)\n" }
        }

        let first = CivilDate(year: year, month: 1, day: 1)
        let last = CivilDate(year: year, month: 12, day: 31)
        let n = calendar.workingDays(from: first, through: last)
        out += "\n\(n) ngày làm việc trong năm \(year); thứ Bảy, Chủ nhật nghỉ trừ ngày làm bù ở trên.\n"
        out += "\(n) working days in \(year); Saturdays and Sundays are off except the working days above.\n"

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

    static func weekdayVi(_ d: CivilDate) -> String {
        ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"][d.isoWeekday - 1]
    }

    static func weekdayEn(_ d: CivilDate) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d.isoWeekday - 1]
    }
}
