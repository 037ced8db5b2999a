import DeadlinedCore
import Foundation
import Synchronization
import Testing

@testable import DeadlinedConfig

/// In-memory files with stamps, counting reads and stamps. Reads come from several threads
/// (included files are decoded in parallel), so the counts are kept under a lock.
final class StampedSource: ConfigSource, @unchecked Sendable {
    var files: [String: String]
    var versions: [String: Int64] = [:]
    private let counts = Mutex<(reads: [String], stamps: [String])>(([], []))
    var reads: [String] {
        get { counts.withLock { $0.reads } }
        set { counts.withLock { $0.reads = newValue } }
    }
    var stamps: [String] {
        get { counts.withLock { $0.stamps } }
        set { counts.withLock { $0.stamps = newValue } }
    }

    init(_ files: [String: String]) { self.files = files }

    func write(_ path: String, _ text: String) {
        files[path] = text
        versions[path, default: 0] += 1
    }

    func read(_ path: String, maxSize: Int) -> Result<[UInt8], SourceFailure> {
        counts.withLock { $0.reads.append(path) }
        return MemorySource(files).read(path, maxSize: maxSize)
    }
    func glob(_ pattern: String) -> Result<[String], SourceFailure> { MemorySource(files).glob(pattern) }
    func canonical(_ path: String) -> String { MemorySource(files).canonical(path) }
    func stamp(_ path: String) -> FileStamp? {
        counts.withLock { $0.stamps.append(path) }
        guard let text = files[path] else { return nil }
        return FileStamp(device: 1, inode: 1, size: Int64(text.utf8.count), modified: versions[path] ?? 0, changed: 0)
    }
}

private func dropIn(_ n: Int, due: String = "15/5/2024") -> String {
    "directives:\n  - id: d\(n)\n    assignments:\n"
        + (0..<5).map { "      - {id: i\(n)-\($0), agency: \"Sở \($0)\", task: \"Việc \($0)\", due: \(due)}\n" }
        .joined()
}

private func source() -> StampedSource {
    var files = ["/c/deadlined.yaml": "settings:\n  timezone: Asia/Ho_Chi_Minh\ninclude: [d/*.yaml]\n"]
    for n in 0..<10 { files["/c/d/f\(n).yaml"] = dropIn(n) }
    return StampedSource(files)
}

@Test func aReloadReadsOnlyTheFileThatChanged() {
    let src = source()
    let cache = ConfigCache()
    let loader = ConfigLoader(source: src, cache: cache)
    let first = loader.load("/c/deadlined.yaml")
    #expect(first.config?.items.count == 50)
    #expect(src.reads.count == 11)
    src.reads = []
    src.stamps = []
    let same = loader.load("/c/deadlined.yaml")
    #expect(src.reads.isEmpty)
    // Each file is stat'ed once per load (the acknowledgements and updates files, missing, as well).
    #expect(
        src.stamps.sorted()
            == (["/c/acks.yaml", "/c/updates.yaml", "/c/deadlined.yaml"] + (0..<10).map { "/c/d/f\($0).yaml" }).sorted()
    )
    #expect(same.config == first.config)
    src.write("/c/d/f3.yaml", dropIn(3, due: "20/5/2024"))
    src.reads = []
    let changed = loader.load("/c/deadlined.yaml")
    #expect(src.reads == ["/c/d/f3.yaml"])
    // The same result as a load from scratch.
    #expect(changed.config == ConfigLoader(source: src).load("/c/deadlined.yaml").config)
    #expect(
        changed.config?.items.first { $0.id == "i3-0" }?.deadline?.spec.date == CivilDate(year: 2024, month: 5, day: 20)
    )
}

@Test func aCachedFileStillMeetsDuplicatesInOtherFiles() {
    let src = source()
    let loader = ConfigLoader(source: src, cache: ConfigCache())
    #expect(loader.load("/c/deadlined.yaml").config != nil)
    // f7 now takes an id that f2 (cached, unchanged) holds.
    src.write("/c/d/f7.yaml", "assignments:\n  - {id: i2-0, agency: A, task: T, due: 1/6/2024}\n")
    let r = loader.load("/c/deadlined.yaml")
    #expect(r.config == nil)
    #expect(r.diagnostics.first?.message == "duplicate id 'i2-0'; first defined at /c/d/f2.yaml:4:9")
    #expect(r.sourceLine("/c/d/f2.yaml", 4) != nil)  // the note's file is quoted although it came from the cache
}

