import Foundation
import Testing

@testable import DeadlinedCore

private let vn = Zone.vietnam
private let src = SourceLocation(file: "t.yaml", line: 4, column: 3)

/// Two items: one with every optional field the JSON list can carry (a timed deadline,
/// extended once, done late, followed up, with owner and note), one with none of them.
func fullAndBareConfig() -> Config {
    let dir = Directive(id: "kh-1", title: "Đề án", reference: "Kế hoạch số 1/KH-UBND", source: src)
    let timed = Deadline(
        DueSpec(kind: .time, date: CivilDate(year: 2024, month: 5, day: 20), hour: 17, minute: 0), in: vn)
    var full = Item(
        id: "full", directive: 0, agency: "Sở Tài chính", task: "Cấp kinh phí", deadline: timed,
        dueText: "17:00 20/5/2024", status: .done, completed: vn.instant(CivilDate(year: 2024, month: 5, day: 21)),
        owner: "Phòng NS", note: "ghi chú, có dấu phẩy", source: src,
        extensions: [
            Extension(
                previousDue: DueSpec(kind: .day, date: CivilDate(year: 2024, month: 5, day: 10)),
                previousDueText: "10/5/2024", reference: "CV 12/UBND")
        ])
    full.ack = Ack(until: vn.instant(CivilDate(year: 2024, month: 5, day: 27)), note: "đã đôn đốc")
    let bare = Item(id: "bare", agency: "Sở Y tế", task: "Thường xuyên", status: .ongoing, source: src)
    return Config(directives: [dir], items: [full, bare], files: ["t.yaml"])
}

@Test func listCSVHeaderIsExactlyTheSetOfKeysTheJSONListCarries() throws {
    let cfg = fullAndBareConfig()
    var rows = cfg.rows(at: unix("2024-05-25T03:00:00Z"))
    // A recurring duty's row carries five keys more: the bare item made to stand for one,
    // with 2 occurrences missed since 15/4 and the next due 15/6.
    let day15 = { (m: Int) in Deadline(DueSpec(kind: .day, date: CivilDate(year: 2024, month: m, day: 15)), in: vn) }
    rows.append(
        ListRow(
            item: rows[1].item, evaluation: rows[1].evaluation, directive: nil,
            duty: DutySummary(
                duty: Duty(id: "hop", rule: "hằng tháng", source: src), row: 1, missed: 2, oldestMissed: day15(4),
                next: day15(6))))
    // Two items with a target carry seven keys more (target ... expected_share): a count and
    // a percentage, both started 1/5 and due 31/5, progress reported on 10/5.
    let may = { (d: Int) in CivilDate(year: 2024, month: 5, day: d) }
    for (id, measure) in [
        (
            "count",
            Measure(target: 25, unit: "thủ tục", start: may(1), progress: [ProgressEntry(on: may(10), value: 14)])
        ),
        (
            "rate",
            Measure(target: 76, isPercent: true, start: may(1), progress: [ProgressEntry(on: may(10), value: 60.5)])
        ),
    ] {
        var item = Item(
            id: id, agency: "Sở Nội vụ", task: "Chỉ tiêu",
            deadline: Deadline(DueSpec(kind: .day, date: may(31)), in: vn), dueText: "31/5/2024", source: src)
        item.measure = measure
        rows.append(ListRow(item: item, evaluation: Evaluation(state: .open, daysLeft: 6), directive: nil))
    }
    var r = Renderer(zone: vn, language: .vi, width: nil)
    r.now = unix("2024-05-25T03:00:00Z")
    let json = try #require(
        try JSONSerialization.jsonObject(with: Data(r.list(rows, format: .json).utf8)) as? [[String: Any]])
    let jsonKeys = Set(json.flatMap { $0.keys })
    let csv = parseCSV(r.list(rows, format: .csv))
    #expect(Set(csv[0]) == jsonKeys)
    #expect(csv[0].count == jsonKeys.count, "a key twice in the CSV header")
    // Every CSV cell is the JSON value as text: null and an absent key are empty.
    for (n, obj) in json.enumerated() {
        let record = csv[n + 1]
        for (k, key) in csv[0].enumerated() {
            let expected: String
            switch obj[key] {
            case nil, is NSNull: expected = ""
            case let s as String: expected = s
            // A JSON boolean, which Foundation reads as a number.
            case let b? where key == "target_is_percent": expected = (b as? Bool) == true ? "true" : "false"
            case let a as [Any]: expected = a.map { ($0 as? String) ?? "" }.joined(separator: "; ")
            case let v?: expected = "\(v)"
            }
            #expect(record[k] == expected, "\(obj["id"] ?? "?") \(key)")
        }
    }
    // Hand-computed, in Asia/Ho_Chi_Minh (+07:00): the extension's previous due, the last
    // second of 10/5; the follow-up's last quiet second, 27/5 00:00 minus one.
    let full = Dictionary(uniqueKeysWithValues: zip(csv[0], csv[1]))
    #expect(full["original_due"] == "2024-05-10T23:59:59+07:00")
    #expect(full["ack_until"] == "2024-05-26T23:59:59+07:00")
    #expect(full["completed"] == "2024-05-21T00:00:00+07:00")
    #expect(full["due"] == "2024-05-20T17:00:00+07:00")
    #expect(full["extensions"] == "1")
    #expect(full["extension_references"] == "CV 12/UBND")
    #expect(full["reference"] == "Kế hoạch số 1/KH-UBND")
    #expect(full["note"] == "ghi chú, có dấu phẩy")
    let duty = Dictionary(uniqueKeysWithValues: zip(csv[0], csv[3]))
    #expect(duty["id"] == "hop" && duty["duty"] == "hop" && duty["occurrence"] == "bare")
    #expect(duty["occurrences_missed"] == "2")
    #expect(duty["oldest_missed"] == "2024-04-15T23:59:59+07:00")
    #expect(duty["next_due"] == "2024-06-15T23:59:59+07:00")
    // Hand-computed at 25/5 (10:00 local): 14/25 = 0,56; 60,5/76 = 0,796052... -> 0,7961.
    // Expected: linear from 0 on 1/5 to the target on 31/5, 24 of 30 days gone: 0,8 of it.
    let count = Dictionary(uniqueKeysWithValues: zip(csv[0], csv[4]))
    #expect(count["target"] == "25" && count["unit"] == "thủ tục" && count["target_is_percent"] == "false")
    #expect(count["progress"] == "14" && count["progress_on"] == "2024-05-10")
    #expect(count["progress_share"] == "0.56" && count["expected_share"] == "0.8")
    let rate = Dictionary(uniqueKeysWithValues: zip(csv[0], csv[5]))
    #expect(rate["target"] == "76" && rate["unit"] == "" && rate["target_is_percent"] == "true")
    #expect(rate["progress"] == "60.5" && rate["progress_share"] == "0.7961" && rate["expected_share"] == "0.8")
    // A row without a target leaves the seven columns empty.
    #expect(full["target"] == "" && full["target_is_percent"] == "" && full["progress_share"] == "")
}

