import Foundation
import Testing

/// The package root: Tests/CLITests/CLITests.swift is three levels down.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The built `deadlined`: next to the running test bundle (the same build) when it is there,
/// else under `.build/debug`, else under `.build-tests/debug`.
let binary: URL? = {
    let fm = FileManager.default
    var candidates: [URL] = []
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var dir = runner.deletingLastPathComponent()
    // The runner may sit inside `X.xctest/Contents/MacOS` or similar: walk up a few levels.
    for _ in 0..<4 {
        candidates.append(dir.appendingPathComponent("deadlined"))
        dir = dir.deletingLastPathComponent()
    }
    candidates.append(Bundle.main.bundleURL.appendingPathComponent("deadlined"))
    candidates.append(packageRoot.appendingPathComponent(".build/debug/deadlined"))
    candidates.append(packageRoot.appendingPathComponent(".build-tests/debug/deadlined"))
    return candidates.first { fm.isExecutableFile(atPath: $0.path) && !isDirectory($0) }
}()

private func isDirectory(_ url: URL) -> Bool {
    var d: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &d) && d.boolValue
}

struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the binary with `args`, capturing both streams through files (no pipe can fill up).
/// `env` is applied last: a value sets a variable, nil removes it.
func deadlined(_ args: [String], env overrides: [String: String?] = [:]) throws -> Run {
    let exe = try #require(binary, "build deadlined first: swift build")
    let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("deadlined-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: tmp) }
    let out = tmp.appendingPathComponent("out"), err = tmp.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    let p = Process()
    p.executableURL = exe
    p.arguments = args
    var env = ProcessInfo.processInfo.environment
    env["COLUMNS"] = nil
    env["TZ"] = "UTC"
    // The expectations are English whatever the locale of the machine running the tests.
    env["DEADLINED_LANG"] = "en"
    for (k, v) in overrides { env[k] = v }
    p.environment = env
    let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
    p.standardOutput = outHandle
    p.standardError = errHandle
    p.standardInput = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    return Run(
        status: p.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
        stderr: try String(contentsOf: err, encoding: .utf8))
}

/// A temporary directory holding config files, removed by `cleanup()`.
struct ConfigDir {
    let url: URL
    init(_ files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("deadlined-cfg-\(UUID().uuidString)")
        for (name, text) in files {
            let f = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: f.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: f)
        }
    }
    var main: String { url.appendingPathComponent("deadlined.yaml").path }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func cleanup() { try? FileManager.default.removeItem(at: url) }
}

/// Seven items; as of 20/5/2024 (Vietnam): stc overdue 5 days, lam-sach/so-tu-phap done on time,
/// lam-sach/so-ldtb-xh open (11 days left), snv done late by 2 days, ioc open, mooc ongoing,
/// soon due soon (2 days left). As of any day after May 2024, 3 are overdue.
let validFiles: [String: String] = [
    "deadlined.yaml": """
    settings:
      language: en
    include: [conf.d/*.yaml]
    directives:
      - id: kh-762
        reference: "Kế hoạch số 762/KH-TCT"
        assignments:
          - id: stc
            agency: "Sở Tài chính"
            task: "Cấp kinh phí, đợt 1"
            due: 15/5/2024
            status: in_progress
          - id: lam-sach
            agency: ["Sở Tư pháp", "Sở LĐTB&XH"]
            task: "Làm sạch dữ liệu"
            due: tháng 5/2024
            done_by:
              - agency: "Sở Tư pháp"
                completed: 18/5/2024
          - id: snv
            agency: "Sở Nội vụ"
            task: "Thi đua"
            due: 10/5/2024
            completed: 12/5/2024

    """,
    "conf.d/a.yaml": """
    assignments:
      - id: ioc
        agency: "Sở Tài chính"
        task: "IOC"
        due: 31/12/9999
      - id: mooc
        agency: "Sở TT&TT"
        task: "Đào tạo"
        status: ongoing
      - id: soon
        agency: "Sở TT&TT"
        task: "Báo cáo"
        due: 22/5/2024

    """,
]

