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

    /// What a result file says: `pid`, `generation`, `started` (CLOCK_MONOTONIC µs when the
    /// reload's decode started; nil from a daemon before it was recorded), `ok`, `message`.
    struct ResultFile: Equatable {
        var pid: Int32
        var generation: Int
        var started: UInt64?
        var ok: Bool
        var message: String
    }

    static func read(_ path: String) -> ResultFile? {
        guard case .success(let bytes) = FileSource().read(path, maxSize: 1 << 16) else { return nil }
        return parse(String(decoding: bytes, as: UTF8.self))
    }

    static func parse(_ text: String) -> ResultFile? {
        let f = text.split(separator: "\t", omittingEmptySubsequences: false)
        guard f.count == 4 || f.count == 5, let pid = Int32(f[0]), let gen = Int(f[1]) else { return nil }
        var started: UInt64?
        if f.count == 5 {
            guard let s = UInt64(f[2]) else { return nil }
            started = s
        }
        return ResultFile(
            pid: pid, generation: gen, started: started, ok: f[f.count - 2] == "ok",
            message: f[f.count - 1].trimmingCharacters())
    }

    /// The outcome a result file's text gives process `pid`, if it answers the SIGHUP sent at
    /// `sentAt`: a newer generation than before, decoded from after the signal (a reload that
    /// was decoding already may have read the files before the caller's edit).
    static func answer(_ text: String, pid: Int32, baseline: Int, sentAt: UInt64) -> Outcome? {
        guard let r = parse(text), r.pid == pid, r.generation > baseline, r.started.map({ $0 >= sentAt }) ?? true else {
            return nil
        }
        return r.ok ? .applied(r.message) : .rejected(r.message)
    }

    public func reload(pid: Int32, timeout: Double) -> Outcome {
        let baselines = paths.map { p in ReloadClient.read(p).map { $0.pid == pid ? $0.generation : 0 } ?? 0 }
        let sentAt = Sys.monotonicMicroseconds()
        guard kill(pid, SIGHUP) == 0 else { return .failed("cannot signal process \(pid): \(errnoText())") }
        var waited = 0.0
        while waited < timeout {
            for (p, baseline) in zip(paths, baselines) {
                guard case .success(let bytes) = FileSource().read(p, maxSize: 1 << 16) else { continue }
                if let outcome = ReloadClient.answer(
                    String(decoding: bytes, as: UTF8.self), pid: pid, baseline: baseline, sentAt: sentAt)
                {
                    return outcome
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
