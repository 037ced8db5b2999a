/// The error of a due date that cannot be read, with a message for people.
public struct GrammarError: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Reads the date forms Vietnamese directives use. Day comes before month.
public enum DueGrammar {
    public static let yearRange = 1900...9999

    static let forms =
        "15/5/2024, 17:00 15/5/2024, tháng 5/2024, Quý II/2024, 6 tháng đầu năm 2024, năm 2024 or 2024-05-15"

    enum Token: Equatable {
        case num(Int, digits: Int)
        case word(String)
        case sym(Character)
    }

    static func tokenize(_ folded: String) -> [Token]? {
        var f = folded
        if let fast = f.withUTF8({ asciiTokens($0) }) { return fast }
        return scalarTokens(folded)
    }

    /// The tokens of ASCII text, straight from its bytes; nil for anything else (non-ASCII or
    /// a character no token starts with), which `scalarTokens` then reads or rejects.
    static func asciiTokens(_ b: UnsafeBufferPointer<UInt8>) -> [Token]? {
        var tokens: [Token] = []
        tokens.reserveCapacity(8)
        var i = 0
        let n = b.count
        func letter(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }
        while i < n {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
                i += 1
            } else if c >= 0x30, c <= 0x39 {
                var v = 0, digits = 0
                while i < n, b[i] >= 0x30, b[i] <= 0x39 {
                    if digits < 9 { v = v * 10 + Int(b[i] - 48) }
                    digits += 1
                    i += 1
                }
                tokens.append(.num(digits > 9 ? Int.max : v, digits: digits))
            } else if letter(c) {
                let start = i
                while i < n, letter(b[i]) { i += 1 }
                tokens.append(.word(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)))
            } else if c == 0x2F || c == 0x2D || c == 0x2E || c == 0x3A || c == 0x2C {
                tokens.append(.sym(Character(Unicode.Scalar(c))))
                i += 1
            } else {
                return nil
            }
        }
        return tokens
    }

    static func scalarTokens(_ folded: String) -> [Token]? {
        // ASCII tests first: folded text is nearly always ASCII, and Unicode properties are slow.
        func isSpace(_ c: Unicode.Scalar) -> Bool {
            c.value < 0x80 ? c == " " || c == "\t" || c == "\n" || c == "\r" : c.properties.isWhitespace
        }
        func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
        func isLetter(_ c: Unicode.Scalar) -> Bool {
            c.value < 0x80
                ? (c.value >= 0x61 && c.value <= 0x7A) || (c.value >= 0x41 && c.value <= 0x5A)
                : c.properties.isAlphabetic
        }
        var tokens: [Token] = []
        let s = folded.unicodeScalars
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if isSpace(c) {
                i = s.index(after: i)
            } else if isDigit(c) {
                var v = 0, n = 0
                while i < s.endIndex, isDigit(s[i]) {
                    if n < 9 { v = v * 10 + Int(s[i].value - 48) }
                    n += 1
                    i = s.index(after: i)
                }
                tokens.append(.num(n > 9 ? Int.max : v, digits: n))
            } else if isLetter(c) {
                var w = String.UnicodeScalarView()
                while i < s.endIndex, isLetter(s[i]) {
                    w.append(s[i])
                    i = s.index(after: i)
                }
                tokens.append(.word(String(w)))
            } else if c == "/" || c == "-" || c == "." || c == ":" || c == "," {
                tokens.append(.sym(Character(c)))
                i = s.index(after: i)
            } else {
                return nil
            }
        }
        return tokens
    }

    /// Words that may open a due date and carry no meaning of their own.
    static let fillers: [[String]] = [
        ["hoan", "thanh"], ["truoc"], ["han", "chot"], ["han"], ["cham", "nhat"], ["ngay"],
        ["trong"], ["vao"], ["den"], ["xong"], ["by"], ["before"], ["due"], ["in"],
    ]

    /// Parses a due date as written in a directive. `yearHint` is the year to suggest for a
    /// day and a month written without one (the year of the load's date).
    public static func parse(_ text: String, yearHint: Int? = nil) -> Result<DueSpec, GrammarError> {
        if let spec = fastParse(text) { return .success(spec) }
        return fullParse(text, yearHint: yearHint)
    }

    /// `parse` through the whole grammar, for every form (`fastParse` reads the common ones).
    static func fullParse(_ text: String, yearHint: Int? = nil) -> Result<DueSpec, GrammarError> {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return .failure(GrammarError("empty due date")) }
        guard var t = tokenize(Text.fold(trimmed)) else {
            return .failure(GrammarError("unrecognised due date '\(trimmed)'; expected a form such as \(forms)"))
        }
        // Filler words are compared in place: this runs once per item of a large config.
        func opens(_ f: [String], at start: Int) -> Bool {
            guard t.count - start > f.count else { return false }
            for (k, w) in f.enumerated() {
                guard case .word(let x) = t[start + k], x == w else { return false }
            }
            return true
        }
        if let e = notADate(t[...], written: trimmed) { return .failure(e) }
        var start = 0
        var stripped = true
        while stripped {
            stripped = false
            for f in fillers where opens(f, at: start) {
                start += f.count
                stripped = true
            }
        }
        if start > 0 { t.removeFirst(start) }
        if let e = notADate(t[...], written: trimmed) { return .failure(e) }
        do {
            if let spec = try match(t) { return .success(spec) }
        } catch let e as YearlessDate {
            return .failure(e.error(trimmed, yearHint: yearHint))
        } catch let e as GrammarError {
            return .failure(e)
        } catch {
            return .failure(GrammarError("\(error)"))
        }
        return .failure(GrammarError("unrecognised due date '\(trimmed)'; expected a form such as \(forms)"))
    }

    static func match(_ t: [Token]) throws -> DueSpec? {
        if let spec = try partOfDay(t) { return spec }
        // A time before the date: `17:00 15/5/2024`, `17h00 ngày 15/5/2024`, `2 giờ chiều 15/5/2024`.
        if let (h0, m, s, rest0) = try time(t, from: 0) {
            let (h, rest) = try clockHour(h0, t, from: rest0)
            var r = rest
            while r < t.count, case .word(let w) = t[r], ["ngay", "vao", "luc", "hom"].contains(w) { r += 1 }
            if let (d, end) = try date(t, from: r), end == t.count {
                return DueSpec(kind: .time, date: d, hour: h, minute: m, second: s)
            }
            return nil
        }
        if let (d, end) = try date(t, from: 0) {
            if end == t.count { return DueSpec(kind: .day, date: d) }
            var r = end
            if r < t.count, t[r] == .word("t") { r += 1 }
            while r < t.count, case .word(let w) = t[r], ["luc", "vao"].contains(w) { r += 1 }
            if let (h, m, s, after) = try time(t, from: r), after == t.count {
                return DueSpec(kind: .time, date: d, hour: h, minute: m, second: s)
            }
            return nil
        }
        if let n = try workingDays(t) { return .workingDays(n) }
        return try period(t)
    }

    /// `HH:MM[:SS]`, `HHhMM`, `HHh`, `HHgMM`.
    static func time(_ t: [Token], from i: Int) throws -> (Int, Int, Int, Int)? {
        guard i < t.count, case .num(let h, let hd) = t[i], hd <= 2 else { return nil }
        var m = 0, s = 0, r = i + 1
        guard r < t.count else { return nil }
        switch t[r] {
        case .sym(":"):
            guard r + 1 < t.count, case .num(let mm, let md) = t[r + 1], md == 2 else { return nil }
            m = mm
            r += 2
            if r + 1 < t.count, t[r] == .sym(":"), case .num(let ss, let sd) = t[r + 1], sd == 2 {
                s = ss
                r += 2
            }
        case .word(let w) where w == "h" || w == "g" || w == "gio":
            r += 1
            // `17h 15/5/2024`: a number followed by a date separator is the date's day.
            let startsDate =
                r + 1 < t.count && (t[r + 1] == .sym("/") || t[r + 1] == .sym("-") || t[r + 1] == .sym("."))
            if r < t.count, !startsDate, case .num(let mm, let md) = t[r], md == 2 {
                m = mm
                r += 1
            }
        default:
            return nil
        }
        guard (0...23).contains(h) else { throw GrammarError("hour \(h) is out of range 0-23") }
        guard (0...59).contains(m) else { throw GrammarError("minute \(m) is out of range 0-59") }
        guard (0...59).contains(s) else { throw GrammarError("second \(s) is out of range 0-59") }
        return (h, m, s, r)
    }

    /// `d/m/yyyy` with `/`, `-` or `.`, or ISO `yyyy-mm-dd`.
    static func date(_ t: [Token], from i: Int) throws -> (CivilDate, Int)? {
        if let long = try longDate(t, from: i) { return long }
        guard i + 4 < t.count,
            case .num(let a, let ad) = t[i], case .sym(let s1) = t[i + 1],
            case .num(let b, let bd) = t[i + 2], case .sym(let s2) = t[i + 3], s1 == s2, "/-.".contains(s1),
            case .num(let c, let cd) = t[i + 4]
        else { return nil }
        if ad == 4, s1 == "-", bd <= 2, cd <= 2 {
            return (try civil(year: a, month: b, day: c), i + 5)
        }
        guard ad <= 2, bd <= 2, cd == 4 else {
            if ad <= 2, bd <= 2 {
                if let e = shortYear(c, digits: cd, rewritten: { "\(a)/\(b)/\($0)" }) { throw e }
                try fourDigitYear(c, digits: cd, example: "15/5/2024")
            }
            return nil
        }
        try checkYear(c)
        if let e = monthFirst(day: a, month: b, year: c) { throw e }
        return (try civil(year: c, month: b, day: a), i + 5)
    }

    static func civil(year: Int, month: Int, day: Int) throws -> CivilDate {
        try checkYear(year)
        guard (1...12).contains(month) else { throw GrammarError("month \(month) does not exist") }
        guard day >= 1 else { throw GrammarError("day \(day) does not exist") }
        guard let d = CivilDate.valid(year: year, month: month, day: day) else {
            throw GrammarError(
                "\(day)/\(month)/\(year) does not exist: month \(month) of \(year) has \(CivilDate.daysIn(month: month, year: year)) days"
            )
        }
        return d
    }

    static func checkYear(_ y: Int) throws {
        guard yearRange.contains(y) else {
            throw GrammarError("year \(y == Int.max ? "…" : String(y)) is out of range 1900-9999")
        }
    }

    /// A year of fewer than four digits is a typo for a short year; more is out of range.
    static func fourDigitYear(_ y: Int, digits: Int, example: String) throws {
        guard digits == 4 else {
            if digits > 4 { try checkYear(y) }
            throw GrammarError("the year must have four digits, as in \(example)")
        }
        try checkYear(y)
    }

    static func lastDay(year: Int, month: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))
    }

    static let romans = ["i": 1, "ii": 2, "iii": 3, "iv": 4]

    /// Months, quarters, halves and years: each ends on its last day.
    /// `5 ngày làm việc`, `5 working days`.
    static func workingDays(_ t: [Token]) throws -> Int? {
        guard let first = t.first, case .num(let n, let digits) = first else { return nil }
        let words = t.dropFirst().map { tok -> String in
            if case .word(let w) = tok { return w }
            return "?"
        }
        guard words == ["ngay", "lam", "viec"] || words == ["working", "days"] || words == ["working", "day"] else {
            return nil
        }
        guard digits <= 4, (1...3650).contains(n) else {
            throw GrammarError("\(n == Int.max ? "…" : String(n)) working days is out of range 1-3650")
        }
        return n
    }

    // Long: one case per spelling of a month, quarter or year, in the order they are tried.
    static func period(_ t: [Token]) throws -> DueSpec? {
        if let spec = try periodPhrase(t) { return spec }
        var t = t
        // `tháng 5/2024`, `5/2024`, `tháng 5 năm 2024`, `tháng 05-2024`
        var sawMonthWord = false
        if t.first == .word("thang"), t.count > 1, case .num = t[1] {
            t.removeFirst()
            sawMonthWord = true
        }
        if t.count == 3, case .num(let m, let md) = t[0], case .sym(let s) = t[1], "/-.".contains(s),
            case .num(let y, let yd) = t[2], md <= 2
        {
            // `6-9`, `15/5`: a day and a month, unless the month word came first.
            if !sawMonthWord, yd <= 2, (1...31).contains(m), (1...12).contains(y) {
                throw YearlessDate(day: m, month: y)
            }
            if let e = shortYear(y, digits: yd, rewritten: { "tháng \(m)/\($0)" }) { throw e }
            try fourDigitYear(y, digits: yd, example: "tháng 5/2024")
            guard (1...12).contains(m) else { throw GrammarError("month \(m) does not exist") }
            return DueSpec(kind: .month, date: lastDay(year: y, month: m))
        }
        if sawMonthWord, t.count == 3, case .num(let m, _) = t[0], t[1] == .word("nam"), case .num(let y, 4) = t[2] {
            try checkYear(y)
            guard (1...12).contains(m) else { throw GrammarError("month \(m) does not exist") }
            return DueSpec(kind: .month, date: lastDay(year: y, month: m))
        }
        if sawMonthWord { return nil }
        // `Quý II/2024`, `quý 2/2024`, `Q2/2024`, `Q2 2024`, `quý II năm 2024`
        if let first = t.first, first == .word("quy") || first == .word("q") {
            var r = 1
            var q: Int?
            if r < t.count, case .num(let n, _) = t[r] {
                q = n
            } else if r < t.count, case .word(let w) = t[r] {
                guard let n = romans[w] else {
                    throw GrammarError("quarter '\(w.uppercased())' does not exist; quarters are I, II, III and IV")
                }
                q = n
            }
            guard let quarter = q else { return nil }
            r += 1
            if r < t.count, t[r] == .sym("/") || t[r] == .sym("-") || t[r] == .word("nam") { r += 1 }
            guard r == t.count - 1, case .num(let y, let yd) = t[r] else { return nil }
            try fourDigitYear(y, digits: yd, example: "Quý II/2024")
            guard (1...4).contains(quarter) else {
                throw GrammarError("quarter \(quarter) does not exist; quarters are I, II, III and IV")
            }
            return DueSpec(kind: .quarter, date: lastDay(year: y, month: quarter * 3))
        }
        // `H1/2024` (`6 tháng đầu năm 2024` is read by `monthsOfYear`)
        if t.count == 4, t[0] == .word("h"), case .num(let h, 1) = t[1], t[2] == .sym("/"), case .num(let y, 4) = t[3] {
            try checkYear(y)
            guard h == 1 || h == 2 else { throw GrammarError("half-year \(h) does not exist; use H1 or H2") }
            return DueSpec(kind: .halfYear, date: lastDay(year: y, month: h * 6))
        }
        // `năm 2024`
        if t.count == 2, t[0] == .word("nam"), case .num(let y, let yd) = t[1] {
            try fourDigitYear(y, digits: yd, example: "năm 2024")
            return DueSpec(kind: .year, date: CivilDate(year: y, month: 12, day: 31))
        }
        return nil
    }

    /// Parses an instant for `--at` and `completed`: any due form, or an ISO date-time.
    /// A day (or longer period) means its end when `atEnd`, else its start.
    public static func instant(_ text: String, in zone: Zone, atEnd: Bool) -> Result<Int64, GrammarError> {
        switch parse(text) {
        case .success(let spec):
            if spec.kind == .workingDays {
                return .failure(GrammarError("'\(text)' is a count of working days, not a time"))
            }
            if spec.kind == .time { return .success(Deadline(spec, in: zone).overdueAt) }
            if atEnd { return .success(Deadline(spec, in: zone).shownAt) }
            return .success(zone.instant(spec.date))
        case .failure(let e):
            return .failure(e)
        }
    }
}