@Test func aCachedBrokenFileReportsItsErrorsAgain() {
    let src = source()
    let loader = ConfigLoader(source: src, cache: ConfigCache())
    src.write("/c/d/f5.yaml", "assignments: [\n")
    let a = loader.load("/c/deadlined.yaml")
    src.reads = []
    let b = loader.load("/c/deadlined.yaml")
    #expect(src.reads.isEmpty)
    #expect(a.config == nil && b.config == nil)
    #expect(a.renderedDiagnostics() == b.renderedDiagnostics())
    #expect(b.renderedDiagnostics().contains("/c/d/f5.yaml:2:1: error: YAML syntax error"))
}

@Test func aRemovedDropInLeavesTheCacheAndTheConfig() {
    let src = source()
    let cache = ConfigCache()
    let loader = ConfigLoader(source: src, cache: cache)
    _ = loader.load("/c/deadlined.yaml")
    #expect(cache.count == 11)
    src.files["/c/d/f9.yaml"] = nil
    let r = loader.load("/c/deadlined.yaml")
    #expect(r.config?.items.count == 45)
    #expect(cache.count == 10)
}

@Test func aGlobOfManyStarsMatchesInPolynomialTime() {
    // Found by the fuzzer's corpus review: 26 stars took exponential time before.
    let pattern = "/f/assignments.d/" + String(repeating: "*", count: 26) + "x"
    #expect(!MemorySource.matches(pattern, "/f/assignments.d/fuzz.yaml"))
    #expect(MemorySource.matches(pattern, "/f/assignments.d/abcx"))
}

@Test func theCompletedWarningShowsTheDate() {
    let r = ConfigLoader(
        source: MemorySource([
            "/c.yaml":
                "assignments:\n  - {id: a, agency: A, task: T, due: 1/6/2024, status: in_progress, completed: 1/3/2024}\n"
        ])
    )
    .load("/c.yaml")
    #expect(
        r.diagnostics.map(\.message) == [
            "'completed: 1/3/2024' is given but the status is 'in_progress'; the item is treated as not done"
        ])
}

// MARK: - Extensions ("gia hạn")

private let extended = """
    settings:
      report_against: original
    assignments:
      - id: stc
        agency: "Sở Tài chính"
        task: "Cấp kinh phí"
        due: 15/5/2024
        extensions:
          - {due: 31/5/2024, reference: "Công văn số 1/UBND", granted: 10/5/2024}
          - {due: 30/6/2024, reference: "Công văn số 2/UBND"}
        completed: 20/6/2024
    """

@Test func anExtensionMovesTheDeadlineAndKeepsTheOriginal() throws {
    let r = ConfigLoader(source: MemorySource(["/c.yaml": extended])).load("/c.yaml")
    let cfg = try #require(r.config, "\(r.renderedDiagnostics())")
    let item = try #require(cfg.items.first)
    #expect(item.deadline?.spec.date == CivilDate(year: 2024, month: 6, day: 30))
    #expect(item.dueText == "30/6/2024")
    #expect(item.extensions.map(\.previousDueText) == ["15/5/2024", "31/5/2024"])
    #expect(item.extensions.map(\.reference) == ["Công văn số 1/UBND", "Công văn số 2/UBND"])
    #expect(item.extensions.first?.granted == CivilDate(year: 2024, month: 5, day: 10))
    #expect(item.originalDeadline(in: .vietnam)?.spec.date == CivilDate(year: 2024, month: 5, day: 15))
    // Done 20/6: on time against the extension, late against the original.
    let later = Zone.vietnam.instant(CivilDate(year: 2024, month: 7, day: 1))
    #expect(item.evaluate(at: later, settings: cfg.settings).state == .doneOnTime)
    #expect(item.evaluate(at: later, settings: cfg.settings, against: .original).state == .doneLate)
    // report counts against the original by default; `report_against: extended` changes that.
    #expect(cfg.report(at: later, by: .agency).total.doneLate == 1)
    var ext = cfg
    ext.settings.reportAgainst = .extended
    #expect(ext.report(at: later, by: .agency).total.doneOnTime == 1)
}

