import Testing

@testable import DeadlinedCore

private func day(_ d: Int, _ m: Int, _ y: Int) -> DueSpec {
    DueSpec(kind: .day, date: CivilDate(year: y, month: m, day: d))
}

private func time(_ h: Int, _ min: Int, _ d: Int, _ m: Int, _ y: Int) -> DueSpec {
    DueSpec(kind: .time, date: CivilDate(year: y, month: m, day: d), hour: h, minute: min)
}

private func period(_ kind: DueKind, _ d: Int, _ m: Int, _ y: Int) -> DueSpec {
    DueSpec(kind: kind, date: CivilDate(year: y, month: m, day: d))
}

/// Every date form of the spec, with what it means.
let validDueForms: [(String, DueSpec)] = [
    // Days, with each separator, padded or not, and ISO.
    ("15/5/2024", day(15, 5, 2024)),
    ("15/05/2024", day(15, 5, 2024)),
    ("15-5-2024", day(15, 5, 2024)),
    ("15.5.2024", day(15, 5, 2024)),
    ("2024-05-15", day(15, 5, 2024)),
    ("1/1/2024", day(1, 1, 2024)),
    ("01/01/2024", day(1, 1, 2024)),
    ("31/12/2024", day(31, 12, 2024)),
    ("29/2/2024", day(29, 2, 2024)),
    ("29/2/2000", day(29, 2, 2000)),
    ("1/1/1900", day(1, 1, 1900)),
    ("31/12/9999", day(31, 12, 9999)),
    ("  15/5/2024  ", day(15, 5, 2024)),
    // The leading words the spec allows.
    ("ngày 15/5/2024", day(15, 5, 2024)),
    ("Ngày 15/05/2024", day(15, 5, 2024)),
    ("hạn 15/5/2024", day(15, 5, 2024)),
    ("Hạn 2024-05-15", day(15, 5, 2024)),
    ("trước ngày 15/5/2024", day(15, 5, 2024)),
    ("Trước ngày 15-5-2024", day(15, 5, 2024)),
    ("hoàn thành trước ngày 15/5/2024", day(15, 5, 2024)),
    ("Hoàn thành trước ngày 15.5.2024", day(15, 5, 2024)),
    ("hạn ngày 15/5/2024", day(15, 5, 2024)),
    ("ngay 15/5/2024", day(15, 5, 2024)),
    ("HOÀN THÀNH TRƯỚC NGÀY 15/5/2024", day(15, 5, 2024)),
    // With a time, before or after the date.
    ("17:00 15/5/2024", time(17, 0, 15, 5, 2024)),
    ("15/5/2024 17:00", time(17, 0, 15, 5, 2024)),
    ("17h00 ngày 15/5/2024", time(17, 0, 15, 5, 2024)),
    ("17h ngày 15/5/2024", time(17, 0, 15, 5, 2024)),
    ("17h 15/5/2024", time(17, 0, 15, 5, 2024)),
    ("17 giờ 15/5/2024", time(17, 0, 15, 5, 2024)),
    ("17h05 15/5/2024", time(17, 5, 15, 5, 2024)),
    ("8h30 ngày 15/5/2024", time(8, 30, 15, 5, 2024)),
    ("2024-05-15T17:00", time(17, 0, 15, 5, 2024)),
    ("2024-05-15 17:00", time(17, 0, 15, 5, 2024)),
    ("trước 17:00 ngày 15/5/2024", time(17, 0, 15, 5, 2024)),
    ("hạn 15/5/2024 17:00", time(17, 0, 15, 5, 2024)),
    ("00:00 1/1/2024", time(0, 0, 1, 1, 2024)),
    ("23:59 31/12/2024", time(23, 59, 31, 12, 2024)),
    ("15/5/2024 9:05", time(9, 5, 15, 5, 2024)),
    // Months end on their last day.
    ("tháng 5/2024", period(.month, 31, 5, 2024)),
    ("5/2024", period(.month, 31, 5, 2024)),
    ("05/2024", period(.month, 31, 5, 2024)),
    ("trong tháng 5/2024", period(.month, 31, 5, 2024)),
    ("Trong tháng 5/2024", period(.month, 31, 5, 2024)),
    ("tháng 5 năm 2024", period(.month, 31, 5, 2024)),
    ("tháng 05-2024", period(.month, 31, 5, 2024)),
    ("THÁNG 5/2024", period(.month, 31, 5, 2024)),
    ("thang 5/2024", period(.month, 31, 5, 2024)),
    ("Tháng 5/2024", period(.month, 31, 5, 2024)),
    ("tháng 2/2024", period(.month, 29, 2, 2024)),
    ("tháng 2/2023", period(.month, 28, 2, 2023)),
    ("tháng 4/2024", period(.month, 30, 4, 2024)),
    ("tháng 12/2024", period(.month, 31, 12, 2024)),
    // Quarters end on the last day of their third month.
    ("Quý II/2024", period(.quarter, 30, 6, 2024)),
    ("quý 2/2024", period(.quarter, 30, 6, 2024)),
    ("Q2/2024", period(.quarter, 30, 6, 2024)),
    ("Q2 2024", period(.quarter, 30, 6, 2024)),
    ("q2/2024", period(.quarter, 30, 6, 2024)),
    ("QUÝ II/2024", period(.quarter, 30, 6, 2024)),
    ("quy ii/2024", period(.quarter, 30, 6, 2024)),
    ("quý II năm 2024", period(.quarter, 30, 6, 2024)),
    ("trong Quý II/2024", period(.quarter, 30, 6, 2024)),
    ("Quý I/2024", period(.quarter, 31, 3, 2024)),
    ("Quý III/2024", period(.quarter, 30, 9, 2024)),
    ("Quý IV/2024", period(.quarter, 31, 12, 2024)),
    ("Q1 2023", period(.quarter, 31, 3, 2023)),
    ("Q4/2023", period(.quarter, 31, 12, 2023)),
    // Halves of a year.
    ("6 tháng đầu năm 2024", period(.halfYear, 30, 6, 2024)),
    ("6 tháng cuối năm 2024", period(.halfYear, 31, 12, 2024)),
    ("6 THÁNG ĐẦU NĂM 2024", period(.halfYear, 30, 6, 2024)),
    ("6 thang dau nam 2024", period(.halfYear, 30, 6, 2024)),
    ("trong 6 tháng cuối năm 2024", period(.halfYear, 31, 12, 2024)),
    ("H1/2024", period(.halfYear, 30, 6, 2024)),
    ("H2/2024", period(.halfYear, 31, 12, 2024)),
    // Years.
    ("năm 2024", period(.year, 31, 12, 2024)),
    ("trong năm 2024", period(.year, 31, 12, 2024)),
    ("Năm 2024", period(.year, 31, 12, 2024)),
    ("NĂM 2024", period(.year, 31, 12, 2024)),
    ("nam 2024", period(.year, 31, 12, 2024)),
]

