import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import DeadlinedSystem
import Foundation

/// What `done`, `progress` and `status` share: the item they record an update for, the note,
/// and the writing of the update under the updates file's lock.
struct UpdateTarget: ParsableArguments {
    @OptionGroup var options: ConfigOptions

    @Argument(
        help: "The item id, as 'deadlined list' shows it, or the assignment's id with --agency.",
        completion: Completion.itemIDs)
    var id: String

    @Option(
        help: ArgumentHelp("The agency, for an assignment given to several.", valueName: "name"),
        completion: Completion.agencies)
    var agency: String?

    @Option(help: ArgumentHelp("What was done, for the history (\"đã nộp báo cáo\").", valueName: "text"))
    var note: String?

    /// The item `id` (and `--agency`) names; exit 64 with a suggestion when there is none.
    func item(in cfg: Config) throws -> Item {
        let family = cfg.items.filter { $0.id == id || $0.id.hasPrefix(id + "/") }
        if let agency {
            let slugged = id + "/" + Text.slug(agency), folded = Text.fold(agency)
            let matches = family.filter { $0.id == slugged || Text.fold($0.agency) == folded }
            if matches.count == 1 { return matches[0] }
            if !family.isEmpty {
                let names = Set(family.map(\.agency)).sorted().joined(separator: ", ")
                throw usageError("'\(id)' has no agency '\(agency)'; its agencies: \(names)")
            }
        } else if let exact = family.first(where: { $0.id == id }) {
            return exact
        } else if !family.isEmpty {
            let names = family.map(\.agency).joined(separator: ", ")
            throw usageError("'\(id)' is assigned to several agencies (\(names)); say which with --agency")
        }
        let near = Text.suggestion(for: id, among: cfg.items.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
        throw usageError("no tracked item has the id '\(id)'\(near)")
    }

    /// Appends `change` for `item` to the updates file, recorded now by the invoking user.
    func record(_ change: Update.Change, for item: Item, cfg: Config, now: Int64) throws {
        let path = ConfigLoader.updatesPath(for: options.config)
        let who = UpdatesStore.invokingUser(environment: ProcessInfo.processInfo.environment)
        let update = Update(id: item.id, at: cfg.settings.zone.iso8601(now), by: who, change: change, note: note)
        switch UpdatesStore.append(update, to: path) {
        case .success: break
        case .failure(.damaged(let broken)):
            Console.error(
                broken.renderedDiagnostics(in: cliLanguage, colour: Console.colours(2, choice: options.color)))
            say("deadlined: \(path) is damaged; nothing was written: mend the lines above, then try again")
            throw ExitCode(exitConfig)
        case .failure(.locked(let reason)):
            say("deadlined: \(reason); nothing was written, try again")
            throw ExitCode(1)
        case .failure(.write(let problem)):
            say("deadlined: \(problem)")
            throw ExitCode(1)
        }
    }

    /// A day given with `--on` (today when nil) as D/M/YYYY; exit 64 for anything else or a
    /// day after today.
    func day(_ text: String?, now: Int64, zone: Zone) throws -> String {
        let today = zone.local(now).date
        var date = today
        if let text {
            switch DueGrammar.parse(text) {
            case .success(let spec) where spec.kind == .day: date = spec.date
            case .success: throw usageError("--on: '\(text)' is not one day; give a date such as 30/6/2024")
            case .failure(let e): throw usageError("--on: \(e.message)")
            }
            if date.dayNumber > today.dayNumber { throw usageError("--on \(text) is after today") }
        }
        return "\(date.day)/\(date.month)/\(date.year)"
    }
}
