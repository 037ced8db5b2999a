import Foundation
import Testing

// Directories that hold no config file yet are watched too, so the first file put in one is
// noticed: holidays.d beside the main file, and the directory of an include pattern.

@Test(.timeLimit(.minutes(1)))
func theFirstHolidayDropInInAHolidaysDirectoryMadeLaterIsNoticed() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let daemon = try DaemonProcess(config: dir.main, state: dir.path("state"), outputIn: dir.url.path)
    try #require(daemon.waitForWatch(), "\(daemon.log)")

    try FileManager.default.createDirectory(atPath: dir.path("holidays.d"), withIntermediateDirectories: false)
    usleep(500_000)
    try Data("# decisions: none yet\n".utf8).write(to: URL(fileURLWithPath: dir.path("holidays.d/2027.yaml")))
    #expect(daemon.waitFor("Reloaded \(dir.main): 1 directives, 7 items, 3 files", seconds: 10), "\(daemon.log)")
    #expect(daemon.stop() == 0)
}

@Test(.timeLimit(.minutes(1)))
func theFirstFileInAnEmptyIncludedDirectoryIsNoticed() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    try FileManager.default.createDirectory(atPath: dir.path("extra.d"), withIntermediateDirectories: false)
    let daemon = try DaemonProcess(config: dir.main, state: dir.path("state"), outputIn: dir.url.path)
    try #require(daemon.waitForWatch(), "\(daemon.log)")

    // extra.d holds nothing yet: the reload fails ("matches no file") and waits for a file.
    let main = validFiles["deadlined.yaml", default: ""].replacingOccurrences(
        of: "include: [conf.d/*.yaml]", with: "include: [conf.d/*.yaml, extra.d/*.yaml]")
    try Data(main.utf8).write(to: URL(fileURLWithPath: dir.main))
    try #require(
        daemon.waitFor("Failed to load \(dir.main), keeping previous configuration", seconds: 10), "\(daemon.log)")
    // Past any reload the edit itself still causes (the write may come as two events).
    usleep(1_000_000)
    try Data(extraItem.replacingOccurrences(of: "  - id:", with: "assignments:\n  - id:").utf8)
        .write(to: URL(fileURLWithPath: dir.path("extra.d/b.yaml")))
    #expect(daemon.waitFor("Reloaded \(dir.main): 1 directives, 8 items, 3 files", seconds: 10), "\(daemon.log)")
    #expect(daemon.stop() == 0)
}
