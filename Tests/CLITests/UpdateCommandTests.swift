import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

// `deadlined done`, `progress`, `status` and `history` on the built binary (issue 16).

/// Two items: `solo` (one agency) and `pair` (two agencies: pair/so-tai-chinh, pair/so-noi-vu).
let updateFiles = [
    "deadlined.yaml": """
    settings:
      language: en
    assignments:
      - {id: solo, agency: UBND huyện Bến Lức, task: 25 thủ tục, due: 31/12/2024, target: 25, unit: thủ tục}
      - {id: pair, agency: [Sở Tài chính, Sở Nội vụ], task: Báo cáo, due: 31/12/2024}
    """
]

/// Runs deadlined through /bin/sh with `prefix` (`umask 077`, `SUDO_USER=lan`) before it.
func deadlinedVia(_ prefix: String, _ args: [String]) throws -> Int32 {
    let exe = try #require(binary, "build deadlined first: swift build")
    let sh = Process()
    sh.executableURL = URL(fileURLWithPath: "/bin/sh")
    sh.arguments = ["-c", "\(prefix) \"$0\" \"$@\" >/dev/null 2>&1", exe.path] + args
    try sh.run()
    sh.waitUntilExit()
    return sh.terminationStatus
}

@Test(.timeLimit(.minutes(5)))
func fortyProgressCallsAtOnceOnDifferentIdsAllLand() throws {
    let n = 40
    var text = "settings:\n  language: en\nassignments:\n"
    for i in 0..<n { text += "  - {id: a\(i), agency: A, task: T\(i), due: 15/5/2024, target: 100}\n" }
    let dir = try ConfigDir(["deadlined.yaml": text])
    defer { dir.cleanup() }
    let exe = try #require(binary, "build deadlined first: swift build")
    var runs: [Process] = []
    for i in 0..<n {
        let p = Process()
        p.executableURL = exe
        p.arguments = ["progress", "--config", dir.main, "a\(i)", "\(i)", "--on", "1/5/2024"]
        p.environment = daemonEnvironment()
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        runs.append(p)
    }
    for p in runs { try p.run() }
    for p in runs { p.waitUntilExit() }
    #expect(runs.allSatisfy { $0.terminationStatus == 0 }, "\(runs.map(\.terminationStatus))")
    let history = try deadlined(["history", "--config", dir.main, "--format", "json"])
    #expect(history.status == 0, "\(history.stderr)")
    // Each call recorded its own id with its own value: a{i} reached i.
    for i in 0..<n {
        #expect(
            history.stdout.contains("{\"id\":\"a\(i)\",")
                && history.stdout.contains("\"progress\":\"\(i)\",\"on\":\"1/5/2024\""),
            "a\(i) is missing")
    }
    #expect(history.stdout.components(separatedBy: "\"progress\":").count - 1 == n)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.url.path).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty, "\(leftovers)")
}

@Test func doneRecordsWhoAndWhenInAFileTheDaemonCanReadWhateverTheUmask() throws {
    let dir = try ConfigDir(updateFiles)
    defer { dir.cleanup() }
    #expect(
        try deadlinedVia(
            "umask 077 && SUDO_USER=lan exec",
            ["done", "solo", "--on", "30/6/2024", "--config", dir.main, "--note", "đã xong"]) == 0)
    let mode = try FileManager.default.attributesOfItem(atPath: dir.path("updates.yaml"))[.posixPermissions] as? Int
    #expect(mode == 0o644)
    let h = try deadlined(["history", "solo", "--config", dir.main, "--format", "json"])
    #expect(h.status == 0)
    #expect(h.stdout.hasPrefix("[{\"id\":\"solo\",\"at\":\""))
    #expect(h.stdout.hasSuffix("\"by\":\"lan\",\"completed\":\"30/6/2024\",\"note\":\"đã xong\"}]\n"))
    // The update is in force: 30/6/2024 is before the due 31/12/2024.
    let list = try deadlined(["list", "--config", dir.main, "--format", "json", "--at", "1/1/2025"])
    #expect(
        list.stdout.contains("\"id\": \"solo\"")
            && list.stdout.contains(
                "\"state\": \"done_on_time\", \"days_overdue\": null, \"days_left\": null, \"completed\": \"2024-06-30T00:00:00+07:00\""
            ), "\(list.stdout)")
    let table = try deadlined(["history", "--config", dir.main])
    let lines = table.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix("When") == true)
    #expect(lines.last?.hasSuffix("solo  done on 30/6/2024  lan  đã xong") == true, "\(lines)")
}

