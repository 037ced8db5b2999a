/// Where a value came from: a file, a 1-based line and column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line`, as shown in `list` output and journal fields.
    public var description: String { "\(file):\(line)" }
}

/// The language of messages and tables.
public enum Language: String, Sendable, CaseIterable {
    case vi, en
}

/// What people wrote about the progress of a task.
public enum Status: String, Sendable, CaseIterable {
    case notStarted = "not_started"
    case inProgress = "in_progress"
    case done
    case ongoing
    /// Dropped by a later decision ("hủy", "không thực hiện", "dừng thực hiện"): out of every
    /// count, never alerted.
    case cancelled

    /// Accepts the English names and the Vietnamese phrases, ignoring case and diacritics.
    public init?(parsing text: String) {
        // The names themselves, on the bytes (a string switch compares case by case).
        let exact = text.utf8.withContiguousStorageIfAvailable { b -> Status? in
            switch b.count {
            case 11 where b[0] == 0x6E && b.elementsEqual("not_started".utf8): return .notStarted
            case 11 where b[0] == 0x69 && b.elementsEqual("in_progress".utf8): return .inProgress
            case 4 where b.elementsEqual("done".utf8): return .done
            case 7 where b.elementsEqual("ongoing".utf8): return .ongoing
            case 9 where b.elementsEqual("cancelled".utf8): return .cancelled
            default: return nil
            }
        }
        if let exact = exact ?? Status(rawValue: text) {
            self = exact
            return
        }
        // The usual Vietnamese spellings, before folding and splitting (once per item).
        switch text {
        case "hoàn thành", "đã hoàn thành":
            self = .done
            return
        case "thường xuyên":
            self = .ongoing
            return
        case "đang thực hiện", "đang triển khai":
            self = .inProgress
            return
        case "chưa thực hiện", "chưa triển khai":
            self = .notStarted
            return
        case "hủy", "đã hủy", "không thực hiện", "dừng thực hiện":
            self = .cancelled
            return
        default: break
        }
        let f = Text.fold(text).split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: " ")
        switch f {
        case "not started", "notstarted", "todo", "chua thuc hien", "chua trien khai", "chua bat dau":
            self = .notStarted
        case "in progress", "inprogress", "started", "dang thuc hien", "dang trien khai": self = .inProgress
        case "done", "completed", "complete", "finished", "hoan thanh", "da hoan thanh": self = .done
        case "ongoing", "regular", "recurring", "thuong xuyen": self = .ongoing
        case "cancelled", "canceled", "huy", "da huy", "khong thuc hien", "dung thuc hien": self = .cancelled
        default: return nil
        }
    }

    public static let spellings = [
        "not_started", "in_progress", "done", "ongoing", "chưa thực hiện", "đang thực hiện", "đang triển khai",
        "hoàn thành", "đã hoàn thành", "thường xuyên", "cancelled", "hủy", "đã hủy", "không thực hiện",
        "dừng thực hiện",
    ]
}

/// Settings from the `settings` section, with their defaults.
public struct Settings: Sendable, Equatable {
    public var zone: Zone = .vietnam
    public var language: Language = .vi
    /// Offsets ahead of each due time, seconds, largest first.
    public var remindBefore: [Int64] = [7 * 86400, 86400]
    public var repeatOverdue: Int64 = 86400
    public var escalateAfter: Int64 = 30 * 86400
    /// Local time of the daily digest, seconds after midnight.
    public var digestAt: Int = 8 * 3600
    /// Watch the config files and reload when they change.
    public var watch: Bool = true
    /// Per-item alerts allowed per `alertWindow` seconds, to stay under journald's rate limit.
    public var alertBudget: Int = 5000
    public var alertWindow: Int64 = 30
    /// Whether `report` counts timeliness against the original deadline or the extended one.
    public var reportAgainst: ReportBasis = .original
    /// Move a deadline that falls on a day off to the next working day (Civil Code art. 148).
    public var rollToWorkingDay = false
    /// The user's additions to the holiday calendar.
    public var extraDaysOff: [HolidayOverride] = []
    public var extraWorkingDays: [HolidayOverride] = []
    /// Decisions from holidays.d, each replacing the built-in one for its year and occasion.
    public var holidayDecisions: [HolidayDecision] = []
    /// Reaching a count target completes the item on the date of that progress entry.
    public var doneWhenTarget = false
    /// Where `đầu tháng`, `giữa tháng`, `sáng` and `chiều` end.
    public var dayParts = DayParts()
    /// The heading of the HTML report; nil for the default in the configured language.
    public var reportTitle: String?
    /// An agency missing from the `agencies:` registry is an error.
    public var strictAgencies = false
    /// The `notify:` section, for `deadlined notify`; nil when absent.
    public var notify: NotifySettings?
    /// The office's name in every journal entry (DEADLINED_OFFICE); nil: the host name.
    public var office: String?

