#if canImport(Glibc)
import Glibc
#endif

/// The other side of `Daemon.writeReloadResult`: sends SIGHUP and waits for the daemon to
/// record the outcome, because on systemd 252 a bare `kill -HUP` lets `systemctl reload`
/// return before the reload is done.
public struct ReloadClient: Sendable {
    public enum Outcome: Equatable, Sendable {
        case applied(String), rejected(String), failed(String)
    }

    let path: String

    /// `directory`: the daemon's runtime directory (its state directory outside systemd).
    public init(directory: String) { path = directory + "/reload-result" }

    /// (pid, generation, ok, message) from the result file, if it is there.
    func read() -> (Int32, Int, Bool, String)? {
        guard case .success(let bytes) = FileSource().read(path, maxSize: 1 << 16) else { return nil }
        let f = String(decoding: bytes, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
        guard f.count == 4, let pid = Int32(f[0]), let gen = Int(f[1]) else { return nil }
        return (pid, gen, f[2] == "ok", f[3].trimmingCharacters())
    }

    public func reload(pid: Int32, timeout: Double) -> Outcome {
        let before = read()
        let baseline = before.map { $0.0 == pid ? $0.1 : 0 } ?? 0
        guard kill(pid, SIGHUP) == 0 else { return .failed("cannot signal process \(pid): \(errnoText())") }
        var waited = 0.0
        while waited < timeout {
            if let r = read(), r.0 == pid, r.1 > baseline {
                return r.2 ? .applied(r.3) : .rejected(r.3)
            }
            if kill(pid, 0) != 0, errno == ESRCH { return .failed("process \(pid) exited during the reload") }
            usleep(20_000)
            waited += 0.02
        }
        return .failed("no answer from process \(pid) within \(Int(timeout)) s")
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        var s = self
        while let l = s.last, l == "\n" || l == " " { s.removeLast() }
        return String(s)
    }
}
