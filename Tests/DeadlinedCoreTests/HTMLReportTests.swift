import Foundation
import Testing

@testable import DeadlinedCore

private let src = SourceLocation(file: "t.yaml", line: 1, column: 1)
private let vn = Zone.vietnam

private func day(_ d: Int, _ m: Int, _ y: Int) -> CivilDate { CivilDate(year: y, month: m, day: d) }
private func due(_ d: Int, _ m: Int, _ y: Int) -> Deadline { Deadline(DueSpec(kind: .day, date: day(d, m, y)), in: vn) }

/// Two directives of two issuers, six items. At the end of 20/5/2024 (hand-counted):
/// x1 Tài chính due 10/5 overdue 10 days; x2 Tài chính due 30/4 done 2/5: late;
/// x3 Y tế due 15/5, extended to 31/5, counted against the original (the default): overdue 5;
/// x4 Y tế due 31/5: not yet due; x5 Nội vụ regular work: ongoing; x6 Nội vụ due 17/5: overdue 3;
/// x7 Y tế due 1/5, cancelled: counted only as cancelled and not listed. By status: x2 done, x5 ongoing,
/// x1 in progress, x3 x4 x6 not started (none written).
private func htmlConfig() -> Config {
    let directives = [
        Directive(
            id: "kh-1", title: "Kế hoạch <A&B>", issuer: "UBND tỉnh Hòa Bình", reference: "Số 1/KH",
            issued: day(1, 3, 2024), source: src),
        Directive(id: "tb-2", title: "Thông báo", issuer: "UBND tỉnh Tuyên Quang", source: src),
    ]
    let extended = Extension(
        previousDue: DueSpec(kind: .day, date: day(15, 5, 2024)), previousDueText: "15/5/2024",
        reference: "Công văn số 9/UBND & KT")
    let items = [
        Item(
            id: "x1", directive: 0, agency: "Sở Tài chính", task: "Báo cáo <b>\"quý\"</b> & 'năm'",
            deadline: due(10, 5, 2024), status: .inProgress, source: src),
        Item(
            id: "x2", directive: 0, agency: "Sở Tài chính", task: "Cấp kinh phí", deadline: due(30, 4, 2024),
            status: .done, completed: vn.instant(day(2, 5, 2024)), source: src),
        Item(
            id: "x3", directive: 1, agency: "Sở Y tế", task: "Dịch vụ công", deadline: due(31, 5, 2024), source: src,
            extensions: [extended]),
        Item(id: "x4", directive: 1, agency: "Sở Y tế", task: "Số hóa", deadline: due(31, 5, 2024), source: src),
        Item(id: "x5", agency: "Sở Nội vụ", task: "Tiếp dân", status: .ongoing, source: src),
        Item(id: "x6", agency: "Sở Nội vụ", task: "Kiểm tra", deadline: due(17, 5, 2024), source: src),
        Item(
            id: "x7", agency: "Sở Y tế", task: "Dự án dừng", deadline: due(1, 5, 2024), status: .cancelled,
            source: src),
    ]
    return Config(directives: directives, items: items, files: ["t.yaml"])
}

private let endOf20May = unix("2024-05-20T16:59:59Z")

private func page(_ cfg: Config = htmlConfig(), language: Language = .vi) -> String {
    Renderer(zone: vn, language: language, width: nil).htmlReport(cfg, at: endOf20May)
}

@Test(arguments: [
    ("Sở Tài chính", "Sở Tài chính"),
    ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
    ("A & B \"C\"", "A &amp; B &quot;C&quot;"),
    ("bell\u{07}del\u{7F}c1\u{85}", "bell del c1 "),
    ("tab\tline\n", "tab\tline\n"),
])
func htmlEscapingReplacesMarkupAndControls(_ input: String, _ expected: String) {
    #expect(htmlEscaped(input) == expected)
}

@Test func overdueLinesAreOrderedByDaysOverdueMostFirst() {
    // x1 due 10/5 (10 days to 20/5), x3 original due 15/5 (5 days), x6 due 17/5 (3 days).
    let lines = htmlConfig().overdueLines(at: endOf20May)
    #expect(lines.map(\.item.id) == ["x1", "x3", "x6"])
    #expect(lines.map(\.daysOverdue) == [10, 5, 3])
    // Against the extended deadline x3 (due 31/5) is not overdue.
    var extended = htmlConfig()
    extended.settings.reportAgainst = .extended
    #expect(extended.overdueLines(at: endOf20May).map(\.item.id) == ["x1", "x6"])
}

