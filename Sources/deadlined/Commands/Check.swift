import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import DeadlinedSystem
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the configuration and its includes; print every problem, compiler style.",
        discussion: "Exits 0 when the configuration is valid and 78 (EX_CONFIG) when it is not.")

    @OptionGroup var options: ConfigOptions

    @Flag(name: .shortAndLong, help: "Print errors only, no warnings or summary.")
    var quiet = false

    @Option(
        help: ArgumentHelp(
            "Print at most this many diagnostics (0: all). The unit's ExecStartPre= uses 50, so a broken file does not flood the journal.",
            valueName: "n"))
    var maxErrors: Int = 0

    func validate() throws {
        if maxErrors < 0 { throw ValidationError("--max-errors: expected 0 or more, not \(maxErrors)") }
    }

    func run() throws {
        let result = options.loadSilently()
        let loaded = result.config != nil
        // The configuration stays until the process exits, which frees it whole: quoting
        // the diagnostics reads each warned file through a small buffer, not beside the items.
        let after = quiet ? nil : result.config.map { afterDiagnostics($0, warnings: result.diagnostics) }
        try options.show(result, loaded: loaded, quietWarnings: quiet, maxShown: maxErrors)
        guard let after else { finished() }
        if let notes = after.mailNotes { Console.error(notes) }
        print(after.summary)
        finished()
    }

    /// The notes on agencies without an address, if any, and the summary line.
    private func afterDiagnostics(
        _ cfg: Config, warnings diagnostics: [Diagnostic]
    ) -> (
        mailNotes: String?, summary: String
    ) {
        let mailNotes = NotifyAudit.unaddressed(cfg)
        let paint = Console.colours(2, choice: options.color)
        let notes =
            mailNotes.isEmpty
            ? nil : mailNotes.map { $0.description(in: cliLanguage, colour: paint) }.joined(separator: "\n")
        let now = Int64(Date().timeIntervalSince1970)
        // Items read in place, once: a copy of each would retain its id and its boxes.
        var tally = Tally()
        let counted = cfg.countedMask(at: now)
        var countedCount = 0
        let today = Item.today(at: now, settings: cfg.settings)
        cfg.items.withUnsafeBufferPointer { items in
            for i in items.indices where counted[i] {
                countedCount += 1
                let e = Item.evaluate(
                    deadline: items[i].deadline, status: items[i].status, completed: items[i].completed, at: now,
                    today: today, settings: cfg.settings)
                tally.add(e.state)
            }
        }
        // acks.yaml and updates.yaml are read with the configuration but are not includes.
        let acks = ConfigLoader.acksPath(for: options.config)
        let updates = ConfigLoader.updatesPath(for: options.config)
        let decisionFiles = cfg.files.filter { ConfigLoader.isHolidayDropIn($0, main: options.config) }.count
        let included = cfg.files.filter { $0 != acks && $0 != updates }.count - 1 - decisionFiles
        var summary = CheckSummary()
        summary.directives = cfg.directives.count
        summary.items = countedCount
        (summary.overdue, summary.dueSoon) = (tally.overdue, tally.dueSoon)
        summary.window = cfg.settings.dueSoonWindow
        summary.path = options.config
        summary.included = included
        summary.acknowledgements = cfg.files.contains(acks)
        summary.updates = cfg.files.contains(updates)
        summary.decisionFiles = decisionFiles
        summary.warnings = diagnostics.filter { $0.severity == .warning }.count
        return (notes, summary.line(in: cliLanguage))
    }
}
