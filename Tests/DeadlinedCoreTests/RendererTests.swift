import Foundation
import Testing

@testable import DeadlinedCore

private let vn = Zone.vietnam

private func rows(_ cfg: Config, at now: Int64) -> [ListRow] { cfg.rows(at: now) }

private func parseJSON(_ s: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(s.utf8), options: [])
}

@Test func listJSONIsValidAndCarriesEveryField() throws {
    let cfg = sampleConfig()
    let now = vn.instant(CivilDate(year: 2024, month: 5, day: 20))
    let out = Renderer(zone: vn, language: .vi, width: nil).list(rows(cfg, at: now), format: .json)
    let array = try #require(try parseJSON(out) as? [[String: Any]])
    #expect(array.count == 7)
    let a = try #require(array.first { $0["id"] as? String == "a" })
    #expect(a["directive"] as? String == "kh-762")
    #expect(a["agency"] as? String == "Sở Tài chính")
    #expect(a["task"] as? String == "Cấp kinh phí")
    #expect(a["due"] as? String == "2024-05-15T23:59:59+07:00")
    #expect(a["due_text"] as? String == "15/5/2024")
    #expect(a["status"] as? String == "in_progress")
    #expect(a["state"] as? String == "overdue")
    #expect((a["days_overdue"] as? NSNumber)?.intValue == 5)
    #expect(a["days_left"] is NSNull)
    #expect(a["source"] as? String == "t.yaml:1")
    for key in [
        "id", "directive", "agency", "task", "due", "due_text", "status", "state", "days_overdue", "days_left",
        "source",
    ] {
        #expect(a[key] != nil, "missing \(key)")
    }
    // A pending item shows days left and no days overdue; an item without a directive shows null.
    let d = try #require(array.first { $0["id"] as? String == "d" })
    #expect(d["directive"] is NSNull)
    #expect((d["days_left"] as? NSNumber)?.intValue == 11)
    #expect(d["days_overdue"] is NSNull)
    #expect(d["due"] as? String == "2024-05-31T23:59:59+07:00")
    #expect(d["due_text"] as? String == "tháng 5/2024")
    // Ongoing work has no due date.
    let e = try #require(array.first { $0["id"] as? String == "e" })
    #expect(e["due"] is NSNull)
    #expect(e["state"] as? String == "ongoing")
    // The order is the list order: soonest due first.
    #expect(array.compactMap { $0["id"] as? String } == ["f", "c", "a", "g", "b", "d", "e"])
}

@Test func listJSONOfNothingIsAnEmptyArray() throws {
    let out = Renderer(zone: vn, language: .en, width: nil).list([], format: .json)
    #expect((try parseJSON(out) as? [Any])?.isEmpty == true)
}

@Test func listJSONEscapesHostileText() throws {
    let src = SourceLocation(file: "dir/\"q\".yaml", line: 3, column: 5)
    let nasty = "quote \" backslash \\ newline \n tab \t nul \u{0} bell \u{7} ls \u{2028} emoji 🇻🇳"
    let it = Item(
        id: "x\"y", agency: "A\nB", task: nasty, deadline: nil, status: .ongoing, owner: "o\\", note: "n\r", source: src
    )
    let cfg = Config(items: [it])
    let out = Renderer(zone: vn, language: .vi, width: nil).list(cfg.rows(at: 0), format: .json)
    let array = try #require(try parseJSON(out) as? [[String: Any]])
    #expect(array.count == 1)
    #expect(array[0]["task"] as? String == nasty)
    #expect(array[0]["id"] as? String == "x\"y")
    #expect(array[0]["agency"] as? String == "A\nB")
    #expect(array[0]["owner"] as? String == "o\\")
    #expect(array[0]["note"] as? String == "n\r")
    #expect(array[0]["source"] as? String == "dir/\"q\".yaml:3")
    #expect(json("a\u{1F}b") == "\"a\\u001fb\"")
}

@Test func timedDeadlineIsShownAtItsTime() throws {
    let src = SourceLocation(file: "t.yaml", line: 2, column: 3)
    let d = Deadline(DueSpec(kind: .time, date: CivilDate(year: 2024, month: 5, day: 15), hour: 17), in: vn)
    let cfg = Config(items: [
        Item(id: "t", agency: "A", task: "T", deadline: d, dueText: "17:00 15/5/2024", source: src)
    ])
    let out = Renderer(zone: vn, language: .vi, width: nil).list(cfg.rows(at: 0), format: .json)
    let array = try #require(try parseJSON(out) as? [[String: Any]])
    #expect(array[0]["due"] as? String == "2024-05-15T17:00:00+07:00")
    #expect(shownDue(d) == "17:00 15/5/2024")
}

