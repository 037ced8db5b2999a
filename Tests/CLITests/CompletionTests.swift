import Foundation
import Testing

/// The custom completions the shell scripts call back for: `deadlined ---completion SUBCOMMAND
/// -- ARGUMENT INDEX CURSOR WORDS...`, as the generated bash script sends it (INDEX: the word
/// being completed, CURSOR: the cursor's offset in it, WORDS: the command line). The expected
/// candidates are read off `validFiles` (CLITests.swift) by hand.
@Suite struct CompletionTests {
    /// Completes the last of `words` (the command line, program name first) with the cursor at
    /// its end, for `argument` of `subcommand`.
    func complete(_ subcommand: String, _ argument: String, _ words: [String]) throws -> Run {
        let last = words.last ?? ""
        return try deadlined(
            ["---completion", subcommand, "--", argument, String(words.count - 1), String(last.count)] + words)
    }

    func lines(_ r: Run) -> [String] { r.stdout.split(separator: "\n").map(String.init) }

    @Test func itemIDsForAckFromTheNamedConfig() throws {
        let dir = try ConfigDir(validFiles)
        defer { dir.cleanup() }
        // validFiles' ids: stc, lam-sach (two agencies: lam-sach/<slug> each), snv in the main
        // file; ioc, mooc, soon in conf.d/a.yaml. Those starting with "s", sorted: snv, soon, stc.
        let r = try complete("ack", "positional@0", ["deadlined", "ack", "--config", dir.main, "s"])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(lines(r) == ["snv", "soon", "stc"])
        // Everything, 7 ids sorted: lam-sach's two agencies give lam-sach/<slug> ("Sở LĐTB&XH"
        // -> so-ldtb-xh, "Sở Tư pháp" -> so-tu-phap, the README's slug rule); "i" < "l" < "m" < "s".
        let all = try complete("ack", "positional@0", ["deadlined", "ack", "--config=\(dir.main)", ""])
        #expect(
            lines(all) == ["ioc", "lam-sach/so-ldtb-xh", "lam-sach/so-tu-phap", "mooc", "snv", "soon", "stc"])
    }

    @Test func agenciesAndDirectivesForList() throws {
        let dir = try ConfigDir(validFiles)
        defer { dir.cleanup() }
        // Agencies starting with "Sở T": Sở Tài chính, Sở Tư pháp, Sở TT&TT; sorted by scalar:
        // 'T' (U+0054) < 'à' (U+00E0) < 'ư' (U+01B0).
        let a = try complete("list", "--agency", ["deadlined", "list", "--config", dir.main, "--agency", "Sở T"])
        #expect(a.stderr == "")
        #expect(lines(a) == ["Sở TT&TT", "Sở Tài chính", "Sở Tư pháp"])
        // One directive, kh-762; conf.d/a.yaml's assignments belong to none.
        let d = try complete("list", "--directive", ["deadlined", "list", "--config", dir.main, "--directive", ""])
        #expect(lines(d) == ["kh-762"])
    }

    /// Shells pass the words as typed, quotes and backslashes included (bash's COMP_WORDS,
    /// zsh's words): the prefix and the --config path are matched as the command would see them.
    @Test func quotedWordsAreMatchedUnquoted() throws {
        var files: [String: String] = [:]
        for (name, text) in validFiles { files["my dir/" + name] = text }
        let dir = try ConfigDir(files)
        defer { dir.cleanup() }
        let escapedPath = dir.path("my dir/deadlined.yaml").replacingOccurrences(of: " ", with: "\\ ")
        // `Sở\ Tư` is "Sở Tư": of validFiles' agencies only Sở Tư pháp starts so.
        let a = try complete("list", "--agency", ["deadlined", "list", "--config", escapedPath, "--agency", "Sở\\ Tư"])
        #expect(lines(a) == ["Sở Tư pháp"])
        // An opened quote, as while typing: 'Sở T is "Sở T" (the three of agenciesAndDirectivesForList).
        let q = try complete(
            "list", "--agency",
            ["deadlined", "list", "--config", "'\(dir.path("my dir/deadlined.yaml"))'", "--agency", "'Sở T"])
        #expect(lines(q) == ["Sở TT&TT", "Sở Tài chính", "Sở Tư pháp"])
        // Double quotes, closed: "st" is st.
        let d = try complete("ack", "positional@0", ["deadlined", "ack", "--config", escapedPath, "\"st\""])
        #expect(lines(d) == ["stc"])
    }

    /// The last --config counts, as when the command runs.
    @Test func theLastConfigOptionWins() throws {
        let dir = try ConfigDir(validFiles)
        defer { dir.cleanup() }
        let r = try complete(
            "ack", "positional@0", ["deadlined", "ack", "--config", "/nonexistent.yaml", "--config", dir.main, "st"])
        #expect(lines(r) == ["stc"])
    }

    /// A missing or invalid configuration completes to nothing, silently, with exit 0.
    @Test func brokenConfigIsQuiet() throws {
        let missing = try complete("ack", "positional@0", ["deadlined", "ack", "--config", "/nonexistent.yaml", ""])
        #expect(missing.status == 0)
        #expect(missing.stdout == "")
        #expect(missing.stderr == "")
        let dir = try ConfigDir(["deadlined.yaml": "directives: [\n"])
        defer { dir.cleanup() }
        let broken = try complete("ack", "positional@0", ["deadlined", "ack", "--config", dir.main, ""])
        #expect(broken.status == 0)
        #expect(broken.stdout == "")
        #expect(broken.stderr == "")
    }
}

