/// The ends and parts of periods officials write: `cuối năm 2024`, `cuối tháng 8/2024`,
/// `cuối quý III/2024`, `9 tháng đầu năm 2024`, `6 tháng cuối năm 2024`, `đầu tháng 8/2024`,
/// `giữa tháng 8/2024`.
extension DueGrammar {
    /// A phrase of this file, or nil for `period` to try its other forms.
    static func periodPhrase(_ t: [Token]) throws -> DueSpec? {
        guard let first = t.first, case .word(let w) = first else {
            return try monthsOfYear(t)
        }
        switch w {
        case "cuoi":
            // `cuối quý III/2024`: the end of a period is the period's last day, as the
            // period alone already means.
            let rest = Array(t.dropFirst())
            guard let spec = try period(rest), spec.part == .exact else { return nil }
            return spec
        case "dau", "giua":
            let rest = Array(t.dropFirst())
            guard let spec = try period(rest) else { return nil }
            guard spec.kind == .month, spec.part == .exact else {
                throw GrammarError(
                    "'\(w == "dau" ? "đầu" : "giữa")' (\(w == "dau" ? "early" : "mid")-) is read only with a month, as in \(w == "dau" ? "đầu" : "giữa") tháng 8/2024; give the date instead"
                )
            }
            let parts = DayParts()
            let part: DuePart = w == "dau" ? .earlyMonth : .midMonth
            let day = part == .earlyMonth ? parts.earlyMonthDay : parts.midMonthDay
            return DueSpec(
                kind: .day, date: CivilDate(year: spec.date.year, month: spec.date.month, day: day), part: part)
        default:
            return nil
        }
    }

    /// `9 tháng đầu năm 2024` (the first nine months: by 30/9), `6 tháng cuối năm 2024` (the
    /// last six: by 31/12), `9 tháng năm 2024` (as `đầu`).
    static func monthsOfYear(_ t: [Token]) throws -> DueSpec? {
        guard t.count == 4 || t.count == 5, case .num(let n, let nd) = t[0], nd <= 2, t[1] == .word("thang"),
            t[t.count - 2] == .word("nam"), case .num(let y, let yd) = t[t.count - 1]
        else { return nil }
        var last = true
        if t.count == 5 {
            switch t[2] {
            case .word("dau"): last = false
            case .word("cuoi"): last = true
            default: return nil
            }
        } else {
            last = false
        }
        try fourDigitYear(y, digits: yd, example: "9 tháng đầu năm 2024")
        guard (1...12).contains(n) else { throw GrammarError("a year has 12 months, not \(n)") }
        let endMonth = last ? 12 : n
        let kind: DueKind =
            switch n {
            case 12: .year
            case 6: .halfYear
            case 3, 9: .quarter
            default: .month
            }
        return DueSpec(kind: kind, date: lastDay(year: y, month: endMonth))
    }
}