@Test func checkAcceptsAValidConfigWithASummaryLine() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["check", "--config", dir.main])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    #expect(
        r.stdout == "OK: 1 directive, 7 items (3 overdue, 0 due within 7 days) from \(dir.main) and 1 included file\n")
    #expect(r.stderr.isEmpty)
}

@Test func checkQuietPrintsNothingWhenValid() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["check", "--quiet", "--config", dir.main])
    #expect(r.status == 0)
    #expect(r.stdout.isEmpty && r.stderr.isEmpty)
}

@Test func checkCountsWarnings() throws {
    let dir = try ConfigDir(["deadlined.yaml": "assignments:\n  - {agency: A, task: T, due: 15/5/2024, status: done}\n"]
    )
    defer { dir.cleanup() }
    let r = try deadlined(["check", "--config", dir.main])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("OK: 0 directives, 1 item (0 overdue, 0 due within 7 days) from \(dir.main); 1 warning"))
    #expect(r.stderr.hasPrefix("\(dir.main):2:5: warning: assignment has no 'id'"))
}

@Test func checkRejectsABrokenConfigWithEveryError() throws {
    let dir = try ConfigDir([
        "deadlined.yaml": """
        assignments:
          - id: a
            agency: A
            task: T
            due: 31/2/2024
          - id: b
            agnecy: B
            task: T
            due: 15/5/2024

        """
    ])
    defer { dir.cleanup() }
    let r = try deadlined(["check", "--config", dir.main])
    #expect(r.status == 78)
    #expect(r.stdout.isEmpty)
    let expected = """
        \(dir.main):5:10: error: invalid date for 'due': 31/2/2024 does not exist: month 2 of 2024 has 29 days
            due: 31/2/2024
                 ^
        \(dir.main):7:5: error: unknown key 'agnecy' in an assignment; did you mean 'agency'?
            agnecy: B
            ^
        \(dir.main):6:5: error: assignment has no 'agency': name the agency (or a list of agencies) responsible
          - id: b
            ^
        \(dir.main): 3 errors; the configuration was not loaded

        """
    #expect(r.stderr == expected)
}

@Test func checkReportsYAMLSyntaxErrorsCompilerStyle() throws {
    let dir = try ConfigDir(["deadlined.yaml": "assignments:\n  - agency: [A, B\n    task: T\n"])
    defer { dir.cleanup() }
    let r = try deadlined(["check", "--config", dir.main])
    #expect(r.status == 78)
    let first = r.stderr.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first.hasPrefix("\(dir.main):3:9: error: YAML syntax error: "))
    #expect(r.stderr.hasSuffix("\(dir.main): 1 error; the configuration was not loaded\n"))
}

@Test func checkReportsAMissingFile() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
        "deadlined-missing-\(UUID().uuidString).yaml"
    ).path
    let r = try deadlined(["check", "--config", path])
    #expect(r.status == 78)
    #expect(r.stdout.isEmpty)
    #expect(
        r.stderr
            == "\(path): error: cannot read configuration: No such file or directory\n\(path): 1 error; the configuration was not loaded\n"
    )
}

@Test func checkReportsADirectory() throws {
    let dir = try ConfigDir(["x/deadlined.yaml": "assignments: []\n"])
    defer { dir.cleanup() }
    let path = dir.path("x")
    let r = try deadlined(["check", "--config", path])
    #expect(r.status == 78)
    #expect(r.stderr.hasPrefix("\(path): error: cannot read configuration: "))
    #expect(r.stderr.contains("directory"))
}

@Test func checkReportsAnIncludeThatMatchesNothing() throws {
    let dir = try ConfigDir(["deadlined.yaml": "include: [conf.d/*.yaml]\n", "conf.d/README.txt": "drop-ins go here\n"])
    defer { dir.cleanup() }
    let r = try deadlined(["check", "--config", dir.main])
    #expect(r.status == 78)
    #expect(
        r.stderr == """
            \(dir.main):1:11: error: include 'conf.d/*.yaml' matches no file (looked for \(dir.url.path)/conf.d/*.yaml)
            include: [conf.d/*.yaml]
                      ^
            \(dir.main): 1 error; the configuration was not loaded

            """)
}

