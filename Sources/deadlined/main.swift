import ArgumentParser
import DeadlinedSystem

/// deadlined: keeps government directives from slipping past their deadlines.
struct Deadlined: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlined",
        abstract: "Track directive deadlines and alert through the systemd journal.",
        discussion: "Without a subcommand, runs the daemon.",
        version: "0.1.0",
        subcommands: [
            Run.self, Check.self, List.self, Report.self, AckCommand.self, Export.self, Reload.self,
            CalendarCommand.self, DoneCommand.self, ProgressCommand.self, StatusCommand.self, HistoryCommand.self,
            NotifyCommand.self,
        ],
        defaultSubcommand: Run.self
    )
}

// Before any thread exists, so that every thread inherits the mask: the daemon's stop and
// reload signals wait, pending, for its signal sources (see Sys.blockStopSignals).
Sys.blockStopSignals()
if let typo = CommandTypo.message(
    Array(CommandLine.arguments.dropFirst()), names: CommandTypo.names, exists: CommandTypo.exists)
{
    Console.error("deadlined: \(typo)")
    Deadlined.exit(withError: ExitCode(64))
}
do {
    var command = try Deadlined.parseAsRoot()
    if !(command is Run) { Sys.unblockStopSignals() }
    try command.run()
} catch {
    Deadlined.exit(withError: error)
}
