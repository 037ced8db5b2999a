import Foundation
import Testing

@_spi(Fuzz) @testable import DeadlinedConfig
@testable import DeadlinedCore

// FastScanner against libyaml on real files: wherever the scanner answers, its tape must be
// libyaml's node for node (`FastScanCheck.compare`), and it must answer for the files
// deadlined is shipped and benchmarked with, so that a scanner that bails everywhere fails.

let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Every `.yaml` file under the repository's config/, Tests/ and fuzz/ folders.
func repoYAMLFiles() -> [URL] {
    var out: [URL] = []
    for dir in ["config", "Tests", "fuzz/corpus", "fuzz/crashes"] {
        let root = repoRoot.appendingPathComponent(dir)
        guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
        for case let url as URL in e where url.pathExtension == "yaml" { out.append(url) }
    }
    return out.sorted { $0.path < $1.path }
}

func bytes(_ url: URL) -> [UInt8] { (try? Data(contentsOf: url)).map { Array($0) } ?? [] }

/// A file of `n` items written by bench/generate.py in one file, as the benchmark's.
func benchFile(items n: Int) -> [UInt8]? {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fastscan-\(getpid())-\(n)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [
        "python3", repoRoot.appendingPathComponent("bench/generate.py").path, dir.path, "\(n)", "--one-file",
        "--directive-size", "500",
    ]
    p.standardOutput = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return nil }
    p.waitUntilExit()
    guard p.terminationStatus == 0 else { return nil }
    return bytes(dir.appendingPathComponent("deadlined.yaml"))
}

@Test func scannerReadsEveryRepositoryFileAsLibYAMLDoesOrBails() {
    let files = repoYAMLFiles()
    #expect(files.count > 100)
    var answered = 0
    for url in files {
        let outcome = FastScanCheck.compare(bytes(url), limits: Limits())
        #expect(outcome != .differs, "\(url.path)")
        if outcome == .same { answered += 1 }
    }
    // Most of the corpus is plain block YAML; the rest are the hostile cases left to libyaml.
    #expect(answered * 2 > files.count, "answered \(answered) of \(files.count)")
}

@Test func scannerAnswersForTheShippedConfiguration() {
    for path in ["config/deadlined.yaml", "config/assignments.d/cchc-2022.yaml", "Tests/report/report.yaml"] {
        #expect(
            FastScanCheck.compare(bytes(repoRoot.appendingPathComponent(path)), limits: Limits()) == .same, "\(path)")
    }
}

@Test func scannerAnswersForTheBenchmarkFileAndItsPieces() throws {
    let file = try #require(benchFile(items: 2_000))
    #expect(file.count > 400_000)
    #expect(FastScanCheck.compare(file, limits: Limits()) == .same)
    // Each piece the split parse makes is scanned too, and must join into the whole tape.
    let plan = try #require(file.withUnsafeBufferPointer { TapeSplitPlan.find($0, parts: 3) })
    for range in plan.pieces {
        #expect(FastScanCheck.compare(Array(file[range]), limits: Limits()) == .same)
    }
    let whole = try #require(FastScanCheck.libyaml(file, limits: Limits()))
    let joined = try #require(YAMLTape.parsedInPieces(file, file: "f.yaml", limits: Limits(), parts: 3))
    #expect(joined.sameNodes(as: whole.tape))
}