@Test func checkReportsAnIncludeOfAMissingDirectory() throws {
    let dir = try ConfigDir(["deadlined.yaml": "include: [conf.d/*.yaml]\n"])
    defer { dir.cleanup() }
    let r = try deadlined(["check", "--config", dir.main])
    #expect(r.status == 78)
    #expect(r.stderr.hasPrefix("\(dir.main):1:11: error: include 'conf.d/*.yaml' matches no file (looked for "))
}

@Test func checkReportsDuplicateIdsAcrossFiles() throws {
    var files = validFiles
    files["conf.d/b.yaml"] = "assignments:\n  - id: stc\n    agency: B\n    task: T\n    due: 1/6/2024\n"
    let dir = try ConfigDir(files)
    defer { dir.cleanup() }
    let r = try deadlined(["check", "--config", dir.main])
    #expect(r.status == 78)
    #expect(
        r.stderr.contains(
            "\(dir.path("conf.d/b.yaml")):2:5: error: duplicate id 'stc'; first defined at \(dir.main):8:9\n"))
    #expect(r.stderr.contains("\(dir.main):8:9: note: 'stc' first defined here\n"))
}

@Test func aCopiedDropInWithThousandsOfDuplicatesIsCheckedInLinearTimeAndMaxErrorsCapsTheOutput() throws {
    // Rendering quoted each line by scanning its file from the start: 20,000 duplicates took
    // 12 s. Not a timing test: 20,000 errors, each with its line, must come out whole.
    let n = 20_000
    var text = "assignments:\n"
    for i in 0..<n { text += "  - {id: x\(i), agency: A, task: T, due: 1/5/2024}\n" }
    let dir = try ConfigDir(["deadlined.yaml": "include: [d/*.yaml]\n", "d/a.yaml": text, "d/b.yaml": text])
    defer { dir.cleanup() }
    let all = try deadlined(["check", "--config", dir.main])
    #expect(all.status == 78)
    #expect(all.stderr.components(separatedBy: ": error: duplicate id").count - 1 == n)
    #expect(
        all.stderr.contains(
            "\(dir.path("d/b.yaml")):20001:5: error: duplicate id 'x19999'; first defined at \(dir.path("d/a.yaml")):20001:5\n  - {id: x19999"
        ))
    #expect(all.stderr.hasSuffix("\(dir.main): \(n) errors; the configuration was not loaded\n"))
    let capped = try deadlined(["check", "--quiet", "--max-errors", "3", "--config", dir.main])
    #expect(capped.status == 78)
    // --quiet prints errors only (QuietNotesCLITests): the first 3 of the n errors, none of
    // their n notes; n - 3 errors are left unshown.
    #expect(capped.stderr.components(separatedBy: ": error: ").count - 1 == 3)
    #expect(!capped.stderr.contains(": note: "))
    #expect(capped.stderr.contains("\(dir.main): \(n - 3) more diagnostics not shown (--max-errors 3)\n"))
    #expect(try deadlined(["check", "--max-errors", "-1", "--config", dir.main]).status == 64)
}

@Test func theShippedConfigChecksOK() throws {
    let path = packageRoot.appendingPathComponent("config/deadlined.yaml").path
    let r = try deadlined(["check", "--config", path])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    #expect(r.stdout.hasPrefix("OK: "))
    #expect(r.stdout.contains(" from \(path)"))
    #expect(!r.stderr.contains("error:"))
}

private func jsonArray(_ s: String) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [[String: Any]], "not a JSON array: \(s)")
}

