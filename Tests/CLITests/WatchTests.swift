import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to the end; its exit status.
@discardableResult
private func run(_ program: String, _ args: [String]) throws -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: program)
    p.arguments = args
    try p.run()
    p.waitUntilExit()
    return p.terminationStatus
}

/// One more item for conf.d/a.yaml of `validFiles`.
let extraItem = """
      - id: them
        agency: "Sở Y tế"
        task: "Thêm"
        due: 31/12/9999

    """

@Test(.timeLimit(.minutes(1)))
func aConfigDirectoryRemovedAndCopiedBackIsWatchedAgain() throws {
    var files: [String: String] = [:]
    for (name, text) in validFiles { files["conf/" + name] = text }
    let dir = try ConfigDir(files)
    defer { dir.cleanup() }
    let conf = dir.path("conf"), main = dir.path("conf/deadlined.yaml")
    try #require(try run("/bin/cp", ["-a", conf, dir.path("conf.bak")]) == 0)
    let daemon = try DaemonProcess(config: main, state: dir.path("state"), outputIn: dir.url.path)
    try #require(daemon.waitFor("Loaded \(main)", seconds: 20), "\(daemon.log)")
    try #require(daemon.waitForWatch(), "\(daemon.log)")

    // rm -rf conf; cp -a conf.bak conf
    try FileManager.default.removeItem(atPath: conf)
    try #require(daemon.waitFor("Failed to load \(main), keeping previous configuration", seconds: 10), "\(daemon.log)")
    try #require(try run("/bin/cp", ["-a", dir.path("conf.bak"), conf]) == 0)
    #expect(daemon.waitFor("Reloaded \(main): 1 directives, 7 items, 2 files", seconds: 10), "\(daemon.log)")

    // A later edit in the new directory is noticed too.
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dir.path("conf/conf.d/a.yaml")))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(extraItem.utf8))
    try handle.close()
    #expect(daemon.waitFor("Reloaded \(main): 1 directives, 8 items, 2 files", seconds: 10), "\(daemon.log)")
    #expect(daemon.stop() == 0)
}

@Test(.timeLimit(.minutes(1)))
func editsToTheTargetsOfASymlinkedConfigAndDropInAreNoticed() throws {
    // /etc-like directory of symlinks into a directory elsewhere (a git checkout, say).
    let mainText = validFiles["deadlined.yaml", default: ""]
    let dir = try ConfigDir([
        "real/deadlined.yaml": mainText, "real/drop-ins/a.yaml": validFiles["conf.d/a.yaml", default: ""],
    ])
    defer { dir.cleanup() }
    try FileManager.default.createDirectory(atPath: dir.path("etc/conf.d"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
        atPath: dir.path("etc/deadlined.yaml"), withDestinationPath: "../real/deadlined.yaml")
    try FileManager.default.createSymbolicLink(
        atPath: dir.path("etc/conf.d/a.yaml"), withDestinationPath: dir.path("real/drop-ins/a.yaml"))
    let main = dir.path("etc/deadlined.yaml")
    let daemon = try DaemonProcess(config: main, state: dir.path("state"), outputIn: dir.url.path)
    try #require(daemon.waitFor("Loaded \(main): 1 directives, 7 items, 2 files", seconds: 20), "\(daemon.log)")
    try #require(daemon.waitForWatch(), "\(daemon.log)")

    // The main file's target, replaced the way editors save (a new file renamed over it).
    let edited = mainText.replacingOccurrences(
        of: "      - id: snv",
        with:
            "      - id: snv-2\n        agency: \"Sở Nội vụ\"\n        task: \"Khác\"\n        due: 31/12/9999\n      - id: snv"
    )
    try Data(edited.utf8).write(to: URL(fileURLWithPath: dir.path("real/deadlined.yaml")), options: .atomic)
    #expect(daemon.waitFor("Reloaded \(main): 1 directives, 8 items, 2 files", seconds: 10), "\(daemon.log)")

    // The drop-in's target, written in place.
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dir.path("real/drop-ins/a.yaml")))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(extraItem.utf8))
    try handle.close()
    #expect(daemon.waitFor("Reloaded \(main): 1 directives, 9 items, 2 files", seconds: 10), "\(daemon.log)")
    #expect(daemon.stop() == 0)
}
