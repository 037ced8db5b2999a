/// Where the daemon reads the time: the wall clock for due dates, CLOCK_MONOTONIC for the
/// alert budget and `MONOTONIC_USEC=`. A parameter with the system clock as its default, so
/// a test moves time by hand instead of sleeping.
public protocol DaemonClock: Sendable {
    /// CLOCK_REALTIME, whole seconds.
    func now() -> Int64
    /// CLOCK_MONOTONIC in microseconds.
    func monotonicMicroseconds() -> UInt64
}

extension DaemonClock {
    /// Whole seconds of CLOCK_MONOTONIC.
    public func monotonicSeconds() -> Int64 {
        Int64(monotonicMicroseconds() / 1_000_000)
    }
}

/// The system's clocks.
public struct SystemClock: DaemonClock {
    public init() {}
    public func now() -> Int64 { Sys.now() }
    public func monotonicMicroseconds() -> UInt64 { Sys.monotonicMicroseconds() }
}