@Test func theIssuersAreNamedOnceEachInOrder() {
    var cfg = htmlConfig()
    cfg.directives.append(Directive(id: "kh-3", issuer: "UBND tỉnh Hòa Bình", source: src))
    #expect(cfg.issuers == ["UBND tỉnh Hòa Bình", "UBND tỉnh Tuyên Quang"])
    #expect(page(cfg).contains("<p class=\"issuer\">UBND tỉnh Hòa Bình<br>\nUBND tỉnh Tuyên Quang</p>"))
}

@Test func theHTMLReportEscapesEveryTextFromTheConfiguration() {
    let html = page()
    #expect(html.contains("Báo cáo &lt;b&gt;&quot;quý&quot;&lt;/b&gt; &amp; &#39;năm&#39;"))
    #expect(!html.contains("<b>"))
    #expect(html.contains("<h3>1. Kế hoạch &lt;A&amp;B&gt;</h3>"))
    #expect(html.contains("Công văn số 9/UBND &amp; KT, hạn trước: 15/5/2024"))
}

@Test func theHTMLReportIsSelfContained() {
    let html = page().lowercased()
    #expect(!html.contains("<script"))
    #expect(!html.contains("http:") && !html.contains("https:"))
    #expect(!html.contains("<link") && !html.contains("<img") && !html.contains("@import") && !html.contains("url("))
    #expect(html.contains("@page { size: a4;"))
    #expect(html.contains("thead { display: table-header-group; }"))
}

@Test func theHTMLReportCarriesTheHandCountedFigures() {
    let html = page()
    #expect(html.contains("<h1>Báo cáo tình hình thực hiện nhiệm vụ</h1>"))
    #expect(html.contains("<p class=\"asof\">Tính đến ngày 20/5/2024</p>"))
    // Every agency has one overdue item, so the ties go by name: Nội vụ, Tài chính, Y tế.
    // Columns: total | done, ongoing, in progress, not started, cancelled | on time, late, not
    // yet due, overdue, on-time and overdue shares of the items with a deadline (on time: none;
    // overdue: Nội vụ 1/1, Tài chính 1/2, Y tế 1/2, total 3/5). x7, cancelled, is counted
    // only as cancelled (Y tế).
    func row(_ name: String, _ cells: [String]) -> String {
        "<td>\(name)</td>" + cells.map { "<td class=\"n\">\($0)</td>" }.joined() + "</tr>"
    }
    let rows = [
        row("Sở Nội vụ", ["2", "0", "1", "0", "1", "0", "0", "0", "0", "1", "0,00 %", "100,00 %"]),
        row("Sở Tài chính", ["2", "1", "0", "1", "0", "0", "0", "1", "0", "1", "0,00 %", "50,00 %"]),
        row("Sở Y tế", ["2", "0", "0", "0", "2", "1", "0", "0", "1", "1", "0,00 %", "50,00 %"]),
        row("Tổng cộng", ["6", "1", "1", "1", "3", "1", "0", "1", "1", "3", "0,00 %", "60,00 %"]),
    ]
    let positions = rows.map { html.range(of: $0)?.lowerBound }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    // The overdue table in the order of days overdue; x3 shows the deadline in force.
    let overdue = [
        "<td>Báo cáo &lt;b&gt;", "<td>Dịch vụ công</td><td class=\"due\">31/5/2024</td>", "<td>Kiểm tra</td>",
    ]
    let at = overdue.map { html.range(of: $0)?.lowerBound }
    #expect(at.allSatisfy { $0 != nil })
    #expect(at.compactMap { $0 } == at.compactMap { $0 }.sorted())
    #expect(html.contains("<h2>IV. Nhiệm vụ quá hạn (3)</h2>"))
    #expect(html.contains("Số hiệu: Số 1/KH; ngày ban hành: 1/3/2024; cơ quan ban hành: UBND tỉnh Hòa Bình"))
    #expect(html.contains("<h3>3. Nhiệm vụ không thuộc văn bản</h3>"))
    #expect(html.contains("Không tính 1 nhiệm vụ đã hủy."))
    #expect(!html.contains("Dự án dừng"))
    // The groups' names span their columns over the second heading row.
    #expect(
        html.contains(
            "<th rowspan=\"2\">Tổng</th><th colspan=\"5\">Theo tình trạng thực hiện</th><th colspan=\"6\">Theo thời hạn</th>"
        ))
}