@Test func anExtensionToAnEarlierDayAndADutyEndingBeforeItStartsAreWarned() {
    let yaml = """
        assignments:
          - id: a
            agency: A
            task: T
            due: 15/5/2024
            extensions:
              - {due: 1/5/2024}
              - {due: tháng 6/2024}
          - {id: m, agency: A, task: T, every: month, starts: 5/2024, until: 1/2024}
        """
    let r = ConfigLoader(source: MemorySource(["/c.yaml": yaml])).load("/c.yaml")
    #expect(r.config != nil)
    #expect(
        r.diagnostics.map(\.description) == [
            "/c.yaml:7:9: warning: this extension moves the deadline earlier, from '15/5/2024' to '1/5/2024'; extensions are listed oldest first",
            "/c.yaml:9:5: warning: 'until' (31/1/2024) is before the first period (from 1/5/2024): this duty has no occurrence",
        ])
}

@Test func anExtensionWithoutADueIsAnError() {
    let r = ConfigLoader(
        source: MemorySource([
            "/c.yaml":
                "assignments:\n  - id: a\n    agency: A\n    task: T\n    due: 1/6/2024\n    extensions:\n      - {reference: X}\n"
        ])
    )
    .load("/c.yaml")
    #expect(r.config == nil)
    #expect(r.diagnostics.map(\.description) == ["/c.yaml:7:9: error: an extension needs its new 'due'"])
}

// MARK: - Working days and the holiday calendar

private func dueDate(_ yaml: String) throws -> CivilDate? {
    let r = ConfigLoader(source: MemorySource(["/c.yaml": yaml])).load("/c.yaml")
    let cfg = try #require(r.config, "\(r.renderedDiagnostics())")
    return cfg.items.first?.deadline?.spec.date
}

@Test func workingDaysCountFromTheAssignmentSkippingTheHolidaysAndTheSwap() throws {
    // The example: 27/4-1/5/2024 were off, Saturday 4/5 was a working day.
    #expect(
        try dueDate("assignments:\n  - {id: a, agency: A, task: T, assigned: 26/4/2024, due: 5 ngày làm việc}\n")
            == CivilDate(year: 2024, month: 5, day: 7))
    // From the directive's `issued` when the assignment has no `assigned`; English spelling.
    #expect(
        try dueDate(
            "directives:\n  - id: d\n    issued: 26/4/2024\n    assignments:\n      - {id: a, agency: A, task: T, due: 5 working days}\n"
        )
            == CivilDate(year: 2024, month: 5, day: 7))
    // A day off added in the config moves it one more day.
    #expect(
        try dueDate(
            "settings:\n  holidays:\n    off: [{date: 6/5/2024, note: ngày nghỉ của tỉnh}]\nassignments:\n  - {id: a, agency: A, task: T, assigned: 26/4/2024, due: 5 ngày làm việc}\n"
        ) == CivilDate(year: 2024, month: 5, day: 8))
}

