/// The keys each mapping of a configuration file accepts; any other key is an error (with a
/// suggestion when an allowed key is near).
enum Keys {
    static let top: KeyTable = ["settings", "include", "directives", "assignments", "agencies", "notify"]
    static let settings: KeyTable = [
        "timezone", "language", "remind_before", "repeat_overdue", "escalate_after", "digest_at", "watch",
        "alert_budget",
        "alert_window", "report_against", "roll_to_working_day", "holidays", "done_when_target",
        "early_month_day", "mid_month_day", "morning_ends", "afternoon_ends", "report_title", "strict_agencies",
        "office",
    ]
    static let notify: KeyTable = [
        "relay", "starttls", "from", "user", "password", "password_file", "password_credential", "kinds", "batch",
        "cc", "quiet_hours",
    ]
    static let holidays: KeyTable = ["off", "working"]
    static let holidayEntry: KeyTable = ["date", "note"]
    static let directive: KeyTable = ["id", "title", "issuer", "reference", "issued", "assignments", "note"]
    static let assignment: KeyTable = [
        "id", "agency", "task", "due", "assigned", "status", "completed", "owner", "note", "done_by", "extensions",
        "every", "day", "starts", "until", "done_through", "target", "unit", "progress", "milestones",
    ]
    static let extensionKeys: KeyTable = ["due", "reference", "granted"]
    static let doneBy: KeyTable = ["agency", "completed"]
    static let progressEntry: KeyTable = ["on", "value"]
    static let milestone: KeyTable = ["by", "value"]
    static let agency: KeyTable = ["name", "short", "aliases", "head", "email"]
}

/// The keys of an assignment, in the order of `Keys.assignment`: a key is matched once, as
/// a string, and then handled by number (this runs once per item of a large config).
enum AssignmentKey: Int, CaseIterable {
    case id, agency, task, due, assigned, status, completed, owner, note, doneBy, extensions, every, day, starts, until,
        doneThrough, target, unit, progress, milestones

    var name: String { Keys.assignment.words[rawValue] }
}

/// Which keys of an assignment were given.
struct AssignmentKeys {
    var bits: UInt32 = 0
    mutating func insert(_ k: AssignmentKey) { bits |= 1 << UInt32(k.rawValue) }
    func contains(_ k: AssignmentKey) -> Bool { bits & (1 << UInt32(k.rawValue)) != 0 }
}