/// Splits CSV (RFC 4180) into records of fields, independently of the renderer.
func parseCSV(_ s: String) -> [[String]] {
    var records: [[String]] = []
    var field = "", record: [String] = []
    var quoted = false
    var chars = Array(s)
    if chars.last == "\n" { chars.removeLast() }
    var i = 0
    while i < chars.count {
        let c = chars[i]
        if quoted {
            if c == "\"" {
                if i + 1 < chars.count, chars[i + 1] == "\"" {
                    field.append("\"")
                    i += 1
                } else {
                    quoted = false
                }
            } else {
                field.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            record.append(field)
            field = ""
        } else if c == "\n" {
            record.append(field)
            records.append(record)
            record = []
            field = ""
        } else {
            field.append(c)
        }
        i += 1
    }
    record.append(field)
    records.append(record)
    return records
}

@Test func listCSVQuotesCommasQuotesAndNewlines() {
    let src = SourceLocation(file: "t.yaml", line: 7, column: 3)
    let d = Deadline(DueSpec(kind: .day, date: CivilDate(year: 2024, month: 5, day: 15)), in: vn)
    let task = "Rà soát, bổ sung \"tài khoản\"\nlần 2"
    let it = Item(id: "id1", agency: "Sở LĐTB&XH", task: task, deadline: d, dueText: "15/5/2024", source: src)
    let out = Renderer(zone: vn, language: .vi, width: nil).list(
        Config(items: [it]).rows(at: unix("2024-05-15T17:00:00Z")), format: .csv)
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
    // Every key the JSON list can carry, in ListField order.
    #expect(
        lines[0]
            == "id,directive,reference,agency,task,due,due_text,status,state,days_overdue,days_left,completed,ack_until,ack_note,original_due,original_due_text,extensions,extension_references,target,target_is_percent,unit,progress,progress_on,progress_share,expected_share,duty,occurrence,occurrences_missed,oldest_missed,next_due,owner,note,source"
    )
    #expect(out.contains("\"Rà soát, bổ sung \"\"tài khoản\"\"\nlần 2\""))
    let records = parseCSV(out)
    #expect(records.count == 2)
    #expect(
        records[1] == [
            "id1", "", "", "Sở LĐTB&XH", task, "2024-05-15T23:59:59+07:00", "15/5/2024", "not_started", "overdue", "1",
            "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
            "", "", "", "", "", "", "",
            "t.yaml:7",
        ])
    #expect(csvField("plain") == "plain")
    #expect(csvField("a,b") == "\"a,b\"")
    #expect(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
    // "\r\n" is a single Character in Swift: still a line break inside a field.
    #expect(csvField("T\r\nMESSAGE_ID=x") == "\"T\r\nMESSAGE_ID=x\"")
    #expect(csvField("cr\rlf") == "\"cr\rlf\"")
}

@Test func reportJSONCountsAndShare() throws {
    let cfg = sampleConfig()
    let (groups, total) = cfg.report(at: unix("2024-05-20T16:59:59Z"), by: .agency)
    let out = Renderer(zone: vn, language: .vi, width: nil).report(groups, total: total, by: .agency, format: .json)
    let obj = try #require(try parseJSON(out) as? [String: Any])
    #expect(obj["by"] as? String == "agency")
    let gs = try #require(obj["groups"] as? [[String: Any]])
    #expect(gs.compactMap { $0["agency"] as? String } == ["Sở Tài chính", "Sở Nội vụ", "Sở Y tế"])
    #expect((gs[0]["overdue"] as? NSNumber)?.intValue == 2)
    #expect((gs[0]["overdue_share"] as? NSNumber)?.doubleValue == 1.0)
    let t = try #require(obj["total"] as? [String: Any])
    #expect(t["agency"] == nil)
    #expect((t["total"] as? NSNumber)?.intValue == 7)
    #expect((t["overdue"] as? NSNumber)?.intValue == 3)
    #expect((t["done_on_time"] as? NSNumber)?.intValue == 1)
    #expect((t["done_late"] as? NSNumber)?.intValue == 0)
    #expect((t["not_yet_due"] as? NSNumber)?.intValue == 2)
    #expect((t["ongoing"] as? NSNumber)?.intValue == 1)
    // 3 overdue of 6 with a deadline.
    #expect((t["overdue_share"] as? NSNumber)?.doubleValue == 0.5)
}

@Test func reportCSVHasOneRowPerGroupAndATotal() {
    let cfg = sampleConfig()
    let (groups, total) = cfg.report(at: unix("2024-05-20T16:59:59Z"), by: .agency)
    let out = Renderer(zone: vn, language: .vi, width: nil).report(groups, total: total, by: .agency, format: .csv)
    #expect(
        parseCSV(out) == [
            [
                "agency", "total", "done_on_time", "done_late", "not_yet_due", "overdue", "ongoing", "overdue_share",
                "by_status_done", "by_status_ongoing", "by_status_in_progress", "by_status_not_started", "due_soon",
                "cancelled", "on_time_share", "no_deadline",
            ],
            // By status (see reportGroupsCarryTheStatusSplitAndTheCancelled): Tài chính a in
            // progress, c not started; Nội vụ f done, b in progress, g not started; Y tế e
            // ongoing, d not started. On time: f, 1 of 3 with a deadline in Nội vụ, 1 of 6 in all.
            ["Sở Tài chính", "2", "0", "0", "0", "2", "0", "1.0000", "0", "0", "1", "1", "0", "0", "0.0000", "0"],
            ["Sở Nội vụ", "3", "1", "0", "1", "1", "0", "0.3333", "1", "0", "1", "1", "0", "0", "0.3333", "0"],
            ["Sở Y tế", "2", "0", "0", "1", "0", "1", "0.0000", "0", "1", "0", "1", "0", "0", "0.0000", "0"],
            ["TOTAL", "7", "1", "0", "2", "3", "1", "0.5000", "1", "1", "2", "3", "0", "0", "0.1667", "0"],
        ])
}