@Test func theTitleComesFromTheSettingsAndTheLabelsFromTheLanguage() {
    var cfg = htmlConfig()
    cfg.settings.reportTitle = "Báo cáo Quý II & \"tháng 5\""
    #expect(page(cfg).contains("<h1>Báo cáo Quý II &amp; &quot;tháng 5&quot;</h1>"))
    let en = page(language: .en)
    #expect(en.contains("<h1>Report on the progress of assigned tasks</h1>"))
    #expect(en.contains("<p class=\"asof\">As of 20/5/2024</p>"))
    #expect(en.contains("<td class=\"n\">100.00 %</td>"))
    #expect(en.contains("<html lang=\"en\">"))
}

@Test func theChartStacksTheFourCountsOnOneScale() {
    // The largest bar has 3 items with a deadline and fills 400 units: one item is
    // (1 * 400 + 1) / 3 = 133 units, and the overdue part ends at 400, so it is 400 - 133 = 267.
    var a = Tally(), b = Tally()
    a.doneOnTime = 1
    a.overdue = 2
    b.doneLate = 1
    b.ongoing = 4  // regular work has no deadline and no bar
    let svg = Renderer(zone: vn, language: .vi, width: nil).htmlChart([("A", a), ("B & C", b)])
    #expect(svg.contains("<rect x=\"230\" y=\"8\" width=\"133\" height=\"16\" fill=\"#2e7d32\">"))
    #expect(svg.contains("<rect x=\"363\" y=\"8\" width=\"267\" height=\"16\" fill=\"#b71c1c\">"))
    #expect(svg.contains("<rect x=\"230\" y=\"32\" width=\"133\" height=\"16\" fill=\"#f2b705\">"))
    #expect(svg.contains(">B &amp; C</text>"))
    for label in ["Hoàn thành đúng hạn", "Hoàn thành trễ hạn", "Chưa đến hạn", "Quá hạn"] {
        #expect(svg.contains("class=\"legend\">\(label)</text>"))
    }
}

@Test func theAgencyAndDirectiveFilterNarrowEveryPartOfThePage() {
    // Only Sở Y tế (matched as `list` matches, whatever the case): x3 overdue, x4 not yet due,
    // x7 cancelled; the overdue list is x3 alone.
    let html = Renderer(zone: vn, language: .vi, width: nil).htmlReport(
        htmlConfig(), at: endOf20May, filter: ListFilter(agencies: ["sở y tế"]))
    #expect(html.contains("<td>Sở Y tế</td>"))
    #expect(!html.contains("<td>Sở Tài chính</td>") && !html.contains("<td>Sở Nội vụ</td>"))
    #expect(html.contains("<h2>IV. Nhiệm vụ quá hạn (1)</h2>"))
    #expect(html.contains("<td>Dịch vụ công</td>") && !html.contains("<td>Kiểm tra</td>"))
    #expect(!html.contains("<h3>1. Kế hoạch"))  // kh-1 has no Y tế item
    #expect(html.contains("<h3>1. Thông báo</h3>"))
    // By directive: kh-1 has x1 overdue (x2 was done late).
    let kh1 = htmlConfig().overdueLines(at: endOf20May, filter: ListFilter(directives: ["kh-1"]))
    #expect(kh1.map(\.item.id) == ["x1"])
}

@Test func aConfigurationWithoutItemsGivesAPageThatSaysSo() {
    let html = page(Config())
    #expect(html.contains("<p class=\"summary\">0 nhiệm vụ:"))
    #expect(html.contains("<p>Không có nhiệm vụ quá hạn.</p>"))
    #expect(!html.contains("class=\"issuer\""))
    // The chart is its legend alone: 8 + 0 rows + 10 to the legend, 24 for it.
    #expect(html.contains("<svg class=\"chart\" viewBox=\"0 0 670 42\""))
    #expect(html.hasSuffix("</body>\n</html>\n"))
}

