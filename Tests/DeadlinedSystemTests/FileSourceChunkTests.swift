import DeadlinedConfig
import Foundation
import Testing

@testable import DeadlinedSystem

private func tempDir() throws -> String {
    let path = NSTemporaryDirectory() + "deadlined-chunks-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The chunks `forEachChunk` hands over, each copied, or the failure.
private func chunks(
    _ path: String, maxSize: Int, chunkSize: Int = FileSource.chunkSize, stopAfter: Int = .max
) -> Result<[[UInt8]], SourceFailure> {
    var got: [[UInt8]] = []
    return FileSource().forEachChunk(of: path, maxSize: maxSize, chunkSize: chunkSize) { chunk in
        got.append(Array(chunk))
        return got.count < stopAfter
    }.map { got }
}

@Test func fileSourceChunksJoinIntoWhatReadGives() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for size in [0, 1, 4095, 65_536 + 7, 300_001] {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        let path = dir + "/f\(size).yaml"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        for chunkSize in [1000, 4096, FileSource.chunkSize] where size < 10_000 || chunkSize > 1000 {
            let got = try chunks(path, maxSize: 1 << 20, chunkSize: chunkSize).get()
            #expect(got.joined().elementsEqual(bytes), "\(size) bytes in chunks of \(chunkSize)")
            #expect(got.allSatisfy { !$0.isEmpty && $0.count <= chunkSize })
        }
        // Stopped after the first chunk: no more are read.
        if size > 0 {
            #expect(
                try chunks(path, maxSize: 1 << 20, chunkSize: 4096, stopAfter: 1).get() == [Array(bytes.prefix(4096))])
        }
    }
    // A file whose size says 0 (/proc) is read to its end, within the limit.
    let status = try chunks("/proc/self/status", maxSize: 1 << 20, chunkSize: 64).get().joined()
    #expect(String(decoding: Array(status), as: UTF8.self).hasPrefix("Name:"))
    guard case .failure(let over) = chunks("/proc/self/status", maxSize: 10) else {
        Issue.record("a growing file was read past the limit")
        return
    }
    #expect(over.reason == "the file is more than the limit of 10 bytes (max_file_size)")
}

@Test func fileSourceChunksFailAsReadFails() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try String(repeating: "x", count: 2000).write(toFile: dir + "/big.yaml", atomically: true, encoding: .utf8)
    for (path, maxSize) in [(dir + "/nope.yaml", 1000), (dir, 1000), (dir + "/big.yaml", 1000), ("/dev/null", 1000)] {
        guard case .failure(let read) = FileSource().read(path, maxSize: maxSize) else {
            Issue.record("\(path) was read")
            continue
        }
        guard case .failure(let chunked) = chunks(path, maxSize: maxSize) else {
            Issue.record("\(path) was read in chunks")
            continue
        }
        #expect(chunked == read, "\(path)")
    }
    #expect(try chunks(dir + "/big.yaml", maxSize: 2000).get().joined().count == 2000)
}
