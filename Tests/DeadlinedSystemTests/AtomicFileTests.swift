import Foundation
import Testing

@testable import DeadlinedSystem

#if canImport(Glibc)
import Glibc
#endif

private func tempDir() throws -> String {
    let path = NSTemporaryDirectory() + "deadlined-atomic-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

private func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

@Test func writeAtomicallyIgnoresASymlinkAtTheOldFixedTemporaryName() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let victim = dir + "/victim"
    try "precious\n".write(toFile: victim, atomically: false, encoding: .utf8)
    #expect(chmod(victim, 0o644) == 0)
    #expect(symlink(victim, dir + "/data.tmp") == 0)
    #expect(writeAtomically("new\n", to: dir + "/data", directory: dir, mode: 0o600) == nil)
    #expect(contents(victim) == "precious\n")
    #expect(try FileManager.default.attributesOfItem(atPath: victim)[.posixPermissions] as? Int == 0o644)
    #expect(contents(dir + "/data") == "new\n")
    // Nothing left but the file, the victim and the planted link.
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["data", "data.tmp", "victim"])
}

@Test func writeAtomicallyReplacesASymlinkAtTheTargetInsteadOfWritingThroughIt() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let victim = dir + "/victim"
    try "precious\n".write(toFile: victim, atomically: false, encoding: .utf8)
    #expect(symlink(victim, dir + "/data") == 0)
    #expect(writeAtomically("new\n", to: dir + "/data", directory: dir, mode: 0o600) == nil)
    #expect(contents(victim) == "precious\n")
    var st = stat()
    #expect(lstat(dir + "/data", &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG && (st.st_mode & 0o777) == 0o600)
}

@Test func writeAtomicallyGivesExactlyTheModeWhateverTheUmask() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let old = umask(0o077)
    defer { umask(old) }
    #expect(writeAtomically("x\n", to: dir + "/acks.yaml", directory: dir, mode: 0o644) == nil)
    #expect(try FileManager.default.attributesOfItem(atPath: dir + "/acks.yaml")[.posixPermissions] as? Int == 0o644)
}

@Test func concurrentWritersNeverLeaveATornOrMissingFile() async throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/shared"
    // Each writer's text is one repeated letter, long enough to take several write() calls'
    // worth of page cache; a reader must only ever see one letter, whole.
    let texts = (0..<8).map { i in String(repeating: String(UnicodeScalar(UInt8(65 + i))), count: 200_000) + "\n" }
    #expect(writeAtomically(texts[0], to: path, directory: dir, mode: 0o600) == nil)
    let failures = await withTaskGroup(of: [String].self) { group in
        for text in texts {
            group.addTask {
                var problems: [String] = []
                for _ in 0..<20 {
                    if let p = writeAtomically(text, to: path, directory: dir, mode: 0o600) { problems.append(p) }
                }
                return problems
            }
        }
        group.addTask {
            var problems: [String] = []
            for _ in 0..<200 {
                guard let seen = contents(path) else {
                    problems.append("the file was missing")
                    continue
                }
                if !texts.contains(seen) { problems.append("a torn file of \(seen.utf8.count) bytes") }
            }
            return problems
        }
        var all: [String] = []
        for await p in group { all += p }
        return all
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["shared"])
}

@Test func staleTemporariesOfOneNameAreRemovedAndNothingElse() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for name in [
        ".ledger.abc.tmp", ".ledger.x1.tmp", ".ledger.tmp", "ledger.tmp", ".ledgerx.a.tmp", ".acks.yaml.q.tmp",
        "ledger", ".ledger.abc",
    ] {
        try "x".write(toFile: dir + "/" + name, atomically: false, encoding: .utf8)
    }
    #expect(removeStaleTemporaries(of: "ledger", in: dir) == 2)
    #expect(
        try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [
            ".acks.yaml.q.tmp", ".ledger.abc", ".ledger.tmp", ".ledgerx.a.tmp", "ledger", "ledger.tmp",
        ])
}
