import Foundation

@testable import DeadlinedConfig
@testable import DeadlinedCore

let mainPath = "/etc/deadlined/deadlined.yaml"

func load(_ text: String, limits: Limits = Limits()) -> LoadResult {
    ConfigLoader(source: MemorySource([mainPath: text]), limits: limits).load(mainPath)
}

func load(files: [String: String], limits: Limits = Limits()) -> LoadResult {
    ConfigLoader(source: MemorySource(files), limits: limits).load(mainPath)
}

func load(bytes: [UInt8]) -> LoadResult {
    ConfigLoader(source: MemorySource(bytes: [mainPath: bytes])).load(mainPath)
}

/// Unix seconds of an ISO 8601 instant, computed by Foundation.
func unix(_ iso: String) -> Int64 {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    guard let d = f.date(from: iso) else { fatalError("bad ISO date in a test: \(iso)") }
    return Int64(d.timeIntervalSince1970)
}

extension LoadResult {
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    /// Only errors and notes, rendered: what the goldens compare.
    func renderedErrors() -> String {
        var r = self
        r.diagnostics = diagnostics.filter { $0.severity != .warning }
        return r.renderedDiagnostics()
    }
}

/// A source whose glob finds a file that then cannot be read.
struct UnreadableSource: ConfigSource {
    var files: MemorySource
    var unreadable: String
    func read(_ path: String, maxSize: Int) -> Result<[UInt8], SourceFailure> {
        path == unreadable ? .failure(SourceFailure("Permission denied")) : files.read(path, maxSize: maxSize)
    }
    func glob(_ pattern: String) -> Result<[String], SourceFailure> {
        let found = (try? files.glob(pattern).get()) ?? []
        return .success(MemorySource.matches(pattern, unreadable) ? (found + [unreadable]).sorted() : found)
    }
    func canonical(_ path: String) -> String { files.canonical(path) }
}
