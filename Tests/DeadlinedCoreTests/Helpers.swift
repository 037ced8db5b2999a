import Foundation

/// Unix seconds of an ISO 8601 instant, computed by Foundation, independently of the code under test.
func unix(_ iso: String) -> Int64 {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    guard let d = f.date(from: iso) else { fatalError("bad ISO date in a test: \(iso)") }
    return Int64(d.timeIntervalSince1970)
}
