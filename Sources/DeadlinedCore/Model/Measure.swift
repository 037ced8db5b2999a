/// A quantitative target of an assignment ("25 thủ tục", "76 %"), the progress reported
/// against it and its dated intermediate targets. Most items have none; `Item` keeps it boxed.
public struct Measure: Sendable, Equatable {
    /// The target: a count, or a percentage when `isPercent` (then at most 100).
    public var target: Double
    public var isPercent: Bool
    /// What is counted ("thủ tục"), for a count.
    public var unit: String?
    /// Where expected progress starts from: `assigned`, else the directive's `issued`.
    public var start: CivilDate?
    /// The values reported, oldest first, one per date.
    public private(set) var progress: [ProgressEntry]
    /// Dated intermediate targets, earliest first, values increasing.
    public var milestones: [Milestone]

    public init(
        target: Double, isPercent: Bool = false, unit: String? = nil, start: CivilDate? = nil,
        progress: [ProgressEntry] = [], milestones: [Milestone] = []
    ) {
        self.target = target
        self.isPercent = isPercent
        self.unit = unit
        self.start = start
        self.progress = progress.sorted { $0.on < $1.on }
        self.milestones = milestones.sorted { $0.by < $1.by }
    }

    /// Adds a reported value, keeping the list in date order; a value for a date already
    /// present replaces it (the later report of the same day wins).
    public mutating func record(_ entry: ProgressEntry) {
        if let i = progress.firstIndex(where: { $0.on >= entry.on }) {
            if progress[i].on == entry.on {
                progress[i] = entry
            } else {
                progress.insert(entry, at: i)
            }
        } else {
            progress.append(entry)
        }
    }
}

/// A value reported on a date (`- {on: 30/6/2024, value: 14}`).
public struct ProgressEntry: Sendable, Equatable {
    public var on: CivilDate
    public var value: Double

    public init(on: CivilDate, value: Double) {
        self.on = on
        self.value = value
    }
}

/// An intermediate target (`- {by: 30/6/2024, value: 15}`).
public struct Milestone: Sendable, Equatable {
    public var by: CivilDate
    public var value: Double

    public init(by: CivilDate, value: Double) {
        self.by = by
        self.value = value
    }
}
