import Foundation

/// The province report as a printable HTML page and as a workbook: the same rows as
/// `provinceCSV`, with the headings of `report`'s table in the configured language.
extension Renderer {
    /// The headings of the count columns: total, the status split, then timeliness, with the
    /// no-deadline count after the overdue one when `noDeadline` (as in `report`'s sheet).
    func countHeadings(noDeadline: Bool) -> [String] {
        [words.heading(Glossary.total)]
            + [Status.done, .ongoing, .inProgress, .notStarted, .cancelled].map { words.heading(Glossary.status($0)) }
            + [ItemState.doneOnTime, .doneLate].map { words.heading(Glossary.timeliness($0)) }
            + [words.heading(Glossary.notYetDue), words.heading(Glossary.state(.overdue))]
            + (noDeadline ? [words.heading(Glossary.state(.noDeadline))] : [])
            + ["% " + words.term(Glossary.timeliness(.doneOnTime)), "% " + words.term(Glossary.state(.overdue))]
    }

    func countRow(_ t: Tally, noDeadline: Bool) -> [Cell] {
        let b = t.byStatus
        return [t.total, b.done, b.ongoing, b.inProgress, b.notStarted, t.cancelled, t.doneOnTime, t.doneLate]
            .map(Cell.integer) + [.integer(t.notYetDue), .integer(t.overdue)]
            + (noDeadline ? [.integer(t.noDeadline)] : []) + [.percent(t.onTimeShare), .percent(t.overdueShare)]
    }

    var officeHeading: String { words.pick(vi: "Đơn vị", en: "Office") }
    var asOfHeading: String { words.pick(vi: "Số liệu lúc", en: "Counts as of") }
    var stateHeading: String { words.pick(vi: "Tình trạng báo cáo", en: "Reporting") }

    func dateTimeCell(_ t: Int64) -> Cell {
        let (d, s) = zone.local(t)
        return .dateTime(d, secondOfDay: s)
    }

    /// Sheets: the offices (one row each, with the time and whether it went silent), then
    /// their agencies (by office), or the agencies summed across offices (`--by agency`).
    public func provinceWorkbook(_ p: ProvinceReport, by grouping: ProvinceGrouping) -> Workbook {
        let silentCell = { (o: ProvinceReport.Office) -> Cell in o.silent ? .text(silentWord) : .empty }
        let totalName = words.pick(vi: "Tổng cộng", en: "Total")
        // Every sheet has the no-deadline column or none does, as on `report`'s page.
        let noDeadline = p.total.noDeadline > 0
        let countHeadings = countHeadings(noDeadline: noDeadline)
        let countRow = { (t: Tally) in self.countRow(t, noDeadline: noDeadline) }
        let offices = Sheet(
            name: words.pick(vi: "Đơn vị", en: "Offices"),
            headers: [officeHeading, asOfHeading, stateHeading] + countHeadings,
            rows: p.offices.map { o in
                [.text(o.snapshot.office), o.at.map(dateTimeCell) ?? .empty, silentCell(o)] + countRow(o.snapshot.total)
            } + [[.text(totalName), .empty, .empty] + countRow(p.total)], boldLastRows: 1)
        let agencyHeading = words.heading(Glossary.agency)
        switch grouping {
        case .office:
            var rows: [[Cell]] = []
            for o in p.offices {
                for (a, t) in o.snapshot.agencies { rows.append([.text(o.snapshot.office), .text(a)] + countRow(t)) }
            }
            let agencies = Sheet(
                name: words.pick(vi: "Cơ quan", en: "Agencies"),
                headers: [officeHeading, agencyHeading] + countHeadings,
                rows: rows)
            return Workbook(sheets: [offices, agencies])
        case .agency:
            let rows = p.byAgency.map { [.text($0.name), .integer($0.offices)] + countRow($0.tally) }
            let agencies = Sheet(
                name: words.pick(vi: "Cơ quan", en: "Agencies"),
                headers: [agencyHeading, words.pick(vi: "Số đơn vị", en: "Offices")] + countHeadings,
                rows: rows + [[.text(totalName), .integer(p.offices.count)] + countRow(p.total)], boldLastRows: 1)
            return Workbook(sheets: [agencies, offices])
        }
    }

    /// A page with one table per sheet of `provinceWorkbook`; silent offices in bold red.
    public func provincePage(_ p: ProvinceReport, by grouping: ProvinceGrouping) -> String {
        let title = words.pick(vi: "Báo cáo tình hình thực hiện nhiệm vụ toàn tỉnh", en: "Province task report")
        var out =
            "<!DOCTYPE html>\n<html lang=\"\(words.pick(vi: "vi", en: "en"))\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>\(htmlEscaped(title))</title>\n<style>\n"
        out += "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
        out +=
            "th,td{border:1px solid #999;padding:.2em .5em}td.n{text-align:right}.silent{color:#b00;font-weight:bold}\n"
        out += "</style>\n</head>\n<body>\n<h1>\(htmlEscaped(title))</h1>\n"
        out += "<p>\(htmlEscaped(words.pick(vi: "Lập lúc", en: "As of"))) \(htmlEscaped(snapshotTime(p.now)))</p>\n"
        for sheet in provinceWorkbook(p, by: grouping).sheets {
            out += "<h2>\(htmlEscaped(sheet.name))</h2>\n<table>\n<tr>"
            out += sheet.headers.map { "<th>\(htmlEscaped($0))</th>" }.joined() + "</tr>\n"
            for row in sheet.rows {
                out += "<tr>" + row.map(htmlCell).joined() + "</tr>\n"
            }
            out += "</table>\n"
        }
        return out + "</body>\n</html>\n"
    }

    func htmlCell(_ c: Cell) -> String {
        switch c {
        case .empty: return "<td></td>"
        case .text(let s) where s == silentWord: return "<td class=\"silent\">\(htmlEscaped(s))</td>"
        case .text(let s): return "<td>\(htmlEscaped(s))</td>"
        case .integer(let n): return "<td class=\"n\">\(n)</td>"
        case .number(let v): return "<td class=\"n\">\(JSONWriter.numberText(v))</td>"
        case .percent(let v): return "<td class=\"n\">\(htmlEscaped(words.percent(v)))</td>"
        case .date(let d): return "<td>\(d.day)/\(d.month)/\(d.year)</td>"
        case .dateTime(let d, let s):
            return "<td>" + String(format: "%02d:%02d %d/%d/%d", s / 3600, s / 60 % 60, d.day, d.month, d.year)
                + "</td>"
        }
    }
}
