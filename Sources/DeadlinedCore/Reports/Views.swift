import Dispatch
import Foundation
import Synchronization

/// Output formats of `list` and `report`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, csv
}

/// Grouping of `report`.
public enum ReportGrouping: String, Sendable, CaseIterable {
    case agency, directive
}

/// Words in both languages.
public struct Words: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }

    public func state(_ s: ItemState) -> String {
        switch (language, s) {
        case (.vi, .overdue): return "quá hạn"
        case (.vi, .dueSoon): return "sắp đến hạn"
        case (.vi, .open): return "chưa đến hạn"
        case (.vi, .doneOnTime): return "hoàn thành đúng hạn"
        case (.vi, .doneLate): return "hoàn thành quá hạn"
        case (.vi, .ongoing): return "thường xuyên"
        case (.en, .overdue): return "overdue"
        case (.en, .dueSoon): return "due soon"
        case (.en, .open): return "open"
        case (.en, .doneOnTime): return "done on time"
        case (.en, .doneLate): return "done late"
        case (.en, .ongoing): return "ongoing"
        }
    }

    public func vi(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }
}

/// The due date as shown in tables and messages: `15/5/2024` or `17:00 15/5/2024`.
public func shownDue(_ d: Deadline) -> String {
    if d.spec.kind == .time {
        return digits(d.spec.hour, 2) + ":" + digits(d.spec.minute, 2) + " " + d.spec.date.description
    }
    return d.spec.date.description
}

/// One row of `list`: an item, its state at the chosen time and its directive.
public struct ListRow: Sendable {
    public var item: Item
    public var evaluation: Evaluation
    public var directive: Directive?

    public init(item: Item, evaluation: Evaluation, directive: Directive?) {
        self.item = item
        self.evaluation = evaluation
        self.directive = directive
    }
}

/// One item of `list`: its index in `Config.items` and its evaluation.
public struct ListPick: Sendable {
    public var index: Int32
    public var evaluation: Evaluation
}

/// Filters for `list`.
public struct ListFilter: Sendable {
    public var agencies: [String] = []
    public var directives: [String] = []
    public var states: Set<ItemState> = []

    public init(agencies: [String] = [], directives: [String] = [], states: Set<ItemState> = []) {
        self.agencies = agencies
        self.directives = directives
        self.states = states
    }

    /// `agencyKeys`: `agencies` folded, made once per list rather than once per item.
    func accepts(_ item: Item, _ evaluation: Evaluation, directive: String?, agencyKeys: Set<String>) -> Bool {
        if !states.isEmpty, !states.contains(evaluation.state) { return false }
        if !agencyKeys.isEmpty, !agencyKeys.contains(Text.fold(item.agency)) { return false }
        if !directives.isEmpty {
            guard let d = directive, directives.contains(d) else { return false }
        }
        return true
    }
}

extension Config {
    /// Every item at `now`, filtered, soonest due first (items without a deadline last).
    public func rows(at now: Int64, filter: ListFilter = ListFilter()) -> [ListRow] {
        picks(at: now, filter: filter).map { p in
            let item = items[Int(p.index)]
            return ListRow(item: item, evaluation: p.evaluation, directive: directive(of: item))
        }
    }

