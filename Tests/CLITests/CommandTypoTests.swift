import Foundation
import Testing

// A mistyped subcommand is named with the nearest one (exit 64, EX_USAGE); without this,
// `run` (the default subcommand) took the word for its argument and printed run's usage.

@Test(arguments: [
    // One swap of neighbouring letters each, or one letter left out or added.
    ("lsit", "list"), ("chekc", "check"), ("reprot", "report"), ("lst", "list"), ("histroy", "history"),
    ("notfy", "notify"), ("Check", "check"),
])
func aMistypedCommandIsNamedWithTheNearestOne(typed: String, meant: String) throws {
    let r = try deadlined([typed, "--config", "/nonexistent/deadlined.yaml"])
    #expect(r.status == 64)
    #expect(r.stderr == "deadlined: unknown command '\(typed)'; did you mean '\(meant)'?\n")
    #expect(r.stdout.isEmpty)
}

@Test func aWordFarFromEveryCommandListsThem() throws {
    let r = try deadlined(["frobnicate"])
    #expect(r.status == 64)
    #expect(
        r.stderr
            == "deadlined: unknown command 'frobnicate'; the commands are: run, check, list, report, ack, export, reload, calendar, done, progress, status, history, notify, help\n"
    )
}

@Test func aPathGivenToTheDefaultRunIsLeftToArgumentParserAsBefore() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    // An existing file without a .yaml name, a missing .yaml and .yml file, a path with a '/':
    // none is taken for a command; ArgumentParser answers as it did (run takes no argument).
    try Data("settings: {}\n".utf8).write(to: URL(fileURLWithPath: dir.path("config")))
    for word in [dir.path("config"), "missing.yaml", "MISSING.YML", "conf/deadlined"] {
        let r = try deadlined([word])
        #expect(r.status == 64, "\(word)")
        #expect(!r.stderr.contains("unknown command"), "\(word): \(r.stderr)")
        #expect(r.stderr.contains("Error: Unexpected argument '\(word)'"), "\(word): \(r.stderr)")
    }
    // A word that is a file in the working directory is a path too.
    let exe = try #require(binary, "build deadlined first: swift build")
    let p = Process()
    p.executableURL = exe
    p.arguments = ["config"]
    p.currentDirectoryURL = dir.url
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    try p.run()
    let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 64)
    #expect(text.contains("Error: Unexpected argument 'config'"), "\(text)")
}

@Test func theCommandsThemselvesStillRun() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["check", "--config", dir.main])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try deadlined(["help"]).status == 0)
    #expect(try deadlined(["--version"]).stdout == "0.1.0\n")
}
