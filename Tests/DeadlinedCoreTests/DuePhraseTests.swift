import Foundation
import Testing

@testable import DeadlinedCore

// The phrases of issue 17, each with the instant its deadline ends (overdue from then on), in
// Vietnam time (UTC+7, no daylight saving). A day deadline ends at 24:00 local of its last day,
// that is 17:00 UTC of that same day; `sáng` ends at 12:00 local (05:00 UTC), `chiều` at 17:00
// local (10:00 UTC).

/// Phrase, the deadline's end as ISO UTC, the kind.
let duePhrases: [(String, String, DueKind)] = [
    // The full day form and its openers: "trước ngày 15/5/2024" is by the end of 15/5, as
    // officials mean it, so all of these end at 24:00 on 15/5/2024 = 2024-05-15T17:00Z.
    ("ngày 15 tháng 5 năm 2024", "2024-05-15T17:00:00Z", .day),
    ("15 tháng 5 năm 2024", "2024-05-15T17:00:00Z", .day),
    ("ngày 15 tháng 05/2024", "2024-05-15T17:00:00Z", .day),
    ("ngày 15/5/2024", "2024-05-15T17:00:00Z", .day),
    ("trước ngày 15/5/2024", "2024-05-15T17:00:00Z", .day),
    ("trước ngày 15 tháng 5 năm 2024", "2024-05-15T17:00:00Z", .day),
    ("hạn chót 15/5/2024", "2024-05-15T17:00:00Z", .day),
    ("Hạn chót ngày 15/5/2024", "2024-05-15T17:00:00Z", .day),
    // 17:00 local on 15/5/2024 = 10:00Z.
    ("17h ngày 15 tháng 5 năm 2024", "2024-05-15T10:00:00Z", .time),
    // Period ends: the period's last day. 31/12/2024 ends 2024-12-31T17:00Z.
    ("cuối năm 2024", "2024-12-31T17:00:00Z", .year),
    ("vào cuối năm 2024", "2024-12-31T17:00:00Z", .year),
    // August has 31 days.
    ("cuối tháng 8/2024", "2024-08-31T17:00:00Z", .month),
    ("đến cuối tháng 8 năm 2024", "2024-08-31T17:00:00Z", .month),
    // February 2024 (leap year) has 29 days.
    ("cuối tháng 2/2024", "2024-02-29T17:00:00Z", .month),
    // Quarter III is July-September: 30/9.
    ("cuối quý III/2024", "2024-09-30T17:00:00Z", .quarter),
    ("quý III năm 2024", "2024-09-30T17:00:00Z", .quarter),
    ("quý 3/2024", "2024-09-30T17:00:00Z", .quarter),
    ("9 tháng đầu năm 2024", "2024-09-30T17:00:00Z", .quarter),
    ("9 tháng năm 2024", "2024-09-30T17:00:00Z", .quarter),
    ("3 tháng đầu năm 2024", "2024-03-31T17:00:00Z", .quarter),
    ("6 tháng đầu năm 2024", "2024-06-30T17:00:00Z", .halfYear),
    ("6 tháng cuối năm 2024", "2024-12-31T17:00:00Z", .halfYear),
    // Parts of a month: days 10 and 20 by default.
    ("đầu tháng 8/2024", "2024-08-10T17:00:00Z", .day),
    ("giữa tháng 8/2024", "2024-08-20T17:00:00Z", .day),
    ("giữa tháng 8 năm 2024", "2024-08-20T17:00:00Z", .day),
    // Parts of a day: 17:00 local on 6/9/2023 = 10:00Z; 12:00 local = 05:00Z.
    ("chiều 6/9/2023", "2023-09-06T10:00:00Z", .time),
    ("chiều ngày 6/9/2023", "2023-09-06T10:00:00Z", .time),
    ("buổi chiều ngày 6 tháng 9 năm 2023", "2023-09-06T10:00:00Z", .time),
    ("sáng 6/9/2023", "2023-09-06T05:00:00Z", .time),
    ("trước sáng ngày 6/9/2023", "2023-09-06T05:00:00Z", .time),
    // An hour with the part of the day it is in, on the 24-hour clock: 14:00 local = 07:00Z,
    // 9:00 local = 02:00Z, 17:00 local = 10:00Z, 12:00 local = 05:00Z, 19:30 local = 12:30Z.
    ("2 giờ chiều ngày 6/9/2023", "2023-09-06T07:00:00Z", .time),
    ("9h sáng 6/9/2023", "2023-09-06T02:00:00Z", .time),
    ("17h chiều ngày 6/9/2023", "2023-09-06T10:00:00Z", .time),
    ("12h trưa 6/9/2023", "2023-09-06T05:00:00Z", .time),
    ("7h30 tối 6/9/2023", "2023-09-06T12:30:00Z", .time),
    // Case, spacing and missing diacritics, as elsewhere in the grammar.
    ("CUỐI QUÝ III/2024", "2024-09-30T17:00:00Z", .quarter),
    ("  Giữa   Tháng 8/2024  ", "2024-08-20T17:00:00Z", .day),
    ("chieu 6/9/2023", "2023-09-06T10:00:00Z", .time),
    ("cuoi nam 2024", "2024-12-31T17:00:00Z", .year),
    ("NGÀY 15 THÁNG 5 NĂM 2024", "2024-05-15T17:00:00Z", .day),
]