    /// The items `list` shows, in its order (deadline, then id), as indexes into `items` with
    /// their evaluation: nothing is copied. Items are read in place through a buffer, since
    /// a copy of each (three reference counts) cost more than the evaluation.
    public func picks(at now: Int64, filter: ListFilter = ListFilter()) -> [ListPick] {
        var kept: [(due: Int64, pick: ListPick)] = []
        let states = Array(filter.states)  // a few states: a scan, cheaper than hashing each
        // Strings hash by canonical equivalence: NFC and NFD spellings are one key.
        let agencyKeys = Set(filter.agencies.map(Text.fold))
        items.withUnsafeBufferPointer { items in
            directives.withUnsafeBufferPointer { directives in
                for i in items.indices {
                    let e = Item.evaluate(
                        deadline: items[i].deadline, status: items[i].status, completed: items[i].completed, at: now, settings: settings)
                    if !states.isEmpty, !states.contains(e.state) { continue }
                    if !filter.agencies.isEmpty || !filter.directives.isEmpty,
                        !filter.accepts(items[i], e, directive: items[i].directive.map { directives[$0].id }, agencyKeys: agencyKeys)
                    {
                        continue
                    }
                    kept.append((items[i].deadline?.overdueAt ?? Int64.max, ListPick(index: Int32(i), evaluation: e)))
                }
            }
            kept.sort { a, b in
                if a.due != b.due { return a.due < b.due }
                return items[Int(a.pick.index)].id < items[Int(b.pick.index)].id
            }
        }
        return kept.map(\.pick)
    }

    /// The four-way tallies by agency or directive, and the total.
    public func report(at now: Int64, by grouping: ReportGrouping) -> (groups: [(String, Tally)], total: Tally) {
        var groups: [String: Tally] = [:]
        var order: [String] = []
        var total = Tally()
        for item in items {
            let state = item.evaluate(at: now, settings: settings, against: settings.reportAgainst).state
            let key: String
            switch grouping {
            case .agency: key = item.agency
            case .directive: key = directive(of: item)?.id ?? "-"
            }
            if groups[key] == nil { order.append(key) }
            groups[key, default: Tally()].add(state)
            total.add(state)
        }
        let sorted = order.sorted { (groups[$0]?.overdue ?? 0, $1) > (groups[$1]?.overdue ?? 0, $0) }
        return (sorted.map { ($0, groups[$0] ?? Tally()) }, total)
    }
}

// MARK: Rendering

/// Renders rows and reports as tables, JSON and CSV. Pure: returns strings.
public struct Renderer: Sendable {
    public var zone: Zone
    public var words: Words
    /// Terminal width for tables; nil for no limit.
    public var width: Int?
    /// Whether the output goes to a terminal: CSV, faithful elsewhere, then has its control
    /// characters written out as tables always do.
    public var terminal = false

    public init(zone: Zone, language: Language, width: Int?) {
        self.zone = zone
        self.words = Words(language)
        self.width = width
    }

    /// The list in `format`, handed to `flush` in pieces of at most ~1 MiB, so a list of a
    /// hundred thousand rows is never one string in memory. JSON rows are written as bytes
    /// straight from the config's items, a batch at a time, the two halves of each batch on
    /// two cores.
    public func list(_ config: Config, _ picks: [ListPick], format: OutputFormat, flush: ([UInt8]) -> Void) {
        guard format == .json else {
            let rows = picks.map { p in
                ListRow(item: config.items[Int(p.index)], evaluation: p.evaluation, directive: config.directive(of: config.items[Int(p.index)]))
            }
            return flush(Array(list(rows, format: format).utf8))
        }
        // Rows are made in chunks on every core and written in order as each chunk is ready;
        // only a few chunks are held at a time.
        let chunk = 1024
        let chunks = (picks.count + chunk - 1) / chunk
        let render: @Sendable (Int) -> [UInt8] = { c in
            let rows = c * chunk..<Swift.min(picks.count, (c + 1) * chunk)
            var w = JSONWriter(capacity: rows.count * 640)
            // Rows come soonest due first: neighbours mostly share their deadline.
            var times = RecentTimes(zone: self.zone)
            config.items.withUnsafeBufferPointer { items in
                config.directives.withUnsafeBufferPointer { directives in
                    // Rows are read in place: a copy of an item or directive would retain each
                    // of its strings, and a directive's are shared by the other thread.
                    guard let item0 = items.baseAddress else { return }
                    for n in rows {
                        w.raw(n == 0 ? "\n  " : ",\n  ")
                        let item = item0 + Int(picks[n].index)
                        let directive = item.pointee.directive.flatMap { d in directives.baseAddress.map { $0 + d } }
                        self.writeListJSON(item, picks[n].evaluation, directive: directive, to: &w, times: &times)
                    }
                }
            }
            return w.bytes
        }
        flush(Array("[".utf8))
        if chunks > 1 {
            Parallel.ordered(chunks, render, consume: flush)
        } else if chunks == 1 {
            flush(render(0))
        }
        flush(Array((picks.isEmpty ? "]\n" : "\n]\n").utf8))
    }

