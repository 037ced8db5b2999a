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

    @Option(help: "table, json, csv or xlsx.")
    var format: OutputFormat = .table

    @OptionGroup var destination: OutputOptions

    func validate() throws { try destination.validate(format) }

    func run() throws {
        let (cfg, _) = try options.load(quietWarnings: true)
        let now = try instant(at, zone: cfg.settings.zone)
        let (groups, total) = cfg.report(at: now, by: by)
        var renderer = Renderer(
            zone: cfg.settings.zone, language: cfg.settings.language,
            width: destination.output == nil ? Console.width() : nil)
        renderer.terminal = isatty(1) != 0 && destination.output == nil
        if format == .xlsx {
            try destination.write(cfg.reportWorkbook(at: now, words: renderer.words))
        } else {
            try destination.write(Array(renderer.report(groups, total: total, by: by, format: format).utf8))
        }
        finished()
    }
}