@Test func theOriginalDeadlineOfAnExtendedWorkingDayCountUsesTheConfigsCalendar() throws {
    // 5 working days from 26/4/2024 is 7/5 on the built-in calendar, 8/5 with the province's
    // day off on 6/5; then extended to 31/5. The original deadline must count that day off.
    let yaml = """
        settings:
          holidays:
            off: [{date: 6/5/2024, note: ngày nghỉ của tỉnh}]
        assignments:
          - id: a
            agency: A
            task: T
            assigned: 26/4/2024
            due: 5 ngày làm việc
            extensions:
              - {due: 31/5/2024, reference: "Công văn số 1/UBND"}
        """
    let r = ConfigLoader(source: MemorySource(["/c.yaml": yaml])).load("/c.yaml")
    let cfg = try #require(r.config, "\(r.renderedDiagnostics())")
    let item = try #require(cfg.items.first)
    #expect(item.deadline?.spec.date == CivilDate(year: 2024, month: 5, day: 31))
    #expect(item.originalDeadline(in: .vietnam)?.spec.date == CivilDate(year: 2024, month: 5, day: 8))
    #expect(item.extensions.first?.previousDueText == "5 ngày làm việc")
    // roll_to_working_day moves the original too: 27/4/2024 (off) rolls to 2/5.
    let rolled = ConfigLoader(
        source: MemorySource([
            "/c.yaml":
                "settings:\n  roll_to_working_day: true\nassignments:\n  - {id: a, agency: A, task: T, due: 27/4/2024, extensions: [{due: 31/5/2024}]}\n"
        ])
    ).load("/c.yaml")
    let rc = try #require(rolled.config, "\(rolled.renderedDiagnostics())")
    #expect(rc.items.first?.originalDeadline(in: .vietnam)?.spec.date == CivilDate(year: 2024, month: 5, day: 2))
}

@Test func workingDaysPastTheCalendarsRangeAreSaid() {
    // Past 31/12/9999: an error, not a deadline quietly set to that day.
    let r = ConfigLoader(
        source: MemorySource([
            "/c.yaml": "assignments:\n  - {id: a, agency: A, task: T, assigned: 1/6/9999, due: 300 ngày làm việc}\n"
        ])
    )
    .load("/c.yaml")
    #expect(r.config == nil)
    #expect(
        r.diagnostics.map(\.description) == ["/c.yaml:2:5: error: 300 working days from 1/6/9999 end after 31/12/9999"])
    // Past 2299 the lunar holidays are unknown: a warning.
    let w = ConfigLoader(
        source: MemorySource([
            "/c.yaml": "assignments:\n  - {id: a, agency: A, task: T, assigned: 1/12/2299, due: 40 ngày làm việc}\n"
        ])
    )
    .load("/c.yaml")
    #expect(w.config != nil)
    #expect(w.diagnostics.map(\.severity) == [.warning])
    #expect(
        w.diagnostics.first?.message.hasSuffix("without Tết and Giỗ Tổ: the lunar calendar covers 1800-2299") == true)
}

@Test func aDayBothOffAndWorkingIsWarnedAndCountsAsWorking() throws {
    // Monday 13/5/2024 listed both ways: one working day after Friday 10/5 is that Monday.
    let yaml =
        "settings:\n  holidays:\n    off: [13/5/2024]\n    working: [13/5/2024]\nassignments:\n  - {id: a, agency: A, task: T, assigned: 10/5/2024, due: 1 ngày làm việc}\n"
    let r = ConfigLoader(source: MemorySource(["/c.yaml": yaml])).load("/c.yaml")
    let cfg = try #require(r.config, "\(r.renderedDiagnostics())")
    #expect(cfg.items.first?.deadline?.spec.date == CivilDate(year: 2024, month: 5, day: 13))
    #expect(
        r.diagnostics.map(\.description) == [
            "/c.yaml:3:5: warning: 13/5/2024 is both in 'holidays.off' and in 'holidays.working'; it counts as a working day"
        ])
}

@Test func workingDaysWithoutAStartDateIsAnError() {
    let r = ConfigLoader(
        source: MemorySource(["/c.yaml": "assignments:\n  - {id: a, agency: A, task: T, due: 5 ngày làm việc}\n"])
    ).load("/c.yaml")
    #expect(
        r.diagnostics.map(\.description) == [
            "/c.yaml:2:5: error: 'due: 5 ngày làm việc' counts working days from 'assigned' (or the directive's 'issued'), and neither is given"
        ])
}

@Test func rollToWorkingDayMovesADeadlineOffTheHolidays() throws {
    // Saturday 27/4/2024 was off, then the swapped Monday 29/4, 30/4 and 1/5: Thursday 2/5.
    let yaml = "settings:\n  roll_to_working_day: true\nassignments:\n  - {id: a, agency: A, task: T, due: 27/4/2024}\n"
    #expect(try dueDate(yaml) == CivilDate(year: 2024, month: 5, day: 2))
    // Off by default.
    #expect(
        try dueDate("assignments:\n  - {id: a, agency: A, task: T, due: 27/4/2024}\n")
            == CivilDate(year: 2024, month: 4, day: 27))
    // The working Saturday 4/5/2024 stays.
    #expect(
        try dueDate(yaml.replacingOccurrences(of: "27/4/2024", with: "4/5/2024"))
            == CivilDate(year: 2024, month: 5, day: 4))
}

