import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import DeadlinedSystem
import Foundation

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count items done on time, done late, not yet due and overdue, by agency or directive.")

    @OptionGroup var options: ConfigOptions

    @Option(help: "agency or directive.")
    var by: ReportGrouping = .agency

    @Option(help: ArgumentHelp("Answer as of this time.", valueName: "when"))
    var at: String?

    @Option(help: "table, json, csv or html (a printable page).")
    var format: OutputFormat = .table

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "path"))
    var output: String?

    func run() throws {
        let (cfg, _) = try options.load(quietWarnings: true)
        let now = try instant(at, zone: cfg.settings.zone)
        var renderer = Renderer(zone: cfg.settings.zone, language: cfg.settings.language, width: Console.width())
        renderer.terminal = output == nil && isatty(1) != 0
        let text: String
        if format == .html {
            text = renderer.htmlReport(cfg, at: now)
        } else {
            let (groups, total) = cfg.report(at: now, by: by)
            text = renderer.report(groups, total: total, by: by, format: format)
        }
        if let output {
            if let failure = OutputFile.write(text, to: output) {
                Console.error("deadlined: \(failure)")
                throw ExitCode(1)
            }
        } else {
            Console.write(text)
        }
        finished()
    }
}
