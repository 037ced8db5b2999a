import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import DeadlinedSystem
import Foundation

/// EX_CONFIG from sysexits.h: the configuration is invalid.
let exitConfig: Int32 = 78

/// Ends a one-shot command that succeeded, at once: the loaded configuration (every item and
/// string) is not freed piece by piece on the way out, which took 11 ms of a 0.45 s `check`
/// of 100,000 items. exit(3) still flushes standard output.
func finished() -> Never { exit(0) }

struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The main configuration file.", valueName: "path"))
    var config: String = "/etc/deadlined/deadlined.yaml"

    /// Loads the configuration, printing every diagnostic on stderr; exits 78 when invalid.
    /// `maxShown`: print at most that many diagnostics (0: all), then how many were left out.
    func load(quietWarnings: Bool = false, maxShown: Int = 0) throws -> (Config, LoadResult) {
        // A command loads once and exits: memory given back whole is the better trade there
        // (the daemon, which reloads, keeps glibc's default; see Memory.tune).
        Memory.tune()
        let result = ConfigLoader(source: FileSource(), asOf: Int64(Date().timeIntervalSince1970)).load(config)
        let shown = quietWarnings ? result.diagnostics.filter { $0.severity != .warning } : result.diagnostics
        if !shown.isEmpty {
            var r = result
            r.diagnostics = maxShown > 0 ? Array(shown.prefix(maxShown)) : shown
            Console.error(r.renderedDiagnostics())
            if r.diagnostics.count < shown.count {
                Console.error("\(config): \(shown.count - r.diagnostics.count) more diagnostics not shown (--max-errors \(maxShown))")
            }
        }
        guard let cfg = result.config else {
            let n = result.diagnostics.errorCount
            Console.error("\(config): \(n) error\(n == 1 ? "" : "s"); the configuration was not loaded")
            throw ExitCode(exitConfig)
        }
        return (cfg, result)
    }
}

/// EX_USAGE from sysexits.h: a bad argument found only once the configuration is read (an
/// unknown id, a date in its time zone). Said on stderr, then exit 64 as ArgumentParser's
/// own usage errors do, without its generic usage line.
func usageError(_ message: String) -> ExitCode {
    Console.error("deadlined: \(message)")
    return ExitCode(64)
}

/// Parses `--at` in the configuration's time zone; "now" when absent.
func instant(_ text: String?, zone: Zone) throws -> Int64 {
    guard let text else { return Int64(Date().timeIntervalSince1970) }
    switch DueGrammar.instant(text, in: zone, atEnd: true) {
    case .success(let t): return t
    case .failure(let e): throw usageError("--at: \(e.message)")
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the configuration and its includes; print every problem, compiler style.",
        discussion: "Exits 0 when the configuration is valid and 78 (EX_CONFIG) when it is not.")

    @OptionGroup var options: ConfigOptions

    @Flag(name: .shortAndLong, help: "Print errors only, no warnings or summary.")
    var quiet = false

    @Option(help: ArgumentHelp("Print at most this many diagnostics (0: all). The unit's ExecStartPre= uses 50, so a broken file does not flood the journal.", valueName: "n"))
    var maxErrors: Int = 0

    func validate() throws {
        if maxErrors < 0 { throw ValidationError("--max-errors: expected 0 or more, not \(maxErrors)") }
    }

    func run() throws {
        let (cfg, result) = try options.load(quietWarnings: quiet, maxShown: maxErrors)
        if quiet { finished() }
        let now = Int64(Date().timeIntervalSince1970)
        var tally = Tally()
        for item in cfg.items { tally.add(item.evaluate(at: now, settings: cfg.settings).state) }
        // acks.yaml is read with the configuration but is not one of its includes.
        let acks = ConfigLoader.acksPath(for: options.config)
        let decisionFiles = cfg.files.filter { ConfigLoader.isHolidayDropIn($0, main: options.config) }.count
        let included = cfg.files.filter { $0 != acks }.count - 1 - decisionFiles
        let w = cfg.settings.dueSoonWindow
        let window = w > 0 && w % 86400 == 0 ? "\(w / 86400) day\(w == 86400 ? "" : "s")" : DurationGrammar.format(w)
        let warnings = result.diagnostics.filter { $0.severity == .warning }.count
        var line = "OK: \(cfg.directives.count) directive\(cfg.directives.count == 1 ? "" : "s"), \(cfg.items.count) item\(cfg.items.count == 1 ? "" : "s")"
        line += w > 0 ? " (\(tally.overdue) overdue, \(tally.dueSoon) due within \(window))" : " (\(tally.overdue) overdue; no reminders)"
        line += " from \(options.config)"
        if included > 0 { line += " and \(included) included file\(included == 1 ? "" : "s")" }
        if cfg.files.contains(acks) { line += ", with acknowledgements" }
        if decisionFiles > 0 { line += ", \(decisionFiles) holiday decision file\(decisionFiles == 1 ? "" : "s")" }
        if warnings > 0 { line += "; \(warnings) warning\(warnings == 1 ? "" : "s")" }
        print(line)
        finished()
    }
}

extension ItemState: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension ReportGrouping: ExpressibleByArgument {}

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List tracked items, soonest due first.")

    @OptionGroup var options: ConfigOptions

    @Option(help: ArgumentHelp("Answer as of this time (a date such as 15/5/2024, or 2024-05-16T08:00).", valueName: "when"))
    var at: String?

    @Option(help: ArgumentHelp("Only this agency (repeatable).", valueName: "name"))
    var agency: [String] = []

    @Option(help: ArgumentHelp("Only this directive id (repeatable).", valueName: "id"))
    var directive: [String] = []

    @Option(help: ArgumentHelp("Only items in this state (repeatable): overdue, due_soon, open, done_on_time, done_late, ongoing.", valueName: "state"))
    var state: [ItemState] = []

    @Option(help: "table, json or csv.")
    var format: OutputFormat = .table

    func run() throws {
        let (cfg, _) = try options.load(quietWarnings: true)
        let now = try instant(at, zone: cfg.settings.zone)
        let picks = cfg.picks(at: now, filter: ListFilter(agencies: agency, directives: directive, states: Set(state)))
        var renderer = Renderer(zone: cfg.settings.zone, language: cfg.settings.language, width: Console.width())
        renderer.terminal = isatty(1) != 0
        ListOutput.write(renderer, cfg, picks, format: format) { Console.write($0) }
        finished()
    }
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count items done on time, done late, not yet due and overdue, by agency or directive.")

    @OptionGroup var options: ConfigOptions

    @Option(help: "agency or directive.")
    var by: ReportGrouping = .agency

    @Option(help: ArgumentHelp("Answer as of this time.", valueName: "when"))
    var at: String?

    @Option(help: "table, json or csv.")
    var format: OutputFormat = .table

    func run() throws {
        let (cfg, _) = try options.load(quietWarnings: true)
        let now = try instant(at, zone: cfg.settings.zone)
        let (groups, total) = cfg.report(at: now, by: by)
        var renderer = Renderer(zone: cfg.settings.zone, language: cfg.settings.language, width: Console.width())
        renderer.terminal = isatty(1) != 0
        Console.write(renderer.report(groups, total: total, by: by, format: format))
        finished()
    }
}