@Test func aWorkingDayCountIsNotADate() {
    let r = ConfigLoader(
        source: MemorySource([
            "/c.yaml": "assignments:\n  - {id: a, agency: A, task: T, assigned: 5 ngày làm việc, due: 1/5/2024}\n"
        ])
    ).load("/c.yaml")
    #expect(
        r.diagnostics.first?.message
            == "invalid date for 'assigned': '5 ngày làm việc' is a count of working days, not a date")
}

// MARK: - Recurring duties

@Test func aMonthlyReportBecomesOneItemPerMonthUpToAYearAhead() throws {
    let yaml = """
        assignments:
          - id: bao-cao-thang
            agency: "Văn phòng UBND tỉnh"
            task: "Báo cáo kết quả thực hiện Đề án 06 hằng tháng"
            every: month
            day: 20
            starts: 1/2024
            done_through: 4/2024
        """
    let asOf = Zone.vietnam.instant(CivilDate(year: 2024, month: 6, day: 10))
    let r = ConfigLoader(source: MemorySource(["/c.yaml": yaml]), asOf: asOf).load("/c.yaml")
    let cfg = try #require(r.config, "\(r.renderedDiagnostics())")
    // January 2024 through June 2025: the horizon is a year after asOf.
    #expect(cfg.items.count == 18)
    #expect(cfg.items.first?.id == "bao-cao-thang@2024-01")
    #expect(
        cfg.items.first { $0.id == "bao-cao-thang@2024-05" }?.deadline?.spec.date
            == CivilDate(year: 2024, month: 5, day: 20))
    #expect(
        cfg.items.filter { $0.status == .done }.map(\.id) == [
            "bao-cao-thang@2024-01", "bao-cao-thang@2024-02", "bao-cao-thang@2024-03", "bao-cao-thang@2024-04",
        ])
    // As of 10/6/2024 the May report is overdue, June's is open.
    #expect(
        cfg.items.first { $0.id == "bao-cao-thang@2024-05" }?.evaluate(at: asOf, settings: cfg.settings).state
            == .overdue)
    #expect(cfg.horizon == Zone.vietnam.instant(CivilDate(year: 2025, month: 6, day: 11)))
}

@Test func aQuarterlyReportDueOnADayOfTheQuartersLastMonth() throws {
    let yaml = """
        assignments:
          - {id: q, agency: A, task: T, every: quý, day: 20/cuối, starts: 1/2024, until: 12/2024}
          - {id: y, agency: A, task: T, every: year, day: 15 / 12, starts: năm 2024, until: năm 2024}
          - {id: h, agency: A, task: T, every: half_year, day: last/1, starts: 1/2024, until: 12/2024}
        """
    let r = ConfigLoader(source: MemorySource(["/c.yaml": yaml])).load("/c.yaml")
    let cfg = try #require(r.config, "\(r.renderedDiagnostics())")
    #expect(
        cfg.items.map(\.id) == ["q@2024-Q1", "q@2024-Q2", "q@2024-Q3", "q@2024-Q4", "y@2024", "h@2024-H1", "h@2024-H2"])
    #expect(
        cfg.items.compactMap { $0.deadline?.spec.date } == [
            CivilDate(year: 2024, month: 3, day: 20), CivilDate(year: 2024, month: 6, day: 20),
            CivilDate(year: 2024, month: 9, day: 20),
            CivilDate(year: 2024, month: 12, day: 20), CivilDate(year: 2024, month: 12, day: 15),
            CivilDate(year: 2024, month: 1, day: 31),
            CivilDate(year: 2024, month: 7, day: 31),
        ])
    let bad = ConfigLoader(
        source: MemorySource([
            "/c.yaml":
                "assignments:\n  - {id: a, agency: A, task: T, every: quarter, day: 20/4, starts: 1/2024}\n  - {id: b, agency: A, task: T, every: year, day: 32/1, starts: năm 2024}\n  - {id: c, agency: A, task: T, every: week, day: 20/3, starts: 1/2024}\n"
        ])
    ).load("/c.yaml")
    #expect(bad.config == nil)
    #expect(
        bad.diagnostics.map(\.description) == [
            "/c.yaml:2:54: error: 'day: 20/4' is not a day of a month of the quarter: write D/M, day D (1-31 or last) of the period's M-th month (1-3 or last)",
            "/c.yaml:3:51: error: 'day: 32/1' is not a day of a month of the year: write D/M, day D (1-31 or last) of the period's M-th month (1-12 or last)",
            "/c.yaml:4:51: error: 'day' of a weekly duty is a weekday: mon..sun or thứ 2..chủ nhật, not '20/3'",
        ])
}