@Test("every date form of the spec parses to its last day", arguments: validDueForms)
func dueFormParses(_ text: String, _ expected: DueSpec) throws {
    let spec = try DueGrammar.parse(text).get()
    #expect(spec == expected, "parsing '\(text)'")
}

/// Invalid dates, each with a fragment its error message must contain.
let invalidDueForms: [(String, String)] = [
    ("31/2/2024", "31/2/2024 does not exist: month 2 of 2024 has 29 days"),
    ("29/2/2023", "29/2/2023 does not exist: month 2 of 2023 has 28 days"),
    ("31/4/2024", "31/4/2024 does not exist: month 4 of 2024 has 30 days"),
    ("29/2/1900", "29/2/1900 does not exist: month 2 of 1900 has 28 days"),
    ("0/5/2024", "day 0 does not exist"),
    ("15/13/2024", "month 13 does not exist"),
    ("15/0/2024", "month 0 does not exist"),
    ("2024-13-01", "month 13 does not exist"),
    ("2023-02-29", "29/2/2023 does not exist"),
    ("25:00 1/1/2024", "hour 25 is out of range 0-23"),
    ("1/1/2024 24:00", "hour 24 is out of range 0-23"),
    ("17:60 1/1/2024", "minute 60 is out of range 0-59"),
    ("Quý V/2024", "quarter 'V' does not exist; quarters are I, II, III and IV"),
    ("quý 5/2024", "quarter 5 does not exist; quarters are I, II, III and IV"),
    ("Q0/2024", "quarter 0 does not exist"),
    ("tháng 13/2024", "month 13 does not exist"),
    ("13/2024", "month 13 does not exist"),
    ("tháng 0/2024", "month 0 does not exist"),
    ("H3/2024", "half-year 3 does not exist"),
    ("15/5/24", "the year must have four digits"),
    ("tháng 5/24", "the year must have four digits"),
    ("15/5/1899", "year 1899 is out of range 1900-9999"),
    ("năm 1899", "year 1899 is out of range 1900-9999"),
    ("tháng 5/1899", "year 1899 is out of range 1900-9999"),
    ("Quý II/1899", "year 1899 is out of range 1900-9999"),
    ("15/5/10000", "year 10000 is out of range 1900-9999"),
    ("năm 10000", "year 10000 is out of range 1900-9999"),
    ("tháng 5/10000", "year 10000 is out of range 1900-9999"),
    ("tháng 5/02024", "the year must have four digits"),
    ("Q2/024", "the year must have four digits"),
    ("tomorrow", "unrecognised due date 'tomorrow'; expected a form such as 15/5/2024"),
    ("ngày mai", "unrecognised due date 'ngày mai'"),
    ("15/5", "'15/5' is a day and a month without the year"),
    ("15/5-2024", "unrecognised due date '15/5-2024'"),
    ("15/5/2024 abc", "unrecognised due date '15/5/2024 abc'"),
    ("2024", "unrecognised due date '2024'"),
    ("15/5/2024!", "unrecognised due date '15/5/2024!'"),
    ("", "empty due date"),
    ("   ", "empty due date"),
]

