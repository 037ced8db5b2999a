/// One field of a list row, in the order CSV and spreadsheet columns show them: every key the
/// JSON list can carry, named by that key.
public enum ListField: String, Sendable, CaseIterable {
    case id, directive, reference, agency, task, due
    case dueText = "due_text"
    case status, state
    case daysOverdue = "days_overdue"
    case daysLeft = "days_left"
    case completed
    case ackUntil = "ack_until"
    case ackNote = "ack_note"
    case originalDue = "original_due"
    case originalDueText = "original_due_text"
    case extensions
    case extensionReferences = "extension_references"
    /// An item with a target (`Measure`); empty on other rows.
    case target
    case targetIsPercent = "target_is_percent"
    case unit, progress
    case progressOn = "progress_on"
    case progressShare = "progress_share"
    case expectedShare = "expected_share"
    /// A recurring duty shown as one row (`ListRow.duty`); empty on other rows.
    case duty, occurrence
    case occurrencesMissed = "occurrences_missed"
    case oldestMissed = "oldest_missed"
    case nextDue = "next_due"
    case owner, note, source

    /// The column header people read in a spreadsheet.
    public func header(_ words: Words) -> String {
        switch self {
        case .id: return "ID"
        case .directive: return words.pick(vi: "Văn bản", en: "Directive")
        case .reference: return words.pick(vi: "Số hiệu văn bản", en: "Reference")
        case .agency: return words.pick(vi: "Cơ quan", en: "Agency")
        case .task: return words.pick(vi: "Nhiệm vụ", en: "Task")
        case .due: return words.pick(vi: "Hạn", en: "Due")
        case .dueText: return words.pick(vi: "Hạn (như đã ghi)", en: "Due (as written)")
        case .status: return words.pick(vi: "Trạng thái", en: "Status")
        case .state: return words.pick(vi: "Tình trạng", en: "State")
        case .daysOverdue: return words.pick(vi: "Số ngày quá hạn", en: "Days overdue")
        case .daysLeft: return words.pick(vi: "Số ngày còn lại", en: "Days left")
        case .completed: return words.pick(vi: "Ngày hoàn thành", en: "Completed")
        case .ackUntil: return words.pick(vi: "Đã đôn đốc, chờ đến", en: "Followed up, quiet until")
        case .ackNote: return words.pick(vi: "Ghi chú đôn đốc", en: "Follow-up note")
        case .originalDue: return words.pick(vi: "Hạn ban đầu", en: "Original due")
        case .originalDueText: return words.pick(vi: "Hạn ban đầu (như đã ghi)", en: "Original due (as written)")
        case .extensions: return words.pick(vi: "Số lần gia hạn", en: "Extensions")
        case .extensionReferences: return words.pick(vi: "Văn bản gia hạn", en: "Extension references")
        case .target: return words.pick(vi: "Chỉ tiêu", en: "Target")
        case .targetIsPercent: return words.pick(vi: "Chỉ tiêu tính theo %", en: "Target is a percentage")
        case .unit: return words.pick(vi: "Đơn vị tính", en: "Unit")
        case .progress: return words.pick(vi: "Kết quả đạt được", en: "Progress")
        case .progressOn: return words.pick(vi: "Ngày báo cáo kết quả", en: "Progress as of")
        case .progressShare: return words.pick(vi: "Tỷ lệ đạt chỉ tiêu", en: "Share of target")
        case .expectedShare: return words.pick(vi: "Tỷ lệ cần đạt", en: "Expected share")
        case .duty: return words.pick(vi: "Nhiệm vụ định kỳ", en: "Recurring duty")
        case .occurrence: return words.pick(vi: "Kỳ", en: "Occurrence")
        case .occurrencesMissed: return words.pick(vi: "Số kỳ chưa hoàn thành", en: "Occurrences missed")
        case .oldestMissed: return words.pick(vi: "Kỳ chưa hoàn thành đầu tiên", en: "Oldest missed")
        case .nextDue: return words.pick(vi: "Kỳ tới", en: "Next due")
        case .owner: return words.pick(vi: "Người phụ trách", en: "Owner")
        case .note: return words.pick(vi: "Ghi chú", en: "Note")
        case .source: return words.pick(vi: "Nguồn", en: "Source")
        }
    }
}

