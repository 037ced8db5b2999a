/// A column of counts in the report's tables: its heading, the group of columns it belongs
/// to (nil: a column of its own) and how a tally fills it.
struct CountColumn {
    var heading: String
    var group: String?
    var value: (Tally) -> String
}

extension Renderer {
    /// The count columns of the HTML report's tables, every table's in one place, named from
    /// the glossary and grouped as the terminal report's two tables are: the total, the
    /// status split with the cancelled items, then timeliness with its two shares; the
    /// no-deadline count before the shares when `noDeadline`.
    func countColumns(noDeadline: Bool = false) -> [CountColumn] {
        let status = words.pick(vi: "Theo tình trạng thực hiện", en: "By status")
        let deadline = words.pick(vi: "Theo thời hạn", en: "By deadline")
        func column(_ t: Term, _ group: String, _ value: @escaping (Tally) -> Int) -> CountColumn {
            CountColumn(heading: words.heading(t), group: group) { "\(value($0))" }
        }
        let withoutDeadline = noDeadline ? [column(Glossary.state(.noDeadline), deadline) { $0.noDeadline }] : []
        return [
            CountColumn(heading: words.heading(Glossary.total)) { "\($0.total)" },
            column(Glossary.status(.done), status) { $0.byStatus.done },
            column(Glossary.status(.ongoing), status) { $0.byStatus.ongoing },
            column(Glossary.status(.inProgress), status) { $0.byStatus.inProgress },
            column(Glossary.status(.notStarted), status) { $0.byStatus.notStarted },
            column(Glossary.status(.cancelled), status) { $0.cancelled },
            column(Glossary.timeliness(.doneOnTime), deadline) { $0.doneOnTime },
            column(Glossary.timeliness(.doneLate), deadline) { $0.doneLate },
            column(Glossary.notYetDue, deadline) { $0.notYetDue },
            column(Glossary.state(.overdue), deadline) { $0.overdue },
        ] + withoutDeadline + [
            CountColumn(heading: "% " + words.term(Glossary.timeliness(.doneOnTime)), group: deadline) {
                words.percent($0.onTimeShare)
            },
            CountColumn(heading: "% " + words.term(Glossary.state(.overdue)), group: deadline) {
                words.percent($0.overdueShare)
            },
        ]
    }

    /// The report as one self-contained HTML page (inline CSS and SVG; no script, nothing
    /// fetched): the title, the issuer, the date it speaks of, the table by agency, the
    /// chart, a section per directive, the overdue items, most days overdue first, and the
    /// items with a target (`progressSection`).
    /// Everything from the configuration is escaped. `filter` narrows every part as it
    /// narrows `report` (its agencies and directives).
    public func htmlReport(_ config: Config, at now: Int64, filter: ListFilter = ListFilter()) -> String {
        let (groups, total) = config.report(at: now, by: .agency, filter: filter)
        let title =
            config.settings.reportTitle
            ?? words.pick(vi: "Báo cáo tình hình thực hiện nhiệm vụ", en: "Report on the progress of assigned tasks")
        let day = zone.local(now).date.description
        var html = "<!DOCTYPE html>\n<html lang=\"\(words.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html +=
            "<title>\(htmlEscaped(title)) (\(day))</title>\n<style>\n\(htmlReportStyle)\n</style>\n</head>\n<body>\n"
        let issuers = config.issuers
        if !issuers.isEmpty {
            html += "<p class=\"issuer\">\(issuers.map(htmlEscaped).joined(separator: "<br>\n"))</p>\n"
        }
        html += "<h1>\(htmlEscaped(title))</h1>\n"
        html += "<p class=\"asof\">\(words.pick(vi: "Tính đến ngày", en: "As of")) \(day)</p>\n"
        html += "<p class=\"summary\">\(htmlEscaped(summary(total)))</p>\n"

        html += "<h2>\(words.pick(vi: "I. Kết quả theo cơ quan", en: "I. Results by agency"))</h2>\n"
        html += countTable(
            firstHeading: words.heading(Glossary.agency), rows: groups,
            total: (words.pick(vi: "Tổng cộng", en: "Total"), total), noDeadline: total.noDeadline > 0)
        html += basisNote(config.settings.reportAgainst)
        if let base = shareBase(total) { html += "<p class=\"note\">\(htmlEscaped(base))</p>\n" }
        html += "<h2>\(words.pick(vi: "II. Biểu đồ tiến độ theo cơ quan", en: "II. Progress by agency"))</h2>\n"
        html += htmlChart(groups)

        html += "<h2>\(words.pick(vi: "III. Kết quả theo văn bản", en: "III. Results by directive"))</h2>\n"
        html += directiveSections(config, at: now, filter: filter, noDeadline: total.noDeadline > 0)

        let overdue = config.overdueLines(at: now, filter: filter)
        html += "<h2>\(words.pick(vi: "IV. Nhiệm vụ quá hạn", en: "IV. Overdue tasks")) (\(overdue.count))</h2>\n"
        html += overdueTable(overdue)
        html += progressSection(config, at: now, filter: filter, number: "V")
        return html + "</body>\n</html>\n"
    }