@Test func weeklyDaysAreWholeWeekdayNames() throws {
    // 1/1/2024 was a Monday: each name's first occurrence tells its weekday.
    func firstDue(_ day: String) -> CivilDate? {
        let yaml =
            "assignments:\n  - {id: w, agency: A, task: T, every: week, day: \"\(day)\", starts: 1/1/2024, until: 7/1/2024}\n"
        return ConfigLoader(source: MemorySource(["/c.yaml": yaml])).load("/c.yaml").config?.items.first?.deadline?.spec
            .date
    }
    let cases: [(String, Int)] = [
        ("thứ hai", 1), ("Thứ Ba", 2), ("thứ tư", 3), ("thứ năm", 4), ("thứ sáu", 5), ("thứ bảy", 6), ("chủ nhật", 7),
        ("thứ  2", 1), ("T7", 6), ("CN", 7), ("mon", 1), ("Friday", 5), ("sun", 7),
    ]
    for (name, weekday) in cases { #expect(firstDue(name) == CivilDate(year: 2024, month: 1, day: weekday), "\(name)") }
    // Not weekdays: errors, not Thursday or Sunday by their first letters.
    for bad in ["thứ 8", "thứ 1", "thứ", "thu 9", "sunday-ish"] { #expect(firstDue(bad) == nil, "\(bad)") }
}

@Test func recurrenceMistakesAreNamed() {
    let yaml =
        "assignments:\n  - {id: a, agency: A, task: T, every: fortnight}\n  - {id: b, agency: A, task: T, every: month, day: 40, starts: 1/2024}\n  - {id: c, agency: A, task: T, due: 1/5/2024, day: 20}\n"
    let r = ConfigLoader(source: MemorySource(["/c.yaml": yaml])).load("/c.yaml")
    #expect(r.config == nil)
    #expect(
        r.diagnostics.map(\.message) == [
            "unknown period 'fortnight' for 'every'; expected week, month, quarter, half_year or year",
            "'day' must be a day of the month (1-31) or 'last', not '40'",
            "'day' belongs to a recurring duty; add 'every: month' (or week, quarter, half_year, year)",
        ])
}

@Test func oneBigFileBeforeThousandsOfSmallOnesReservesInProportionToTheItems() throws {
    // The room made for the files still to come was this file's items times their number:
    // 100,000 items before 3,000 one-item files asked for 56 GB and aborted.
    var files = ["/c.yaml": "include: [\"d/*.yaml\"]\n"]
    files["/d/a-big.yaml"] =
        "assignments:\n" + (0..<20_000).map { "  - {id: b\($0), agency: A, task: T, due: 1/5/2024}\n" }.joined()
    for i in 0..<3000 { files["/d/s\(i).yaml"] = "assignments:\n  - {id: s\(i), agency: A, task: T, due: 1/5/2024}\n" }
    let r = ConfigLoader(source: MemorySource(files)).load("/c.yaml")
    let cfg = try #require(r.config, "\(r.renderedDiagnostics())")
    #expect(cfg.items.count == 23_000)
    // Bounded by a constant (half a million), not by items × files (60 million here).
    #expect(cfg.items.capacity <= 600_000)
}
