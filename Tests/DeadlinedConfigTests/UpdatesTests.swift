import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

// The updates file written by `done`, `progress` and `status`, and which of it and the
// config is in force (issue 16).

/// A memory source whose files have the modification times given (Unix seconds).
struct ModifiedAtSource: ConfigSource {
    var files: MemorySource
    var modified: [String: Int64]
    func read(_ path: String, maxSize: Int) -> Result<[UInt8], SourceFailure> { files.read(path, maxSize: maxSize) }
    func glob(_ pattern: String) -> Result<[String], SourceFailure> { files.glob(pattern) }
    func canonical(_ path: String) -> String { files.canonical(path) }
    func stamp(_ path: String) -> FileStamp? {
        modified[path].map { FileStamp(device: 1, inode: 1, size: 0, modified: $0 * 1_000_000_000, changed: 0) }
    }
}

let updatesPath = "/etc/deadlined/updates.yaml"

/// Line 4: `a`, done on 1/12/2024; line 5: `b`, no status, a target of 25.
let updatesConfig = """
    settings:
      language: en
    assignments:
      - {id: a, agency: A, task: T, due: 31/12/2024, status: done, completed: 1/12/2024}
      - {id: b, agency: B, task: T, assigned: 1/1/2024, due: 31/12/2024, target: 25}
    """

/// The config was last changed at 2024-07-01T00:00:00Z = 1719792000 (19905 days after the
/// epoch: 2024-01-01 is day 19723, plus 31+29+31+30+31+30 = 182 days of January to June).
func loadWithUpdates(_ updates: String, configChanged: Int64? = 1_719_792_000) -> LoadResult {
    let files = MemorySource([mainPath: updatesConfig, updatesPath: updates])
    let source = ModifiedAtSource(files: files, modified: configChanged.map { [mainPath: $0] } ?? [:])
    return ConfigLoader(source: source).load(mainPath)
}

