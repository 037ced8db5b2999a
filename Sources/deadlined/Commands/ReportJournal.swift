import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import DeadlinedSystem
import Foundation

/// `report --journal DIR` and `--journal-file FILE`: the province report from the snapshots
/// the offices' daemons wrote (`Snapshot`), as systemd-journal-remote stores them.
extension Report {
    func validateJournal() throws {
        guard journal != nil || !journalFile.isEmpty else { return }
        if journal != nil, !journalFile.isEmpty { throw ValidationError("give --journal or --journal-file, not both") }
        if by == .directive { throw ValidationError("--by directive: the snapshots count by agency only") }
        if !agency.isEmpty || !directive.isEmpty {
            throw ValidationError("--agency and --directive do not go with --journal")
        }
    }

    /// The language and time zone come from the configuration when there is one: the
    /// centre needs none of the offices' assignments.
    func runJournal() throws -> Never {
        var settings = Settings()
        if FileManager.default.fileExists(atPath: options.config) {
            settings = try options.load(quietWarnings: true).0.settings
        }
        let now = try instant(at, zone: settings.zone)
        let source: NotifyJournal.Source = journal.map { .directory($0) } ?? .files(journalFile)
        let collector: SnapshotCollector
        do {
            collector = try SnapshotJournal.collect(source)
        } catch {
            Console.error("deadlined: cannot read the journal: \(error)")
            throw ExitCode(1)
        }
        if collector.unreadable > 0 {
            Console.error("deadlined: \(collector.unreadable) snapshot entries could not be read and were left out")
        }
        let report = ProvinceReport(collector.snapshots, at: now, without: collector.withoutSnapshot)
        if collector.snapshots.isEmpty {
            Console.error(
                "deadlined: no complete snapshot of any office in \(journal ?? journalFile.joined(separator: ", "))")
        }
        var renderer = Renderer(
            zone: settings.zone, language: settings.language,
            width: destination.output == nil ? Console.width() : nil)
        renderer.terminal = isatty(1) != 0 && destination.output == nil
        renderer.now = now
        let grouping: ProvinceGrouping = by == .agency ? .agency : .office
        switch format {
        case .xlsx: try destination.write(renderer.provinceWorkbook(report, by: grouping))
        case .html: try destination.write(Array(renderer.provincePage(report, by: grouping).utf8))
        case .table, .json, .csv:
            try destination.write(Array(renderer.province(report, by: grouping, format: format).utf8))
        }
        finished()
    }
}