    public func list(_ rows: [ListRow], format: OutputFormat) -> String {
        switch format {
        case .json:
            // Rows made elsewhere: rendered through a config of just their items.
            var items: [Item] = []
            var directives: [Directive] = []
            for r in rows {
                var item = r.item
                if let d = r.directive {
                    item.directive = directives.count
                    directives.append(d)
                } else {
                    item.directive = nil
                }
                items.append(item)
            }
            let picks = rows.enumerated().map { ListPick(index: Int32($0.offset), evaluation: $0.element.evaluation) }
            var out: [UInt8] = []
            list(Config(directives: directives, items: items), picks, format: .json) { out += $0 }
            return String(decoding: out, as: UTF8.self)
        case .csv:
            var out = "id,directive,agency,task,due,due_text,status,state,days_overdue,days_left,source\n"
            for r in rows {
                let fields = [
                    r.item.id, r.directive?.id ?? "", r.item.agency, r.item.task, r.item.deadline.map { zone.iso8601($0.shownAt) } ?? "",
                    r.item.dueText ?? "", r.item.status.rawValue, r.evaluation.state.rawValue, r.evaluation.daysOverdue.map(String.init) ?? "",
                    r.evaluation.daysLeft.map(String.init) ?? "", r.item.source.description,
                ]
                out += fields.map(csvCell).joined(separator: ",") + "\n"
            }
            return out
        case .table:
            let header = [
                "ID", words.vi("Cơ quan", "Agency"), words.vi("Nhiệm vụ", "Task"), words.vi("Hạn", "Due"),
                words.vi("Tình trạng", "State"), words.vi("Ngày", "Days"),
            ]
            let body = rows.map { r -> [String] in
                let days: String
                if let o = r.evaluation.daysOverdue {
                    days = "+\(o)"
                } else if let l = r.evaluation.daysLeft {
                    days = "-\(l)"
                } else {
                    days = ""
                }
                var due = r.item.deadline.map(shownDue) ?? ""
                if let o = r.item.originalDeadline(in: zone), !r.item.extensions.isEmpty {
                    due += words.vi(" (gia hạn từ ", " (extended from ") + shownDue(o) + ")"
                }
                var state = words.state(r.evaluation.state)
                if let ack = r.item.ack, r.evaluation.state == .overdue {
                    state += words.vi(" (đã đôn đốc, chờ đến ", " (followed up, quiet until ") + zone.local(ack.until - 1).date.description + ")"
                }
                return [
                    r.item.id, r.item.agency, Text.oneLine(Invisible.forTerminal(r.item.task)), due,
                    state, days,
                ]
            }
            var out = table(header: header, rows: body, shrinkable: [(2, 24), (0, 16), (1, 14), (2, 12)], rightAligned: [5])
            out += words.vi(
                "\(rows.count) việc. Ngày: +N = quá hạn N ngày, -N = còn N ngày.\n",
                "\(rows.count) item\(rows.count == 1 ? "" : "s"). Days: +N = N days overdue, -N = N days left.\n")
            return out
        }
    }

