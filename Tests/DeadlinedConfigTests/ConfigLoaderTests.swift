import Foundation
import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

/// The spec's example, with a drop-in directory.
let exampleMain = """
    settings:
      timezone: Asia/Ho_Chi_Minh     # IANA name; this is the default
      language: en                   # vi | en: the language of messages and tables
      remind_before: [1d, 7d]        # reminders ahead of each due time
      repeat_overdue: 1d             # how often an overdue item is alerted again
      escalate_after: 30d            # overdue longer than this is escalated
      digest_at: "07:30"
      watch: false
    include: [assignments.d/*.yaml]

    directives:
      - id: nghean-de-an-06-q2-2024
        title: "Thúc đẩy thực hiện các nhiệm vụ Đề án 06/CP Quý II/2024"
        issuer: "UBND tỉnh Nghệ An"
        reference: "Kế hoạch số 762/KH-TCT"
        issued: 2/4/2024
        assignments:
          - id: stc-kinh-phi
            agency: "Sở Tài chính"
            task: "Tham mưu cấp kinh phí cho các đơn vị thực hiện Đề án 06/CP"
            due: 15/5/2024
            status: in_progress
          - id: lam-sach-du-lieu
            agency: ["Sở Tư pháp", "Sở LĐTB&XH", "Sở TN&MT", "Bảo hiểm xã hội tỉnh"]
            task: "Làm sạch dứt điểm các dữ liệu"
            due: tháng 5/2024
            done_by: ["Sở Tư pháp"]
          - id: chi-tieu
            agency: ["Sở Y tế", "Sở Giáo dục và Đào tạo"]
            task: "Chỉ tiêu dịch vụ công trực tuyến"
            due: trong tháng 5/2024
            done_by:
              - agency: "Sở Y tế"
                completed: 24/5/2024
              - agency: "sở giáo dục và đào tạo"
                completed: 3/6/2024
    assignments:
      - id: ioc
        agency: "Sở TT&TT"
        task: "Đưa Trung tâm IOC vào vận hành chính thức"
        due: năm 2024
      - id: mooc
        agency: "Sở TT&TT"
        task: "Đào tạo trực tuyến"
        status: thường xuyên

    """

let exampleDropIns: [String: String] = [
    "/etc/deadlined/assignments.d/20-cchc.yaml": """
    directives:
      - id: nghean-cchc-2022
        reference: "Quyết định số 5165/QĐ-UBND"
        issued: 30/12/2021
        assignments:
          - id: snv-kiem-tra-cchc
            agency: "Sở Nội vụ"
            task: "Kiểm tra công tác CCHC"
            due: Quý II/2022
            status: done
            completed: 5/7/2022
          - id: bao-cao
            agency: "Văn phòng UBND tỉnh"
            task: "Hệ thống báo cáo"
            due: 17:00 15/6/2022
            completed: 15/6/2022

    """,
    "/etc/deadlined/assignments.d/10-flat.yaml": """
    assignments:
      - agency: "Sở Xây dựng"
        task: "Rà soát quy hoạch"
        due: 6 tháng cuối năm 2024
        owner: "Phòng Quy hoạch"
        note: "Theo Kết luận 12"

    """,
    "/etc/deadlined/assignments.d/README.txt": "not yaml, not included",
]

func exampleResult() -> LoadResult {
    load(files: exampleDropIns.merging([mainPath: exampleMain]) { a, _ in a })
}

@Test func exampleConfigLoadsWithoutErrors() throws {
    let r = exampleResult()
    #expect(r.errors.isEmpty, "\(r.renderedDiagnostics())")
    let cfg = try #require(r.config)
    #expect(
        cfg.files == [
            mainPath, "/etc/deadlined/assignments.d/10-flat.yaml", "/etc/deadlined/assignments.d/20-cchc.yaml",
        ])
    #expect(cfg.directives.map(\.id) == ["nghean-de-an-06-q2-2024", "nghean-cchc-2022"])
    let ids = cfg.items.map(\.id)
    #expect(Set(ids).count == ids.count, "ids are unique")
    // 1 + 4 + 2 + 2 flat in the main file; 1 in 10-flat, 2 in 20-cchc.
    #expect(cfg.items.count == 12)
}

