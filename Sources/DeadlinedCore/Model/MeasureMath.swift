/// What a `Measure` says at a moment: the latest value reported, its share of the target and
/// the value expected by then.
///
/// Days are whole: a value reported on a date counts from the start of that day (local) and
/// expected progress moves once a day. The expected value on day D is piecewise linear
/// through the points (start, 0), each milestone (by, value) and (due day, target):
/// between two points (d0, v0) and (d1, v1) it is v0 + (v1 - v0) × (D - d0) / (d1 - d0), in
/// calendar days; 0 before the start and the target from the due day on. Linear between
/// milestones rather than a step at each, so that a `behind` check between two milestones
/// asks for the part of the way already due, not for nothing or for the whole next step.
extension Measure {
    /// The last entry reported on or before `date`.
    public func latest(on date: CivilDate) -> ProgressEntry? {
        progress.last { $0.on <= date }
    }

    /// The last entry that counts at `now`: entries dated after today do not count yet.
    public func latest(at now: Int64, zone: Zone) -> ProgressEntry? {
        latest(on: zone.local(now).date)
    }

    /// `value / target`, 0...1 for valid input; nil for a zero target.
    public func share(of value: Double) -> Double? {
        target > 0 ? value / target : nil
    }

    /// The value expected on `date` for work due on `due` (see the type's comment); nil when
    /// there is no start to count from or the due day is not after it.
    public func expected(on date: CivilDate, due: CivilDate) -> Double? {
        guard let start, start < due else { return nil }
        var points: [(day: Int, value: Double)] = [(start.dayNumber, 0)]
        for m in milestones where m.by > start && m.by < due {
            points.append((m.by.dayNumber, m.value))
        }
        points.append((due.dayNumber, target))
        let d = date.dayNumber
        if d <= points[0].day { return 0 }
        for k in 1..<points.count where d <= points[k].day {
            let (d0, v0) = points[k - 1]
            let (d1, v1) = points[k]
            return v0 + (v1 - v0) * Double(d - d0) / Double(d1 - d0)
        }
        return target
    }

    /// The first entry whose value reaches the target (a count or a percentage).
    public var reached: ProgressEntry? {
        progress.first { $0.value >= target }
    }
}

extension Item {
    /// The local day the item's deadline falls on (its last day for a month or a quarter),
    /// the end of expected progress.
    public func dueDay(in zone: Zone) -> CivilDate? {
        deadline.map { zone.local($0.shownAt).date }
    }
}
