/// The counts of Vietnamese progress reports for a set of items: timeliness (done on time,
/// done late, not yet due, overdue) and, beside it, the status split the provinces publish
/// ("56 nhiệm vụ: 10 hoàn thành, 28 thường xuyên, 18 đang triển khai"). Cancelled items are
/// counted apart and in no other count.
public struct Tally: Sendable, Equatable {
    public var doneOnTime = 0
    public var doneLate = 0
    /// Not yet due: open or due soon.
    public var notYetDue = 0
    public var dueSoon = 0
    public var overdue = 0
    public var ongoing = 0
    /// Work with no deadline that is not regular work ("không thời hạn"): beside `ongoing`,
    /// outside the four-way timeliness split and its shares.
    public var noDeadline = 0
    /// Items with status `cancelled`: not part of `total` nor of any other count.
    public var cancelled = 0
    /// The same items as `total`, by status.
    public var byStatus = StatusSplit()
    /// Items with a target, and the sum of their shares (`Tally.addProgress`).
    public var withTarget = 0
    public var shareSum = 0.0

    public init() {}

    public var total: Int { doneOnTime + doneLate + notYetDue + overdue + ongoing + noDeadline }
    /// Items with a deadline (and done items without one, which count as done on time): the
    /// base of the two shares. Ongoing and no-deadline items are not in it.
    public var withDeadline: Int { doneOnTime + doneLate + notYetDue + overdue }
    /// Overdue items as a share of the items with a deadline, 0...1.
    public var overdueShare: Double { withDeadline == 0 ? 0 : Double(overdue) / Double(withDeadline) }
    /// Items done on time as a share of the items with a deadline, 0...1.
    public var onTimeShare: Double { withDeadline == 0 ? 0 : Double(doneOnTime) / Double(withDeadline) }

    /// Counts an item in state `s` whose declared status is `status`.
    ///
    /// `byStatus` follows the state where the state settles it (done on time or late: done;
    /// regular work: ongoing), so its four counts add up to `total`; open, overdue and
    /// no-deadline work is split by the declared status: `in_progress`, or `not_started`. Work marked done whose
    /// `completed` date is after `now` was under way at `now` and counts as `in_progress`.
    public mutating func add(_ s: ItemState, status: Status) {
        switch s {
        case .overdue: overdue += 1
        case .dueSoon:
            dueSoon += 1
            notYetDue += 1
        case .open: notYetDue += 1
        case .doneOnTime: doneOnTime += 1
        case .doneLate: doneLate += 1
        case .ongoing: ongoing += 1
        case .noDeadline: noDeadline += 1
        case .cancelled:
            cancelled += 1
            return
        }
        switch s {
        case .doneOnTime, .doneLate: byStatus.done += 1
        case .ongoing: byStatus.ongoing += 1
        default:
            if status == .notStarted { byStatus.notStarted += 1 } else { byStatus.inProgress += 1 }
        }
    }

    /// Counts an item in state `s` whose status is not known: open and overdue work counts as
    /// `not_started` in `byStatus` (the status an item has when none is written).
    public mutating func add(_ s: ItemState) { add(s, status: .notStarted) }
}

/// The status split of a report group: every counted item in exactly one of the four.
public struct StatusSplit: Sendable, Equatable {
    /// Done ("hoàn thành") as of the report's instant.
    public var done = 0
    /// Regular work ("thường xuyên").
    public var ongoing = 0
    /// Under way ("đang thực hiện").
    public var inProgress = 0
    /// Not begun ("chưa thực hiện").
    public var notStarted = 0

    public init() {}

    public var total: Int { done + ongoing + inProgress + notStarted }
}
