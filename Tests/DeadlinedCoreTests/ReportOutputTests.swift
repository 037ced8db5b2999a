import Foundation
import Testing

@testable import DeadlinedCore

// The report's table, its directive columns and its numbers (issue 15 points 6-8).

@Test func theReportTableShowsTheSplitThenTimelinessInVietnamese() {
    let cfg = sampleWithCancelled()
    let (groups, total) = cfg.report(at: unix("2024-05-20T16:59:59Z"), by: .agency)
    let out = Renderer(zone: .vietnam, language: .vi, width: nil).report(
        groups, total: total, by: .agency, format: .table)
    // Counts as in reportGroupsCarryTheStatusSplitAndTheCancelled. Rows: Tài chính (2
    // overdue), Nội vụ (1), then the ties in Vietnamese order: Xây dựng, Y tế (x < y).
    // Shares of the items with a deadline: Tài chính 0/2 on time, 2/2 overdue; Nội vụ 1/3,
    // 1/3 = 33,33 %; Xây dựng none (0 %); Y tế 0/1, 0/1; total 1/6 = 16,67 %, 3/6 = 50 %.
    let expected = """
        Theo tình trạng thực hiện:
        Cơ quan       Tổng   Hoàn  Thường       Đang       Chưa   Đã
                            thành   xuyên  thực hiện  thực hiện  hủy
        ------------  ----  -----  ------  ---------  ---------  ---
        Sở Tài chính     2      0       0          1          1    1
        Sở Nội vụ        3      1       0          1          1    0
        Sở Xây dựng      0      0       0          0          0    1
        Sở Y tế          2      0       1          0          1    0
        Tổng cộng        7      1       1          2          3    2

        Theo thời hạn:
        Cơ quan       Đúng  Trễ     Chưa  Quá   % đúng     % quá
                       hạn  hạn  đến hạn  hạn      hạn       hạn
        ------------  ----  ---  -------  ---  -------  --------
        Sở Tài chính     0    0        0    2   0,00 %  100,00 %
        Sở Nội vụ        1    0        1    1  33,33 %   33,33 %
        Sở Xây dựng      0    0        0    0   0,00 %    0,00 %
        Sở Y tế          0    0        1    0   0,00 %    0,00 %
        Tổng cộng        1    0        2    3  16,67 %   50,00 %
        7 nhiệm vụ: 1 hoàn thành (1 đúng hạn, 0 trễ hạn), 1 thường xuyên, 2 đang thực hiện, 3 chưa thực hiện; 2 chưa đến hạn, 3 quá hạn. Không tính 2 nhiệm vụ đã hủy.

        """
    #expect(out == expected)
}

@Test(arguments: [
    (0.690_4, "69,04 %", "69.04 %"), (0.0, "0,00 %", "0.00 %"), (1.0, "100,00 %", "100.00 %"),
    (1.0 / 3.0, "33,33 %", "33.33 %"), (2.0 / 3.0, "66,67 %", "66.67 %"), (0.000_5, "0,05 %", "0.05 %"),
])
func percentagesUseTheLanguagesDecimalMark(_ share: Double, _ vi: String, _ en: String) {
    #expect(Words(.vi).percent(share) == vi)
    #expect(Words(.en).percent(share) == en)
}

private func twoDirectives() -> Config {
    var cfg = sampleConfig()
    cfg.directives = [
        Directive(
            id: "kh-762", title: "Thúc đẩy thực hiện các nhiệm vụ Đề án 06/CP Quý II/2024",
            reference: "Kế hoạch số 762/KH-TCT", issued: CivilDate(year: 2024, month: 4, day: 2),
            source: SourceLocation(file: "t.yaml", line: 1, column: 1))
    ]
    return cfg
}

