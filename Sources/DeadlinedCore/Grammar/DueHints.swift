/// What the grammar says about text that is not quite a date: words that are no date at all
/// (`khẩn trương`), a day and a month without the year, a two-digit year, the month first.
extension DueGrammar {
    /// Words directives use where a date would go, each with what it means.
    static let notDates: [String: String] = [
        "khan truong": "urgently",
        "ngay": "immediately",
        "ngay lap tuc": "immediately",
        "lap tuc": "immediately",
        "trong thoi gian toi": "in the time to come",
        "thoi gian toi": "in the time to come",
        "thuong xuyen": "regularly",
        "kip thoi": "in good time",
        "som": "soon",
        "cang som cang tot": "as soon as possible",
        "dinh ky": "periodically",
    ]

    /// The refusal of text that is words only and one of `notDates`; nil otherwise.
    static func notADate(_ t: ArraySlice<Token>, written: String) -> GrammarError? {
        var words: [String] = []
        for tok in t {
            guard case .word(let w) = tok else { return nil }
            words.append(w)
        }
        // `ngày` alone (a day) folds to `ngay` (at once): only the latter is meant here.
        if words == ["ngay"], written.lowercased() != "ngay" { return nil }
        guard let meaning = notDates[words.joined(separator: " ")] else { return nil }
        return GrammarError(
            "'\(written)' (\(meaning)) is not a date: leave 'due' out (with 'status: ongoing' for regular work) or give a date such as 15/5/2024"
        )
    }

    /// A day and a month without the year (`6-9`, `15/5`): the year is the caller's to suggest.
    struct YearlessDate: Error {
        var day: Int
        var month: Int

        func error(_ written: String, yearHint: Int?) -> GrammarError {
            let year = yearHint.map(String.init) ?? "YYYY"
            return GrammarError(
                "'\(written)' is a day and a month without the year; write \(day)/\(month)/\(year) (day/month/year, four-digit year)"
            )
        }
    }

    /// `15/5/24`: a year of two digits is most likely 20yy, which the message suggests.
    static func shortYear(_ y: Int, digits: Int, rewritten: (Int) -> String) -> GrammarError? {
        guard digits == 2 else { return nil }
        return GrammarError(
            "the year must have four digits: '\(y < 10 ? "0" : "")\(y)' may mean \(2000 + y)? write \(rewritten(2000 + y))"
        )
    }

    /// `5/15/2024`: a month above 12 whose day could be a month is the US order, swapped.
    static func monthFirst(day a: Int, month b: Int, year: Int) -> GrammarError? {
        guard !(1...12).contains(b), (1...12).contains(a), CivilDate.valid(year: year, month: a, day: b) != nil else {
            return nil
        }
        return GrammarError("month \(b) does not exist; did you mean \(b)/\(a)/\(year)? (day first, then month)")
    }
}
