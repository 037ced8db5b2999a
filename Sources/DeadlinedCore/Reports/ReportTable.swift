extension Renderer {
    /// The report as two tables over the same rows, each ending with the total: the status
    /// split (total, done, ongoing, in progress, not started, cancelled) and timeliness (on
    /// time, late, not yet due, overdue, no deadline when some item has none, and the two
    /// shares); then the summary sentence. Two
    /// tables because thirteen columns of counts do not fit a terminal. By directive, the
    /// first table has the directive's reference, issue date and title, wrapped.
    func reportTable(
        _ groups: [(String, Tally)], total: Tally, by grouping: ReportGrouping, directives: [String: Directive]
    ) -> String {
        let key = words.heading(grouping == .agency ? Glossary.agency : Glossary.directive)
        let totalName = words.pick(vi: "Tổng cộng", en: "Total")
        let rows = groups + [(totalName, total)]
        func heading(_ t: Term) -> String { Renderer.twoLines(words.heading(t)) }

        var statusHeader = [key, heading(Glossary.total)]
        statusHeader += [Status.done, .ongoing, .inProgress, .notStarted, .cancelled].map {
            heading(Glossary.status($0))
        }
        var statusRows = rows.map { name, t -> [String] in
            let b = t.byStatus
            return [
                name, "\(t.total)", "\(b.done)", "\(b.ongoing)", "\(b.inProgress)", "\(b.notStarted)", "\(t.cancelled)",
            ]
        }
        var rightAligned = Set(1...6)
        if grouping == .directive {
            // The description column, wrapped to what the counts leave of the width.
            let counts = statusRows.map { $0.dropFirst().map(\.count) }
            var used = 2 * statusHeader.count
            for c in 0..<statusHeader.count {
                let cells =
                    [statusHeader[c].split(separator: "\n").map(\.count).max() ?? 0]
                    + (c == 0 ? statusRows.map { $0[0].count } : counts.map { $0[c - 1] })
                used += cells.max() ?? 0
            }
            let wrapAt = Swift.max(16, Swift.min(48, (width ?? 120) - used))
            statusHeader.insert(words.pick(vi: "Trích yếu", en: "Title"), at: 1)
            var wrapped: [[String]] = []
            for (i, row) in statusRows.enumerated() {
                let about = i < groups.count ? directives[groups[i].0].map(describe) ?? "" : ""
                let lines = Renderer.wrap(about, width: wrapAt)
                var first = row
                first.insert(lines.first ?? "", at: 1)
                wrapped.append(first)
                for more in lines.dropFirst() {
                    var r = Array(repeating: "", count: first.count)
                    r[1] = more
                    wrapped.append(r)
                }
            }
            statusRows = wrapped
            rightAligned = Set(2...7)
        }
        var out = words.pick(vi: "Theo tình trạng thực hiện:\n", en: "By status:\n")
        out += table(header: statusHeader, rows: statusRows, shrinkable: [(0, 12)], rightAligned: rightAligned)

        var timeHeader = [key]
        timeHeader += [ItemState.doneOnTime, .doneLate].map { heading(Glossary.timeliness($0)) }
        timeHeader += [heading(Glossary.notYetDue), heading(Glossary.state(.overdue))]
        // Work with no deadline beside the four, only when there is some; outside the shares.
        let noDeadline = total.noDeadline > 0
        if noDeadline { timeHeader.append(heading(Glossary.state(.noDeadline))) }
        timeHeader += [
            Renderer.twoLines("% " + words.term(Glossary.timeliness(.doneOnTime))),
            Renderer.twoLines("% " + words.term(Glossary.state(.overdue))),
        ]
        // The mean progress share (`Tally.progressShare`), only when some item has a target.
        let progress = total.withTarget > 0
        if progress { timeHeader.append(words.pick(vi: "Tiến độ", en: "Progress")) }
        let timeRows = rows.map { name, t -> [String] in
            [name, "\(t.doneOnTime)", "\(t.doneLate)", "\(t.notYetDue)", "\(t.overdue)"]
                + (noDeadline ? ["\(t.noDeadline)"] : [])
                + [words.percent(t.onTimeShare), words.percent(t.overdueShare)]
                + (progress ? [t.progressShare.map(words.percent) ?? ""] : [])
        }
        out += words.pick(vi: "\nTheo thời hạn:\n", en: "\nBy deadline:\n")
        // Items done on time green, overdue ones (and their share) red, where there are any.
        let paints = rows.map { _, t -> [Paint?] in
            let late: Paint? = t.overdue > 0 ? .red : nil
            return [nil, t.doneOnTime > 0 ? .green : nil, nil, nil, late] + (noDeadline ? [nil] : []) + [nil, late]
        }
        out += table(
            header: timeHeader, rows: timeRows, shrinkable: [(0, 12)], rightAligned: Set(1..<timeHeader.count),
            paints: colour ? paints : [])
        out += summary(total) + "\n"
        if let base = shareBase(total) { out += base + "\n" }
        return out
    }

    /// A directive as the report describes it: "Kế hoạch số 762/KH-TCT, 2/4/2024: title".
    func describe(_ d: Directive) -> String {
        let head = [d.reference, d.issued?.description].compactMap { $0 }.joined(separator: ", ")
        let title = d.title.map { Text.oneLine(Invisible.forTerminal($0)) }
        return [head.isEmpty ? nil : head, title].compactMap { $0 }.joined(separator: ": ")
    }

    /// A heading on two lines, broken at the space that makes the longer line shortest.
    static func twoLines(_ s: String) -> String {
        let words = s.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 else { return s }
        var best = s, bestWidth = s.count
        for cut in 1..<words.count {
            let a = words[..<cut].joined(separator: " "), b = words[cut...].joined(separator: " ")
            if Swift.max(a.count, b.count) < bestWidth {
                best = a + "\n" + b
                bestWidth = Swift.max(a.count, b.count)
            }
        }
        return best
    }

    /// `s` in lines of at most `width` characters, broken at spaces; a word longer than a
    /// line is cut.
    static func wrap(_ s: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in s.split(separator: " ") {
            var w = Substring(word)
            while w.count > width {
                if !line.isEmpty {
                    lines.append(line)
                    line = ""
                }
                lines.append(String(w.prefix(width)))
                w = w.dropFirst(width)
            }
            if w.isEmpty { continue }
            if line.isEmpty {
                line = String(w)
            } else if line.count + 1 + w.count <= width {
                line += " " + w
            } else {
                lines.append(line)
                line = String(w)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