@Test func anUpdateRecordedAfterTheConfigChangedWinsAndCheckSaysSo() throws {
    // 09:00 +07:00 on 2/7/2024 is 02:00Z, a day after the config's change.
    let r = loadWithUpdates(
        """
        updates:
          - id: a
            at: "2024-07-02T09:00:00+07:00"
            by: lan
            status: in_progress
        """)
    let cfg = try #require(r.config, "\(r.renderedDiagnostics())")
    let a = try #require(cfg.items.first { $0.id == "a" })
    #expect(a.status == .inProgress)
    #expect(a.completed == nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/updates.yaml:2:5: warning: /etc/deadlined/deadlined.yaml:4 says 'done' but this later update by lan at 2024-07-02T09:00:00+07:00 says 'in_progress': the update is in force
              - id: a
                ^
            """)
}

@Test func anUpdateRecordedBeforeTheConfigChangedGivesWayAndCheckSaysSo() throws {
    // 09:00 +07:00 on 30/6/2024 is before 2024-07-01T00:00Z (07:00 +07:00 on 1/7/2024).
    let r = loadWithUpdates(
        """
        updates:
          - id: a
            at: "2024-06-30T09:00:00+07:00"
            by: lan
            status: in_progress
        """)
    let cfg = try #require(r.config, "\(r.renderedDiagnostics())")
    let a = try #require(cfg.items.first { $0.id == "a" })
    #expect(a.status == .done)
    // 1/12/2024 00:00 +07:00 = 30/11/2024 17:00Z.
    #expect(a.completed == unix("2024-11-30T17:00:00Z"))
    #expect(
        r.warnings.map(\.message) == [
            "this update by lan at 2024-06-30T09:00:00+07:00 says 'in_progress' but /etc/deadlined/deadlined.yaml:4 says 'done' and was changed after it (2024-07-01T07:00:00+07:00): the configuration is in force"
        ])
}

@Test func doneSetsTheDayItWasDoneAndTheLastUpdateWins() throws {
    let r = loadWithUpdates(
        """
        updates:
          - {id: b, at: "2024-07-02T09:00:00+07:00", by: lan, status: in_progress}
          - {id: b, at: "2024-07-03T10:00:00+07:00", by: minh, completed: 30/6/2024, note: "đã nộp"}
        """)
    let cfg = try #require(r.config, "\(r.renderedDiagnostics())")
    let b = try #require(cfg.items.first { $0.id == "b" })
    #expect(b.status == .done)
    // 30/6/2024 00:00 +07:00 = 29/6/2024 17:00Z.
    #expect(b.completed == unix("2024-06-29T17:00:00Z"))
    // The config says nothing about b: moving it on is no disagreement.
    #expect(r.warnings.isEmpty)
}

@Test func withoutAModificationTimeTheUpdatesWin() throws {
    let r = loadWithUpdates(
        """
        updates:
          - {id: a, at: "2020-01-01T00:00:00+07:00", by: lan, status: not_started}
        """, configChanged: nil)
    let cfg = try #require(r.config)
    #expect(cfg.items.first { $0.id == "a" }?.status == .notStarted)
    #expect(cfg.items.first { $0.id == "a" }?.completed == nil)
}

@Test func anUpdateForAnUnknownItemIsAWarningAndIgnored() throws {
    let r = loadWithUpdates(
        """
        updates:
          - {id: zz, at: "2024-07-02T09:00:00+07:00", by: lan, status: done}
        """)
    #expect(r.config != nil)
    #expect(r.warnings.map(\.message) == ["update for 'zz', which is not a tracked item; ignored"])
}

@Test func aHandDamagedUpdatesFileRefusesTheConfigAtTheLine() {
    let r = loadWithUpdates(
        """
        updates:
          - {id: a, at: "2024-07-02T09:00:00+07:00", status: done}
          - {id: b, status: done}
          - {id: b, at: "2/7/2024", status: done}
          - {id: b, at: "2024-07-02T09:00:00+07:00", status: finito}
          - {id: b, at: "2024-07-02T09:00:00+07:00", status: done, progress: 3}
        """)
    #expect(r.config == nil)
    // Columns, line 5: "  - {" is 5 characters, "id: b, " 7, "at: " 4, the quoted instant
    // 27 (25 + 2 quotes), ", status: " 10: 'finito' starts at 5 + 7 + 4 + 27 + 10 + 1 = 54.
    #expect(
        r.errors.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0): \($0.message)" } == [
            "3:5: an update needs 'id' and 'at'",
            "4:17: invalid time for 'at': '2/7/2024' is not of the form 2024-06-30T10:15:00+07:00",
            "5:54: unknown status 'finito'; use one of: \(Status.spellings.joined(separator: ", "))",
            "6:5: an update sets one of 'status', 'completed' or 'progress', not several",
        ])
}

@Test func aTornUpdatesFileRefusesTheConfigAtTheLine() throws {
    // What a write cut short would leave: the last entry ends inside a quoted scalar.
    let r = loadWithUpdates("updates:\n  - {id: a, at: \"2024-07-02T09:00:00+07:00\", status: done}\n  - id: \"b")
    #expect(r.config == nil)
    let e = try #require(r.errors.first)
    #expect(e.file == updatesPath)
    #expect(e.location?.line == 3)
}

@Test func theRenderedFileReadsBackAsWritten() throws {
    let file = UpdatesFile(entries: [
        Update(id: "a", at: "2024-07-02T09:00:00+07:00", by: "lan", change: .status("in_progress")),
        Update(
            id: "b/so-tai-chinh", at: "2024-07-02T09:00:01+07:00", by: nil, change: .completed("30/6/2024"),
            note: "\"x\"\n"),
        Update(id: "c", at: "2024-07-02T09:00:02+07:00", by: "minh", change: .progress("76%", on: "1/7/2024")),
    ])
    let source = MemorySource([updatesPath: file.rendered()])
    guard case .success(let back) = UpdatesFile.read(updatesPath, source: source) else {
        Issue.record("the rendered file does not read back")
        return
    }
    #expect(back == file)
    guard case .success(let none) = UpdatesFile.read("/nowhere/updates.yaml", source: source) else {
        Issue.record("a missing file is not an empty one")
        return
    }
    #expect(none.entries.isEmpty)
}

@Test(arguments: [
    // 2024-07-02 is day 19906 (see loadWithUpdates): 19906 x 86400 = 1719878400, plus 02:00.
    ("2024-07-02T09:00:00+07:00", Int64(1_719_885_600)),
    ("2024-07-02T02:00:00Z", 1_719_885_600),
    ("2024-07-01T21:30:00-04:30", 1_719_885_600),
    ("1970-01-01T00:00:00Z", 0),
])
func isoInstantsParse(_ text: String, _ expected: Int64) {
    #expect(parseISOInstant(text) == expected)
}

@Test(arguments: [
    "2024-13-02T09:00:00+07:00", "2024-02-30T09:00:00Z", "2024-07-02T09:00:00", "2024-07-02 09:00:00Z", "",
])
func nonInstantsAreRefused(_ text: String) {
    #expect(parseISOInstant(text) == nil)
}

@Test func progressValuesAreCountsOrPercentages() {
    #expect(progressValue("14")?.value == 14)
    #expect(progressValue("14,5")?.value == 14.5)
    #expect(progressValue("76%")?.percent == true)
    #expect(progressValue("76 %")?.value == 76)
    for bad in ["", "%", "-3", "1.2.3", "mười", ".5", "5."] { #expect(progressValue(bad) == nil, "\(bad)") }
}

@Test func progressUpdatesBecomeProgressEntriesWithinTheTarget() throws {
    let r = loadWithUpdates(
        """
        updates:
          - {id: b, at: "2024-06-30T09:00:00+07:00", by: lan, progress: "14", on: 30/6/2024}
          - {id: b, at: "2024-07-02T09:00:00+07:00", by: lan, progress: "26", on: 2/7/2024}
          - {id: b, at: "2024-07-02T09:00:01+07:00", by: lan, progress: "50%", on: 2/7/2024}
          - {id: a, at: "2024-07-02T09:00:00+07:00", by: lan, progress: "3"}
        """)
    let cfg = try #require(r.config, "\(r.renderedDiagnostics())")
    let b = try #require(cfg.items.first { $0.id == "b" })
    // Only the first lands: 26 is over the target 25, 50% is not a count; `a` has no target.
    #expect(b.measure?.progress == [ProgressEntry(on: CivilDate(year: 2024, month: 6, day: 30), value: 14)])
    // In the order recorded (`at`): a's update at 09:00:00 comes before b's at 09:00:01.
    #expect(
        r.warnings.map(\.message) == [
            "progress for 'b': 26 is above the target 25; ignored",
            "progress for 'a', which has no 'target'; ignored",
            "progress for 'b': 50% is a percentage, the target is a count; ignored",
        ])
}

@Test func anOlderUpdateStillHoldsWhenTheConfigGivesTheItemNoStatus() throws {
    // b has no status in the config: the config's later change (to another item, say) does
    // not undo b's update of 30/6/2024, before 2024-07-01T00:00Z.
    let r = loadWithUpdates(
        """
        updates:
          - {id: b, at: "2024-06-30T09:00:00+07:00", by: lan, completed: 30/6/2024}
        """)
    let cfg = try #require(r.config, "\(r.renderedDiagnostics())")
    let b = try #require(cfg.items.first { $0.id == "b" })
    #expect(b.status == .done)
    #expect(b.completed == unix("2024-06-29T17:00:00Z"))
    #expect(r.warnings.isEmpty)
}