    /// The holiday calendar with the user's additions.
    public var holidayCalendar: HolidayCalendar {
        extraDaysOff.isEmpty && extraWorkingDays.isEmpty && holidayDecisions.isEmpty
            ? .standard
            : HolidayCalendar(
                decisions: HolidayCalendar.builtInDecisions + holidayDecisions, extraDaysOff: extraDaysOff,
                extraWorkingDays: extraWorkingDays)
    }

    public init() {}

    /// The width of the "due soon" window: the first (largest) reminder offset.
    public var dueSoonWindow: Int64 { remindBefore.first ?? 0 }
}

/// A directive (chỉ thị, kế hoạch, kết luận): the document that assigns tasks.
public struct Directive: Sendable, Equatable {
    public var id: String
    public var title: String?
    public var issuer: String?
    public var reference: String?
    public var issued: CivilDate?
    public var source: SourceLocation

    public init(
        id: String, title: String? = nil, issuer: String? = nil, reference: String? = nil, issued: CivilDate? = nil,
        source: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.issuer = issuer
        self.reference = reference
        self.issued = issued
        self.source = source
    }
}

/// One agency's share of one assignment: the unit deadlined tracks and alerts on.
public struct Item: Sendable, Equatable {
    public var id: String
    /// Index into `Config.directives`, or nil for a top-level assignment.
    public var directive: Int? {
        get { directiveIndex < 0 ? nil : Int(directiveIndex) }
        set { directiveIndex = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
    private var directiveIndex: Int32 = -1
    /// Index into `Config.duties` for an occurrence of a recurring duty, else nil. Beside
    /// `directiveIndex`, it fills what would be padding: an item is no larger for it.
    public var duty: Int? {
        get { dutyIndex < 0 ? nil : Int(dutyIndex) }
        set { dutyIndex = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
    private var dutyIndex: Int32 = -1
    public var deadline: Deadline?
    public var status: Status
    /// When the work was done (Unix seconds, the start of the day for a date), if known.
    public var completed: Int64? {
        get { completedAt == Item.notCompleted ? nil : completedAt }
        set { completedAt = newValue ?? Item.notCompleted }
    }
    // Without an optional's flag byte, which would take eight bytes with its padding.
    private var completedAt: Int64
    /// `completedAt` of an item not known to be done: no date is placed this far back.
    private static let notCompleted = Int64.min
    /// Someone has followed the overdue item up: its repeats stay quiet until then.
    public var ack: Ack? {
        get { extras?.ack }
        set { extras = ItemExtras.make(ack: newValue, measure: measure) }
    }
    /// The target and the progress against it, if the assignment has one.
    public var measure: Measure? {
        get { extras?.measure }
        set { extras = ItemExtras.make(ack: ack, measure: newValue) }
    }
    // Boxed together: few items have either, and every item would pay for the inline room.
    private(set) var extras: ItemExtras?
    /// The texts, which never change once read, live in one shared box: copying an item
    /// (which every pass over the items does) costs one reference count, not seven. The box
    /// may be shared with the loader's cache, so it is replaced, never changed.
    private(set) var texts: ItemTexts

    /// The agency, in its canonical spelling once loaded (see `Text.agencyIdentity`).
    public var agency: String {
        get { texts.agency }
        set {
            texts = ItemTexts(
                agency: newValue, task: texts.task, dueText: texts.dueText, owner: texts.owner, note: texts.note,
                source: texts.source, extensions: texts.extensions)
        }
    }
    public var task: String { texts.task }
    /// The due date as written.
    public var dueText: String? { texts.dueText }
    public var owner: String? { texts.owner }
    public var note: String? { texts.note }
    public var source: SourceLocation { texts.source }
    /// The extensions granted ("gia hạn"), oldest first; `deadline` is the last one's due.
    public var extensions: [Extension] {
        get { texts.extensions }
        set {
            texts = ItemTexts(
                agency: texts.agency, task: texts.task, dueText: texts.dueText, owner: texts.owner, note: texts.note,
                source: texts.source, extensions: newValue)
        }
    }

    public init(
        id: String, directive: Int? = nil, agency: String, task: String, deadline: Deadline? = nil,
        dueText: String? = nil,
        status: Status = .notStarted, completed: Int64? = nil, owner: String? = nil, note: String? = nil,
        source: SourceLocation,
        extensions: [Extension] = []
    ) {
        self.id = id
        self.directiveIndex = directive.map { Int32(clamping: $0) } ?? -1
        self.deadline = deadline
        self.status = status
        self.completedAt = completed ?? Item.notCompleted
        self.texts = ItemTexts(
            agency: agency, task: task, dueText: dueText, owner: owner, note: note, source: source,
            extensions: extensions)
    }
}

extension Item {
    /// The item `undated` keeps, its boxes shared rather than copied.
    public init(_ undated: UndatedItem) {
        id = undated.id
        directiveIndex = undated.directiveIndex
        status = undated.status
        completedAt = Item.notCompleted
        extras = undated.extras
        texts = undated.texts
    }
}

/// The rarely present parts of an item; replaced, never changed.
final class ItemExtras: Sendable, Equatable {
    let ack: Ack?
    let measure: Measure?
    private init(ack: Ack?, measure: Measure?) {
        self.ack = ack
        self.measure = measure
    }
    static func make(ack: Ack?, measure: Measure?) -> ItemExtras? {
        ack == nil && measure == nil ? nil : ItemExtras(ack: ack, measure: measure)
    }
    static func == (a: ItemExtras, b: ItemExtras) -> Bool { a === b || (a.ack == b.ack && a.measure == b.measure) }
}

/// An acknowledgement ("đã đôn đốc, chờ báo cáo"): overdue repeats stay quiet until `until`
/// and resume by themselves. It never hides an item from `report`.
public struct Ack: Sendable, Equatable {
    public var until: Int64
    public var note: String?

    public init(until: Int64, note: String? = nil) {
        self.until = until
        self.note = note
    }
}

/// An extension of a deadline ("gia hạn"): the due date before it, so the original can be
/// counted against, and what granted it.
public struct Extension: Sendable, Equatable {
    /// The due date this extension replaced, as parsed and as written.
    public var previousDue: DueSpec
    public var previousDueText: String
    /// The decision that granted it ("Công văn số 123/UBND-KT").
    public var reference: String?
    public var granted: CivilDate?

    public init(previousDue: DueSpec, previousDueText: String, reference: String? = nil, granted: CivilDate? = nil) {
        self.previousDue = previousDue
        self.previousDueText = previousDueText
        self.reference = reference
        self.granted = granted
    }
}

/// Which deadline timeliness is counted against in `report`.
public enum ReportBasis: String, Sendable, CaseIterable {
    case original, extended
}

/// A whole, validated configuration: what the daemon runs on.
public struct Config: Sendable, Equatable {
    public var settings: Settings
    public var directives: [Directive]
    public var items: [Item]
    /// Recurring duties, which their occurrences in `items` point at.
    public var duties: [Duty] = []
    /// Every file read, the main one first.
    public var files: [String]
    /// Recurring duties were made into occurrences up to here (Unix seconds); the daemon
    /// reloads before it comes. nil when no duty is open-ended.
    public var horizon: Int64?
    /// The `agencies:` registry, in file order.
    public var agencies: [Agency] = []

    public init(settings: Settings = Settings(), directives: [Directive] = [], items: [Item] = [], files: [String] = [])
    {
        self.settings = settings
        self.directives = directives
        self.items = items
        self.files = files
    }

    public func directive(of item: Item) -> Directive? {
        item.directive.map { directives[$0] }
    }
}
