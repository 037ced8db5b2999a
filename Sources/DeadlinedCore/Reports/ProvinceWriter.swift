import Foundation

/// How `report --journal` groups: offices (with their agencies), or agencies across offices.
public enum ProvinceGrouping: String, Sendable {
    case office, agency
}

/// The province report as text: JSON, CSV and the terminal table (HTML and the workbook are
/// in `ProvincePage` and `ProvinceWorkbook`).
extension Renderer {
    /// "silent" / "không báo cáo": an office without a snapshot for `ProvinceReport.silentAfter`.
    public var silentWord: String { words.pick(vi: "không báo cáo", en: "silent") }

    /// `08:00 17/5/2024`: when a snapshot's counts are as of.
    func snapshotTime(_ t: Int64) -> String {
        let (d, s) = zone.local(t)
        return String(format: "%02d:%02d %d/%d/%d", s / 3600, s / 60 % 60, d.day, d.month, d.year)
    }

    /// A group's counts as `report --format json` writes them, after `name` when given.
    func countsJSON(_ t: Tally, name: (key: String, value: String)? = nil) -> String {
        var s = "{"
        if let name { s += "\"\(name.key)\": \(json(name.value)), " }
        let b = t.byStatus
        s += "\"total\": \(t.total), \"by_status\": {\"done\": \(b.done), \"ongoing\": \(b.ongoing), "
        s += "\"in_progress\": \(b.inProgress), \"not_started\": \(b.notStarted)}, "
        s += "\"done_on_time\": \(t.doneOnTime), \"done_late\": \(t.doneLate), "
        s += "\"not_yet_due\": \(t.notYetDue), \"due_soon\": \(t.dueSoon), \"overdue\": \(t.overdue), "
        s += "\"ongoing\": \(t.ongoing), \"no_deadline\": \(t.noDeadline), \"cancelled\": \(t.cancelled), "
        s += "\"on_time_share\": \(String(format: "%.4f", t.onTimeShare)), "
        s += "\"overdue_share\": \(String(format: "%.4f", t.overdueShare))\(progressJSON(t))}"
        return s
    }

    /// The province report in `format` (table, json or csv; xlsx and html as the table).
    public func province(_ p: ProvinceReport, by grouping: ProvinceGrouping, format: OutputFormat) -> String {
        switch format {
        case .json: return provinceJSON(p, by: grouping)
        case .csv: return provinceCSV(p, by: grouping)
        case .table, .xlsx, .html: return provinceTable(p, by: grouping)
        }
    }

    func officeJSON(_ o: ProvinceReport.Office, agencies: Bool) -> String {
        let at = o.at.map { json(zone.iso8601($0)) } ?? "null"
        var s = "{\"office\": \(json(o.snapshot.office)), \"snapshot_at\": \(at), "
        s += "\"silent\": \(o.silent)"
        if agencies {
            s += ", \"totals\": \(countsJSON(o.snapshot.total)), \"by_agency\": ["
            s += o.snapshot.agencies.map { countsJSON($0.1, name: ("agency", $0.0)) }.joined(separator: ", ")
            s += "]"
        }
        return s + "}"
    }

    func provinceJSON(_ p: ProvinceReport, by grouping: ProvinceGrouping) -> String {
        var s = "{\n  \"by\": \"\(grouping.rawValue)\",\n  \"at\": \(json(zone.iso8601(p.now))),\n"
        switch grouping {
        case .office:
            s += "  \"offices\": [\n"
            s += p.offices.map { "    " + officeJSON($0, agencies: true) }.joined(separator: ",\n")
        case .agency:
            s += "  \"groups\": [\n"
            s += p.byAgency.map { row in
                var g = countsJSON(row.tally, name: ("agency", row.name))
                g.removeLast()
                return "    " + g + ", \"offices\": \(row.offices)}"
            }.joined(separator: ",\n")
            s += "\n  ],\n  \"offices\": [\n"
            s += p.offices.map { "    " + officeJSON($0, agencies: false) }.joined(separator: ",\n")
        }
        return s + "\n  ],\n  \"total\": \(countsJSON(p.total))\n}\n"
    }