@Test func settingsAreRead() throws {
    let cfg = try #require(exampleResult().config)
    let s = cfg.settings
    #expect(s.zone.identifier == "Asia/Ho_Chi_Minh")
    #expect(s.language == .en)
    #expect(s.remindBefore == [7 * 86400, 86400], "largest first")
    #expect(s.repeatOverdue == 86400)
    #expect(s.escalateAfter == 30 * 86400)
    #expect(s.digestAt == 7 * 3600 + 30 * 60)
    #expect(s.watch == false)
}

@Test func defaultsApplyWithoutSettings() throws {
    let cfg = try #require(load("assignments:\n  - {id: a, agency: A, task: T, due: 15/5/2024}\n").config)
    #expect(cfg.settings == Settings())
    #expect(cfg.settings.zone == .vietnam)
    #expect(cfg.settings.language == .vi)
    #expect(cfg.items.count == 1)
    #expect(cfg.items[0].status == .notStarted)
}

@Test func agencyListBecomesOneItemPerAgency() throws {
    let cfg = try #require(exampleResult().config)
    let lam = cfg.items.filter { $0.id.hasPrefix("lam-sach-du-lieu/") }
    #expect(
        lam.map(\.id) == [
            "lam-sach-du-lieu/so-tu-phap", "lam-sach-du-lieu/so-ldtb-xh", "lam-sach-du-lieu/so-tn-mt",
            "lam-sach-du-lieu/bao-hiem-xa-hoi-tinh",
        ])
    #expect(lam.map(\.agency) == ["Sở Tư pháp", "Sở LĐTB&XH", "Sở TN&MT", "Bảo hiểm xã hội tỉnh"])
    // done_by as a string: that agency is done (no date), the others keep the assignment's status.
    #expect(lam.map(\.status) == [.done, .notStarted, .notStarted, .notStarted])
    #expect(lam.allSatisfy { $0.completed == nil })
    for it in lam {
        #expect(it.task == "Làm sạch dứt điểm các dữ liệu")
        #expect(it.dueText == "tháng 5/2024")
        #expect(it.deadline?.spec == DueSpec(kind: .month, date: CivilDate(year: 2024, month: 5, day: 31)))
        #expect(cfg.directive(of: it)?.id == "nghean-de-an-06-q2-2024")
    }
    // Each item points at its own agency in the list.
    #expect(lam.map(\.source.line) == [24, 24, 24, 24])
    #expect(lam.map(\.source.column) == [18, 32, 46, 58])
}

@Test func doneByMappingsCarryTheirCompletionDate() throws {
    let cfg = try #require(exampleResult().config)
    let yte = try #require(cfg.items.first { $0.id == "chi-tieu/so-y-te" })
    let gd = try #require(cfg.items.first { $0.id == "chi-tieu/so-giao-duc-va-dao-tao" })
    #expect(yte.status == .done && gd.status == .done)
    // A date means the start of that day in the configured zone.
    #expect(yte.completed == unix("2024-05-23T17:00:00Z"))
    #expect(gd.completed == unix("2024-06-02T17:00:00Z"))
    let now = unix("2024-07-01T00:00:00Z")
    #expect(yte.evaluate(at: now, settings: cfg.settings).state == .doneOnTime)
    #expect(gd.evaluate(at: now, settings: cfg.settings) == Evaluation(state: .doneLate, daysOverdue: 3, daysLeft: nil))
}

