import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import Foundation

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Record the progress an item has reached, without editing the configuration.",
        discussion: """
            Appends to updates.yaml beside the main configuration; the daemon sees the change and reloads.
            """)

    @OptionGroup var target: UpdateTarget

    @Argument(help: "The value reached: a count such as 14, or a percentage such as 76%.")
    var value: String

    @Option(help: ArgumentHelp("The day it was measured (default: today).", valueName: "D/M/YYYY"))
    var on: String?

    func run() throws {
        let (cfg, _) = try target.options.load(quietWarnings: true)
        let item = try target.item(in: cfg)
        guard let p = progressValue(value) else {
            throw usageError("'\(value)' is not a progress value; give a count such as 14 or a percentage such as 76%")
        }
        guard let measure = item.measure else {
            throw usageError("'\(item.id)' has no 'target' in the configuration; progress is measured against one")
        }
        if let problem = progressProblem(p, measure: measure) { throw usageError("'\(item.id)': \(problem)") }
        let now = Int64(Date().timeIntervalSince1970)
        let day = try target.day(on, now: now, zone: cfg.settings.zone)
        try target.record(.progress(value, on: day), for: item, cfg: cfg, now: now)
        tell("deadlined: '\(item.id)' recorded at \(value) on \(day)")
    }
}
