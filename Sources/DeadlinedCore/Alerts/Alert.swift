import Foundation

/// The kinds of journal entry deadlined writes, each with its own MESSAGE_ID.
public enum AlertKind: String, Sendable, CaseIterable {
    case reminder, overdue, escalated, resolved, digest
    /// Progress below what is expected by a milestone or the due date; a target reached.
    case behind, reached
    case configLoaded = "config_loaded"
    case configRejected = "config_rejected"
    /// The office's counts (`Snapshot`).
    case snapshot
    /// deadlined's own operational messages (swift-log); no MESSAGE_ID.
    case log

    /// Fixed 128-bit ids; `units/deadlined.catalog` explains each for `journalctl -x`.
    public var messageID: String {
        switch self {
        case .reminder: return "1a51aa442e7b4ceba8b9237df3a760e4"
        case .overdue: return "ce33a144475a4dca83120e3c14b458bb"
        case .escalated: return "1664e225e59b4a6b92396cd02df9fcbd"
        case .resolved: return "991d67d5c93b4499a8e16e37ebe3d7c0"
        case .digest: return "ebc52276a1e84092987c1fc57f3c2df8"
        case .behind: return "9b1bdf87f7c74c2592341e516f401241"
        case .reached: return "8576a22fa43e4d1e94c610d768f5345c"
        case .configLoaded: return "892946756c544ba18ed9f3cc3a6f111b"
        case .configRejected: return "e09420d9e8494dfe8312a012fa391641"
        case .snapshot: return "21dd84d9bfc64a2d9d83fcf8fddb929b"
        case .log: return ""
        }
    }

    /// The value of DEADLINED_KIND.
    public var field: String {
        switch self {
        case .configLoaded, .configRejected: return "config"
        default: return rawValue
        }
    }
}

/// syslog priorities, as journald's PRIORITY field.
public enum Priority: Int, Sendable, Comparable {
    case emerg = 0, alert, crit, err, warning, notice, info, debug

    public static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue }
    public var name: String { ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"][rawValue] }
}

/// One journal entry to write: a one-line message and the fields people filter on.
public struct Alert: Sendable, Equatable {
    public var kind: AlertKind
    public var priority: Priority
    public var message: String
    /// `DEADLINED_*` fields, names without the prefix's validation done here: the sink checks names.
    public var fields: [(String, String)]

    public init(kind: AlertKind, priority: Priority, message: String, fields: [(String, String)]) {
        self.kind = kind
        self.priority = priority
        self.message = message
        self.fields = fields
    }

    public static func == (a: Alert, b: Alert) -> Bool {
        a.kind == b.kind && a.priority == b.priority && a.message == b.message
            && a.fields.map { $0.0 + "=" + $0.1 } == b.fields.map { $0.0 + "=" + $0.1 }
    }

    public func field(_ name: String) -> String? { fields.first { $0.0 == name }?.1 }
}

/// Builds alert texts in the configured language. Pure.
public struct AlertWriter: Sendable {
    public var settings: Settings
    /// Longest task text inside MESSAGE; the DEADLINED_TASK field keeps it whole.
    public static let taskLimit = 120

    public init(settings: Settings) { self.settings = settings }

    var words: Words { Words(settings.language) }

    func tail(_ item: Item, _ directive: Directive?) -> String {
        var parts: [String] = []
        if let d = item.deadline { parts.append(words.pick(vi: "hạn ", en: "due ") + shownDue(d)) }
        if let r = directive?.reference ?? directive?.title { parts.append(Text.oneLine(r)) }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }

    func subject(_ item: Item, _ directive: Directive?) -> String {
        Text.oneLine(item.agency) + " — " + Text.truncate(Text.oneLine(item.task), to: AlertWriter.taskLimit)
            + tail(item, directive)
    }

    /// The longest value `journalctl -x` puts into a catalog text: systemd (`lookup_field`,
    /// REPLACE_VAR_MAX) shows the field's name instead of a longer value, or of a missing one.
    public static let catalogValueLimit = 256