@Test func directiveFieldsTravelWithTheirItems() throws {
    let cfg = try #require(exampleResult().config)
    let stc = try #require(cfg.items.first { $0.id == "stc-kinh-phi" })
    let d = try #require(cfg.directive(of: stc))
    #expect(d.title == "Thúc đẩy thực hiện các nhiệm vụ Đề án 06/CP Quý II/2024")
    #expect(d.issuer == "UBND tỉnh Nghệ An")
    #expect(d.reference == "Kế hoạch số 762/KH-TCT")
    #expect(d.issued == CivilDate(year: 2024, month: 4, day: 2))
    #expect(d.source == SourceLocation(file: mainPath, line: 12, column: 5))
    #expect(stc.source == SourceLocation(file: mainPath, line: 18, column: 9))
    #expect(stc.status == .inProgress)
    #expect(stc.deadline?.overdueAt == 1_715_792_400)
    #expect(stc.deadline?.shownAt == 1_715_792_399)
}

@Test func flatAssignmentsHaveNoDirective() throws {
    let cfg = try #require(exampleResult().config)
    let ioc = try #require(cfg.items.first { $0.id == "ioc" })
    #expect(ioc.directive == nil)
    #expect(ioc.deadline?.spec == DueSpec(kind: .year, date: CivilDate(year: 2024, month: 12, day: 31)))
    let mooc = try #require(cfg.items.first { $0.id == "mooc" })
    #expect(mooc.status == .ongoing)
    #expect(mooc.deadline == nil)
    #expect(mooc.evaluate(at: 0, settings: cfg.settings).state == .ongoing)
}

@Test func includedFilesAddDirectivesAndFlatAssignments() throws {
    let cfg = try #require(exampleResult().config)
    let kt = try #require(cfg.items.first { $0.id == "snv-kiem-tra-cchc" })
    #expect(cfg.directive(of: kt)?.id == "nghean-cchc-2022")
    #expect(kt.source.file == "/etc/deadlined/assignments.d/20-cchc.yaml")
    #expect(kt.deadline?.spec == DueSpec(kind: .quarter, date: CivilDate(year: 2022, month: 6, day: 30)))
    #expect(
        kt.evaluate(at: unix("2023-01-01T00:00:00Z"), settings: cfg.settings)
            == Evaluation(state: .doneLate, daysOverdue: 5, daysLeft: nil))
    // `completed` without `status` means done; a timed deadline met on its day counts from the start of that day.
    let bc = try #require(cfg.items.first { $0.id == "bao-cao" })
    #expect(bc.status == .done)
    #expect(bc.deadline?.spec.kind == .time)
    #expect(bc.evaluate(at: unix("2023-01-01T00:00:00Z"), settings: cfg.settings).state == .doneOnTime)
    // The flat drop-in: a derived id, owner and note kept.
    let flat = try #require(cfg.items.first { $0.agency == "Sở Xây dựng" })
    #expect(flat.directive == nil)
    #expect(flat.owner == "Phòng Quy hoạch")
    #expect(flat.note == "Theo Kết luận 12")
    #expect(flat.deadline?.spec == DueSpec(kind: .halfYear, date: CivilDate(year: 2024, month: 12, day: 31)))
}

// MARK: Derived ids

private let unnamed = """
    directives:
      - id: kh-1
        assignments:
          - agency: ["Sở Y tế", "Sở Tài chính"]
            task: "Báo cáo kết quả"
            due: 15/5/2024

    """

@Test func derivedIdsAreStable() throws {
    let a = try #require(load(unnamed).config)
    let b = try #require(load(unnamed).config)
    #expect(a.items.map(\.id) == b.items.map(\.id))
    #expect(a.items.count == 2)
    let base = try #require(a.items[0].id.split(separator: "/").first.map(String.init))
    #expect(a.items.map(\.id) == [base + "/so-y-te", base + "/so-tai-chinh"])
    // `a` and ten hex digits: short, and the same on every machine.
    #expect(base.count == 11 && base.first == "a")
    #expect(base.dropFirst().allSatisfy { $0.isHexDigit })
    // The same assignment elsewhere in another file, further down, keeps its id.
    let moved = try #require(
        load(files: [mainPath: "# a comment\n\n" + unnamed, "/other.yaml": "x: 1"]).config)
    #expect(moved.items.map(\.id) == a.items.map(\.id))
}

