import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import DeadlinedSystem
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
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
        let (cfg, result) = try options.load(quietWarnings: quiet, maxShown: maxErrors)
        if quiet { finished() }
        let mailNotes = NotifyAudit.unaddressed(cfg)
        let paint = Console.colours(2, choice: options.color)
        if !mailNotes.isEmpty {
            Console.error(mailNotes.map { paint ? $0.coloured : $0.description }.joined(separator: "\n"))
        }
        let now = Int64(Date().timeIntervalSince1970)
        var tally = Tally()
        for item in cfg.countedItems(at: now) { tally.add(item.evaluate(at: now, settings: cfg.settings).state) }
        // acks.yaml and updates.yaml are read with the configuration but are not includes.
        let acks = ConfigLoader.acksPath(for: options.config)
        let updates = ConfigLoader.updatesPath(for: options.config)
        let decisionFiles = cfg.files.filter { ConfigLoader.isHolidayDropIn($0, main: options.config) }.count
        let included = cfg.files.filter { $0 != acks && $0 != updates }.count - 1 - decisionFiles
        let w = cfg.settings.dueSoonWindow
        let window = w > 0 && w % 86400 == 0 ? "\(w / 86400) day\(w == 86400 ? "" : "s")" : DurationGrammar.format(w)
        let warnings = result.diagnostics.filter { $0.severity == .warning }.count
        let items = cfg.countedCount(at: now)
        var line =
            "OK: \(cfg.directives.count) directive\(cfg.directives.count == 1 ? "" : "s"), \(items) item\(items == 1 ? "" : "s")"
        line +=
            w > 0
            ? " (\(tally.overdue) overdue, \(tally.dueSoon) due within \(window))"
            : " (\(tally.overdue) overdue; no reminders)"
        line += " from \(options.config)"
        if included > 0 { line += " and \(included) included file\(included == 1 ? "" : "s")" }
        if cfg.files.contains(acks) { line += ", with acknowledgements" }
        if cfg.files.contains(updates) { line += ", with recorded updates" }
        if decisionFiles > 0 { line += ", \(decisionFiles) holiday decision file\(decisionFiles == 1 ? "" : "s")" }
        if warnings > 0 { line += "; \(warnings) warning\(warnings == 1 ? "" : "s")" }
        print(line)
        finished()
    }
}
