import Foundation
import Testing

// Issue 13, part 11: text from the configuration cannot drive the terminal `list` and
// `report` print on. Tables write controls out as <U+001B>; JSON escapes them (\u001b), which
// parses back to the same text; CSV stays byte for byte what the file says unless standard
// output is a terminal.

/// A task with a colour sequence, an OSC 8 hyperlink, a C1 CSI and a right-to-left override;
/// an agency that would clear the screen.
private let hostileFiles: [String: String] = [
    "deadlined.yaml": #"""
    settings:
      language: en
    assignments:
      - id: x
        agency: "Sở \e[2JTài chính"
        task: "\e[31mRED\e[0m \e]8;;https://evil.example/\e\\click\e]8;;\e\\ \u202Etxt.exe \u009B31m"
        due: 15/5/2024

    """#
]

private let hostileTask =
    "\u{1B}[31mRED\u{1B}[0m \u{1B}]8;;https://evil.example/\u{1B}\\click\u{1B}]8;;\u{1B}\\ \u{202E}txt.exe \u{9B}31m"
private let hostileAgency = "Sở \u{1B}[2JTài chính"

/// Whether `s` holds a character that would act on a terminal or reorder the line.
private func drivesTerminal(_ s: String) -> Bool {
    s.unicodeScalars.contains { u in
        (u.value < 0x20 && u != "\n") || (u.value >= 0x7F && u.value < 0xA0) || (0x202A...0x202E).contains(u.value)
            || (0x2066...0x2069).contains(u.value)
    }
}

@Test(arguments: [
    ["list"], ["report"], ["report", "--by", "directive"], ["list", "--format", "json"],
    ["report", "--format", "json"],
])
func listAndReportPrintNoTerminalControls(command: [String]) throws {
    let dir = try ConfigDir(hostileFiles)
    defer { dir.cleanup() }
    let r = try deadlined(command + ["--config", dir.main, "--at", "20/5/2024"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(!r.stdout.utf8.contains(0x1B))
    #expect(!drivesTerminal(r.stdout))
}

@Test func theListTableWritesControlsOut() throws {
    let dir = try ConfigDir(hostileFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["list", "--config", dir.main, "--at", "20/5/2024"])
    #expect(r.stdout.contains("Sở <U+001B>[2JTài chính"))
    #expect(r.stdout.contains("<U+001B>[31mRED<U+001B>[0m <U+001B>]8;;https://evil.example/<U+001B>\\click"))
    #expect(r.stdout.contains("<U+202E>txt.exe <U+009B>31m"))
}

@Test func listAndReportJSONParseBackToTheTextAsWritten() throws {
    let dir = try ConfigDir(hostileFiles)
    defer { dir.cleanup() }
    let list = try deadlined(["list", "--config", dir.main, "--at", "20/5/2024", "--format", "json"])
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
    #expect(rows.first?["task"] as? String == hostileTask)
    #expect(rows.first?["agency"] as? String == hostileAgency)
    #expect(list.stdout.contains(#"\u001b[31mRED"#) && list.stdout.contains(#"\u202etxt.exe \u009b31m"#))
    let report = try deadlined(["report", "--config", dir.main, "--at", "20/5/2024", "--format", "json"])
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
    let groups = try #require(obj["groups"] as? [[String: Any]])
    #expect(groups.first?["agency"] as? String == hostileAgency)
}

@Test func csvToAFileKeepsTheTextAsWritten() throws {
    let dir = try ConfigDir(hostileFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["list", "--config", dir.main, "--at", "20/5/2024", "--format", "csv"])
    #expect(r.stdout.contains(hostileTask))
    let report = try deadlined(["report", "--config", dir.main, "--at", "20/5/2024", "--format", "csv"])
    #expect(report.stdout.contains(hostileAgency))
}

@Test func csvOnATerminalWritesControlsOut() throws {
    // script(1) gives the command a pseudo-terminal as standard output.
    let script = URL(fileURLWithPath: "/usr/bin/script")
    try #require(FileManager.default.isExecutableFile(atPath: script.path), "needs script(1) from util-linux")
    let exe = try #require(binary)
    let dir = try ConfigDir(hostileFiles)
    defer { dir.cleanup() }
    for format in ["csv", "table"] {
        let p = Process()
        p.executableURL = script
        let command = [exe.path, "list", "--config", dir.main, "--at", "20/5/2024", "--format", format].map {
            "'\($0)'"
        }.joined(separator: " ")
        p.arguments = ["-qec", command, "/dev/null"]
        let out = Pipe()
        p.standardOutput = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(p.terminationStatus == 0, "\(text)")
        #expect(text.contains("<U+001B>[31mRED"), "\(format): \(text)")
        #expect(!data.contains(0x1B), "\(format)")
    }
}