    func itemFields(_ kind: AlertKind, _ item: Item, _ directive: Directive?, _ ev: Evaluation) -> [(String, String)] {
        var f: [(String, String)] = [
            ("DEADLINED_ID", item.id),
            ("DEADLINED_AGENCY", item.agency),
            ("DEADLINED_TASK", item.task),
            ("DEADLINED_STATUS", item.status.rawValue),
            ("DEADLINED_STATE", ev.state.rawValue),
        ]
        if let d = directive {
            f.append(("DEADLINED_DIRECTIVE", d.id))
            if let r = d.reference { f.append(("DEADLINED_REFERENCE", r)) }
        }
        // What the catalog names as the basis of the task: always there, always short enough.
        let basis =
            directive.map { $0.reference ?? $0.title ?? $0.id }
            ?? words.pick(vi: "không ghi văn bản", en: "no directive given")
        f.append(("DEADLINED_BASIS", Text.truncate(Text.oneLine(basis), toBytes: 200)))
        if let dl = item.deadline {
            let due = settings.zone.iso8601(dl.shownAt)
            f.append(("DEADLINED_DUE", due))
            f.append(("DEADLINED_DUE_TEXT", item.dueText ?? due))
        }
        // The count the catalog quotes for this kind is there even at an edge (as 0).
        let overdue = ev.daysOverdue ?? (kind == .overdue || kind == .escalated ? 0 : nil)
        let left = ev.daysLeft ?? (kind == .reminder ? 0 : nil)
        if let o = overdue { f.append(("DEADLINED_DAYS_OVERDUE", String(o))) }
        if let l = left { f.append(("DEADLINED_DAYS_LEFT", String(l))) }
        if let o = item.owner { f.append(("DEADLINED_OWNER", o)) }
        f.append(("DEADLINED_SOURCE", item.source.description))
        return f
    }

    public func itemAlert(_ kind: AlertKind, item: Item, directive: Directive?, now: Int64) -> Alert {
        let ev = item.evaluate(at: now, settings: settings)
        let s = subject(item, directive)
        let message: String
        let priority: Priority
        switch kind {
        case .reminder:
            priority = .notice
            let left = ev.daysLeft ?? 0
            message =
                left == 0
                ? words.pick(vi: "Đến hạn hôm nay: ", en: "Due today: ") + s
                : words.pick(vi: "Sắp đến hạn (còn \(left) ngày): ", en: "Due in \(left) day\(left == 1 ? "" : "s"): ")
                    + s
        case .overdue:
            priority = .err
            let d = ev.daysOverdue ?? 0
            message = words.pick(vi: "Quá hạn \(d) ngày: ", en: "Overdue by \(d) day\(d == 1 ? "" : "s"): ") + s
        case .escalated:
            priority = .crit
            let d = ev.daysOverdue ?? 0
            message = words.pick(vi: "Quá hạn nghiêm trọng \(d) ngày: ", en: "Escalated, overdue by \(d) days: ") + s
        case .resolved:
            priority = .info
            let late = item.completed.flatMap { c in
                item.deadline.map { settings.zone.local(c).date.dayNumber - $0.spec.date.dayNumber }
            }
            if let late, late > 0 {
                message =
                    words.pick(
                        vi: "Đã hoàn thành, trễ \(late) ngày: ",
                        en: "Resolved, \(late) day\(late == 1 ? "" : "s") late: ") + s
            } else {
                message = words.pick(vi: "Đã hoàn thành: ", en: "Resolved: ") + s
            }
        default:
            priority = .info
            message = s
        }
        var fields = [("DEADLINED_KIND", kind.field)]
        fields += itemFields(kind, item, directive, ev)
        return Alert(kind: kind, priority: priority, message: message, fields: fields)
    }

    /// One entry per agency with overdue or due-soon items, then one overall entry.
    public func digest(_ config: Config, now: Int64, queued: Int) -> [Alert] {
        // A recurring duty is one task here, however many of its occurrences are missed.
        let (groups, total) = config.report(at: now, by: .agency, dutiesAsOne: true)
        var out: [Alert] = []
        for (agency, t) in groups.sorted(by: { Collation.less($0.0, $1.0) }) where t.overdue > 0 || t.dueSoon > 0 {
            let msg = words.pick(
                vi:
                    "Tổng hợp \(Text.oneLine(agency)): \(t.overdue) \(words.state(.overdue)), \(t.dueSoon) \(words.state(.dueSoon)) trong \(t.total) nhiệm vụ",
                en:
                    "Digest for \(Text.oneLine(agency)): \(t.overdue) \(words.state(.overdue)), \(t.dueSoon) \(words.state(.dueSoon)) of \(t.total) tasks"
            )
            out.append(
                Alert(
                    kind: .digest, priority: t.overdue > 0 ? .warning : .info, message: msg,
                    fields: [("DEADLINED_KIND", "digest"), ("DEADLINED_AGENCY", agency)] + tallyFields(t)))
        }
        var msg =
            words.pick(vi: "Tổng hợp: ", en: "Digest: ")
            + Renderer(zone: settings.zone, language: settings.language, width: nil).summary(total)
        if queued > 0 { msg += words.pick(vi: " \(queued) cảnh báo đang chờ gửi.", en: " \(queued) alerts queued.") }
        out.append(
            Alert(
                kind: .digest, priority: total.overdue > 0 ? .warning : .info, message: msg,
                fields: [("DEADLINED_KIND", "digest"), ("DEADLINED_QUEUED", String(queued))] + tallyFields(total)))
        return out
    }