/// The generated bash script, sourced in bash and its completion function run as bash runs it
/// on Tab (COMP_WORDS, COMP_CWORD, COMP_LINE, COMP_POINT; arguments: command, word, previous
/// word): the ids must come back through the script's call into the binary.
@Suite struct BashCompletionScriptTests {
    func bashComplete(_ words: [String]) throws -> [String] {
        let exe = try #require(binary, "build deadlined first: swift build")
        let script = try deadlined(["--generate-completion-script", "bash"])
        try #require(script.status == 0)
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("deadlined-bash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let scriptFile = tmp.appendingPathComponent("deadlined.bash")
        try Data(script.stdout.utf8).write(to: scriptFile)
        // The words go in as arguments ($1...), so no quoting of them is needed here.
        let driver = """
            source "$SCRIPT"
            COMP_WORDS=("$@")
            COMP_CWORD=$(($# - 1))
            COMP_LINE="$*"
            COMP_POINT=${#COMP_LINE}
            COMPREPLY=()
            _deadlined deadlined "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", driver, "bash"] + words
        var env = ProcessInfo.processInfo.environment
        // The script calls back "${COMP_WORDS[0]}", here `deadlined`: the one under test.
        env["PATH"] = exe.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env["SCRIPT"] = scriptFile.path
        env["LC_ALL"] = "C.UTF-8"
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func ackCompletesItemIDs() throws {
        let dir = try ConfigDir(validFiles)
        defer { dir.cleanup() }
        // As in CompletionTests: the ids of validFiles starting with "s".
        #expect(try bashComplete(["deadlined", "ack", "--config", dir.main, "s"]) == ["snv", "soon", "stc"])
    }

    /// bash's COMP_WORDS hold the word as typed: `Sở\ Tư`, backslash included.
    @Test func listCompletesAnEscapedAgency() throws {
        let dir = try ConfigDir(validFiles)
        defer { dir.cleanup() }
        #expect(try bashComplete(["deadlined", "list", "--config", dir.main, "--agency", "Sở\\ Tư"]) == ["Sở Tư pháp"])
    }

    @Test func listCompletesAgenciesWithSpaces() throws {
        let dir = try ConfigDir(validFiles)
        defer { dir.cleanup() }
        // Each agency one candidate, spaces and all (the script splits the answer on newlines).
        #expect(
            try bashComplete(["deadlined", "list", "--config", dir.main, "--agency", "Sở T"]) == [
                "Sở TT&TT", "Sở Tài chính", "Sở Tư pháp",
            ])
    }
}
