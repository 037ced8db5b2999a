import Foundation
import Testing

/// Standard output of the binary as bytes (a String read would drop a byte order mark).
private func rawStdout(_ args: [String]) throws -> (status: Int32, bytes: [UInt8]) {
    let exe = try #require(binary, "build deadlined first: swift build")
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("deadlined-bom-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    let handle = try FileHandle(forWritingTo: out)
    let p = Process()
    p.executableURL = exe
    p.arguments = args
    p.standardOutput = handle
    p.standardError = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    try handle.close()
    return (p.terminationStatus, Array(try Data(contentsOf: out)))
}

@Test func csvWithBOMStartsWithTheUTF8ByteOrderMarkAndPlainCSVDoesNot() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    for command in ["list", "report"] {
        let plain = try rawStdout([command, "--config", dir.main, "--format", "csv", "--at", "20/5/2024"])
        #expect(plain.status == 0)
        let bom = try rawStdout([command, "--config", dir.main, "--format", "csv", "--at", "20/5/2024", "--bom"])
        #expect(bom.status == 0)
        // EF BB BF, then the very same CSV.
        #expect(Array(bom.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(command)")
        #expect(bom.bytes.dropFirst(3).elementsEqual(plain.bytes), "\(command)")
        #expect(plain.bytes.first == UInt8(ascii: command == "list" ? "i" : "a"))
    }
}

@Test func bomWithAnythingButCSVIsAUsageError() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["list", "--config", dir.main, "--format", "json", "--bom"])
    #expect(r.status == 64)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("--bom applies to --format csv only"))
}

@Test func outputWritesTheTextToTheFileAndNothingToStandardOutput() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let plain = try deadlined(["report", "--config", dir.main, "--format", "csv", "--at", "20/5/2024"])
    let file = dir.path("report.csv")
    let r = try deadlined([
        "report", "--config", dir.main, "--format", "csv", "--at", "20/5/2024", "--bom", "--output", file,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.isEmpty)
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
    #expect(bytes.prefix(3).elementsEqual([0xEF, 0xBB, 0xBF]))
    #expect(bytes.dropFirst(3).elementsEqual(Array(plain.stdout.utf8)))
    let list = try deadlined([
        "list", "--config", dir.main, "--format", "json", "--at", "20/5/2024", "--output", dir.path("list.json"),
    ])
    #expect(list.status == 0 && list.stdout.isEmpty)
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.path("list.json"))))
    #expect((json as? [Any])?.count == 7)
    // A directory that is not there: exit 1, naming the file.
    let bad = try deadlined(["report", "--config", dir.main, "--output", dir.path("nowhere/r.txt")])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("nowhere/r.txt"), "\(bad.stderr)")
}

@Test func aTableWrittenToAFileIsNotCutToTheTerminalWidth() throws {
    let task = "Tham mưu cấp có thẩm quyền cấp kinh phí cho các đơn vị thực hiện Đề án 06/CP"
    let dir = try ConfigDir([
        "deadlined.yaml": "assignments:\n  - id: a\n    agency: Sở Tài chính\n    task: \(task)\n    due: 15/5/2024\n"
    ])
    defer { dir.cleanup() }
    let exe = try #require(binary, "build deadlined first: swift build")
    func list(_ extra: [String]) throws -> String {
        let out = dir.path("out-\(extra.count).txt")
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        let p = Process()
        p.executableURL = exe
        p.arguments = ["list", "--config", dir.main, "--at", "20/5/2024"] + extra
        p.environment = ["COLUMNS": "60", "TZ": "UTC"]
        p.standardOutput = handle
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try handle.close()
        #expect(p.terminationStatus == 0)
        return try String(contentsOfFile: extra.last ?? out, encoding: .utf8)
    }
    // On standard output, COLUMNS=60 cuts the 76-character task; in a file it is whole.
    #expect(!(try list([])).contains(task))
    #expect(try list(["--output", dir.path("list.txt")]).contains(task))
}
