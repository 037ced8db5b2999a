import DeadlinedConfig
import Foundation
import Testing

@testable import DeadlinedSystem

#if canImport(Glibc)
import Glibc
#endif

// UpdatesStore.append: what `done`, `progress` and `status` write through (issue 16).

private func updatesDir() throws -> String {
    let path = NSTemporaryDirectory() + "deadlined-updates-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

@Test func appendAddsToWhatIsThereAndLeavesTheFileReadableByAll() throws {
    let dir = try updatesDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/updates.yaml"
    let first = Update(id: "a", at: "2024-07-02T09:00:00+07:00", by: "lan", change: .completed("30/6/2024"))
    let second = Update(id: "b", at: "2024-07-02T09:00:01+07:00", by: "minh", change: .progress("14", on: "1/7/2024"))
    // (The umask is process-wide and tests run in parallel: the CLI test and the e2e run the
    // writers under umask 077.)
    guard case .success = UpdatesStore.append(first, to: path), case .success = UpdatesStore.append(second, to: path)
    else {
        Issue.record("append failed")
        return
    }
    guard case .success(let back) = UpdatesFile.read(path, source: FileSource()) else {
        Issue.record("the file does not read back")
        return
    }
    #expect(back.entries == [first, second])
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o644)
}

@Test func appendRefusesADamagedFileAndLeavesItByteForByte() throws {
    let dir = try updatesDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/updates.yaml"
    let damaged = "updates:\n  - {id: a, at: \"2024-07-02T09:00:00+07:00\", completed: 30/6/2024}\n  - {id: b, by: x}\n"
    try damaged.write(toFile: path, atomically: false, encoding: .utf8)
    let u = Update(id: "c", at: "2024-07-02T09:00:00+07:00", by: "lan", change: .status("done"))
    guard case .failure(.damaged(let broken)) = UpdatesStore.append(u, to: path) else {
        Issue.record("a damaged file was appended to")
        return
    }
    // Line 3, column 5: the mapping of the entry without 'at'.
    #expect(broken.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0)" } == ["3:5"])
    #expect(try String(contentsOfFile: path, encoding: .utf8) == damaged)
}

@Test func theInvokingUserIsSudoUserWhenThereIsOne() {
    #expect(UpdatesStore.invokingUser(environment: ["SUDO_USER": "lan"]) == "lan")
    // Without it, the name of the uid in the password database (these tests run as some user).
    let name = getpwuid(getuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } }
    #expect(UpdatesStore.invokingUser(environment: [:]) == (name ?? "uid \(getuid())"))
}
