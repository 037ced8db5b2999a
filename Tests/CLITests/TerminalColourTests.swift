import Foundation
import Testing

// Colour on a terminal: diagnostics by severity (error red, warning yellow, note cyan), the
// list's states (overdue red, due soon yellow, done green) and the report's overdue and
// done-on-time counts; none in a pipe or a file, none with NO_COLOR set or TERM=dumb unless
// `--color always`, never with `--color never`.

private let esc = "\u{1B}"
private func red(_ s: String) -> String { "\(esc)[31m\(s)\(esc)[0m" }
private func yellow(_ s: String) -> String { "\(esc)[33m\(s)\(esc)[0m" }
private func green(_ s: String) -> String { "\(esc)[32m\(s)\(esc)[0m" }

/// `s` without its SGR sequences (ESC [ digits m).
private func stripped(_ s: String) -> String {
    s.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
}

/// Runs deadlined with `stream` ("out" or "err") on a pseudo-terminal and the other on a pipe,
/// through python3's pty module; what each stream got, line breaks as "\n".
private func inTerminal(_ args: [String], stream: String, environment: [String: String] = [:]) throws -> Run {
    let exe = try #require(binary)
    let script = """
        import os, pty, subprocess, sys
        which = sys.argv[1]
        m, s = pty.openpty()
        p = subprocess.Popen(sys.argv[2:], stdin=subprocess.DEVNULL,
            stdout=s if which == "out" else subprocess.PIPE, stderr=s if which == "err" else subprocess.PIPE)
        os.close(s)
        tty = b""
        while True:
            try:
                chunk = os.read(m, 65536)
            except OSError:
                break
            if not chunk:
                break
            tty += chunk
        other = (p.stderr if which == "out" else p.stdout).read()
        p.wait()
        out, err = (tty, other) if which == "out" else (other, tty)
        sys.stdout.buffer.write(out)
        sys.stderr.buffer.write(err)
        sys.exit(p.returncode)
        """
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    p.arguments = ["-c", script, stream, exe.path] + args
    var env = ProcessInfo.processInfo.environment
    env["COLUMNS"] = nil
    env["NO_COLOR"] = nil
    env["TERM"] = "xterm"
    env["TZ"] = "UTC"
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    // Small outputs: the pipes are read after the exit.
    p.waitUntilExit()
    let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    // The terminal's line discipline turns "\n" into "\r\n".
    return Run(
        status: p.terminationStatus, stdout: o.replacingOccurrences(of: "\r\n", with: "\n"),
        stderr: e.replacingOccurrences(of: "\r\n", with: "\n"))
}

private let brokenFiles = [
    "deadlined.yaml": "assignments:\n  - agency: A\n    task: T\n      due: 15/5/2024\n"
]

@Test func listColoursStatesAndKeepsItsColumnsWithColorAlways() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let args = ["list", "--config", dir.main, "--at", "20/5/2024"]
    let plain = try deadlined(args + ["--color", "never"])
    let coloured = try deadlined(args + ["--color", "always"])
    #expect(coloured.status == 0, "\(coloured.stderr)")
    #expect(!plain.stdout.contains(esc))
    // The codes take no room: without them the table is the plain one, character for character.
    #expect(stripped(coloured.stdout) == plain.stdout)
    let lines = coloured.stdout.split(separator: "\n").map(String.init)
    // As of 20/5/2024 (see validFiles): stc overdue 5 days, soon due in 2, snv done late by 2,
    // lam-sach/so-tu-phap done on time (no days shown), ioc open (not coloured).
    let stc = try #require(lines.first { $0.hasPrefix("stc ") })
    #expect(stc.contains(red("overdue")) && stc.hasSuffix(red("+5")))
    let soon = try #require(lines.first { $0.hasPrefix("soon ") })
    #expect(soon.contains(yellow("due soon")) && soon.hasSuffix(yellow("-2")))
    let snv = try #require(lines.first { $0.hasPrefix("snv ") })
    #expect(snv.contains(green("done late")) && snv.hasSuffix(green("+2")))
    let tp = try #require(lines.first { $0.hasPrefix("lam-sach/so-tu-phap ") })
    #expect(tp.hasSuffix(green("done on time")))
    let ioc = try #require(lines.first { $0.hasPrefix("ioc ") })
    #expect(!ioc.contains(esc))
    // The header, the rule and the summary line are not coloured.
    #expect(!lines[0].contains(esc) && !lines[1].contains(esc) && !lines[lines.count - 1].contains(esc))
}

@Test func reportColoursOverdueAndDoneOnTimeCounts() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let args = ["report", "--config", dir.main, "--at", "20/5/2024"]
    let plain = try deadlined(args)
    let coloured = try deadlined(args + ["--color", "always"])
    #expect(stripped(coloured.stdout) == plain.stdout)
    // By deadline, Sở Tài chính: 0 on time, 0 late, 1 not yet due, 1 overdue, 0.00 %, 50.00 %
    // (1 of its 2 items overdue); the total: 1 on time, 1 overdue, 16.67 % (1 of 6 counted).
    let lines = coloured.stdout.split(separator: "\n").map(String.init)
    let byDeadline = try #require(lines.firstIndex(of: "By deadline:"))
    let stc = try #require(lines[byDeadline...].first { $0.hasPrefix("Sở Tài chính") })
    #expect(stc.contains(" " + red("1") + " ") && stc.hasSuffix(red("50.00 %")))
    let total = try #require(lines[byDeadline...].first { $0.hasPrefix("Total") })
    #expect(total.contains(" " + green("1") + " ") && total.hasSuffix(red("16.67 %")))
    // The status table above is not coloured.
    #expect(!lines[..<byDeadline].contains { $0.contains(esc) })
}

