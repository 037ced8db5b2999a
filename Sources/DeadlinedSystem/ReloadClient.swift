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

    let paths: [String]

    /// `directories`: where the daemon may record the outcome, in order: its runtime directory
    /// under systemd, its state directory outside it. Each is watched.
    public init(directories: [String]) {
        var seen = Set<String>()
        paths = directories.filter { seen.insert($0).inserted }.map { $0 + "/reload-result" }
    }

    /// The directories to watch for process `pid`: `RUNTIME_DIRECTORY` as given to this
    /// process (ExecReload= shares the service's), else as found in the daemon's own
    /// environment (/proc/PID/environ: a reload run by hand), `/run/deadlined`, and `state`.
    public static func directories(pid: Int32, runtime: String?, state: String) -> [String] {
        var out: [String] = []
        if let runtime { out.append(runtime) }
        if case .success(let env) = FileSource().read("/proc/\(pid)/environ", maxSize: 1 << 20) {
            for entry in env.split(separator: 0) where entry.starts(with: Array("RUNTIME_DIRECTORY=".utf8)) {
                // systemd may list several, separated by ':'; deadlined's unit has one.
                let value = String(decoding: entry.dropFirst("RUNTIME_DIRECTORY=".utf8.count), as: UTF8.self)
                out += value.split(separator: ":").map(String.init)
            }
        }
        return out + ["/run/deadlined", state]
    }

    /// (pid, generation, ok, message) from a result file, if it is there.
    static func read(_ path: String) -> (Int32, Int, Bool, String)? {
        guard case .success(let bytes) = FileSource().read(path, maxSize: 1 << 16) else { return nil }
        let f = String(decoding: bytes, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
        guard f.count == 4, let pid = Int32(f[0]), let gen = Int(f[1]) else { return nil }
        return (pid, gen, f[2] == "ok", f[3].trimmingCharacters())
    }

    public func reload(pid: Int32, timeout: Double) -> Outcome {
        let baselines = paths.map { p in ReloadClient.read(p).map { $0.0 == pid ? $0.1 : 0 } ?? 0 }
        guard kill(pid, SIGHUP) == 0 else { return .failed("cannot signal process \(pid): \(errnoText())") }
        var waited = 0.0
        while waited < timeout {
            for (p, baseline) in zip(paths, baselines) {
                if let r = ReloadClient.read(p), r.0 == pid, r.1 > baseline {
                    return r.2 ? .applied(r.3) : .rejected(r.3)
                }
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
