import Foundation
import Testing

// Files that are not what a config should be: each gets exit 78 and a message naming the
// path and the reason, quickly, whatever the file holds.

@Test func aHundredMegabyteFileIsRefusedByTheSizeLimitWithoutReadingIt() throws {
    let dir = try ConfigDir([:])
    defer { dir.cleanup() }
    try FileManager.default.createDirectory(at: dir.url, withIntermediateDirectories: true)
    let path = dir.main
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    let h = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try h.truncate(atOffset: 100 << 20)  // sparse: 100 MiB of NULs, no disk used
    try h.close()
    let r = try deadlined(["check", "--config", path])
    #expect(r.status == 78)
    #expect(
        r.stderr.hasPrefix(
            "\(path): error: cannot read configuration: the file is 104857600 bytes, more than the limit of 67108864 (max_file_size)\n"
        ))
}

@Test func aBinaryFileIsNotText() throws {
    let dir = try ConfigDir([:])
    defer { dir.cleanup() }
    try FileManager.default.createDirectory(at: dir.url, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: "/bin/true", toPath: dir.main)
    let r = try deadlined(["check", "--config", dir.main])
    #expect(r.status == 78)
    #expect(r.stderr.contains("\(dir.main):1:"))
    #expect(r.stderr.contains("error: ") && (r.stderr.contains("NUL byte") || r.stderr.contains("invalid UTF-8")))
}

@Test func aFifoIsRefusedAndDoesNotHang() throws {
    let dir = try ConfigDir([:])
    defer { dir.cleanup() }
    try FileManager.default.createDirectory(at: dir.url, withIntermediateDirectories: true)
    #expect(mkfifo(dir.main, 0o644) == 0)
    let r = try deadlined(["check", "--config", dir.main])
    #expect(r.status == 78)
    #expect(r.stderr.hasPrefix("\(dir.main): error: cannot read configuration: it is not a regular file\n"))
}

@Test func aSymlinkLoopAsTheConfigPathIsNamed() throws {
    let dir = try ConfigDir([:])
    defer { dir.cleanup() }
    try FileManager.default.createDirectory(at: dir.url, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: dir.path("a.yaml"), withDestinationPath: dir.path("b.yaml"))
    try FileManager.default.createSymbolicLink(atPath: dir.path("b.yaml"), withDestinationPath: dir.path("a.yaml"))
    let r = try deadlined(["check", "--config", dir.path("a.yaml")])
    #expect(r.status == 78)
    #expect(
        r.stderr.hasPrefix(
            "\(dir.path("a.yaml")): error: cannot read configuration: Too many levels of symbolic links\n"))
}

@Test func anIncludeMatchingADirectoryNamesIt() throws {
    let dir = try ConfigDir(["deadlined.yaml": "include: [conf.d/*]\n", "conf.d/sub/x.yaml": "assignments: []\n"])
    defer { dir.cleanup() }
    let r = try deadlined(["check", "--config", dir.main])
    #expect(r.status == 78)
    #expect(
        r.stderr.hasPrefix(
            "\(dir.main):1:11: error: cannot read included file '\(dir.path("conf.d/sub"))': it is a directory, not a file\n"
        ))
}

@Test func anIncludeEscapingWithDotDotIsAllowedButACycleThroughItIsCaught() throws {
    let dir = try ConfigDir([
        "etc/deadlined.yaml": "include: [../shared/*.yaml]\n",
        "shared/a.yaml": "include: [../etc/deadlined.yaml]\nassignments: []\n",
    ])
    defer { dir.cleanup() }
    let r = try deadlined(["check", "--config", dir.path("etc/deadlined.yaml")])
    #expect(r.status == 78)
    #expect(r.stderr.contains("error: include cycle: "))
}

@Test func aKeyWithoutAValueIsNamed() throws {
    let dir = try ConfigDir([
        "deadlined.yaml": "assignments:\n  - id: a\n    agency:\n    task: Làm\n    due: 1/1/2024\n"
    ])
    defer { dir.cleanup() }
    let r = try deadlined(["check", "--config", dir.main])
    #expect(r.status == 78)
    #expect(r.stderr.hasPrefix("\(dir.main):3:12: error: 'agency' has no value\n"))
}