    /// A table of tallies, a row per name and a total row, with the count columns.
    /// `noDeadline`: with the no-deadline column (every table of a page has it or none does).
    func countTable(
        firstHeading: String, rows: [(String, Tally)], total: (String, Tally)?, noDeadline: Bool = false
    ) -> String {
        let columns = countColumns(noDeadline: noDeadline)
        var t = "<table class=\"counts\">\n<thead>\n<tr><th rowspan=\"2\">\(htmlEscaped(firstHeading))</th>"
        // Two heading rows: a column of its own spans both, a group's name spans its columns.
        var i = 0
        while i < columns.count {
            guard let group = columns[i].group else {
                t += "<th rowspan=\"2\">\(htmlEscaped(columns[i].heading))</th>"
                i += 1
                continue
            }
            let span = columns[i...].prefix { $0.group == group }.count
            t += "<th colspan=\"\(span)\">\(htmlEscaped(group))</th>"
            i += span
        }
        // The progress bars, when some item of the table has a target (`Tally.progressShare`).
        let progress = (rows.map(\.1) + (total.map { [$0.1] } ?? [])).contains { $0.withTarget > 0 }
        if progress { t += "<th rowspan=\"2\">\(words.pick(vi: "Tiến độ", en: "Progress"))</th>" }
        t += "</tr>\n<tr>" + columns.filter { $0.group != nil }.map { "<th>\(htmlEscaped($0.heading))</th>" }.joined()
        t += "</tr>\n</thead>\n<tbody>\n"
        func row(_ name: String, _ tally: Tally, _ cls: String) -> String {
            "<tr\(cls)><td>\(htmlEscaped(name))</td>"
                + columns.map { "<td class=\"n\">\(htmlEscaped($0.value(tally)))</td>" }.joined()
                + (progress ? progressCell(tally) : "") + "</tr>\n"
        }
        for (name, tally) in rows { t += row(name, tally, "") }
        if let total { t += row(total.0, total.1, " class=\"total\"") }
        return t + "</tbody>\n</table>\n"
    }

    /// Which deadline the timeliness counts and the days overdue are counted against.
    func basisNote(_ basis: ReportBasis) -> String {
        let text =
            basis == .original
            ? words.pick(
                vi: "Tiến độ và số ngày quá hạn tính theo hạn ban đầu (trước gia hạn).",
                en: "Timeliness and days overdue are counted against the original deadline (before extensions).")
            : words.pick(
                vi: "Tiến độ và số ngày quá hạn tính theo hạn đã gia hạn.",
                en: "Timeliness and days overdue are counted against the extended deadline.")
        return "<p class=\"note\">\(text)</p>\n"
    }

    /// A section per directive, in the order the configuration lists them: its title,
    /// reference, issuer and issue date, and its items' counts; then the items of no directive.
    func directiveSections(_ config: Config, at now: Int64, filter: ListFilter, noDeadline: Bool = false) -> String {
        let (groups, _) = config.report(at: now, by: .directive, filter: filter)
        let byId = Dictionary(groups.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        var out = ""
        var number = 0
        for d in config.directives {
            guard let tally = byId[d.id] else { continue }
            number += 1
            out += "<div class=\"directive-head\">\n<h3>\(number). \(htmlEscaped(d.title ?? d.id))</h3>\n"
            var meta: [String] = []
            if let r = d.reference { meta.append(words.pick(vi: "Số hiệu: ", en: "Reference: ") + htmlEscaped(r)) }
            if let i = d.issued { meta.append(words.pick(vi: "ngày ban hành: ", en: "issued: ") + i.description) }
            if let s = d.issuer { meta.append(words.pick(vi: "cơ quan ban hành: ", en: "issuer: ") + htmlEscaped(s)) }
            if !meta.isEmpty { out += "<p class=\"meta\">\(meta.joined(separator: "; "))</p>\n" }
            out += "<p>\(htmlEscaped(summary(tally)))</p>\n</div>\n"
            out += countTable(
                firstHeading: words.heading(Glossary.directive), rows: [(d.id, tally)], total: nil,
                noDeadline: noDeadline)
        }
        // `report` files the items of no directive under "-".
        if let loose = byId["-"], !config.directives.contains(where: { $0.id == "-" }) {
            out += "<div class=\"directive-head\">\n<h3>\(number + 1). "
            out += words.pick(vi: "Nhiệm vụ không thuộc văn bản", en: "Tasks outside any directive") + "</h3>\n"
            out += "<p>\(htmlEscaped(summary(loose)))</p>\n</div>\n"
        }
        return out
    }

    /// The overdue items: number, agency, task, due date, days overdue and extensions.
    func overdueTable(_ lines: [OverdueLine]) -> String {
        guard !lines.isEmpty else {
            return "<p>\(words.pick(vi: "Không có nhiệm vụ quá hạn.", en: "No task is overdue."))</p>\n"
        }
        let headings = [
            words.pick(vi: "STT", en: "No."), words.pick(vi: "Cơ quan chủ trì", en: "Agency"),
            words.pick(vi: "Nhiệm vụ", en: "Task"), words.pick(vi: "Hạn", en: "Due"),
            words.pick(vi: "Số ngày quá hạn", en: "Days overdue"), words.pick(vi: "Gia hạn", en: "Extensions"),
        ]
        var t = "<table class=\"overdue\">\n<thead><tr>"
        t += headings.map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (i, line) in lines.enumerated() {
            let item = line.item
            let due = item.deadline.map(shownDue) ?? ""
            let extensions = item.extensions.map { x in
                htmlEscaped(x.reference ?? words.pick(vi: "(không ghi văn bản)", en: "(no reference)"))
                    + words.pick(vi: ", hạn trước: ", en: ", previous due: ") + htmlEscaped(previousDue(x))
            }
            t += "<tr><td class=\"n\">\(i + 1)</td><td>\(htmlEscaped(item.agency))</td>"
            t += "<td>\(htmlEscaped(item.task))</td><td class=\"due\">\(due)</td>"
            t += "<td class=\"n\">\(line.daysOverdue)</td><td>\(extensions.joined(separator: "<br>"))</td></tr>\n"
        }
        return t + "</tbody>\n</table>\n"
    }
}
