import CHints

extension Renderer {
    /// How many rows one piece of a JSON list holds, when it is made in pieces.
    public static let listJSONChunk = 1024

    /// What a JSON list opens with.
    public static var listJSONOpening: [UInt8] { Array("[".utf8) }

    /// What a JSON list closes with, after its last row.
    public static func listJSONClosing(empty: Bool) -> [UInt8] { Array((empty ? "]\n" : "\n]\n").utf8) }

    /// Rows `rows` (positions in `picks`) of the JSON list, each after its separator: the
    /// pieces of consecutive ranges, joined between the opening and the closing, are the list.
    public func listJSON(_ config: Config, _ picks: [ListPick], rows: Range<Int>) -> [UInt8] {
        var w = JSONWriter(capacity: rows.count * 640)
        // Rows come soonest due first: neighbours mostly share their deadline.
        var times = RecentTimes(zone: zone)
        config.items.withUnsafeBufferPointer { items in
            config.directives.withUnsafeBufferPointer { directives in
                // Rows are read in place: a copy of an item or directive would retain each
                // of its strings, and a directive's are shared by other threads.
                guard let item0 = items.baseAddress else { return }
                for n in rows {
                    // Rows are in due order, their items far apart in `items`: each item is
                    // asked for 16 rows ahead, its texts box 8 rows ahead (once the item is in
                    // cache, to read the box's address).
                    if n + 2 * RowPrefetch.ahead < rows.upperBound {
                        RowPrefetch.item(item0 + Int(picks[n + 2 * RowPrefetch.ahead].index))
                    }
                    if n + RowPrefetch.ahead < rows.upperBound {
                        RowPrefetch.texts(of: item0 + Int(picks[n + RowPrefetch.ahead].index))
                    }
                    w.raw(n == 0 ? "\n  " : ",\n  ")
                    let item = item0 + Int(picks[n].index)
                    let directive = item.pointee.directive.flatMap { d in directives.baseAddress.map { $0 + d } }
                    writeListJSON(
                        item, picks[n].evaluation, directive: directive, duty: picks[n].duty, to: &w, times: &times)
                }
            }
        }
        return w.finish()
    }

    /// Rows made elsewhere as a JSON list, rendered through a config of just their items.
    func listJSON(_ rows: [ListRow]) -> String {
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
        let picks = rows.enumerated().map {
            ListPick(index: Int32($0.offset), evaluation: $0.element.evaluation, duty: $0.element.duty)
        }
        var out: [UInt8] = []
        list(Config(directives: directives, items: items), picks, format: .json) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// One row as a JSON object, written as bytes without intermediate strings.
    func writeListJSON(
        _ row: UnsafePointer<Item>, _ evaluation: Evaluation, directive: UnsafePointer<Directive>?,
        duty: DutySummary? = nil, to w: inout JSONWriter, times: inout RecentTimes
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
        text("id", duty?.duty.id ?? row.pointee.id)
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
        if row.pointee.measure != nil, let f = progressFigures(row.pointee) { writeProgressJSON(f, to: &w) }
        if let duty {
            // A recurring duty as one row: the fields above are those of `occurrence`.
            text("duty", duty.duty.id)
            text("occurrence", row.pointee.id)
            int("occurrences_missed", duty.missed)
            text("oldest_missed", duty.oldestMissed.map { times.iso($0.shownAt) })
            text("next_due", duty.next.map { times.iso($0.shownAt) })
        }
        if let o = texts.owner { text("owner", o) }
        if let n = texts.note { text("note", n) }
        key("source")
        w.string(texts.source.file, line: texts.source.line)
        w.raw("}")
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
