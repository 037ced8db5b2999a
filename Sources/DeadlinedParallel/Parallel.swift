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

    /// Makes `count` results on up to `threads` new threads and hands each to `consume` on
    /// the caller's thread, in index order, as soon as it and those before it are made. At
    /// most `window` results are made ahead of the one being consumed, which bounds memory.
    /// Each result is handed over, not lent: `consume` holds its only reference, so it can
    /// change the result's arrays in place (or move them out) rather than copy them.
    public static func ordered<T: Sendable>(
        _ count: Int, threads: Int = cores, window: Int = 8, _ make: @escaping @Sendable (Int) -> T,
        consume handOver: (inout T) -> Void
    ) {
        guard count > 0 else { return }
        let slots = (0..<count).map { _ in Slot<T>() }
        // A permit is taken before an index, so the lowest index not yet consumed always holds
        // one and is being made: no wait can close a cycle.
        let permits = DispatchSemaphore(value: Swift.max(1, window))
        let next = Next()
        for _ in 0..<Swift.max(1, Swift.min(threads, count)) {
            start {
                while true {
                    permits.wait()
                    let i = next.take()
                    if i >= count {
                        permits.signal()
                        return
                    }
                    slots[i].put(make(i))
                }
            }
        }
        for slot in slots {
            if var v = slot.take() { handOver(&v) }
            permits.signal()
        }
    }

    final class Slot<T: Sendable>: Sendable {
        private let ready = DispatchSemaphore(value: 0)
        private let value = Mutex<T?>(nil)

        /// Moves the value in: once the slot is signalled, the maker holds no reference to it.
        func put(_ v: consuming T) {
            var held: T? = consume v
            value.withLock { swap(&$0, &held) }
            ready.signal()
        }

        /// Waits for the value and takes it, so the slot does not keep it alive. Each slot is
        /// put and taken once.
        func take() -> T? {
            ready.wait()
            return value.withLock { v in
                defer { v = nil }
                return v
            }
        }
    }
}
