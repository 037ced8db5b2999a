import DeadlinedConfig
import Foundation
import Testing

@testable import DeadlinedSystem

@Test func anObservedSourceNamesTheFilesChangedSinceItReadThem() throws {
    let root = NSTemporaryDirectory() + "deadlined-observed-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: root + "/conf.d", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let main = root + "/main.yaml", dropIn = root + "/conf.d/a.yaml", missing = root + "/absent.yaml"
    try "include: [conf.d/*.yaml]\n".write(toFile: main, atomically: false, encoding: .utf8)
    try "assignments: []\n".write(toFile: dropIn, atomically: false, encoding: .utf8)

    let source = ObservedSource()
    _ = source.read(main, maxSize: 1 << 20)
    _ = source.read(missing, maxSize: 1 << 20)
    #expect(try source.glob(root + "/conf.d/*.yaml").get() == [dropIn])
    _ = source.read(dropIn, maxSize: 1 << 20)
    #expect(source.changed().isEmpty)

    // Rewritten, made, and a new name in the listed directory.
    try "include: [conf.d/*.yaml] # edited\n".write(toFile: main, atomically: false, encoding: .utf8)
    try "assignments: []\n".write(toFile: missing, atomically: false, encoding: .utf8)
    try "assignments: []\n".write(toFile: root + "/conf.d/b.yaml", atomically: false, encoding: .utf8)
    #expect(source.changed() == [missing, root + "/conf.d", main].sorted())
}

@Test func anObservedSourceKeepsTheDirectoriesOfItsPatternsEvenWhenEmptyOrMissing() throws {
    let root = NSTemporaryDirectory() + "deadlined-observed-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: root + "/empty.d", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let source = ObservedSource()
    for pattern in ["/empty.d/*.yaml", "/holidays.d/*.yaml", "/*/x.yaml"] {
        #expect(try source.glob(root + pattern).get().isEmpty)
    }
    #expect(source.directories() == [root + "/empty.d", root + "/holidays.d"])
}

@Test(
    arguments: [
        ("conf.d/*.yaml", "conf.d"), ("/etc/deadlined/holidays.d/*.yaml", "/etc/deadlined/holidays.d"), ("a.yaml", "."),
        ("*/x.yaml", nil), ("conf.d/[ab]/*.yaml", nil), ("/x?/*.yaml", nil),
    ] as [(String, String?)])
func theFixedDirectoryOfAPatternIsItsDirectoryPartWithoutWildcards(pattern: String, directory: String?) {
    #expect(ObservedSource.fixedDirectory(pattern) == directory)
}
