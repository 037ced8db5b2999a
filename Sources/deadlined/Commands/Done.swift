import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import Foundation

struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Record that an item is done, without editing the configuration.",
        discussion: """
            Appends to updates.yaml beside the main configuration; the daemon sees the change and reloads.
            An update recorded after the config file's last change wins over its 'status'.
            """)

    @OptionGroup var target: UpdateTarget

    @Option(help: ArgumentHelp("The day it was done (default: today).", valueName: "D/M/YYYY"))
    var on: String?

    func run() throws {
        let (cfg, _) = try target.options.load(quietWarnings: true)
        let item = try target.item(in: cfg)
        let now = Int64(Date().timeIntervalSince1970)
        let day = try target.day(on, now: now, zone: cfg.settings.zone)
        try target.record(.completed(day), for: item, cfg: cfg, now: now)
        tell("deadlined: '\(item.id)' recorded as done on \(day)")
    }
}
