import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import Foundation

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Record an item's status, without editing the configuration.",
        discussion: """
            STATUS is one of: \(Status.spellings.joined(separator: ", ")).
            Appends to updates.yaml beside the main configuration; the daemon sees the change and reloads.
            """)

    @OptionGroup var target: UpdateTarget

    @Argument(help: "The status (not_started, in_progress, done, ongoing, cancelled, or in Vietnamese).")
    var status: String

    func run() throws {
        let (cfg, _) = try target.options.load(quietWarnings: true)
        let item = try target.item(in: cfg)
        guard let s = Status(parsing: status) else {
            throw usageError("unknown status '\(status)'; use one of: \(Status.spellings.joined(separator: ", "))")
        }
        try target.record(.status(s.rawValue), for: item, cfg: cfg, now: Int64(Date().timeIntervalSince1970))
        tell("deadlined: '\(item.id)' recorded as \(s.rawValue)")
    }
}
