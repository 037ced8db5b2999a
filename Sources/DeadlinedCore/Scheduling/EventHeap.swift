/// A binary min-heap of (time, item index).
struct EventHeap: Sendable {
    struct Entry: Sendable {
        var time: Int64
        var index: Int32
    }
    private(set) var items: [Entry] = []

    init(_ entries: [Entry]) {
        items = entries
        if items.count > 1 {
            for i in stride(from: items.count / 2 - 1, through: 0, by: -1) { down(i) }
        }
    }

    var min: Entry? { items.first }
    var count: Int { items.count }

    mutating func push(_ e: Entry) {
        items.append(e)
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            if items[p].time <= items[i].time { break }
            items.swapAt(p, i)
            i = p
        }
    }

    mutating func pop() -> Entry? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        if !items.isEmpty { down(0) }
        return top
    }

    private mutating func down(_ start: Int) {
        var i = start
        let n = items.count
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < n, items[l].time < items[m].time { m = l }
            if r < n, items[r].time < items[m].time { m = r }
            if m == i { return }
            items.swapAt(i, m)
            i = m
        }
    }
}
