import CSystemd
import DeadlinedCore
import Dispatch

#if canImport(Glibc)
import Glibc
#endif

/// One small wrapper per C call: sd_notify, the watchdog, timerfd and the clock.
public enum Sys {
    /// CLOCK_REALTIME, whole seconds.
    public static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec)
    }

    /// Whole seconds of CLOCK_MONOTONIC: the alert budget's window (journald's rate limit
    /// runs on this clock, not the wall clock).
    public static func monotonicSeconds() -> Int64 {
        Int64(monotonicMicroseconds() / 1_000_000)
    }

    /// CLOCK_MONOTONIC in microseconds, for `MONOTONIC_USEC=`.
    public static func monotonicMicroseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000 + UInt64(ts.tv_nsec) / 1000
    }

    /// The host name (gethostname), the office's name when `settings.office` gives none;
    /// "localhost" when it cannot be read.
    public static func hostName() -> String {
        var buf = [CChar](repeating: 0, count: 256)
        guard gethostname(&buf, buf.count - 1) == 0 else { return "localhost" }
        let name = String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? "localhost" : name
    }

    /// Sends a state string to the service manager; a no-op outside systemd.
    @discardableResult
    public static func notify(_ state: String) -> Int32 {
        sd_notify(0, state)
    }

    /// The signals that stop or reload the daemon.
    static let stopSignals = [SIGHUP, SIGTERM, SIGINT]

    /// Blocks SIGHUP, SIGTERM and SIGINT in the calling thread. Called first thing in the main
    /// thread, before any other thread exists, every thread inherits the mask: a signal that
    /// comes before the daemon's Dispatch signal sources exist stays pending (neither lost
    /// nor ending the process) and libdispatch's signalfd reads it once they do.
    public static func blockStopSignals() {
        setStopSignals(SIG_BLOCK)
    }

    /// Undoes `blockStopSignals()`, for the commands that are not the daemon (^C ends them).
    public static func unblockStopSignals() {
        setStopSignals(SIG_UNBLOCK)
    }

    private static func setStopSignals(_ how: Int32) {
        var set = sigset_t()
        sigemptyset(&set)
        for sig in stopSignals { sigaddset(&set, sig) }
        pthread_sigmask(how, &set, nil)
    }

    /// Writes all of `bytes` to `fd`, again after a signal interrupts (EINTR) or a short
    /// write; the errno of the failure, nil when everything was written. The one write loop
    /// of the module: files, the state, the console.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        var off = 0
        while off < bytes.count {
            let n = write(fd, bytes.baseAddress.map { $0 + off }, bytes.count - off)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            off += n
        }
        return nil
    }

    /// Writes all of `text` to `fd` (see `writeAll(_:_:)`).
    static func writeAll(_ fd: Int32, _ text: String) -> Int32? {
        var text = text
        return text.withUTF8 { writeAll(fd, $0) }
    }

    /// The watchdog interval in microseconds when systemd expects pings from this process.
    public static func watchdogInterval() -> UInt64? {
        var usec: UInt64 = 0
        return sd_watchdog_enabled(0, &usec) > 0 && usec > 0 ? usec : nil
    }
}

/// Notices when the wall clock is set (or the machine resumes) through a CLOCK_REALTIME
/// timerfd armed with TFD_TIMER_CANCEL_ON_SET, read from a Dispatch read source.
final class ClockWatch: @unchecked Sendable {
    private let fd: Int32
    private var source: (any DispatchSourceRead)?

    init?(queue: DispatchQueue, changed: @escaping @Sendable () -> Void) {
        let fd = timerfd_create(CLOCK_REALTIME, Int32(TFD_NONBLOCK | TFD_CLOEXEC))
        guard fd >= 0 else { return nil }
        self.fd = fd
        guard arm() else {
            close(fd)
            return nil
        }
        let src = DispatchSource.makeReadSource(fileDescriptor: fd, queue: queue)
        src.setEventHandler { [weak self] in
            guard let self else { return }
            var expirations: UInt64 = 0
            let n = read(self.fd, &expirations, 8)
            if n < 0, errno == ECANCELED {
                _ = self.arm()
                changed()
            } else if n < 0, errno == EAGAIN {
                return
            } else {
                _ = self.arm()
            }
        }
        source = src
        src.resume()
    }

    /// Arms the timer at the far end of time (as systemd does, TIME_T_MAX: with 2038 it
    /// would expire at once from then on, and spin); only a clock change wakes it.
    private func arm() -> Bool {
        var spec = itimerspec()
        spec.it_value.tv_sec = Int.max
        return timerfd_settime(fd, Int32(TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET), &spec, nil) == 0
    }

    deinit {
        source?.cancel()
        close(fd)
    }
}