@Test func listAsJSONAtAGivenDay() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["list", "--config", dir.main, "--format", "json", "--at", "20/5/2024"])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let rows = try jsonArray(r.stdout)
    var state: [String: String] = [:]
    for row in rows { state[row["id"] as? String ?? "?"] = row["state"] as? String }
    #expect(
        state == [
            "stc": "overdue", "lam-sach/so-tu-phap": "done_on_time", "lam-sach/so-ldtb-xh": "open", "snv": "done_late",
            "ioc": "open",
            "mooc": "ongoing", "soon": "due_soon",
        ])
    // Soonest due first, items without a deadline last.
    #expect(
        rows.compactMap { $0["id"] as? String } == [
            "snv", "stc", "soon", "lam-sach/so-ldtb-xh", "lam-sach/so-tu-phap", "ioc", "mooc",
        ])
    let stc = try #require(rows.first { $0["id"] as? String == "stc" })
    #expect(stc["directive"] as? String == "kh-762")
    #expect(stc["agency"] as? String == "Sở Tài chính")
    #expect(stc["task"] as? String == "Cấp kinh phí, đợt 1")
    #expect(stc["due"] as? String == "2024-05-15T23:59:59+07:00")
    #expect(stc["due_text"] as? String == "15/5/2024")
    #expect(stc["status"] as? String == "in_progress")
    #expect((stc["days_overdue"] as? NSNumber)?.intValue == 5)
    #expect(stc["days_left"] is NSNull)
    #expect(stc["source"] as? String == "\(dir.main):8")
    let snv = try #require(rows.first { $0["id"] as? String == "snv" })
    #expect((snv["days_overdue"] as? NSNumber)?.intValue == 2)
    #expect(snv["status"] as? String == "done")
    let soon = try #require(rows.first { $0["id"] as? String == "soon" })
    #expect((soon["days_left"] as? NSNumber)?.intValue == 2)
    #expect(soon["directive"] is NSNull)
    #expect(soon["source"] as? String == "\(dir.path("conf.d/a.yaml")):10")
    let mooc = try #require(rows.first { $0["id"] as? String == "mooc" })
    #expect(mooc["due"] is NSNull)
}

@Test func listAtTheFirstSecondOfTheNextDayIsOverdue() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let before = try deadlined(["list", "--config", dir.main, "--format", "json", "--at", "15/5/2024"])
    let after = try deadlined(["list", "--config", dir.main, "--format", "json", "--at", "2024-05-16T00:00"])
    let b = try jsonArray(before.stdout).first { $0["id"] as? String == "stc" }
    let a = try jsonArray(after.stdout).first { $0["id"] as? String == "stc" }
    #expect(b?["state"] as? String == "due_soon")
    #expect((b?["days_left"] as? NSNumber)?.intValue == 0)
    #expect(a?["state"] as? String == "overdue")
    #expect((a?["days_overdue"] as? NSNumber)?.intValue == 1)
}

@Test func listFiltersByState() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["list", "--config", dir.main, "--format", "json", "--at", "20/5/2024", "--state", "overdue"])
    #expect(r.status == 0)
    #expect(try jsonArray(r.stdout).compactMap { $0["id"] as? String } == ["stc"])
    let two = try deadlined([
        "list", "--config", dir.main, "--format", "json", "--at", "20/5/2024", "--state", "due_soon", "--state",
        "done_late",
    ])
    #expect(try jsonArray(two.stdout).compactMap { $0["id"] as? String } == ["snv", "soon"])
    let none = try deadlined([
        "list", "--config", dir.main, "--format", "json", "--at", "1/1/2024", "--state", "overdue",
    ])
    #expect(try jsonArray(none.stdout).isEmpty)
}

@Test func listRejectsAnUnknownState() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["list", "--config", dir.main, "--state", "late"])
    #expect(r.status == 64)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("late"))
}

@Test func listFiltersByAgencyIgnoringCaseAndDiacritics() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined([
        "list", "--config", dir.main, "--format", "csv", "--at", "20/5/2024", "--agency", "so tai chinh",
    ])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(
        lines.first?.hasPrefix("id,directive,reference,agency,task,due,due_text,status,state,days_overdue,") == true)
    #expect(lines.count == 3)
    // The task holds a comma, so it is quoted.
    #expect(
        lines[1]
            == "stc,kh-762,Kế hoạch số 762/KH-TCT,Sở Tài chính,\"Cấp kinh phí, đợt 1\",2024-05-15T23:59:59+07:00,15/5/2024,in_progress,overdue,5,,,,,,,,,,,,,,,,,,,,,,,\(dir.main):8"
    )
    #expect(lines[2].hasPrefix("ioc,,,Sở Tài chính,IOC,9999-12-31T23:59:59+07:00,31/12/9999,not_started,open,,"))
    let two = try deadlined([
        "list", "--config", dir.main, "--format", "json", "--at", "20/5/2024", "--agency", "Sở TT&TT", "--agency",
        "SỞ NỘI VỤ",
    ])
    #expect(try jsonArray(two.stdout).compactMap { $0["id"] as? String } == ["snv", "soon", "mooc"])
}

