import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import DeadlinedSystem
import Foundation

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List tracked items, soonest due first.")

    @OptionGroup var options: ConfigOptions

    @Option(
        help: ArgumentHelp("Answer as of this time (a date such as 15/5/2024, or 2024-05-16T08:00).", valueName: "when")
    )
    var at: String?

    @Option(help: ArgumentHelp("Only this agency (repeatable).", valueName: "name"), completion: Completion.agencies)
    var agency: [String] = []

    @Option(
        help: ArgumentHelp("Only this directive id (repeatable).", valueName: "id"), completion: Completion.directiveIDs
    )
    var directive: [String] = []

    @Option(
        help: ArgumentHelp(
            "Only items in this state (repeatable): overdue, due_soon, open, done_on_time, done_late, ongoing, "
                + "no_deadline, cancelled (listed only when asked for).",
            valueName: "state"))
    var state: [ItemState] = []

    @Flag(help: "Show every occurrence of a recurring duty due so far and its current one, not one row per duty.")
    var occurrences = false

    @Option(help: "table, json, csv or xlsx.")
    var format: OutputFormat = .table

    @OptionGroup var destination: OutputOptions

    func validate() throws {
        if format == .html {
            throw ValidationError("--format html is for 'report'; 'list' writes table, json, csv or xlsx")
        }
        try destination.validate(format)
    }

    func run() throws {
        let (cfg, now) = try options.load(at: at)
        let agencies = agency.map(cfg.canonicalAgency)
        let picks = cfg.picks(
            at: now,
            filter: ListFilter(agencies: agencies, directives: directive, states: Set(state), occurrences: occurrences))
        var renderer = Renderer(
            zone: cfg.settings.zone, language: cfg.settings.language,
            width: destination.output == nil ? Console.width() : nil)
        renderer.terminal = isatty(1) != 0 && destination.output == nil
        renderer.colour = format == .table && destination.output == nil && Console.colours(1, choice: options.color)
        renderer.now = now
        if format == .xlsx {
            try destination.write(renderer.listWorkbook(cfg, picks))
        } else if destination.output == nil && !destination.bom {
            ListOutput.write(renderer, cfg, picks, format: format) { Console.write($0) }
        } else {
            var bytes: [UInt8] = []
            ListOutput.write(renderer, cfg, picks, format: format) { bytes += $0 }
            try destination.write(bytes)
        }
        finished()
    }
}
