import ArgumentParser
import DeadlinedCore
import Foundation

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export tracked items for calendar applications (one iCalendar VTODO per item).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case ics }

    @OptionGroup var options: ConfigOptions

    @Option(help: "ics (iCalendar, RFC 5545).")
    var format: Format = .ics

    func run() throws {
        let (cfg, _) = try options.load(quietWarnings: true)
        let now = Int64(Date().timeIntervalSince1970)
        print(ICalendarWriter(zone: cfg.settings.zone).write(cfg, now: now), terminator: "")
        finished()
    }
}
