import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import DeadlinedSystem
import Foundation

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List tracked items, soonest due first.")

    @OptionGroup var options: ConfigOptions

    @Option(
        help: ArgumentHelp("Answer as of this time (a date such as 15/5/2024, or 2024-05-16T08:00).", valueName: "when")
    )
    var at: String?

    @Option(help: ArgumentHelp("Only this agency (repeatable).", valueName: "name"))
    var agency: [String] = []

    @Option(help: ArgumentHelp("Only this directive id (repeatable).", valueName: "id"))
    var directive: [String] = []

    @Option(
        help: ArgumentHelp(
            "Only items in this state (repeatable): overdue, due_soon, open, done_on_time, done_late, ongoing.",
            valueName: "state"))
    var state: [ItemState] = []

    @Option(help: "table, json or csv.")
    var format: OutputFormat = .table

    func run() throws {
        let (cfg, _) = try options.load(quietWarnings: true)
        let now = try instant(at, zone: cfg.settings.zone)
        let agencies = agency.map(cfg.canonicalAgency)
        let picks = cfg.picks(
            at: now, filter: ListFilter(agencies: agencies, directives: directive, states: Set(state)))
        var renderer = Renderer(zone: cfg.settings.zone, language: cfg.settings.language, width: Console.width())
        renderer.terminal = isatty(1) != 0
        ListOutput.write(renderer, cfg, picks, format: format) { Console.write($0) }
        finished()
    }
}