@Test func tablesSpeakTheConfiguredLanguage() {
    let cfg = sampleConfig()
    let now = unix("2024-05-20T16:59:59Z")
    let vi = Renderer(zone: vn, language: .vi, width: nil)
    let en = Renderer(zone: vn, language: .en, width: nil)
    let viList = vi.list(cfg.rows(at: now), format: .table)
    #expect(viList.contains("quá hạn"))
    #expect(viList.hasSuffix("7 việc. Số ngày: +N = quá hạn N ngày, -N = còn N ngày.\n"))
    let enList = en.list(cfg.rows(at: now), format: .table)
    #expect(enList.contains("overdue"))
    #expect(enList.hasSuffix("7 items. Days: +N = N days overdue, -N = N days left.\n"))
    let (groups, total) = cfg.report(at: now, by: .agency)
    #expect(
        en.summary(total)
            == "7 tasks: 1 done (1 on time, 0 late), 1 ongoing, 2 in progress, 3 not started; 2 not yet due, 3 overdue."
    )
    #expect(
        vi.summary(total)
            == "7 nhiệm vụ: 1 hoàn thành (1 đúng hạn, 0 trễ hạn), 1 thường xuyên, 2 đang thực hiện, 3 chưa thực hiện; 2 chưa đến hạn, 3 quá hạn."
    )
    // 3 overdue of 6 with a deadline.
    #expect(en.report(groups, total: total, by: .agency, format: .table).contains("50.00 %"))
    #expect(vi.report(groups, total: total, by: .agency, format: .table).contains("50,00 %"))
}

@Test func tableFitsTheWidth() {
    let cfg = sampleConfig()
    let out = Renderer(zone: vn, language: .en, width: 60).list(cfg.rows(at: 0), format: .table)
    let lines = out.split(separator: "\n").dropLast()  // the footnote is prose
    for l in lines { #expect(l.count <= 60, "line too wide: \(l)") }
}

@Test func listJSONOfManyRowsKeepsTheirOrderAcrossBatches() throws {
    // Many chunks of 1,024 rows, made on every core and written in order.
    let items = (0..<10_001).map { k in
        Item(
            id: "nv-\(k)", agency: "Sở \(k % 7)", task: "Nhiệm vụ \(k) \u{2028}",
            deadline: Deadline(
                DueSpec(kind: .day, date: CivilDate(year: 2024, month: 1 + k % 12, day: 1 + k % 28)), in: vn),
            source: SourceLocation(file: "big \"\(k % 3)\".yaml", line: k + 1, column: 1))
    }
    let rows = Config(items: items).rows(at: 0)
    let out = Renderer(zone: vn, language: .vi, width: nil).list(rows, format: .json)
    #expect(!out.contains("\u{2028}"))
    let array = try #require(try parseJSON(out) as? [[String: Any]])
    #expect(array.map { $0["id"] as? String ?? "" } == rows.map(\.item.id))
    #expect(array.count == 10_001)
    // Each row's own deadline and place, though neighbours' formatted times are reused.
    #expect(
        array.map { $0["due"] as? String ?? "" }
            == rows.map { r in r.item.deadline.map { vn.iso8601($0.shownAt) } ?? "" })
    #expect(array.map { $0["source"] as? String ?? "" } == rows.map(\.item.source.description))
    #expect(array.first?["source"] as? String == "big \"0\".yaml:1")
    // Sorted by deadline, then id.
    #expect(rows.first?.item.id == "nv-0")
    #expect(
        zip(rows, rows.dropFirst()).allSatisfy { a, b in
            let (x, y) = (a.item.deadline?.overdueAt ?? 0, b.item.deadline?.overdueAt ?? 0)
            return x < y || (x == y && a.item.id < b.item.id)
        })
}

@Test func iCalendarTimesKeepFourDigitYears() {
    #expect(ICalendarWriter.utc(1_715_767_200) == "20240515T100000Z")
    #expect(ICalendarWriter.utc(253_402_300_799) == "99991231T235959Z")
    // 23:59 on 31/12/9999 in UTC-11 is in the year 10000 in UTC: written as 9999's last second.
    #expect(ICalendarWriter.utc(253_402_300_799 + 11 * 3600) == "99991231T235959Z")
}