@Test("each deadline phrase ends at its hand-computed instant", arguments: duePhrases)
func duePhraseEndsAt(_ text: String, _ iso: String, _ kind: DueKind) throws {
    for written in [text, text.decomposedStringWithCanonicalMapping] {
        let spec = try DueGrammar.parse(written).get()
        #expect(spec.kind == kind, "'\(text)'")
        #expect(Deadline(spec, in: .vietnam).overdueAt == unix(iso), "'\(text)' (NFD: \(written != text))")
    }
}

@Test func partsOfAMonthAndOfADayAreMarkedAndOnlyMonthPartsAreApproximate() throws {
    let early = try DueGrammar.parse("đầu tháng 8/2024").get()
    let mid = try DueGrammar.parse("giữa tháng 8/2024").get()
    let morning = try DueGrammar.parse("sáng 6/9/2023").get()
    let exact = try DueGrammar.parse("10/8/2024").get()
    #expect(early.part == .earlyMonth && early.part.isApproximateDay)
    #expect(mid.part == .midMonth && mid.part.isApproximateDay)
    #expect(morning.part == .morning && !morning.part.isApproximateDay)
    #expect(exact.part == .exact)
    // Same day as `10/8/2024`, but written as a part of the month: not the same spec.
    #expect(early.date == exact.date && early != exact)
}

@Test func settingsMoveThePartsOfAMonthAndOfADay() throws {
    var parts = DayParts()
    parts.earlyMonthDay = 5
    parts.midMonthDay = 15
    parts.morningEnds = 11 * 3600 + 30 * 60
    parts.afternoonEnds = 16 * 3600 + 30 * 60
    func end(_ text: String) throws -> Int64 {
        Deadline(parts.resolve(try DueGrammar.parse(text).get()), in: .vietnam).overdueAt
    }
    // 24:00 local on 5/8/2024 = 2024-08-05T17:00Z; on 15/8 = 2024-08-15T17:00Z.
    #expect(try end("đầu tháng 8/2024") == unix("2024-08-05T17:00:00Z"))
    #expect(try end("giữa tháng 8/2024") == unix("2024-08-15T17:00:00Z"))
    // 11:30 local = 04:30Z; 16:30 local = 09:30Z.
    #expect(try end("sáng 6/9/2023") == unix("2023-09-06T04:30:00Z"))
    #expect(try end("chiều 6/9/2023") == unix("2023-09-06T09:30:00Z"))
    // An exact date is left alone.
    #expect(try end("6/9/2023") == unix("2023-09-06T17:00:00Z"))
}

/// Text that is not quite a date, and what the message must say.
let hintedDueForms: [(String, Int?, String)] = [
    ("6-9", 2024, "'6-9' is a day and a month without the year; write 6/9/2024"),
    ("15/5", 2025, "'15/5' is a day and a month without the year; write 15/5/2025"),
    ("15/5", nil, "write 15/5/YYYY"),
    ("ngày 6/9", 2024, "write 6/9/2024"),
    ("15/5/24", nil, "the year must have four digits: '24' may mean 2024? write 15/5/2024"),
    ("15/5/07", nil, "'07' may mean 2007? write 15/5/2007"),
    ("15/5/024", nil, "the year must have four digits, as in 15/5/2024"),
    ("tháng 5/24", nil, "'24' may mean 2024? write tháng 5/2024"),
    ("5/24", nil, "write tháng 5/2024"),
    ("5/15/2024", nil, "month 15 does not exist; did you mean 15/5/2024?"),
    ("12/31/2024", nil, "did you mean 31/12/2024?"),
    (
        "khẩn trương", nil,
        "'khẩn trương' (urgently) is not a date: leave 'due' out (with 'status: ongoing' for regular work) or give a date such as 15/5/2024"
    ),
    ("ngay", nil, "'ngay' (immediately) is not a date"),
    ("Ngay lập tức", nil, "(immediately) is not a date"),
    ("trong thời gian tới", nil, "'trong thời gian tới' (in the time to come) is not a date"),
    ("thường xuyên", nil, "(regularly) is not a date"),
    ("hoàn thành khẩn trương", nil, "(urgently) is not a date"),
    ("đầu năm 2024", nil, "'đầu' (early-) is read only with a month"),
    ("giữa quý II/2024", nil, "'giữa' (mid-) is read only with a month"),
    ("17h sáng 6/9/2023", nil, "17h is not in the morning ('sáng')"),
    ("chiều mai", nil, "'chiều' (afternoon) needs a day after it, as in chiều 6/9/2023"),
    ("13 tháng đầu năm 2024", nil, "a year has 12 months, not 13"),
    ("ngày 31 tháng 4 năm 2024", nil, "31/4/2024 does not exist"),
]

@Test("not-quite dates say what was understood and what to write", arguments: hintedDueForms)
func hintedDueForm(_ text: String, _ year: Int?, _ fragment: String) {
    switch DueGrammar.parse(text, yearHint: year) {
    case .success(let spec):
        Issue.record("'\(text)' parsed as \(spec)")
    case .failure(let e):
        #expect(e.message.contains(fragment), "'\(text)': got '\(e.message)'")
    }
}

@Test func aMonthAboveTwelveWithoutASwapStaysPlain() {
    // 13/13: neither order is a date, so no suggestion.
    guard case .failure(let e) = DueGrammar.parse("13/13/2024") else {
        Issue.record("parsed")
        return
    }
    #expect(e.message == "month 13 does not exist")
}
