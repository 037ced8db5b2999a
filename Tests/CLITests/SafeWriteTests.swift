import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

// Symlinks planted at the fixed temporary names deadlined used to write (issue 13, part 5):
// the writes go to a fresh name of their own, opened without following links.

/// A file someone else owns, with a symlink to it planted where deadlined used to write.
struct Victim {
    let path: String
    init(in dir: ConfigDir, name: String, plantedAt link: String) throws {
        path = dir.path(name)
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0o644) == 0)
        #expect(symlink(path, link) == 0)
    }

    func expectUntouched(sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "precious\n", sourceLocation: sourceLocation)
        #expect(try fileMode(path) == 0o644, sourceLocation: sourceLocation)
    }
}

func isRegularFile(_ path: String) -> Bool {
    var st = stat()
    return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
}

@Test(.timeLimit(.minutes(2)))
func symlinksAtLedgerTmpAndReloadResultTmpDoNotRedirectTheDaemonsWrites() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let state = dir.path("state"), runtime = dir.path("run")
    try makeDirectory(state, mode: 0o700)
    try makeDirectory(runtime, mode: 0o700)
    let ledgerVictim = try Victim(in: dir, name: "victim-ledger", plantedAt: state + "/ledger.tmp")
    let reloadVictim = try Victim(in: dir, name: "victim-reload", plantedAt: runtime + "/reload-result.tmp")

    let daemon = try DaemonProcess(config: dir.main, state: state, runtime: runtime, outputIn: dir.url.path)
    try #require(daemon.waitFor("Loaded "), "\(daemon.stderr)")
    // The ledger is written at start-up (three items are overdue), the reload result at SIGHUP.
    #expect(poll(20) { isRegularFile(state + "/ledger") }, "no ledger: \(daemon.stderr)")
    kill(daemon.pid, SIGHUP)
    #expect(poll(20) { isRegularFile(runtime + "/reload-result") }, "no reload result: \(daemon.stderr)")
    #expect(daemon.stop() == 0)

    try ledgerVictim.expectUntouched()
    try reloadVictim.expectUntouched()
    #expect(try String(contentsOfFile: state + "/ledger", encoding: .utf8).hasPrefix("deadlined-ledger "))
    #expect(try String(contentsOfFile: runtime + "/reload-result", encoding: .utf8).contains("\tok\t"))
    #expect(!daemon.stderr.contains("cannot"), "\(daemon.stderr)")
    // No temporary file is left behind (the planted links are the only strangers).
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: state).filter {
        $0.contains("tmp") && $0 != "ledger.tmp"
    }
    #expect(leftovers.isEmpty, "\(leftovers)")
}

@Test(.timeLimit(.minutes(2)))
func aSymlinkAtAcksYamlTmpDoesNotRedirectAck() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let victim = try Victim(in: dir, name: "victim-acks", plantedAt: dir.path("acks.yaml.tmp"))
    let r = try deadlined(["ack", "--config", dir.main, "stc", "--until", "30/11/2099"])
    #expect(r.status == 0, "\(r.stderr)")
    try victim.expectUntouched()
    #expect(isRegularFile(dir.path("acks.yaml")))
    #expect(
        try String(contentsOfFile: dir.path("acks.yaml"), encoding: .utf8).contains(
            "  - id: \"stc\"\n    until: \"30/11/2099\"\n"))
}