@Test func byDirectiveJSONAndCSVCarryTitleReferenceAndIssued() throws {
    let cfg = twoDirectives()
    let (groups, total) = cfg.report(at: unix("2024-05-20T16:59:59Z"), by: .directive)
    let r = Renderer(zone: .vietnam, language: .vi, width: nil)
    let out = r.report(groups, total: total, by: .directive, format: .json, directives: cfg.directives)
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    let gs = try #require(obj["groups"] as? [[String: Any]])
    let kh = try #require(gs.first { $0["directive"] as? String == "kh-762" })
    #expect(kh["title"] as? String == "Thúc đẩy thực hiện các nhiệm vụ Đề án 06/CP Quý II/2024")
    #expect(kh["reference"] as? String == "Kế hoạch số 762/KH-TCT")
    #expect(kh["issued"] as? String == "2024-04-02")
    let none = try #require(gs.first { $0["directive"] as? String == "-" })
    #expect(none["title"] is NSNull && none["reference"] is NSNull && none["issued"] is NSNull)
    let total0 = try #require(obj["total"] as? [String: Any])
    #expect(total0["title"] == nil)

    let csv = parseCSV(r.report(groups, total: total, by: .directive, format: .csv, directives: cfg.directives))
    #expect(Array(csv[0].suffix(3)) == ["title", "reference", "issued"])
    let row = try #require(csv.first { $0.first == "kh-762" })
    #expect(
        Array(row.suffix(3)) == [
            "Thúc đẩy thực hiện các nhiệm vụ Đề án 06/CP Quý II/2024", "Kế hoạch số 762/KH-TCT", "2024-04-02",
        ])
    #expect(Array((csv.first { $0.first == "TOTAL" } ?? []).suffix(3)) == ["", "", ""])
    #expect(Array((csv.first { $0.first == "-" } ?? []).suffix(3)) == ["", "", ""])
}

@Test func byDirectiveTheTableWrapsTheTitleToTheWidth() {
    let cfg = twoDirectives()
    let (groups, total) = cfg.report(at: unix("2024-05-20T16:59:59Z"), by: .directive)
    let out = Renderer(zone: .vietnam, language: .vi, width: 80).report(
        groups, total: total, by: .directive, format: .table, directives: cfg.directives)
    let lines = out.split(separator: "\n").map(String.init)
    // Everything but the summary sentence fits 80 columns.
    for l in lines.dropLast() { #expect(l.count <= 80, "too wide: \(l)") }
    // The description "Kế hoạch số 762/KH-TCT, 2/4/2024: Thúc đẩy ... Quý II/2024" is on
    // several lines: the first with kh-762's counts (4 items: f done, a and b in progress,
    // c not started), the rest alone under it. The counts and gaps take 59 of the 80
    // columns (widths 9, 4, 5, 6, 9, 9, 3 and seven gaps of 2), so lines of at most 21.
    let first = lines.first { $0.hasPrefix("kh-762") } ?? ""
    #expect(first.hasPrefix("kh-762     Kế hoạch số "))
    #expect(lines.contains("           762/KH-TCT, 2/4/2024:"))
    #expect(first.hasSuffix("4      1       0          2          1    0"))
    let text = lines.filter { $0.hasPrefix("       ") || $0.hasPrefix("kh-762") }.joined(separator: " ")
    for word in ["2/4/2024:", "Thúc", "đẩy", "Quý", "II/2024"] { #expect(text.contains(word)) }
    #expect(!out.contains(" \n"))
}

@Test func wrapBreaksAtSpacesAndCutsLongWords() {
    #expect(Renderer.wrap("Kế hoạch số 762/KH-TCT", width: 10) == ["Kế hoạch", "số", "762/KH-TCT"])
    #expect(Renderer.wrap("abcdefghijkl xy", width: 5) == ["abcde", "fghij", "kl xy"])
    #expect(Renderer.wrap("", width: 5) == [])
    #expect(Renderer.twoLines("Đang thực hiện") == "Đang\nthực hiện")
    #expect(Renderer.twoLines("Tổng") == "Tổng")
}
