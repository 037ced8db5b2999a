import Foundation
import Synchronization

/// Work spread over plain threads. Not libdispatch's worker pool: its workers renice
/// themselves to imitate a quality of service, and in a sandboxed unit (no CAP_SYS_NICE)
/// each such attempt logs "Failed to set thread priority for worker thread ... errno=13"
/// through syslog into the journal, once per process that uses them.
public enum Parallel {
    /// The cores this process may run on.
    public static var cores: Int { Swift.max(1, ProcessInfo.processInfo.activeProcessorCount) }

    final class Next: Sendable {
        let value = Atomic<Int>(0)
        /// The next index to work on; indices are handed out in increasing order.
        func take() -> Int { value.add(1, ordering: .relaxed).oldValue }
    }

    static func start(_ body: @escaping @Sendable () -> Void) {
        let t = Thread(block: body)
        t.stackSize = 8 << 20
        t.start()
    }

    /// Calls `body` once for each index in `0..<count` on up to `threads` threads, the
    /// caller's among them, and returns when every call has returned.
    public static func forEach(_ count: Int, threads: Int = cores, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let next = Next()
        let helpers = Swift.max(0, Swift.min(threads, count) - 1)
        let done = DispatchSemaphore(value: 0)
        let work: @Sendable () -> Void = {
            while true {
                let i = next.take()
                if i >= count { return }
                body(i)
            }
        }
        for _ in 0..<helpers {
            start {
                work()
                done.signal()
            }
        }
        work()
        for _ in 0..<helpers { done.wait() }
    }

    /// Calls `body` once for each index in `0..<count` on up to `threads` new threads, in
    /// increasing order of start, and returns at once: the caller waits for what it needs.
    public static func background(_ count: Int, threads: Int = cores, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let next = Next()
        for _ in 0..<Swift.max(1, Swift.min(threads, count)) {
            start {
                while true {
                    let i = next.take()
                    if i >= count { return }
                    body(i)
                }
            }
        }
    }
}