@Test func pipesFilesAndOtherFormatsGetNoColour() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let base = ["--config", dir.main, "--at", "20/5/2024"]
    // auto, on a pipe (deadlined() writes to files).
    #expect(!(try deadlined(["list"] + base)).stdout.contains(esc))
    #expect(!(try deadlined(["report"] + base)).stdout.contains(esc))
    // Only tables are coloured, even with --color always.
    #expect(!(try deadlined(["list", "--format", "json", "--color", "always"] + base)).stdout.contains(esc))
    #expect(!(try deadlined(["report", "--format", "csv", "--color", "always"] + base)).stdout.contains(esc))
    let out = dir.path("list.txt")
    let r = try deadlined(["list", "--color", "always", "--output", out] + base)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(!(try String(contentsOfFile: out, encoding: .utf8)).contains(esc))
}

@Test func aTerminalGetsColourUnlessNoColorOrADumbTerminal() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let args = ["list", "--config", dir.main, "--at", "20/5/2024"]
    let tty = try inTerminal(args, stream: "out")
    #expect(tty.status == 0, "\(tty.stderr)")
    #expect(tty.stdout.contains(red("overdue")))
    #expect(stripped(tty.stdout) == (try deadlined(args)).stdout)
    // NO_COLOR set to anything but "" turns it off (no-color.org); "" does not.
    #expect(!(try inTerminal(args, stream: "out", environment: ["NO_COLOR": "1"])).stdout.contains(esc))
    #expect((try inTerminal(args, stream: "out", environment: ["NO_COLOR": ""])).stdout.contains(red("overdue")))
    #expect(!(try inTerminal(args, stream: "out", environment: ["TERM": "dumb"])).stdout.contains(esc))
    #expect(!(try inTerminal(args + ["--color", "never"], stream: "out")).stdout.contains(esc))
    // The command line overrides the environment.
    let forced = try inTerminal(args + ["--color", "always"], stream: "out", environment: ["NO_COLOR": "1"])
    #expect(forced.stdout.contains(red("overdue")))
    // Standard error on the terminal does not colour standard output.
    #expect(!(try inTerminal(args, stream: "err")).stdout.contains(esc))
}

@Test func diagnosticsAreColouredOnAStandardErrorTerminal() throws {
    let dir = try ConfigDir(brokenFiles)
    defer { dir.cleanup() }
    let args = ["check", "--config", dir.main]
    let tty = try inTerminal(args, stream: "err")
    #expect(tty.status == 78)
    #expect(tty.stderr.hasPrefix("\(dir.main):4:10: \(red("error")): YAML syntax error: "), "\(tty.stderr)")
    // The same text as in a pipe, but for the colour.
    let piped = try deadlined(args)
    #expect(!piped.stderr.contains(esc))
    #expect(stripped(tty.stderr) == piped.stderr)
    // Standard output on the terminal does not colour standard error.
    #expect(!(try inTerminal(args, stream: "out")).stderr.contains(esc))
    #expect(!(try inTerminal(args, stream: "err", environment: ["NO_COLOR": "yes"])).stderr.contains(esc))
}

@Test func warningsAreYellowWithColorAlways() throws {
    // An agency written two ways is a warning (see the README's agencies section).
    let dir = try ConfigDir([
        "deadlined.yaml": """
        assignments:
          - id: a
            agency: "Sở Tài chính"
            task: T
            due: 15/5/2024
          - id: b
            agency: "Sở tài chính"
            task: U
            due: 15/5/2024

        """
    ])
    defer { dir.cleanup() }
    let r = try deadlined(["check", "--config", dir.main, "--color", "always"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains(": \(yellow("warning")): "), "\(r.stderr)")
    #expect(!r.stderr.contains(red("error")))
    // The summary line on standard output is not coloured.
    #expect(!r.stdout.contains(esc))
}

@Test func notesAreCyanWithColorAlways() throws {
    let dir = try ConfigDir(["deadlined.yaml": NotifyDryRunTests.config])
    defer { dir.cleanup() }
    let r = try deadlined(["check", "--config", dir.main, "--color", "always"])
    #expect(r.status == 0, "\(r.stderr)")
    // The note checkNotesAgenciesWithoutAddress reads, its severity in cyan.
    #expect(
        r.stderr.contains(
            "\(dir.main):9:5: \(esc)[36mnote\(esc)[0m: agency 'Sở Y tế' has no 'email' in 'agencies:'"), "\(r.stderr)")
}

@Test func ackColoursTheErrorsOfADamagedAcksFile() throws {
    var files = validFiles
    // An unclosed flow sequence: libyaml stops at the end of the file, line 4.
    files["acks.yaml"] = "acks:\n  - id: stc\n    until: [\n"
    let dir = try ConfigDir(files)
    defer { dir.cleanup() }
    let args = ["ack", "--config", dir.main, "stc", "--until", "30/11/2099"]
    let r = try deadlined(args + ["--color", "always"])
    #expect(r.status == 78)
    #expect(r.stderr.hasPrefix("\(dir.path("acks.yaml")):4:1: \(red("error")): "), "\(r.stderr)")
    #expect(!(try deadlined(args)).stderr.contains(esc))
}