    /// One row as a JSON object, written as bytes without intermediate strings.
    func writeListJSON(
        _ row: UnsafePointer<Item>, _ evaluation: Evaluation, directive: UnsafePointer<Directive>?, to w: inout JSONWriter, times: inout RecentTimes
    ) {
        var first = true
        func key(_ k: StaticString) {
            w.raw(first ? "{\"" : ", \"")
            first = false
            w.raw(k)
            w.raw("\": ")
        }
        func text(_ k: StaticString, _ v: String?) {
            key(k)
            if let v { w.string(v) } else { w.raw("null") }
        }
        func int(_ k: StaticString, _ v: Int?) {
            key(k)
            if let v { w.int(v) } else { w.raw("null") }
        }
        // Fields read in place through the pointers; the texts' box is fetched once.
        let texts = row.pointee.texts
        text("id", row.pointee.id)
        text("directive", directive?.pointee.id)
        text("reference", directive?.pointee.reference)
        text("agency", texts.agency)
        text("task", texts.task)
        text("due", row.pointee.deadline.map { times.iso($0.shownAt) })
        text("due_text", texts.dueText)
        text("status", row.pointee.status.rawValue)
        text("state", evaluation.state.rawValue)
        int("days_overdue", evaluation.daysOverdue)
        int("days_left", evaluation.daysLeft)
        text("completed", row.pointee.completed.map { times.iso($0) })
        if let ack = row.pointee.ack {
            text("ack_until", times.iso(ack.until - 1))
            text("ack_note", ack.note)
        }
        if let firstExtension = texts.extensions.first {
            if let o = row.pointee.originalDeadline(in: zone) { text("original_due", times.iso(o.shownAt)) }
            text("original_due_text", firstExtension.previousDueText)
            int("extensions", texts.extensions.count)
            key("extension_references")
            w.raw("[")
            for (k, x) in texts.extensions.enumerated() {
                if k > 0 { w.raw(", ") }
                if let ref = x.reference { w.string(ref) } else { w.raw("null") }
            }
            w.raw("]")
        }
        if let o = texts.owner { text("owner", o) }
        if let n = texts.note { text("note", n) }
        key("source")
        w.string(texts.source.file, line: texts.source.line)
        w.raw("}")
    }

    public func report(_ groups: [(String, Tally)], total: Tally, by grouping: ReportGrouping, format: OutputFormat) -> String {
        let keyName = grouping == .agency ? "agency" : "directive"
        switch format {
        case .json:
            func obj(_ name: String?, _ t: Tally) -> String {
                var s = "{"
                if let name { s += "\"\(keyName)\": \(json(name)), " }
                s += "\"total\": \(t.total), \"done_on_time\": \(t.doneOnTime), \"done_late\": \(t.doneLate), "
                s += "\"not_yet_due\": \(t.notYetDue), \"due_soon\": \(t.dueSoon), \"overdue\": \(t.overdue), \"ongoing\": \(t.ongoing), "
                s += "\"overdue_share\": \(String(format: "%.4f", t.overdueShare))}"
                return s
            }
            let rows = groups.map { "    " + obj($0.0, $0.1) }.joined(separator: ",\n")
            return "{\n  \"by\": \"\(keyName)\",\n  \"groups\": [\n\(rows)\n  ],\n  \"total\": \(obj(nil, total))\n}\n"
        case .csv:
            var out = "\(keyName),total,done_on_time,done_late,not_yet_due,overdue,ongoing,overdue_share\n"
            for (name, t) in groups + [("TOTAL", total)] {
                out += [csvCell(name), "\(t.total)", "\(t.doneOnTime)", "\(t.doneLate)", "\(t.notYetDue)", "\(t.overdue)", "\(t.ongoing)",
                    String(format: "%.4f", t.overdueShare)].joined(separator: ",") + "\n"
            }
            return out
        case .table:
            let header = [
                grouping == .agency ? words.vi("Cơ quan", "Agency") : words.vi("Văn bản", "Directive"),
                words.vi("Tổng", "Total"), words.vi("Đúng hạn", "On time"), words.vi("Trễ hạn", "Late"),
                words.vi("Chưa đến hạn", "Not yet due"), words.vi("Quá hạn", "Overdue"), words.vi("Thường xuyên", "Ongoing"),
                words.vi("% quá hạn", "% overdue"),
            ]
            func cells(_ name: String, _ t: Tally) -> [String] {
                [name, "\(t.total)", "\(t.doneOnTime)", "\(t.doneLate)", "\(t.notYetDue)", "\(t.overdue)", "\(t.ongoing)",
                    String(format: "%.1f%%", t.overdueShare * 100)]
            }
            var body = groups.map { cells($0.0, $0.1) }
            body.append(cells(words.vi("Tổng cộng", "Total"), total))
            var out = table(header: header, rows: body, shrinkable: [(0, 12)], rightAligned: [1, 2, 3, 4, 5, 6, 7])
            out += summary(total) + "\n"
            return out
        }
    }

