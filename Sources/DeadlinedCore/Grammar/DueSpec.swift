/// How precisely a deadline was written.
public enum DueKind: String, Sendable, Hashable {
    case day, time, month, quarter, halfYear = "half_year", year
    /// `5 ngày làm việc`: counted from a start date the grammar does not know. Until the
    /// config places it, `date` is that start date and `count` the working days.
    case workingDays = "working_days"
}

/// A parsed due date, before a time zone gives it an instant.
public struct DueSpec: Hashable, Sendable {
    // Stored narrow, the date first: its six bytes and the one-byte fields after it fill what
    // would be padding, so a spec takes 16 bytes (and a `DueSpec?` as many). Every item
    // carries one or more.
    /// The last day the work may be done on.
    public var date: CivilDate
    public var kind: DueKind
    private var h: UInt8 = 0, mi: UInt8 = 0, s: UInt8 = 0
    private var p: DuePart = .exact
    private var n: Int32 = 0

    /// Which part of a month or of a day was written instead of an exact date or time; the
    /// date (or the hour) is the default one until `DayParts.resolve` applies the settings.
    public var part: DuePart {
        get { p }
        set { p = newValue }
    }

    /// Hour, minute and second for `.time`; the deadline ends at that moment.
    public var hour: Int {
        get { Int(h) }
        set { h = UInt8(clamping: newValue) }
    }
    public var minute: Int {
        get { Int(mi) }
        set { mi = UInt8(clamping: newValue) }
    }
    public var second: Int {
        get { Int(s) }
        set { s = UInt8(clamping: newValue) }
    }
    /// Working days, for `.workingDays`.
    public var count: Int {
        get { Int(n) }
        set { n = Int32(clamping: newValue) }
    }

    public init(
        kind: DueKind, date: CivilDate, hour: Int = 0, minute: Int = 0, second: Int = 0, count: Int = 0,
        part: DuePart = .exact
    ) {
        self.kind = kind
        self.p = part
        self.date = date
        self.h = UInt8(clamping: hour)
        self.mi = UInt8(clamping: minute)
        self.s = UInt8(clamping: second)
        self.n = Int32(clamping: count)
    }

    /// A working-day count not yet placed after its start date.
    public static func workingDays(_ n: Int) -> DueSpec {
        DueSpec(kind: .workingDays, date: CivilDate(year: 1970, month: 1, day: 1), count: n)
    }
}

/// A deadline placed in time: when it ends and what to show for it.
public struct Deadline: Hashable, Sendable {
    public var spec: DueSpec
    /// From this instant (Unix seconds) on, unfinished work is overdue.
    public var overdueAt: Int64
    // The other two instants are kept as how far they lie before `overdueAt` (a second, and
    // the length of the due day, for a day deadline; nothing for a timed one): a deadline is
    // 29 bytes rather than 40, and every item carries one.
    private var anchorBack: Int32
    private var shownBack: UInt8

    /// The last moment of the deadline as shown (`23:59:59` for a day), Unix seconds.
    public var shownAt: Int64 { overdueAt - Int64(shownBack) }
    /// Reminder offsets count back from here: the start of the due day for a day deadline
    /// (so a `1d` reminder comes the day before), the deadline itself for a timed one.
    public var reminderAnchor: Int64 { overdueAt - Int64(anchorBack) }

    /// A day deadline ends at 24:00 local (Civil Code art. 148); a timed one at its time.
    public init(_ spec: DueSpec, in zone: Zone) {
        self.spec = spec
        if spec.kind == .time {
            overdueAt = zone.instant(spec.date, hour: spec.hour, minute: spec.minute, second: spec.second)
            shownBack = 0
            anchorBack = 0
        } else {
            overdueAt = zone.instant(spec.date.adding(days: 1))
            shownBack = 1
            // A day is a day, give or take a zone's change of offset: it fits.
            anchorBack = Int32(clamping: overdueAt &- zone.instant(spec.date))
        }
    }
}
