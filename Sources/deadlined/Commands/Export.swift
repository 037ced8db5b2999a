import ArgumentParser
import DeadlinedCore
import Foundation

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Export tracked items for calendar applications (one iCalendar VTODO, or all-day VEVENT, per item).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case ics }

    @OptionGroup var options: ConfigOptions

    @Option(help: "ics (iCalendar, RFC 5545).")
    var format: Format = .ics

    @Option(
        help: ArgumentHelp(
            "todo (VTODO) or event (all-day VEVENT with an alarm per remind_before, for Google Calendar and Outlook).",
            valueName: "component"))
    var component: ICalendarWriter.Component = .todo

    func run() throws {
        let (cfg, _) = try options.load(quietWarnings: true)
        let now = Int64(Date().timeIntervalSince1970)
        print(ICalendarWriter(zone: cfg.settings.zone).write(cfg, now: now, component: component), terminator: "")
        finished()
    }
}

extension ICalendarWriter.Component: ExpressibleByArgument {}