    /// The count columns of `report --format csv`, after the key column.
    func countCells(_ t: Tally, progress: Bool) -> [String] {
        let b = t.byStatus
        var cells = [
            "\(t.total)", "\(t.doneOnTime)", "\(t.doneLate)", "\(t.notYetDue)", "\(t.overdue)", "\(t.ongoing)",
            String(format: "%.4f", t.overdueShare), "\(b.done)", "\(b.ongoing)", "\(b.inProgress)",
            "\(b.notStarted)", "\(t.dueSoon)", "\(t.cancelled)", String(format: "%.4f", t.onTimeShare),
            "\(t.noDeadline)",
        ]
        if progress { cells += ["\(t.withTarget)", t.progressShare.map { String(format: "%.4f", $0) } ?? ""] }
        return cells
    }

    static let countHeader =
        "total,done_on_time,done_late,not_yet_due,overdue,ongoing,overdue_share,by_status_done,by_status_ongoing,"
        + "by_status_in_progress,by_status_not_started,due_soon,cancelled,on_time_share,no_deadline"

    func provinceCSV(_ p: ProvinceReport, by grouping: ProvinceGrouping) -> String {
        let total = p.total
        let progress = total.withTarget > 0
        let tail = progress ? ",items_with_target,progress_share\n" : "\n"
        func line(_ cells: [String]) -> String { cells.joined(separator: ",") + "\n" }
        switch grouping {
        case .office:
            var out = "office,snapshot_at,silent,agency," + Renderer.countHeader + tail
            for o in p.offices {
                let head = [csvCell(o.snapshot.office), o.at.map(zone.iso8601) ?? "", o.silent ? "true" : "false"]
                for (agency, t) in o.snapshot.agencies {
                    out += line(head + [csvCell(agency)] + countCells(t, progress: progress))
                }
                out += line(head + ["TOTAL"] + countCells(o.snapshot.total, progress: progress))
            }
            return out + line(["TOTAL", "", "", "TOTAL"] + countCells(total, progress: progress))
        case .agency:
            var out = "agency,offices," + Renderer.countHeader + tail
            for row in p.byAgency {
                out += line([csvCell(row.name), "\(row.offices)"] + countCells(row.tally, progress: progress))
            }
            return out + line(["TOTAL", "\(p.offices.count)"] + countCells(total, progress: progress))
        }
    }

    /// One line per office: its name, when its counts are as of, and whether it went silent.
    func officeLine(_ o: ProvinceReport.Office) -> String {
        var s = Text.oneLine(o.snapshot.office) + " — "
        if let at = o.at {
            s += words.pick(vi: "số liệu lúc ", en: "counts as of ") + snapshotTime(at)
        } else {
            s += words.pick(vi: "chưa có số liệu", en: "no counts yet")
        }
        if o.silent { s += " — " + silentWord.uppercased() }
        return s
    }

    func provinceTable(_ p: ProvinceReport, by grouping: ProvinceGrouping) -> String {
        var out = ""
        switch grouping {
        case .office:
            for o in p.offices {
                out += officeLine(o) + "\n"
                guard o.at != nil else { continue }
                out += reportTable(o.snapshot.agencies, total: o.snapshot.total, by: .agency, directives: [:]) + "\n"
            }
            out += words.pick(vi: "Toàn tỉnh", en: "Province") + ":\n"
            let rows = p.offices.map { o in
                (o.snapshot.office + (o.silent ? " (\(silentWord))" : ""), o.snapshot.total)
            }
            out += reportTable(rows, total: p.total, by: .agency, directives: [:])
        case .agency:
            for o in p.offices { out += officeLine(o) + "\n" }
            out +=
                "\n" + reportTable(p.byAgency.map { ($0.name, $0.tally) }, total: p.total, by: .agency, directives: [:])
        }
        return out
    }
}