    func tallyFields(_ t: Tally) -> [(String, String)] {
        [
            ("DEADLINED_TOTAL", String(t.total)), ("DEADLINED_DONE_ON_TIME", String(t.doneOnTime)),
            ("DEADLINED_DONE_LATE", String(t.doneLate)), ("DEADLINED_NOT_YET_DUE", String(t.notYetDue)),
            ("DEADLINED_DUE_SOON", String(t.dueSoon)), ("DEADLINED_OVERDUE", String(t.overdue)),
            ("DEADLINED_ONGOING", String(t.ongoing)),
        ]
    }

    /// "Loaded" or "reloaded" with counts.
    public func configLoaded(_ config: Config, path: String, reload: Bool) -> Alert {
        let n = config.items.count, d = config.directives.count, files = config.files.count
        let msg =
            reload
            ? words.pick(
                vi: "Đã nạp lại cấu hình \(path): \(d) văn bản, \(n) việc, \(files) tệp",
                en: "Reloaded \(path): \(d) directives, \(n) items, \(files) files")
            : words.pick(
                vi: "Đã nạp cấu hình \(path): \(d) văn bản, \(n) việc, \(files) tệp",
                en: "Loaded \(path): \(d) directives, \(n) items, \(files) files")
        return Alert(
            kind: .configLoaded, priority: .info, message: msg,
            fields: [
                ("DEADLINED_KIND", "config"), ("DEADLINED_CONFIG", path), ("DEADLINED_CONFIG_FILE", path),
                ("DEADLINED_ITEMS", String(n)),
            ])
    }

    /// How many errors of a rejected configuration get an entry of their own: a copied
    /// drop-in file can hold 100,000 duplicate ids, and so many entries at priority err
    /// would use up journald's rate limit (dropping real overdue alerts with them) and hold
    /// the daemon past its watchdog.
    public static let rejectedEntryLimit = 20

    /// One entry per error of a rejected configuration (the first `rejectedEntryLimit`), then
    /// the summary.
    public func configRejected(_ diagnostics: [Diagnostic], path: String, keeping: Bool) -> [Alert] {
        var out: [Alert] = []
        // DEADLINED_CONFIG (the configuration given to deadlined) and DEADLINED_CONFIG_AT (file,
        // and line:column when known) are what the catalog quotes, so every entry has them.
        func at(_ d: Diagnostic) -> String {
            d.location.map { "\(d.file):\($0.line):\($0.column)" } ?? d.file
        }
        for d in diagnostics.lazy.filter({ $0.severity == .error }).prefix(AlertWriter.rejectedEntryLimit) {
            var f = [
                ("DEADLINED_KIND", "config"), ("DEADLINED_CONFIG", path), ("DEADLINED_CONFIG_AT", at(d)),
                ("DEADLINED_CONFIG_FILE", d.file),
            ]
            if let l = d.location {
                f.append(("DEADLINED_CONFIG_LINE", String(l.line)))
                f.append(("DEADLINED_CONFIG_COLUMN", String(l.column)))
            }
            out.append(Alert(kind: .configRejected, priority: .err, message: Text.oneLine(d.description), fields: f))
        }
        let n = diagnostics.errorCount
        let next =
            keeping
            ? words.pick(vi: "giữ cấu hình cũ", en: "keeping previous configuration")
            : words.pick(vi: "không có cấu hình để chạy", en: "no configuration to run")
        var msg = words.pick(
            vi: "Không nạp được \(path), \(next): \(n) lỗi",
            en: "Failed to load \(path), \(next): \(n) error\(n == 1 ? "" : "s")")
        if n > AlertWriter.rejectedEntryLimit {
            msg += words.pick(
                vi: " (ghi \(AlertWriter.rejectedEntryLimit) lỗi đầu; xem tất cả: deadlined check --config \(path))",
                en: " (the first \(AlertWriter.rejectedEntryLimit) logged; all: deadlined check --config \(path))")
        }
        let first = diagnostics.first(where: { $0.severity == .error })
        var f = [
            ("DEADLINED_KIND", "config"), ("DEADLINED_CONFIG", path), ("DEADLINED_CONFIG_AT", first.map(at) ?? path),
            ("DEADLINED_CONFIG_FILE", path), ("DEADLINED_ERRORS", String(n)),
        ]
        if let first, first.file == path, let l = first.location {
            f.append(("DEADLINED_CONFIG_LINE", String(l.line)))
            f.append(("DEADLINED_CONFIG_COLUMN", String(l.column)))
        }
        out.append(Alert(kind: .configRejected, priority: .err, message: msg, fields: f))
        return out
    }
}