@Test func derivedIdsChangeWithTheTaskAndTheDirective() throws {
    let a = try #require(load(unnamed).config)
    let otherTask = try #require(
        load(unnamed.replacingOccurrences(of: "Báo cáo kết quả", with: "Báo cáo sơ kết")).config)
    let otherDirective = try #require(load(unnamed.replacingOccurrences(of: "kh-1", with: "kh-2")).config)
    #expect(a.items[0].id != otherTask.items[0].id)
    #expect(a.items[0].id != otherDirective.items[0].id)
}

@Test func derivedIdsAreWarnedAbout() {
    let r = load(unnamed)
    #expect(r.warnings.count == 1)
    let w = r.warnings.first
    #expect(w?.location == SourceLocation(file: mainPath, line: 4, column: 9))
    #expect(w?.message.contains("assignment has no 'id'") == true)
}

@Test func identicalUnnamedAssignmentsCollide() {
    let twice = """
        assignments:
          - {agency: A, task: T, due: 15/5/2024}
          - {agency: A, task: T, due: 15/5/2024}

        """
    let r = load(twice)
    #expect(r.config == nil)
    #expect(r.errors.count == 1)
    #expect(r.errors.first?.message.hasPrefix("duplicate id 'a") == true)
}

// MARK: Settings

@Test func timezoneSettingPlacesDeadlines() throws {
    let text = """
        settings:
          timezone: Europe/Berlin
        assignments:
          - {id: a, agency: A, task: T, due: 15/5/2024}
          - {id: b, agency: A, task: T, due: 17:00 31/3/2024}

        """
    let cfg = try #require(load(text).config)
    #expect(cfg.settings.zone.identifier == "Europe/Berlin")
    #expect(cfg.items[0].deadline?.overdueAt == unix("2024-05-15T22:00:00Z"))
    #expect(cfg.items[1].deadline?.overdueAt == unix("2024-03-31T15:00:00Z"))
}

@Test func remindBeforeAcceptsOneValueOrAList() throws {
    #expect(try #require(load("settings:\n  remind_before: 3d\n").config).settings.remindBefore == [3 * 86400])
    #expect(
        try #require(load("settings:\n  remind_before: [1d, 2 tuần, 12h]\n").config).settings.remindBefore == [
            14 * 86400, 86400, 12 * 3600,
        ])
}

@Test func statusSpellingsAreAccepted() throws {
    let text = """
        assignments:
          - {id: a, agency: A, task: T, due: 15/5/2024, status: Chưa thực hiện}
          - {id: b, agency: A, task: T, due: 15/5/2024, status: ĐANG TRIỂN KHAI}
          - {id: c, agency: A, task: T, due: 15/5/2024, status: Đã hoàn thành}
          - {id: d, agency: A, task: T, status: thuong xuyen}
          - {id: e, agency: A, task: T, due: 15/5/2024, status: in-progress}

        """
    let r = load(text)
    let cfg = try #require(r.config, "\(r.renderedDiagnostics())")
    #expect(cfg.items.map(\.status) == [.notStarted, .inProgress, .done, .ongoing, .inProgress])
}

@Test func doneWorkNeedsNoDueDate() throws {
    let r = load("assignments:\n  - {id: a, agency: A, task: T, status: done}\n")
    let cfg = try #require(r.config)
    #expect(cfg.items[0].evaluate(at: 0, settings: cfg.settings).state == .doneOnTime)
}

@Test func everyErrorIsReportedAtOnce() {
    let text = """
        settings:
          languag: en
        assignments:
          - agency: A
            task: T
            due: tomorrow
          - agency: B
            task: U
            due: 1/1/2024
            status: finito

        """
    let r = load(text)
    #expect(r.config == nil)
    #expect(r.errors.count == 3)
    #expect(r.errors.map { $0.location?.line ?? 0 } == [2, 6, 10])
}

