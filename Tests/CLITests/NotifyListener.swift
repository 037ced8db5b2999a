import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A unix datagram socket standing in for systemd's NOTIFY_SOCKET: records every message
/// the daemon sends (READY=1, RELOADING=1, WATCHDOG=1, ...) with the monotonic time it came.
final class NotifyListener: @unchecked Sendable {
    let path: String
    private let fd: Int32
    private let lock = NSLock()
    private var received: [(at: Double, text: String)] = []
    private var closed = false

    init(path: String) throws {
        self.path = path
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        try #require(fd >= 0, "socket: \(String(cString: strerror(errno)))")
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        try #require(bytes.count < MemoryLayout.size(ofValue: addr.sun_path), "socket path too long: \(path)")
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            for (i, b) in bytes.enumerated() { raw[i] = b }
        }
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        try #require(bound == 0, "bind \(path): \(String(cString: strerror(errno)))")
        var tv = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        let thread = Thread { [self] in self.receive() }
        thread.start()
    }

    static func monotonic() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    private func receive() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            let now = NotifyListener.monotonic()
            let done = lock.withLock { () -> Bool in
                if n > 0 { received.append((now, String(decoding: buffer[..<n], as: UTF8.self))) }
                return closed
            }
            if done {
                Glibc.close(fd)
                return
            }
        }
    }

    var messages: [(at: Double, text: String)] { lock.withLock { received } }

    /// Waits until a message satisfying `match` arrives after index `from`; its index.
    func waitFor(after from: Int = -1, seconds: Double, _ match: (String) -> Bool) -> Int? {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            let m = messages
            if let i = m.indices.first(where: { $0 > from && match(m[$0].text) }) { return i }
            usleep(20_000)
        } while Date() < deadline
        return nil
    }

    func close() {
        lock.withLock { closed = true }
        unlink(path)
    }
}
