import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import DeadlinedSystem
import Foundation

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Count items done on time, done late, not yet due and overdue, by agency or directive.")

    @OptionGroup var options: ConfigOptions

    @Option(help: "agency or directive (default: agency; with --journal: office, or agency across offices).")
    var by: ReportGrouping?

    @Option(help: ArgumentHelp("Answer as of this time.", valueName: "when"))
    var at: String?

    @Option(help: "table, json, csv, xlsx or html (a printable page).")
    var format: OutputFormat = .table

    @Option(
        help: ArgumentHelp("Only this agency (repeatable), matched as `list` matches it.", valueName: "name"),
        completion: Completion.agencies)
    var agency: [String] = []

    @Option(
        help: ArgumentHelp("Only this directive id (repeatable).", valueName: "id"), completion: Completion.directiveIDs
    )
    var directive: [String] = []

    @Option(
        help: ArgumentHelp(
            "The province report from the offices' snapshots in the journal files under this directory.",
            valueName: "dir"), completion: .directory)
    var journal: String?

    @Option(help: ArgumentHelp("As --journal, from this journal file (repeatable).", valueName: "file"))
    var journalFile: [String] = []

    @OptionGroup var destination: OutputOptions

    func validate() throws {
        try destination.validate(format)
        try validateJournal()
    }

    func run() throws {
        if journal != nil || !journalFile.isEmpty { try runJournal() }
        let by = self.by ?? .agency
        let (cfg, now) = try options.load(at: at)
        // Any name of a registered agency (short form, alias) stands for its official name.
        let agencies = agency.map(cfg.canonicalAgency)
        try checkNarrowing(cfg, agencies: agencies)
        let filter = ListFilter(agencies: agencies, directives: directive)
        var renderer = Renderer(
            zone: cfg.settings.zone, language: cfg.settings.language,
            width: destination.output == nil ? Console.width() : nil)
        renderer.terminal = isatty(1) != 0 && destination.output == nil
        renderer.colour = format == .table && destination.output == nil && Console.colours(1, choice: options.color)
        renderer.now = now
        switch format {
        case .xlsx:
            try destination.write(cfg.reportWorkbook(at: now, words: renderer.words, filter: filter))
        case .html:
            try destination.write(Array(renderer.htmlReport(cfg, at: now, filter: filter).utf8))
        case .table, .json, .csv:
            let (groups, total) = cfg.report(at: now, by: by, filter: filter)
            try destination.write(
                Array(renderer.report(groups, total: total, by: by, format: format, directives: cfg.directives).utf8))
        }
        finished()
    }

    /// An id no directive has, or a name no item's agency matches, is a mistake to name (exit
    /// 64) rather than an empty report.
    func checkNarrowing(_ cfg: Config, agencies: [String]) throws {
        let ids = cfg.directives.map(\.id)
        for id in directive where !ids.contains(id) {
            let near = Text.suggestion(for: id, among: ids).map { "; did you mean '\($0)'?" } ?? ""
            throw usageError("--directive: no directive has the id '\(id)'\(near)")
        }
        guard !agencies.isEmpty else { return }
        var names: [String: String] = [:]
        for item in cfg.items where names[Text.fold(item.agency)] == nil { names[Text.fold(item.agency)] = item.agency }
        for (name, given) in zip(agencies, agency) where names[Text.fold(name)] == nil {
            let near =
                Text.suggestion(for: name, among: names.values.sorted(by: Collation.less)).map {
                    "; did you mean '\($0)'?"
                } ?? ""
            throw usageError("--agency: no item is assigned to '\(given)'\(near)")
        }
    }
}
