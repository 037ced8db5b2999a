extension Renderer {
    /// The list in `format`, handed to `flush` in pieces, so a list of a hundred thousand
    /// rows is never one string in memory: a JSON list a piece of `listJSONChunk` rows at a
    /// time, written as bytes straight from the config's items.
    public func list(_ config: Config, _ picks: [ListPick], format: OutputFormat, flush: ([UInt8]) -> Void) {
        guard format == .json else {
            let rows = picks.map { p in
                ListRow(
                    item: config.items[Int(p.index)], evaluation: p.evaluation,
                    directive: config.directive(of: config.items[Int(p.index)]), duty: p.duty)
            }
            return flush(Array(list(rows, format: format).utf8))
        }
        flush(Renderer.listJSONOpening)
        for start in stride(from: 0, to: picks.count, by: Renderer.listJSONChunk) {
            flush(listJSON(config, picks, rows: start..<Swift.min(picks.count, start + Renderer.listJSONChunk)))
        }
        flush(Renderer.listJSONClosing(empty: picks.isEmpty))
    }

    /// The rows in `format`, as one string.
    public func list(_ rows: [ListRow], format: OutputFormat) -> String {
        switch format {
        case .json: return listJSON(rows)
        case .csv: return listCSV(rows)
        // `list` refuses html before it gets here (`htmlReport` is a report's page).
        case .table, .xlsx, .html: return listTable(rows)
        }
    }

    /// The rows as CSV with a header line: every field the JSON list can carry, named by its
    /// key, empty where the JSON has null or leaves the key out.
    func listCSV(_ rows: [ListRow]) -> String {
        var out = ListField.allCases.map(\.rawValue).joined(separator: ",") + "\n"
        for r in rows {
            out +=
                ListField.allCases.map { csvCell(csvText(r.value($0, zone: zone, now: now))) }.joined(separator: ",")
                + "\n"
        }
        return out
    }

    /// The rows as a table in the configured language, with a line saying how many and what
    /// the days column means.
    func listTable(_ rows: [ListRow]) -> String {
        let header = [
            "ID", words.pick(vi: "Cơ quan", en: "Agency"), words.pick(vi: "Nhiệm vụ", en: "Task"),
            words.pick(vi: "Hạn", en: "Due"),
            words.pick(vi: "Tình trạng", en: "State"), words.heading(Glossary.days),
        ]
        // A progress column only when some item has a target.
        let anyTarget = rows.contains { $0.item.measure != nil }
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
            if let duty = r.duty { due = dutyDue(duty, last: r.item.deadline) }
            if let o = r.item.originalDeadline(in: zone), !r.item.extensions.isEmpty {
                due += words.pick(vi: " (gia hạn từ ", en: " (extended from ") + shownDue(o) + ")"
            }
            var state = words.state(r.evaluation.state)
            if let ack = r.item.ack, r.evaluation.state == .overdue {
                state +=
                    words.pick(vi: " (đã đôn đốc, chờ đến ", en: " (followed up, quiet until ")
                    + zone.local(ack.until - 1).date.description + ")"
            }
            return [
                r.duty?.duty.id ?? r.item.id, r.item.agency, Text.oneLine(Invisible.forTerminal(r.item.task)), due,
                state, days,
            ] + (anyTarget ? [progressFigures(r.item).map(progressText) ?? ""] : [])
        }
        // The state and the days in the state's colour; nothing made when not colouring.
        let paints =
            colour
            ? rows.map { r -> [Paint?] in
                let p = Paint.of(r.evaluation.state)
                return [nil, nil, nil, nil, p, p]
            } : []
        var out = table(
            header: header + (anyTarget ? [words.pick(vi: "Tiến độ", en: "Progress")] : []), rows: body,
            shrinkable: [(2, 24), (0, 16), (1, 14), (2, 12)], rightAligned: [5], paints: paints)
        out += words.pick(
            vi: "\(rows.count) việc. Số ngày: +N = quá hạn N ngày, -N = còn N ngày.\n",
            en: "\(rows.count) item\(rows.count == 1 ? "" : "s"). Days: +N = N days overdue, -N = N days left.\n")
        return out
    }
}