/// A field's value, typed, so CSV can write text and a spreadsheet a number or a date.
public enum ListValue: Sendable, Equatable {
    case text(String?)
    case integer(Int?)
    /// A deadline as written: a day, or a day and a time.
    case deadline(Deadline?)
    /// An instant that stands for a whole day when `day` (a completion date, the last
    /// second of a follow-up's quiet time).
    case instant(Int64?, day: Bool)
    /// A number as the JSON writes it (`JSONWriter.number`).
    case number(Double?)
    /// A share, 0...1, rounded to four decimals as the JSON has it.
    case share(Double?)
    case flag(Bool?)
    case day(CivilDate?)
}

extension ListRow {
    /// The value of `field`, as the JSON list has it (nil where the JSON has null or no key);
    /// progress is counted at `now` as in the JSON (`Renderer.now`).
    public func value(_ field: ListField, zone: Zone, now: Int64? = nil) -> ListValue {
        let progress = item.measure == nil ? nil : ProgressFigures(item, now: now, zone: zone)
        switch field {
        case .id: return .text(duty?.duty.id ?? item.id)
        case .directive: return .text(directive?.id)
        case .reference: return .text(directive?.reference)
        case .agency: return .text(item.agency)
        case .task: return .text(item.task)
        case .due: return .deadline(item.deadline)
        case .dueText: return .text(item.dueText)
        case .status: return .text(item.status.rawValue)
        case .state: return .text(evaluation.state.rawValue)
        case .daysOverdue: return .integer(evaluation.daysOverdue)
        case .daysLeft: return .integer(evaluation.daysLeft)
        case .completed:
            return .instant(item.completed, day: item.completed.map { zone.local($0).secondOfDay == 0 } ?? true)
        case .ackUntil: return .instant(item.ack.map { $0.until - 1 }, day: true)
        case .ackNote: return .text(item.ack?.note)
        case .originalDue: return .deadline(item.extensions.isEmpty ? nil : item.originalDeadline(in: zone))
        case .originalDueText: return .text(item.extensions.first?.previousDueText)
        case .extensions: return .integer(item.extensions.isEmpty ? nil : item.extensions.count)
        case .extensionReferences:
            return .text(
                item.extensions.isEmpty ? nil : item.extensions.map { $0.reference ?? "" }.joined(separator: "; "))
        case .target: return .number(progress?.measure.target)
        case .targetIsPercent: return .flag(progress?.measure.isPercent)
        case .unit: return .text(progress?.measure.unit)
        case .progress: return .number(progress?.latest?.value)
        case .progressOn: return .day(progress?.latest?.on)
        case .progressShare: return .share(progress?.share.map(roundedShare))
        case .expectedShare: return .share(progress?.expectedShare.map(roundedShare))
        case .duty: return .text(duty?.duty.id)
        case .occurrence: return .text(duty == nil ? nil : item.id)
        case .occurrencesMissed: return .integer(duty?.missed)
        case .oldestMissed: return .deadline(duty?.oldestMissed)
        case .nextDue: return .deadline(duty?.next)
        case .owner: return .text(item.owner)
        case .note: return .text(item.note)
        case .source: return .text(item.source.description)
        }
    }
}

extension Renderer {
    /// A field as CSV writes it: the JSON value as text, empty for null; instants in ISO 8601
    /// as in the JSON; extension references joined by "; ".
    func csvText(_ value: ListValue) -> String {
        switch value {
        case .text(let s): return s ?? ""
        case .integer(let n): return n.map(String.init) ?? ""
        case .deadline(let d): return d.map { zone.iso8601($0.shownAt) } ?? ""
        case .instant(let t, _): return t.map { zone.iso8601($0) } ?? ""
        case .number(let v), .share(let v): return v.map(JSONWriter.numberText) ?? ""
        case .flag(let b): return b.map { $0 ? "true" : "false" } ?? ""
        case .day(let d): return d?.iso ?? ""
        }
    }
}