@Test func anAssignmentOfSeveralAgenciesNeedsAgencyAndAnUnknownIdGetsASuggestion() throws {
    let dir = try ConfigDir(updateFiles)
    defer { dir.cleanup() }
    let several = try deadlined(["status", "pair", "in_progress", "--config", dir.main])
    #expect(several.status == 64)
    #expect(
        several.stderr
            == "deadlined: 'pair' is assigned to several agencies (Sở Tài chính, Sở Nội vụ); say which with --agency\n")
    let typo = try deadlined(["done", "sollo", "--config", dir.main])
    #expect(typo.status == 64)
    #expect(typo.stderr == "deadlined: no tracked item has the id 'sollo'; did you mean 'solo'?\n")
    let ok = try deadlined(["status", "pair", "đang thực hiện", "--agency", "so noi vu", "--config", dir.main])
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(ok.stdout == "deadlined: 'pair/so-noi-vu' recorded as in_progress\n")
    let bad = try deadlined(["progress", "solo", "mười", "--config", dir.main])
    #expect(bad.status == 64)
    let over = try deadlined(["progress", "solo", "26", "--config", dir.main])
    #expect(over.status == 64)
    #expect(over.stderr == "deadlined: 'solo': 26 is above the target 25\n")
    let noTarget = try deadlined(["progress", "pair", "3", "--agency", "Sở Nội vụ", "--config", dir.main])
    #expect(noTarget.status == 64)
    #expect(
        noTarget.stderr
            == "deadlined: 'pair/so-noi-vu' has no 'target' in the configuration; progress is measured against one\n")
    let future = try deadlined(["done", "solo", "--on", "1/1/2999", "--config", dir.main])
    #expect(future.status == 64)
    #expect(future.stderr == "deadlined: --on 1/1/2999 is after today\n")
    // The refusals wrote nothing: one update, pair/so-noi-vu's.
    let h = try deadlined(["history", "--config", dir.main, "--format", "json"])
    #expect(h.stdout.components(separatedBy: "{\"id\":").count - 1 == 1)
    #expect(h.stdout.contains("{\"id\":\"pair/so-noi-vu\","))
}

@Test func aDamagedUpdatesFileIsNamedAndNeverAppendedTo() throws {
    var files = updateFiles
    let damaged =
        "updates:\n  - {id: solo, at: \"2024-07-02T09:00:00+07:00\", completed: 30/6/2024}\n  - {id: solo, by: x\n"
    files["updates.yaml"] = damaged
    let dir = try ConfigDir(files)
    defer { dir.cleanup() }
    let done = try deadlined(["done", "solo", "--config", dir.main])
    #expect(done.status == 78)
    #expect(done.stderr.contains("updates.yaml:4:1: error:"), "\(done.stderr)")
    #expect(try String(contentsOfFile: dir.path("updates.yaml"), encoding: .utf8) == damaged)
}

@Test func checkSaysWhichOfTheConfigAndALaterUpdateIsInForceByTheFilesModificationTime() throws {
    let dir = try ConfigDir([
        "deadlined.yaml": """
        settings:
          language: en
        assignments:
          - {id: solo, agency: A, task: T, due: 31/12/2024, status: done, completed: 1/12/2024}
        """
    ])
    defer { dir.cleanup() }
    // The config was written before this update is recorded: the update is in force.
    let st = try deadlined(["status", "solo", "in_progress", "--config", dir.main])
    #expect(st.status == 0, "\(st.stderr)")
    let after = try deadlined(["check", "--config", dir.main])
    #expect(after.status == 0)
    #expect(after.stdout.hasSuffix("from \(dir.main), with recorded updates; 1 warning\n"), "\(after.stdout)")
    #expect(after.stderr.contains("\(dir.main):4 says 'done' but this later update by "), "\(after.stderr)")
    #expect(after.stderr.contains("says 'in_progress': the update is in force"))
    // The config edited a day later (its mtime moved on): the config is in force again.
    try FileManager.default.setAttributes(
        [.modificationDate: Date().addingTimeInterval(86400)], ofItemAtPath: dir.main)
    let edited = try deadlined(["check", "--config", dir.main])
    #expect(edited.stderr.contains("says 'in_progress' but \(dir.main):4 says 'done' and was changed after it"))
    #expect(edited.stderr.contains("the configuration is in force"), "\(edited.stderr)")
    let list = try deadlined(["list", "--config", dir.main, "--format", "json", "--at", "1/1/2025"])
    #expect(list.stdout.contains("\"status\": \"done\""), "\(list.stdout)")
}