/// Sở Nội vụ: p1 14 of 25 "thủ tục" reported 30/6, started 1/1, due 31/12; p2 80 % of a 76 %
/// target (no start: no expected mark). Sở Y tế: no target. At the start of 1/7/2024
/// (hand-computed): p1's share 14/25 = 0,56; 182 of the 365 days from 1/1 to 31/12 gone, so
/// 25 x 182/365 = 12,47 expected, a share of 0,4986; p2's 80/76 = 1,0526, drawn full and
/// counted as 1 in the group; Sở Nội vụ's mean (0,56 + 1)/2 = 0,78, the total's the same.
private func progressConfig() -> Config {
    var p1 = Item(
        id: "p1", agency: "Sở Nội vụ", task: "Số hóa <hồ sơ> & \"thủ tục\"", deadline: due(31, 12, 2024),
        status: .inProgress, source: src)
    p1.measure = Measure(
        target: 25, unit: "thủ tục", start: day(1, 1, 2024), progress: [ProgressEntry(on: day(30, 6, 2024), value: 14)])
    var p2 = Item(
        id: "p2", agency: "Sở Nội vụ", task: "Tỷ lệ hồ sơ trực tuyến", deadline: due(31, 12, 2024),
        status: .inProgress, source: src)
    p2.measure = Measure(target: 76, isPercent: true, progress: [ProgressEntry(on: day(30, 6, 2024), value: 80)])
    let b = Item(id: "b", agency: "Sở Y tế", task: "Khám", deadline: due(31, 12, 2024), source: src)
    return Config(items: [b, p2, p1], files: ["t.yaml"])
}

@Test func theHTMLReportDrawsAProgressBarPerAgencyAndPerItemWithATarget() throws {
    let html = Renderer(zone: vn, language: .vi, width: nil).htmlReport(
        progressConfig(), at: vn.instant(day(1, 7, 2024)))
    // The table by agency: a progress column; Sở Nội vụ's and the total's bars at 78 %.
    #expect(html.contains("<th rowspan=\"2\">Tiến độ</th>"))
    let noiVu = try #require(html.split(separator: "\n").first { $0.hasPrefix("<tr><td>Sở Nội vụ</td>") })
    #expect(noiVu.contains("<rect class=\"fill\" width=\"78.00\" height=\"8\"") && noiVu.contains("78,00 %</td>"))
    let yTe = try #require(html.split(separator: "\n").first { $0.hasPrefix("<tr><td>Sở Y tế</td>") })
    #expect(yTe.hasSuffix("<td class=\"progress\"></td></tr>"))
    let total = try #require(html.split(separator: "\n").first { $0.hasPrefix("<tr class=\"total\">") })
    #expect(total.contains("width=\"78.00\""))
    // Section V: p1 then p2 (same agency, by id), escaped, each with its bar.
    #expect(html.contains("<h2>V. Tiến độ thực hiện chỉ tiêu</h2>"))
    let rows = html.split(separator: "\n").filter { $0.hasPrefix("<tr><td class=\"n\">") }
    #expect(rows.count == 2)
    #expect(rows[0].contains("Số hóa &lt;hồ sơ&gt; &amp; &quot;thủ tục&quot;"))
    #expect(rows[0].contains("14/25 thủ tục, 56,00 %") && rows[0].contains("width=\"56.00\""))
    #expect(rows[0].contains("<line class=\"expected\" x1=\"49.86\""))
    #expect(rows[1].contains("80 %/76 %, 105,26 %") && rows[1].contains("width=\"100.00\""))
    #expect(!rows[1].contains("class=\"expected\""))
    #expect(!html.contains("<b>") && !html.contains("<hồ sơ>"))
}

@Test func theHTMLReportHasNoProgressPartsWithoutATarget() {
    let html = page()
    #expect(!html.contains("<th rowspan=\"2\">Tiến độ</th>"))
    #expect(!html.contains("svg class=\"bar\"") && !html.contains("Tiến độ thực hiện chỉ tiêu"))
}
