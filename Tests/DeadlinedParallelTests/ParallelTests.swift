import DeadlinedParallel
import Synchronization
import Testing

final class Counts: Sendable {
    let made = Atomic<Int>(0)
    let consumed = Atomic<Int>(0)
    let mostAhead = Atomic<Int>(0)
}

@Test(arguments: [(0, 2, 8), (1, 2, 8), (2, 1, 1), (100, 2, 1), (100, 3, 4), (1000, 4, 8)])
func orderedHandsOverEveryResultInOrderWithinTheWindow(count: Int, threads: Int, window: Int) {
    let counts = Counts()
    var seen: [Int] = []
    Parallel.ordered(
        count, threads: threads, window: window,
        { i in
            let made = counts.made.add(1, ordering: .sequentiallyConsistent).newValue
            let ahead = made - counts.consumed.load(ordering: .sequentiallyConsistent)
            counts.mostAhead.max(ahead, ordering: .sequentiallyConsistent)
            return i * i
        },
        consume: { v in
            seen.append(v)
            counts.consumed.add(1, ordering: .sequentiallyConsistent)
        })
    #expect(seen == (0..<count).map { $0 * $0 })
    // Made, not yet handed over: never more than the window.
    #expect(counts.mostAhead.load(ordering: .sequentiallyConsistent) <= window)
}

/// A result `ordered` hands over is held by the consumer alone, however the threads race: a
/// piece's tape changed in place there is not copied first.
@Test func orderedHandsOverTheOnlyReference() {
    final class Box: Sendable {}
    var unique: [Bool] = []
    Parallel.ordered(
        500, threads: 2, window: 2, { _ in Box() },
        consume: { b in unique.append(isKnownUniquelyReferenced(&b)) })
    #expect(unique.count == 500)
    #expect(!unique.contains(false))
}
