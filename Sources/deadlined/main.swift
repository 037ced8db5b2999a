import ArgumentParser
import DeadlinedCore
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

    // Read by main.swift before parsing (UserLanguage.extractFlag), so that it works
    // before or after any subcommand; declared here for --help and the manual.
    @Option(
        help: ArgumentHelp(
            "The language of messages: vi or en (default: DEADLINED_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG).",
            valueName: "lang"))
    var lang: Language?
}

// Before any thread exists, so that every thread inherits the mask: the daemon's stop and
// reload signals wait, pending, for its signal sources (see Sys.blockStopSignals).
Sys.blockStopSignals()
// --lang is taken out wherever it is written, so every command accepts it.
let (langFlag, arguments) = UserLanguage.extractFlag(Array(CommandLine.arguments.dropFirst()))
if let langFlag, UserLanguage.named(langFlag) == nil {
    say("deadlined: unknown language '\(langFlag)' for --lang; expected vi or en")
    Deadlined.exit(withError: ExitCode(64))
}
if let typo = CommandTypo.message(arguments, names: CommandTypo.names, exists: CommandTypo.exists) {
    say("deadlined: \(typo)")
    Deadlined.exit(withError: ExitCode(64))
}
do {
    var command = try Deadlined.parseAsRoot(arguments)
    if !(command is Run) { Sys.unblockStopSignals() }
    try command.run()
} catch {
    exitLocalized(error)
}
