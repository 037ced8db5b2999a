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

/// Where the configuration is unless `--config` says otherwise.
let defaultConfigPath = "/etc/deadlined/deadlined.yaml"

struct ConfigOptions: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp("The main configuration file.", valueName: "path"), completion: .file())
    var config: String = defaultConfigPath

    @Option(
        help: ArgumentHelp(
            "Colour errors, warnings and overdue items: auto (on a terminal, unless NO_COLOR is set or TERM is dumb), always or never.",
            valueName: "when"))
    var color: ColourChoice = .auto

    /// Loads the configuration, printing every diagnostic on stderr; exits 78 when invalid.
    /// `maxShown`: print at most that many diagnostics (0: all), then how many were left out.
    func load(quietWarnings: Bool = false, maxShown: Int = 0, asOf: Int64? = nil) throws -> (Config, LoadResult) {
        let result = loadSilently(asOf: asOf)
        try show(result, loaded: result.config != nil, quietWarnings: quietWarnings, maxShown: maxShown)
        guard let cfg = result.config else { throw ExitCode(exitConfig) }
        return (cfg, result)
    }

    /// Loads the configuration without printing anything (see `show`).
    func loadSilently(asOf: Int64? = nil) -> LoadResult {
        // A command loads once and exits: memory given back whole is the better trade there
        // (the daemon, which reloads, keeps glibc's default; see Memory.tune).
        Memory.tune()
        return ConfigLoader(source: FileSource(), asOf: asOf ?? Int64(Date().timeIntervalSince1970)).load(config)
    }

    /// Prints a load's diagnostics on stderr (`maxShown`: at most that many, 0: all, then how
    /// many were left out); exits 78 when the configuration was not `loaded`. `result.config`
    /// may be let go already: quoting lines reads files again, better not beside every item.
    func show(_ result: LoadResult, loaded: Bool, quietWarnings: Bool, maxShown: Int) throws {
        let shown = quietWarnings ? result.diagnostics.filter { $0.severity == .error } : result.diagnostics
        if !shown.isEmpty {
            var r = result
            r.diagnostics = maxShown > 0 ? Array(shown.prefix(maxShown)) : shown
            Console.error(r.renderedDiagnostics(in: cliLanguage, colour: Console.colours(2, choice: color)))
            if r.diagnostics.count < shown.count {
                say(
                    "\(config): \(shown.count - r.diagnostics.count) more diagnostics not shown (--max-errors \(maxShown))"
                )
            }
        }
        guard loaded else {
            let n = result.diagnostics.errorCount
            say("\(config): \(n) error\(n == 1 ? "" : "s"); the configuration was not loaded")
            throw ExitCode(exitConfig)
        }
    }

    /// Loads the configuration as of `--at` (`at`), and returns that instant: recurring duties
    /// are made a year past the real clock, so for an instant later than it the configuration
    /// is loaded again, with occurrences made a year past that instant (`--at` is read in the
    /// configuration's time zone, known only once it is loaded).
    func load(at: String?) throws -> (Config, Int64) {
        let clock = Int64(Date().timeIntervalSince1970)
        let (cfg, _) = try load(quietWarnings: true, asOf: clock)
        let now = try instant(at, zone: cfg.settings.zone)
        guard at != nil, now > clock, cfg.horizon != nil else { return (cfg, now) }
        return (try load(quietWarnings: true, asOf: now).0, now)
    }
}

/// EX_USAGE from sysexits.h: a bad argument found only once the configuration is read (an
/// unknown id, a date in its time zone). Said on stderr, then exit 64 as ArgumentParser's
/// own usage errors do, without its generic usage line.
func usageError(_ message: String) -> ExitCode {
    say("deadlined: \(message)")
    return ExitCode(64)
}

/// The UTF-8 byte order mark `--bom` puts before CSV: Excel otherwise reads CSV in the
/// system's legacy code page and garbles Vietnamese.
let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

/// Parses `--at` in the configuration's time zone; "now" when absent.
func instant(_ text: String?, zone: Zone) throws -> Int64 {
    guard let text else { return Int64(Date().timeIntervalSince1970) }
    switch DueGrammar.instant(text, in: zone, atEnd: true) {
    case .success(let t): return t
    case .failure(let e): throw usageError("--at: \(e.message)")
    }
}

extension ItemState: ExpressibleByArgument {}
extension ColourChoice: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension ReportGrouping: ExpressibleByArgument {}