@Test("invalid due dates fail with a message that says what is wrong", arguments: invalidDueForms)
func dueFormRejected(_ text: String, _ fragment: String) {
    switch DueGrammar.parse(text) {
    case .success(let spec):
        Issue.record("'\(text)' parsed as \(spec) but is invalid")
    case .failure(let e):
        #expect(e.message.contains(fragment), "'\(text)': got '\(e.message)'")
    }
}

@Test func unrecognisedDueDateListsTheForms() {
    guard case .failure(let e) = DueGrammar.parse("tomorrow") else {
        Issue.record("tomorrow parsed")
        return
    }
    #expect(
        e.message
            == "unrecognised due date 'tomorrow'; expected a form such as 15/5/2024, 17:00 15/5/2024, tháng 5/2024, Quý II/2024, 6 tháng đầu năm 2024, năm 2024 or 2024-05-15"
    )
}

@Test func aHugeNumberDoesNotCrashTheGrammar() {
    // More digits than fit in an Int: must be an error, not a trap.
    let r = DueGrammar.parse("15/5/99999999999999999999999")
    #expect(throws: GrammarError.self) { try r.get() }
    let y = DueGrammar.parse("năm 99999999999999999999")
    #expect(throws: GrammarError.self) { try y.get() }
}

@Test("the same date written differently is the same deadline")
func equivalentSpellingsAgree() throws {
    let forms = [
        "15/5/2024", "15/05/2024", "15-5-2024", "15.5.2024", "2024-05-15", "ngày 15/5/2024", "hạn 15/5/2024",
        "trước ngày 15/5/2024",
        "hoàn thành trước ngày 15/5/2024",
    ]
    let specs = try forms.map { try DueGrammar.parse($0).get() }
    #expect(Set(specs).count == 1)
}

@Test func dueInstantForAtUsesTheEndOrTheStartOfTheDay() throws {
    // 20/5/2024 in Vietnam (UTC+7): starts 2024-05-19T17:00:00Z, ends one second before 2024-05-20T17:00:00Z.
    let start = try DueGrammar.instant("20/5/2024", in: .vietnam, atEnd: false).get()
    let end = try DueGrammar.instant("20/5/2024", in: .vietnam, atEnd: true).get()
    #expect(start == unix("2024-05-19T17:00:00Z"))
    #expect(end == unix("2024-05-20T16:59:59Z"))
    let timed = try DueGrammar.instant("2024-05-16T08:00", in: .vietnam, atEnd: true).get()
    #expect(timed == unix("2024-05-16T01:00:00Z"))
    #expect(throws: GrammarError.self) { try DueGrammar.instant("tomorrow", in: .vietnam, atEnd: true).get() }
}
