import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import DeadlinedSystem
import Foundation

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the updates recorded with 'done', 'progress' and 'status': when, what, by whom.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var options: ConfigOptions

    @Argument(help: "Only this item (or every agency of this assignment).", completion: Completion.itemIDs)
    var id: String?

    @Option(help: "table or json.")
    var format: Format = .table

    func run() throws {
        let (cfg, _) = try options.load(quietWarnings: true)
        let path = ConfigLoader.updatesPath(for: options.config)
        var entries: [Update]
        switch UpdatesFile.read(path, source: FileSource()) {
        case .success(let f): entries = f.entries
        case .failure(let broken):
            Console.error(
                broken.renderedDiagnostics(in: cliLanguage, colour: Console.colours(2, choice: options.color)))
            throw ExitCode(exitConfig)
        }
        if let id {
            entries = entries.filter { $0.id == id || $0.id.hasPrefix(id + "/") }
            let known = cfg.items.contains { $0.id == id || $0.id.hasPrefix(id + "/") }
            if entries.isEmpty, !known {
                let near = Text.suggestion(for: id, among: cfg.items.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
                throw usageError("no tracked item has the id '\(id)'\(near)")
            }
        }
        let w = Words(cfg.settings.language)
        switch format {
        case .json: print(HistoryCommand.json(entries))
        case .table: print(HistoryCommand.table(entries, words: w), terminator: "")
        }
    }

    /// What an update did, in words.
    static func what(_ c: Update.Change, words w: Words) -> String {
        switch c {
        case .completed(let d): return w.pick(vi: "hoàn thành ngày \(d)", en: "done on \(d)")
        case .status(let s):
            return w.pick(vi: "trạng thái: \(HistoryCommand.vietnamese(s))", en: "status: \(s)")
        case .progress(let v, let on):
            let day = on.map { w.pick(vi: " ngày \($0)", en: " on \($0)") } ?? ""
            return w.pick(vi: "tiến độ \(v)\(day)", en: "progress \(v)\(day)")
        }
    }

    static func vietnamese(_ status: String) -> String {
        Status(parsing: status).map { Glossary.status($0).vi } ?? status
    }

    /// One line per update, oldest first, columns padded to their widest cell.
    static func table(_ entries: [Update], words w: Words) -> String {
        if entries.isEmpty { return w.pick(vi: "Chưa có cập nhật nào.\n", en: "No updates recorded.\n") }
        let head = [
            w.pick(vi: "Thời điểm", en: "When"), w.pick(vi: "Mã", en: "Id"), w.pick(vi: "Cập nhật", en: "Update"),
            w.pick(vi: "Người ghi", en: "By"), w.pick(vi: "Ghi chú", en: "Note"),
        ]
        let rows =
            [head]
            + entries.map { e in
                [e.at, e.id, what(e.change, words: w), e.by ?? "", e.note ?? ""].map(Invisible.forTerminal)
            }
        var widths = [Int](repeating: 0, count: head.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        var out = ""
        for r in rows {
            var line = ""
            for (i, c) in r.enumerated() {
                line += i == r.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count + 2)
            }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    /// A JSON array of `{id, at, by, status | completed | progress, on, note}`, oldest first.
    static func json(_ entries: [Update]) -> String {
        let objects = entries.map { e -> String in
            var fields = ["\"id\":\(DeadlinedCore.json(e.id))", "\"at\":\(DeadlinedCore.json(e.at))"]
            fields.append("\"by\":" + (e.by.map { DeadlinedCore.json($0) } ?? "null"))
            switch e.change {
            case .status(let s): fields.append("\"status\":\(DeadlinedCore.json(s))")
            case .completed(let d): fields.append("\"completed\":\(DeadlinedCore.json(d))")
            case .progress(let v, let on):
                fields.append("\"progress\":\(DeadlinedCore.json(v))")
                fields.append("\"on\":" + (on.map { DeadlinedCore.json($0) } ?? "null"))
            }
            fields.append("\"note\":" + (e.note.map { DeadlinedCore.json($0) } ?? "null"))
            return "{" + fields.joined(separator: ",") + "}"
        }
        return "[" + objects.joined(separator: ",\n ") + "]"
    }
}
