import ArgumentParser
import DeadlinedCore
import DeadlinedSystem
import Foundation

/// The language of this command's messages: `--lang`, else DEADLINED_LANG, else the locale
/// (`UserLanguage`). Diagnostics, usage errors and the commands' own lines follow it; the
/// journal's alerts follow `settings.language`.
let cliLanguage: Language = {
    let flag = UserLanguage.extractFlag(Array(CommandLine.arguments.dropFirst())).value.flatMap(UserLanguage.named)
    return UserLanguage.resolve(flag: flag, environment: ProcessInfo.processInfo.environment)
}()

/// A message line on standard error, in the user's language.
func say(_ english: String) {
    Console.error(MessageTable.render(english, in: cliLanguage))
}

/// A message line on standard output, in the user's language.
func tell(_ english: String) {
    print(MessageTable.render(english, in: cliLanguage))
}

extension Language: ExpressibleByArgument {}

/// Prints an error of argument parsing (or a command's thrown error) in the user's language,
/// then exits with its status. Help and version requests, and English, go the usual way.
func exitLocalized(_ error: any Error) -> Never {
    let code = Deadlined.exitCode(for: error)
    guard cliLanguage == .vi, code != .success else { Deadlined.exit(withError: error) }
    let text = Deadlined.fullMessage(for: error)
    if !text.isEmpty { Console.error(localizedUsage(text)) }
    exit(code.rawValue)
}

/// swift-argument-parser's error text in Vietnamese, line by line: the error through the
/// table, the usage synopsis and the option's help as they are (they are the --help text,
/// which stays English).
func localizedUsage(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        let l = String(line)
        if l.hasPrefix("Usage: ") { return "Cách dùng: " + l.dropFirst("Usage: ".count) }
        if l.hasPrefix("Help:  ") { return "Trợ giúp:  " + l.dropFirst("Help:  ".count) }
        return MessageTable.render(l, in: .vi)
    }.joined(separator: "\n")
}