@Test func reportCSVHeaderIsExactlyTheKeysOfAJSONGroup() throws {
    let cfg = sampleConfig()
    let (groups, total) = cfg.report(at: unix("2024-05-20T16:59:59Z"), by: .agency)
    let r = Renderer(zone: vn, language: .vi, width: nil)
    for by in ReportGrouping.allCases {
        let obj = try #require(
            try JSONSerialization.jsonObject(
                with: Data(r.report(groups, total: total, by: by, format: .json).utf8)) as? [String: Any])
        let group = try #require((obj["groups"] as? [[String: Any]])?.first)
        // A nested object (by_status) is flattened: by_status_done, ...
        var keys: [String] = []
        for (k, v) in group {
            if let nested = v as? [String: Any] { keys += nested.keys.map { k + "_" + $0 } } else { keys.append(k) }
        }
        let header = parseCSV(r.report(groups, total: total, by: by, format: .csv))[0]
        #expect(Set(header) == Set(keys))
        #expect(header.count == keys.count)
    }
}

@Test func reportCSVHeaderHasTheProgressKeysWhenAnItemHasATarget() throws {
    var cfg = sampleConfig()
    cfg.items[0].measure = Measure(
        target: 10, progress: [ProgressEntry(on: CivilDate(year: 2024, month: 5, day: 1), value: 4)])
    let (groups, total) = cfg.report(at: unix("2024-05-20T16:59:59Z"), by: .agency)
    let r = Renderer(zone: vn, language: .vi, width: nil)
    let obj = try #require(
        try JSONSerialization.jsonObject(with: Data(r.report(groups, total: total, by: .agency, format: .json).utf8))
            as? [String: Any])
    let totalKeys = try #require(obj["total"] as? [String: Any])
    var keys: [String] = []
    for (k, v) in totalKeys {
        if let nested = v as? [String: Any] { keys += nested.keys.map { k + "_" + $0 } } else { keys.append(k) }
    }
    let csv = parseCSV(r.report(groups, total: total, by: .agency, format: .csv))
    // The TOTAL row has no name key; the header's first column is the grouping's.
    #expect(Set(csv[0].dropFirst()) == Set(keys))
    let last = Dictionary(uniqueKeysWithValues: zip(csv[0], csv[csv.count - 1]))
    // One item with a target, 4 of 10 reported: a mean share of 0,4.
    #expect(last["items_with_target"] == "1" && last["progress_share"] == "0.4000")
}
