extension Renderer {
    /// The list as a workbook of one sheet: a column per field of the JSON list (`ListField`),
    /// headed in the configured language; due dates and other instants as date cells, counts
    /// as numbers, the state in words (`Words.state`), other fields as the JSON has them.
    public func listWorkbook(_ config: Config, _ picks: [ListPick]) -> Workbook {
        let rows = picks.map { p -> [Cell] in
            let item = config.items[Int(p.index)]
            let row = ListRow(item: item, evaluation: p.evaluation, directive: config.directive(of: item))
            return ListField.allCases.map { field in
                field == .state ? .text(words.state(p.evaluation.state)) : cell(row.value(field, zone: zone, now: now))
            }
        }
        let sheet = Sheet(
            name: words.pick(vi: "Danh sách nhiệm vụ", en: "Items"),
            headers: ListField.allCases.map { $0.header(words) }, rows: rows)
        return Workbook(sheets: [sheet])
    }

    /// A list value's cell: an instant as its local day (with the time unless it stands for a
    /// whole day), nothing for null.
    func cell(_ value: ListValue) -> Cell {
        switch value {
        case .text(let s): return s.map(Cell.text) ?? .empty
        case .integer(let n): return n.map(Cell.integer) ?? .empty
        case .deadline(let d): return d.map(Cell.deadline) ?? .empty
        case .instant(let t, let day):
            guard let t else { return .empty }
            let (date, second) = zone.local(t)
            return day ? .date(date) : .dateTime(date, secondOfDay: second)
        case .number(let v): return v.map(Cell.number) ?? .empty
        case .share(let v): return v.map(Cell.percent) ?? .empty
        case .flag(let b):
            return b.map { .text($0 ? words.pick(vi: "có", en: "yes") : words.pick(vi: "không", en: "no")) } ?? .empty
        case .day(let d): return d.map(Cell.date) ?? .empty
        }
    }
}
