import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Appends `text` to the file at `path`.
func append(_ text: String, to path: String) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
}

/// A drop-in edited after the daemon read it and before its watch was set up (while a big
/// drop-in beside it decodes) is reloaded: the daemon compares the files with what it read
/// once it watches them. The edit is retried later in start-up until it lands in that gap.
@Test(.timeLimit(.minutes(5)))
func aDropInEditedWhileTheDaemonStartsIsReloaded() throws {
    let big = 100_000
    var files = validFiles
    files["conf.d/big.yaml"] = bigDropIn(big)
    let dir = try ConfigDir(files)
    defer { dir.cleanup() }
    let a = dir.path("conf.d/a.yaml")
    let before = "Loaded \(dir.main): 1 directives, \(big + 7) items, 3 files"
    var landed = false
    for (round, delay) in [0.1, 0.3, 0.6, 1.0, 1.5, 2.5].enumerated() {
        try Data(validFiles["conf.d/a.yaml", default: ""].utf8).write(to: URL(fileURLWithPath: a))
        let daemon = try DaemonProcess(config: dir.main, state: dir.path("state\(round)"), outputIn: dir.url.path)
        usleep(useconds_t(delay * 1e6))
        // Before "Loaded" is logged the watch is not set up yet.
        let loadedEarly = daemon.stderr.contains("Loaded ")
        try append(extraItem, to: a)
        try #require(daemon.waitFor("] digest: Digest: ", seconds: 120), "round \(round): \(daemon.stderr)")
        guard !loadedEarly, daemon.stderr.contains(before) else {
            #expect(daemon.stop() == 0)
            continue
        }
        landed = true
        #expect(
            daemon.waitFor("Reloaded \(dir.main): 1 directives, \(big + 8) items, 3 files", seconds: 15),
            "round \(round): the edit made during start-up was not noticed: \(daemon.stderr.suffix(2000))")
        #expect(daemon.stop() == 0)
        break
    }
    #expect(landed, "no edit landed between the first read and the watch")
}
