import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

// 40 `deadlined ack` at once (issue 13, part 4): every writer of acks.yaml takes a lock,
// re-reads the file under it and renames a temporary file of its own over it.

/// `count` overdue items, a0 ... a(count-1).
func manyItems(_ count: Int) -> [String: String] {
    var text = "settings:\n  language: en\nassignments:\n"
    for i in 0..<count { text += "  - {id: a\(i), agency: A, task: T\(i), due: 15/5/2024}\n" }
    return ["deadlined.yaml": text]
}

/// The `until` of each entry of an acks.yaml as `AckFile.rendered()` writes it.
func ackedUntil(_ text: String) -> [String: String] {
    var out: [String: String] = [:]
    var id: String?
    for line in text.split(separator: "\n") {
        if line.hasPrefix("  - id: \"") {
            id = String(line.dropFirst(9).dropLast())
        } else if line.hasPrefix("    until: \""), let i = id {
            out[i] = String(line.dropFirst(12).dropLast())
        }
    }
    return out
}

@Test(.timeLimit(.minutes(5)))
func fortyAcksAtOnceNeitherTearTheFileNorLoseOrInventAcknowledgements() throws {
    let n = 40
    let dir = try ConfigDir(manyItems(n))
    defer { dir.cleanup() }
    let exe = try #require(binary, "build deadlined first: swift build")
    let acks = dir.path("acks.yaml")
    for round in 1...3 {
        let until = "\(round)/12/2099"
        var runs: [(Process, String)] = []
        for i in 0..<n {
            let p = Process()
            p.executableURL = exe
            p.arguments = ["ack", "--config", dir.main, "a\(i)", "--until", until, "--note", "round \(round)"]
            p.environment = daemonEnvironment()
            let err = dir.path("ack-\(round)-\(i).err")
            _ = FileManager.default.createFile(atPath: err, contents: nil)
            p.standardOutput = FileHandle.nullDevice
            p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
            p.standardInput = FileHandle.nullDevice
            runs.append((p, err))
        }
        for (p, _) in runs { try p.run() }
        for (p, _) in runs { p.waitUntilExit() }

        // The file is whole: every command can still load the configuration.
        let check = try deadlined(["check", "--config", dir.main])
        #expect(check.status == 0, "round \(round): acks.yaml is broken: \(check.stderr)")
        let text = (try? String(contentsOfFile: acks, encoding: .utf8)) ?? ""
        let applied = ackedUntil(text)
        var done = 0
        for (i, (p, err)) in runs.enumerated() {
            let id = "a\(i)"
            if p.terminationStatus == 0 {
                done += 1
                #expect(
                    applied[id] == until, "round \(round): \(id) was reported done but is \(applied[id] ?? "missing")")
            } else {
                #expect(applied[id] != until, "round \(round): \(id) was reported failed but is applied")
                let message = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
                Issue.record("round \(round): ack \(id) exited \(p.terminationStatus): \(message)")
            }
        }
        #expect(done == n, "round \(round): \(done) of \(n) acks succeeded")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.url.path).filter {
            $0.hasSuffix(".tmp")
        }
        #expect(leftovers.isEmpty, "round \(round): \(leftovers)")
    }
}

@Test func aSymlinkAtTheAckLockIsRefusedAndNothingIsWritten() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let victim = try Victim(in: dir, name: "victim-lock", plantedAt: dir.path("acks.yaml.lock"))
    let r = try deadlined(["ack", "--config", dir.main, "stc", "--until", "30/11/2099"])
    #expect(r.status == 1)
    #expect(
        r.stderr
            == "deadlined: cannot lock \(dir.path("acks.yaml")) for writing: \(dir.path("acks.yaml.lock")): it is a symbolic link; nothing was written\n"
    )
    try victim.expectUntouched()
    #expect(!FileManager.default.fileExists(atPath: dir.path("acks.yaml")))
}

@Test func ackRemovesTheTemporaryFilesACrashedAckLeft() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    try Data("left\n".utf8).write(to: URL(fileURLWithPath: dir.path(".acks.yaml.z9y8.tmp")))
    let r = try deadlined(["ack", "--config", dir.main, "stc", "--until", "30/11/2099"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir.path(".acks.yaml.z9y8.tmp")))
    #expect(FileManager.default.fileExists(atPath: dir.path("acks.yaml")))
}
