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
    let r = Renderer(zone: vn, language: .vi, width: nil)
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
