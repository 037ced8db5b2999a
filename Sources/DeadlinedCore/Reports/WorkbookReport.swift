/// The count columns of a report sheet, in one place for every view: a header in the
/// configured language and the cell of a tally.
struct TallyColumn {
    let vi: String
    let en: String
    let cell: @Sendable (Tally) -> Cell

    /// The total, the status split the provinces publish (done, ongoing, in progress, not
    /// started: they add up to the total), the timeliness counts, the shares, and the
    /// cancelled items, which are in no other count.
    static let all: [TallyColumn] = [
        TallyColumn(vi: "Tổng", en: "Total") { .integer($0.total) },
        TallyColumn(vi: "Hoàn thành", en: "Done") { .integer($0.byStatus.done) },
        TallyColumn(vi: "Thường xuyên", en: "Ongoing") { .integer($0.byStatus.ongoing) },
        TallyColumn(vi: "Đang thực hiện", en: "In progress") { .integer($0.byStatus.inProgress) },
        TallyColumn(vi: "Chưa thực hiện", en: "Not started") { .integer($0.byStatus.notStarted) },
        TallyColumn(vi: "Đúng hạn", en: "On time") { .integer($0.doneOnTime) },
        TallyColumn(vi: "Trễ hạn", en: "Late") { .integer($0.doneLate) },
        TallyColumn(vi: "Chưa đến hạn", en: "Not yet due") { .integer($0.notYetDue) },
        TallyColumn(vi: "Sắp đến hạn", en: "Due soon") { .integer($0.dueSoon) },
        TallyColumn(vi: "Quá hạn", en: "Overdue") { .integer($0.overdue) },
        TallyColumn(vi: "Tỷ lệ đúng hạn", en: "On-time share") { .percent($0.onTimeShare) },
        TallyColumn(vi: "Tỷ lệ quá hạn", en: "Overdue share") { .percent($0.overdueShare) },
        TallyColumn(vi: "Đã hủy", en: "Cancelled") { .integer($0.cancelled) },
    ]

    /// `all`, with the no-deadline count after the overdue one when `noDeadline` (some item
    /// of the report has no deadline).
    static func columns(noDeadline: Bool) -> [TallyColumn] {
        guard noDeadline else { return all }
        var out = all
        let after = (out.firstIndex { $0.en == "Overdue" } ?? out.count - 1) + 1
        out.insert(TallyColumn(vi: "Không thời hạn", en: "No deadline") { .integer($0.noDeadline) }, at: after)
        return out
    }
}

extension Config {
    /// The report as a workbook at `now`: a sheet by agency, one by directive (with its
    /// reference, title and date of issue) and one of the overdue items, most overdue first.
    /// Counts are those of `report(at:by:)`; overdue is judged as `report` judges it
    /// (against `settings.reportAgainst`).
    public func reportWorkbook(at now: Int64, words: Words, filter: ListFilter = ListFilter()) -> Workbook {
        let (agencies, total) = report(at: now, by: .agency, filter: filter)
        let columns = TallyColumn.columns(noDeadline: total.noDeadline > 0)
        let counts = columns.map { words.pick(vi: $0.vi, en: $0.en) }
        func rows(_ groups: [(String, Tally)], total: Tally, lead: (String) -> [Cell]) -> [[Cell]] {
            var rows = groups.map { lead($0.0) + columns.map { [t = $0.1] c in c.cell(t) } }
            let blank = Array(repeating: Cell.empty, count: max(lead("").count - 1, 0))
            rows.append(
                [.text(words.pick(vi: "Tổng cộng", en: "Total"))] + blank + columns.map { $0.cell(total) })
            return rows
        }
        let byAgency = Sheet(
            name: words.pick(vi: "Theo cơ quan", en: "By agency"),
            headers: [words.pick(vi: "Cơ quan", en: "Agency")] + counts,
            rows: rows(agencies, total: total) { [.text($0)] }, boldLastRows: 1)
        let (directiveGroups, _) = report(at: now, by: .directive, filter: filter)
        var byId: [String: Directive] = [:]
        for d in directives { byId[d.id] = d }
        let byDirective = Sheet(
            name: words.pick(vi: "Theo văn bản", en: "By directive"),
            headers: [
                words.pick(vi: "Văn bản", en: "Directive"), words.pick(vi: "Số hiệu", en: "Reference"),
                words.pick(vi: "Trích yếu", en: "Title"), words.pick(vi: "Ngày ban hành", en: "Issued"),
            ] + counts,
            rows: rows(directiveGroups, total: total) { id in
                let d = byId[id]
                return [
                    .text(id), d?.reference.map(Cell.text) ?? .empty, d?.title.map(Cell.text) ?? .empty,
                    d?.issued.map(Cell.date) ?? .empty,
                ]
            }, boldLastRows: 1)
        return Workbook(sheets: [byAgency, byDirective, overdueSheet(at: now, words: words, filter: filter)])
    }

    /// The overdue items, most days overdue first, then by agency and id.
    func overdueSheet(at now: Int64, words: Words, filter: ListFilter = ListFilter()) -> Sheet {
        var overdue: [(item: Item, days: Int)] = []
        let agencyKeys = Set(filter.agencies.map(Text.fold))
        for item in items {
            let e = item.evaluate(at: now, settings: settings, against: settings.reportAgainst)
            guard e.state == .overdue,
                filter.accepts(item, e, directive: directive(of: item)?.id, agencyKeys: agencyKeys)
            else { continue }
            overdue.append((item, e.daysOverdue ?? 0))
        }
        overdue.sort { ($1.days, $0.item.agency, $0.item.id) < ($0.days, $1.item.agency, $1.item.id) }
        let rows = overdue.map { o -> [Cell] in
            let counted =
                settings.reportAgainst == .original ? o.item.originalDeadline(in: settings.zone) : o.item.deadline
            let d = directive(of: o.item)
            let refs = o.item.extensions.compactMap(\.reference)
            return [
                .text(o.item.agency), .text(o.item.task), (d?.reference ?? d?.id).map(Cell.text) ?? .empty,
                counted.map(Cell.deadline) ?? .empty, .integer(o.days), .integer(o.item.extensions.count),
                o.item.extensions.isEmpty ? .empty : (o.item.deadline.map(Cell.deadline) ?? .empty),
                refs.isEmpty ? .empty : .text(refs.joined(separator: "; ")), .text(o.item.id),
            ]
        }
        return Sheet(
            name: words.pick(vi: "Quá hạn", en: "Overdue"),
            headers: [
                words.pick(vi: "Cơ quan", en: "Agency"), words.pick(vi: "Nhiệm vụ", en: "Task"),
                words.pick(vi: "Văn bản", en: "Directive"), words.pick(vi: "Hạn", en: "Due"),
                words.pick(vi: "Số ngày quá hạn", en: "Days overdue"),
                words.pick(vi: "Số lần gia hạn", en: "Extensions"),
                words.pick(vi: "Hạn sau gia hạn", en: "Extended to"),
                words.pick(vi: "Văn bản gia hạn", en: "Extension references"), "ID",
            ],
            rows: rows)
    }
}

extension Cell {
    /// A deadline's cell: its day, with its time when it has one.
    public static func deadline(_ d: Deadline) -> Cell {
        d.spec.kind == .time
            ? .dateTime(d.spec.date, secondOfDay: d.spec.hour * 3600 + d.spec.minute * 60 + d.spec.second)
            : .date(d.spec.date)
    }
}
