import Testing

@testable import DeadlinedCore

/// The fast path of the due grammar against the whole grammar: wherever `fastParse` answers,
/// `fullParse` gives the same spec; where `fullParse` refuses, `fastParse` does not answer.
@Suite struct DueFastPathTests {
    static let separators = ["/", "-", "."]
    static let fillers = ["", "ngày ", "trước ngày ", "hoàn thành trước ngày "]
    static let clocks = ["", "17:00 ", "0:00 ", "23:59:59 ", "8:30:05 "]

    /// Checks one text; returns whether the fast path answered.
    @discardableResult
    static func agree(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let fast = DueGrammar.fastParse(text)
        switch DueGrammar.fullParse(text, yearHint: 2025) {
        case .success(let spec):
            if let fast {
                #expect(fast == spec, "'\(text)'", sourceLocation: sourceLocation)
            }
        case .failure(let e):
            #expect(
                fast == nil, "'\(text)': fast path gave \(String(describing: fast)), the grammar \(e.message)",
                sourceLocation: sourceLocation)
        }
        return fast != nil
    }

    @Test func theFormsOfTheSeedsTakeTheFastPath() {
        for text in [
            "25/5/2027", "01/01/2024", "15-5-2024", "1.1.2024", "2024-05-15", "2024-5-1", "trước ngày 11/1/2026",
            "hoàn thành trước ngày 3/4/2027", "ngày 15/5/2024", "17:00 27/11/2025", "8:05:30 1/2/2024",
            "trước ngày 17:00 1/1/2024", "tháng 10/2026", "tháng 1-2025", "tháng 12.2025", "năm 2024",
            "Quý I/2024", "Quý II/2025", "quý III/2026", "Quý IV/2027", "6 tháng đầu năm 2024",
            "9 tháng cuối năm 2024", "12 tháng năm 2024", "3 tháng đầu năm 2024", "1 tháng đầu năm 2024",
            "trước ngày tháng 5/2024", "ngày năm 2024",
        ] {
            #expect(Self.agree(text), "'\(text)' should be read by the fast path")
        }
    }

    @Test func everyDayOfSomeYearsReadsAlike() {
        var fastCount = 0, days = 0
        for year in [1900, 1999, 2000, 2024, 2025, 2100, 9999] {
            for month in 1...12 {
                for day in 1...CivilDate.daysIn(month: month, year: year) {
                    days += 1
                    let forms =
                        Self.separators.map { "\(day)\($0)\(month)\($0)\(year)" } + [
                            "\(day < 10 ? "0" : "")\(day)/\(month < 10 ? "0" : "")\(month)/\(year)",
                            "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)",
                        ]
                    for f in forms where Self.agree(f) { fastCount += 1 }
                }
            }
        }
        // Every one of them is an existing day in range, in a fast form.
        #expect(fastCount == 5 * days)
        #expect(days == 366 * 2 + 365 * 5)
    }

    @Test func daysMonthsAndYearsOutOfRangeGoToTheGrammar() {
        for year in ["999", "1899", "1900", "2024", "0024", "24", "9999", "10000", "2024x"] {
            for month in ["0", "1", "2", "09", "12", "13", "123"] {
                for day in ["0", "1", "13", "29", "30", "31", "32", "001"] {
                    for sep in Self.separators {
                        for filler in Self.fillers {
                            Self.agree("\(filler)\(day)\(sep)\(month)\(sep)\(year)")
                            Self.agree("\(filler)\(year)\(sep)\(month)\(sep)\(day)")
                        }
                        Self.agree("\(day)\(sep)\(month)/\(year)")
                    }
                }
            }
        }
    }

    @Test func periodsReadAlike() {
        let years = ["2024", "1900", "9999", "1899", "10000", "24", "0999", "2024x"]
        for filler in Self.fillers + ["17:00 "] {
            for year in years {
                for month in ["0", "1", "5", "05", "9", "12", "13", "123"] {
                    for sep in Self.separators + [" ", ":"] {
                        Self.agree("\(filler)tháng \(month)\(sep)\(year)")
                    }
                    for middle in [
                        " tháng đầu năm ", " tháng cuối năm ", " tháng năm ", " tháng  năm ", " Tháng đầu năm ",
                    ] {
                        Self.agree(filler + month + middle + year)
                    }
                }
                for quarter in ["I", "II", "III", "IV", "V", "IIII", "IIV", "0", "2", "i", ""] {
                    for head in ["Quý ", "quý ", "QUÝ ", "Quý"] {
                        for sep in ["/", "-", " ", ""] { Self.agree(filler + head + quarter + sep + year) }
                    }
                }
                for head in ["năm ", "Năm ", "năm  ", "nam "] { Self.agree(filler + head + year) }
            }
        }
    }

    @Test func timesBeforeTheDateReadAlike() {
        for clock in Self.clocks + ["24:00 ", "7:5 ", "07:60 ", "7:00:60 ", "123:00 ", "7:00:5 ", "17:00  ", "17h00 "] {
            for filler in Self.fillers {
                for date in ["15/5/2024", "2024-05-15", "31/2/2024", "5/15/2024", "15/5"] {
                    Self.agree(clock + filler + date)
                    Self.agree(filler + clock + date)
                }
            }
        }
    }

    @Test func otherSpellingsGoToTheGrammar() {
        for text in [
            "Trước ngày 15/5/2024", "ngày  15/5/2024", " 15/5/2024", "15/5/2024 ", "15 /5/2024", "ngay 15/5/2024",
            "trước  ngày 1/1/2024", "5/15/2024", "15/5", "Tháng 5/2024", "", "1/1/2024/1", "2024/05/15",
            "15/5/2024 17:00", "15/5/2024 lúc 17:00",
        ] {
            #expect(DueGrammar.fastParse(text) == nil, "'\(text)'")
            Self.agree(text)
        }
    }

    /// Texts drawn from the pieces the fast path reads, with a fixed seed: numbers of every
    /// length and separators in the places of a date, sometimes a filler or a time before.
    @Test func randomTextsReadAlike() {
        var rng = SplitMix(seed: 0x5EED_DA7E)
        func pick(_ a: [String]) -> String { a[Int(rng.next() % UInt64(a.count))] }
        let numbers = [
            "0", "1", "7", "9", "00", "02", "12", "13", "29", "30", "31", "32", "2024", "1900", "0999", "10000", "",
        ]
        let separators = ["/", "-", ".", ":", " ", "", "/", "-"]
        var fast = 0
        for _ in 0..<40_000 {
            var s = rng.next() % 3 == 0 ? pick(Self.fillers) : ""
            if rng.next() % 4 == 0 {
                s += pick(["tháng ", "năm ", "Quý ", "quý ", "I", "II", "IV", " tháng đầu năm ", " tháng năm "])
            }
            if rng.next() % 3 == 0 { s += pick(Self.clocks + ["24:00 ", "7:5 ", "7:00:5 "]) }
            // The same separator twice, mostly, as a date has it.
            let first = pick(separators), second = rng.next() % 4 == 0 ? pick(separators) : first
            s += pick(numbers) + first + pick(numbers) + second + pick(numbers)
            if rng.next() % 8 == 0 { s += pick(separators) + pick(numbers) }
            if Self.agree(s) { fast += 1 }
        }
        // Many of them must be dates the fast path reads, or the comparison proves little.
        #expect(fast > 200)
    }
}

/// A small seeded generator, so the random texts are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