    /// A CSV field: the text as it is, but safe to print when the output is a terminal.
    func csvCell(_ s: String) -> String { csvField(terminal ? Invisible.forTerminal(s) : s) }

    /// The sentence progress reports open with.
    public func summary(_ t: Tally) -> String {
        let done = t.doneOnTime + t.doneLate
        return words.vi(
            "\(t.total) nhiệm vụ: \(done) hoàn thành (\(t.doneOnTime) đúng hạn, \(t.doneLate) trễ hạn), \(t.notYetDue) chưa đến hạn, \(t.overdue) quá hạn, \(t.ongoing) thường xuyên.",
            "\(t.total) task\(t.total == 1 ? "" : "s"): \(done) done (\(t.doneOnTime) on time, \(t.doneLate) late), \(t.notYetDue) not yet due, \(t.overdue) overdue, \(t.ongoing) ongoing."
        )
    }

    /// A plain-text table whose shrinkable columns are cut, in order and down to their
    /// minimum width, until it fits `width`.
    func table(header: [String], rows: [[String]], shrinkable: [(column: Int, minimum: Int)], rightAligned: Set<Int>) -> String {
        // Config text could drive the terminal (colours, OSC 8 links, a cleared screen) or
        // reorder the line (bidi overrides): written out, before widths are measured.
        var rows = rows
        for r in rows.indices {
            for c in rows[r].indices where Invisible.hasTerminalControl(rows[r][c]) {
                rows[r][c] = Invisible.forTerminal(rows[r][c])
            }
        }
        var widths = header.map { $0.count }
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        if let width {
            var total = widths.reduce(0, +) + 2 * (widths.count - 1)
            for (col, least) in shrinkable where total > width {
                let minimum = max(header[col].count, least)
                let cut = min(total - width, widths[col] - minimum)
                if cut > 0 {
                    widths[col] -= cut
                    total -= cut
                }
            }
        }
        func line(_ cells: [String]) -> String {
            var s = ""
            for (i, c) in cells.enumerated() {
                let text = Text.truncate(c, to: widths[i])
                let pad = String(repeating: " ", count: max(widths[i] - text.count, 0))
                let cell = rightAligned.contains(i) ? pad + text : text + (i == cells.count - 1 ? "" : pad)
                s += (i == 0 ? "" : "  ") + cell
            }
            return s + "\n"
        }
        var out = line(header)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for r in rows { out += line(r) }
        return out
    }
}

/// The last instants formatted, for rows that mostly share their neighbours' deadline.
struct RecentTimes {
    let zone: Zone
    var last: (Int64, String)?
    var before: (Int64, String)?

    init(zone: Zone) { self.zone = zone }

    mutating func iso(_ t: Int64) -> String {
        if let last, last.0 == t { return last.1 }
        if let b = before, b.0 == t {
            swap(&last, &before)
            return b.1
        }
        let s = zone.iso8601(t)
        before = last
        last = (t, s)
        return s
    }
}

func csvField(_ s: String) -> String {
    // On scalars: "\r\n" is one Character, equal to neither "\r" nor "\n".
    if s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return s
}
