/// Days written out in words, and the parts of a day: `ngày 15 tháng 5 năm 2024`,
/// `sáng 6/9/2023` (by the end of the morning), `chiều 6/9/2023` (of the afternoon).
extension DueGrammar {
    /// `15 tháng 5 năm 2024`, `15 tháng 5/2024` (the `ngày` before it is a filler); nil when
    /// the tokens at `i` are not of that shape.
    static func longDate(_ t: [Token], from i: Int) throws -> (CivilDate, Int)? {
        guard i + 4 < t.count, case .num(let d, let dd) = t[i], dd <= 2, t[i + 1] == .word("thang"),
            case .num(let m, let md) = t[i + 2], md <= 2
        else { return nil }
        var r = i + 3
        guard t[r] == .word("nam") || t[r] == .sym("/") || t[r] == .sym("-") else { return nil }
        r += 1
        guard case .num(let y, let yd) = t[r] else { return nil }
        try fourDigitYear(y, digits: yd, example: "ngày 15 tháng 5 năm 2024")
        return (try civil(year: y, month: m, day: d), r + 1)
    }

    /// The hour of a time followed by the part of the day it is in, on the 24-hour clock:
    /// `2 giờ chiều` is 14:00, `9h sáng` 9:00, `17h chiều` 17:00. Returns the hour and where
    /// the date starts.
    static func clockHour(_ h: Int, _ t: [Token], from r: Int) throws -> (Int, Int) {
        guard r < t.count, case .word(let w) = t[r] else { return (h, r) }
        switch w {
        case "sang":
            guard h <= 12 else {
                throw GrammarError("\(h)h is not in the morning ('sáng'); write \(h)h or the morning's hour")
            }
            return (h, r + 1)
        case "trua":
            return (h, r + 1)
        case "chieu", "toi":
            return (h < 12 ? h + 12 : h, r + 1)
        default:
            return (h, r)
        }
    }

    /// `sáng 6/9/2023`, `chiều ngày 6/9/2023`, `buổi chiều 6/9/2023`: a time at the end of
    /// that part of the day (`DayParts`); nil when the text does not open with one.
    static func partOfDay(_ t: [Token]) throws -> DueSpec? {
        var r = 0
        if r < t.count, t[r] == .word("buoi") { r += 1 }
        guard r < t.count, case .word(let w) = t[r], w == "sang" || w == "chieu" else { return nil }
        r += 1
        while r < t.count, case .word(let x) = t[r], ["ngay", "hom"].contains(x) { r += 1 }
        let name = w == "sang" ? "sáng" : "chiều"
        guard let (d, end) = try date(t, from: r), end == t.count else {
            throw GrammarError(
                "'\(name)' (\(w == "sang" ? "morning" : "afternoon")) needs a day after it, as in \(name) 6/9/2023")
        }
        let part: DuePart = w == "sang" ? .morning : .afternoon
        return DayParts().resolve(DueSpec(kind: .time, date: d, part: part))
    }
}