@Test func listTableIsInTheConfiguredLanguage() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["list", "--config", dir.main, "--at", "20/5/2024"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("ID "))
    #expect(r.stdout.contains("overdue"))
    #expect(r.stdout.hasSuffix("7 items. Days: +N = N days overdue, -N = N days left.\n"))
    let stcLine = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("stc ") })
    #expect(stcLine.hasSuffix("+5"))
}

@Test func listRejectsABadAt() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["list", "--config", dir.main, "--at", "tomorrow"])
    #expect(r.status == 64)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("--at: unrecognised due date 'tomorrow'"))
}

@Test func listOnABrokenConfigExits78() throws {
    let dir = try ConfigDir(["deadlined.yaml": "assignments: [\n"])
    defer { dir.cleanup() }
    let r = try deadlined(["list", "--config", dir.main, "--format", "json"])
    #expect(r.status == 78)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("\(dir.main):2:1: error: "))
}

@Test func reportByAgencyAsCSV() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["report", "--config", dir.main, "--by", "agency", "--format", "csv", "--at", "20/5/2024"])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    // Most overdue first, then by name; 1 overdue of 6 items with a deadline. By status: stc
    // in progress; ioc, soon and lam-sach for LĐTB&XH not started (no status); snv and
    // lam-sach for Tư pháp done; mooc ongoing. Soon (22/5) is due soon. On time: Tư pháp's
    // 1 of 1, and 1 of 6 in all.
    #expect(
        r.stdout == """
            agency,total,done_on_time,done_late,not_yet_due,overdue,ongoing,overdue_share,by_status_done,by_status_ongoing,by_status_in_progress,by_status_not_started,due_soon,cancelled,on_time_share,no_deadline
            Sở Tài chính,2,0,0,1,1,0,0.5000,0,0,1,1,0,0,0.0000,0
            Sở LĐTB&XH,1,0,0,1,0,0,0.0000,0,0,0,1,0,0,0.0000,0
            Sở Nội vụ,1,0,1,0,0,0,0.0000,1,0,0,0,0,0,0.0000,0
            Sở TT&TT,2,0,0,1,0,1,0.0000,0,1,0,1,1,0,0.0000,0
            Sở Tư pháp,1,1,0,0,0,0,0.0000,1,0,0,0,0,0,1.0000,0
            TOTAL,7,1,1,3,1,1,0.1667,2,1,1,3,1,0,0.1667,0

            """)
}

@Test func reportByDirectiveAsJSON() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined([
        "report", "--config", dir.main, "--by", "directive", "--format", "json", "--at", "20/5/2024",
    ])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(obj["by"] as? String == "directive")
    let groups = try #require(obj["groups"] as? [[String: Any]])
    #expect(groups.compactMap { $0["directive"] as? String } == ["kh-762", "-"])
    func n(_ o: [String: Any]?, _ k: String) -> Int? { (o?[k] as? NSNumber)?.intValue }
    let kh = groups.first
    #expect(
        n(kh, "total") == 4 && n(kh, "overdue") == 1 && n(kh, "done_on_time") == 1 && n(kh, "done_late") == 1
            && n(kh, "not_yet_due") == 1)
    let none = groups.last
    #expect(
        n(none, "total") == 3 && n(none, "not_yet_due") == 2 && n(none, "due_soon") == 1 && n(none, "ongoing") == 1
            && n(none, "overdue") == 0)
    let total = obj["total"] as? [String: Any]
    #expect(n(total, "total") == 7 && n(total, "overdue") == 1 && n(total, "not_yet_due") == 3)
    #expect((total?["overdue_share"] as? NSNumber)?.doubleValue == 0.1667)
}

@Test func reportTableEndsWithTheSummarySentence() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["report", "--config", dir.main, "--at", "20/5/2024"])
    #expect(r.status == 0)
    #expect(
        r.stdout.hasSuffix(
            "7 tasks: 2 done (1 on time, 1 late), 1 ongoing, 1 in progress, 3 not started; 3 not yet due, 1 overdue.\n")
    )
}