@Test func errorsInSeveralFilesAreAllReported() {
    let r = load(files: [
        mainPath: "include: [conf.d/*.yaml]\nassignments:\n  - {id: a, agency: A, task: T, due: 32/1/2024}\n",
        "/etc/deadlined/conf.d/a.yaml": "assignments:\n  - {id: b, agency: A, task: T, due: 15/5/2024, statu: done}\n",
        "/etc/deadlined/conf.d/b.yaml": "assignments: [\n",
    ])
    #expect(r.config == nil)
    #expect(r.errors.map(\.file) == [mainPath, "/etc/deadlined/conf.d/a.yaml", "/etc/deadlined/conf.d/b.yaml"])
}

@Test func unreadableIncludeIsAnError() {
    let files = MemorySource([
        mainPath: "include: [conf.d/*.yaml]\n", "/etc/deadlined/conf.d/a.yaml": "assignments: []\n",
    ])
    let src = UnreadableSource(files: files, unreadable: "/etc/deadlined/conf.d/b.yaml")
    let r = ConfigLoader(source: src).load(mainPath)
    #expect(r.config == nil)
    #expect(
        r.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:1:11: error: cannot read included file '/etc/deadlined/conf.d/b.yaml': Permission denied
            include: [conf.d/*.yaml]
                      ^
            """)
}

@Test func includingTheSameFileTwiceWarnsAndSkips() throws {
    let r = load(files: [
        mainPath: "include: [conf.d/a.yaml, conf.d/*.yaml]\n",
        "/etc/deadlined/conf.d/a.yaml": "assignments:\n  - {id: a, agency: A, task: T, due: 15/5/2024}\n",
    ])
    let cfg = try #require(r.config)
    #expect(cfg.items.count == 1)
    #expect(r.warnings.count == 1)
}

@Test func includesNestedTooDeepAreAnError() {
    var files = [mainPath: "include: [f1.yaml]\n"]
    for i in 1...20 { files["/etc/deadlined/f\(i).yaml"] = "include: [f\(i + 1).yaml]\n" }
    files["/etc/deadlined/f21.yaml"] = "assignments: []\n"
    let r = load(files: files)
    #expect(r.config == nil)
    #expect(r.errors.count == 1)
    #expect(r.errors.first?.message == "includes nested deeper than 16 files (limit max_include_depth)")
}

@Test func aFileOverTheSizeLimitIsNotRead() {
    var limits = Limits()
    limits.maxFileSize = 10
    let r = load("assignments: []\n", limits: limits)
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics()
            == "/etc/deadlined/deadlined.yaml: error: cannot read configuration: the file is 16 bytes, more than the limit of 10 (max_file_size)"
    )
}

@Test func tooManyItemsStopsTheLoad() {
    var limits = Limits()
    limits.maxItems = 3
    let r = load(
        "assignments:\n  - {id: a, agency: [A, B, C, D], task: T, due: 15/5/2024}\n  - {id: b, agency: A, task: T, due: 15/5/2024}\n",
        limits: limits)
    #expect(r.config == nil)
    #expect(r.errors.count == 1)
    #expect(r.errors.first?.message == "more than 3 items (limit max_items)")
}

@Test func aliasesAreResolved() throws {
    let text = """
        assignments:
          - id: a
            agency: &so ["Sở Y tế", "Sở Tài chính"]
            task: &t "Báo cáo"
            due: 15/5/2024
          - id: b
            agency: *so
            task: *t
            due: 16/5/2024

        """
    let r = load(text)
    let cfg = try #require(r.config, "\(r.renderedDiagnostics())")
    #expect(cfg.items.map(\.id) == ["a/so-y-te", "a/so-tai-chinh", "b/so-y-te", "b/so-tai-chinh"])
    #expect(cfg.items.allSatisfy { $0.task == "Báo cáo" })
}

@Test func theShippedConfigLoads() throws {
    // Read the repository's config/ through a MemorySource, so the test needs no file-system source.
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let dir = root.appendingPathComponent("config")
    var files: [String: String] = [:]
    let fm = FileManager.default
    let main = dir.appendingPathComponent("deadlined.yaml")
    files["/cfg/deadlined.yaml"] = try String(contentsOf: main, encoding: .utf8)
    let dropIns = dir.appendingPathComponent("assignments.d")
    for name in (try? fm.contentsOfDirectory(atPath: dropIns.path)) ?? [] {
        files["/cfg/assignments.d/\(name)"] = try String(
            contentsOf: dropIns.appendingPathComponent(name), encoding: .utf8)
    }
    let r = ConfigLoader(source: MemorySource(files)).load("/cfg/deadlined.yaml")
    #expect(r.errors.isEmpty, "\(r.renderedDiagnostics())")
    let cfg = try #require(r.config)
    #expect(!cfg.directives.isEmpty)
    #expect(!cfg.items.isEmpty)
    #expect(Set(cfg.items.map(\.id)).count == cfg.items.count)
}

@Test func assignmentKeyCasesFollowTheKeyList() {
    // The loader handles assignment keys by number: the enum must follow `Keys.assignment`.
    #expect(AssignmentKey.allCases.count == Keys.assignment.words.count)
    for k in AssignmentKey.allCases {
        let snake = String(describing: k).reduce(into: "") { out, c in
            out += c.isUppercase ? "_" + c.lowercased() : String(c)
        }
        #expect(snake == Keys.assignment.words[k.rawValue])
    }
}

@Test func aUTF8ByteOrderMarkIsAcceptedAndUTF16IsRefused() {
    let text = "assignments:\n  - id: a\n    agency: Sở Tư pháp\n    task: T\n    due: 15/5/2024\n"
    let bom = load(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
    #expect(bom.config?.items.map(\.agency) == ["Sở Tư pháp"])
    // UTF-16 with its byte-order mark: libyaml would read it, deadlined asks for UTF-8.
    var utf16: [UInt8] = [0xFF, 0xFE]
    for u in text.utf16 { utf16 += [UInt8(u & 0xFF), UInt8(u >> 8)] }
    let r = load(bytes: utf16)
    #expect(r.config == nil)
    #expect(r.diagnostics.first?.message.contains("UTF-8") == true)
}

@Test func tapeKeepsKeysAndValuesAsBytesAndAnAliasedKeyStillMatches() throws {
    let yaml = "a: &k task\nb:\n  *k : Tham mưu\n  id: nv-1\n"
    guard case .success(let t) = YAMLTape.parse(Array(yaml.utf8), file: "t.yaml", limits: Limits()) else {
        Issue.record("parse failed")
        return
    }
    let words: KeyTable = ["id", "task"]
    // Node order: map, a, task(&k), b, map, *k, "Tham mưu", id, nv-1.
    #expect(t.nodes[1].length == 1)  // key "a": bytes in the arena
    #expect(t.nodes[2].length == 4 && t.value(2) == "task")  // a value: bytes in the arena too
    #expect(t.withValueBytes(6) { Array($0) } == Array("Tham mưu".utf8))
    #expect(t.index(t.resolved(5), in: words) == 1)  // the aliased key is the value node "task"
    #expect(t.value(6) == "Tham mưu")
    #expect(t.index(7, in: words) == 0)
    #expect(t.value(7) == "id")
    #expect(t.firstByte(6) == UInt8(ascii: "T"))
    // A container has no text; asking is no crash.
    #expect(t.value(0) == "" && t.firstByte(0) == 0 && t.index(0, in: words) == nil)
}

@Test func aTapeBuiltInTheArraysOfAnEarlierFileHoldsNothingOfIt() throws {
    // A larger file first, so the spare arrays are longer than the next file needs.
    let big = (0..<200).map {
        "  - id: nv-\($0)\n    agency: Sở \($0 % 5)\n    task: Việc \($0)\n    due: \($0 % 28 + 1)/5/2024\n"
    }
    let first = Array(("assignments:\n" + big.joined()).utf8)
    let second = Array("assignments:\n  - id: b-1\n    agency: Sở Y tế\n    task: Báo cáo\n    due: 15/5/2024\n".utf8)
    let spares = TapeSpares(most: 2)
    let a = FileDecoder.decode(first, file: "a.yaml", main: false, limits: Limits(), spares: spares)
    #expect(a.items.count == 200)
    guard case .success(let reused) = YAMLTape.parse(second, file: "b.yaml", limits: Limits(), spares: spares),
        case .success(let fresh) = YAMLTape.parse(second, file: "b.yaml", limits: Limits())
    else {
        Issue.record("parse failed")
        return
    }
    // The spare arrays were taken (their room kept), and hold only the new file.
    #expect(reused.nodes.capacity > fresh.nodes.capacity)
    #expect(reused.nodes.count == fresh.nodes.count)
    #expect(reused.arena == fresh.arena)
    #expect(
        (0..<fresh.nodes.count).allSatisfy {
            reused.value($0) == fresh.value($0) && reused.nodes[$0].end == fresh.nodes[$0].end
        })
    // The first file's items own their texts: emptying its tape changed none of them.
    #expect(a.items.map(\.id) == (0..<200).map { "nv-\($0)" })
    #expect(a.items.last?.task == "Việc 199")
    #expect(
        FileDecoder.decode(second, file: "b.yaml", main: false, limits: Limits(), spares: spares).items
            == FileDecoder.decode(second, file: "b.yaml", main: false, limits: Limits()).items)
}

@Test func keyTablesMatchWholeKeysOnlyAndPlainTypesAreReadFromBytes() {
    let keys: KeyTable = ["id", "roll_to_working_day", "roll_to_working_dax", "due"]
    func find(_ s: String) -> Int? { Array(s.utf8).withUnsafeBufferPointer { keys.index(of: $0) } }
    #expect(find("id") == 0 && find("due") == 3)
    #expect(find("roll_to_working_day") == 1 && find("roll_to_working_dax") == 2)
    #expect(find("roll_to_working_da") == nil && find("roll_to_working_dayy") == nil)
    #expect(find("i") == nil && find("idd") == nil && find("") == nil && find("Id") == nil)
    // YAML's core schema: only these spellings are null and booleans.
    for (text, type) in [
        ("", PlainType.null), ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null), ("nUll", .text),
        ("true", .bool), ("TRUE", .bool), ("tRue", .text), ("False", .bool), ("false", .bool), ("falsy", .text),
        ("12", .number), ("-1.5", .number), ("1_000", .number), ("+", .text), ("1-2", .text), ("nv-1", .text),
        ("15/5/2024", .text),
    ] {
        #expect(PlainType(text) == type, "\(text)")
    }
    for s in Status.allCases { #expect(Status(parsing: s.rawValue) == s) }
    #expect(Status(parsing: "not_startedx") == nil && Status(parsing: "Done") == .done)
}

@Test func cancelledWorkNeedsNoDueDateAndReadsVietnamese() throws {
    let text = """
        assignments:
          - {id: a, agency: A, task: T, status: hủy}
          - {id: b, agency: A, task: T, due: 15/5/2024, status: không thực hiện}
          - {id: c, agency: A, task: T, due: 15/5/2024, status: canceled}

        """
    let r = load(text)
    let cfg = try #require(r.config, "\(r.renderedDiagnostics())")
    #expect(r.diagnostics.isEmpty)
    #expect(cfg.items.map(\.status) == [.cancelled, .cancelled, .cancelled])
}
