import ArgumentParser

/// deadlined: keeps government directives from slipping past their deadlines.
struct Deadlined: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlined",
        abstract: "Track directive deadlines and alert through the systemd journal.",
        discussion: "Without a subcommand, runs the daemon.",
        version: "0.1.0",
        subcommands: [Check.self, List.self, Report.self]
    )
}

Deadlined.main()
