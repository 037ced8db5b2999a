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
                "year \(year) is outside \(LunarCalendar.supportedYears.lowerBound)-\(LunarCalendar.supportedYears.upperBound), the range of the lunar calendar"
            )
        }
    }

    @Option(
        help: ArgumentHelp(
            "Include this configuration's settings.holidays and holidays.d drop-ins (only if the file exists).",
            valueName: "path"))
    var config: String = "/etc/deadlined/deadlined.yaml"

    func run() throws {
        let y = year ?? Zone.vietnam.local(Int64(Date().timeIntervalSince1970)).date.year
        // The days a configuration adds or removes count too; without a config, the built-in calendar.
        var calendar = HolidayCalendar.standard
        if FileManager.default.fileExists(atPath: config) {
            let (cfg, _) = try ConfigOptions.parse(["--config", config]).load(quietWarnings: true)
            calendar = cfg.settings.holidayCalendar
        }
        print(CalendarReport.render(year: y, calendar: calendar), terminator: "")
    }
}
