/// How `list` shows a recurring duty as one row.
extension Renderer {
    /// The due column of a duty's row: "3 kỳ chưa hoàn thành, từ 15/7/2024; kỳ tới 15/10/2024"
    /// when occurrences are missed, else the current one's due and the rule; `last`, the due
    /// of the occurrence the row stands at, for a duty with none to come (its `until` passed).
    public func dutyDue(_ s: DutySummary, last: Deadline? = nil) -> String {
        let next = s.next.map(shownDue)
        guard s.missed > 0, let oldest = s.oldestMissed.map(shownDue) else {
            return ((s.next ?? last).map(shownDue) ?? "") + " (" + s.duty.rule + ")"
        }
        var text = words.pick(
            vi: "\(s.missed) kỳ chưa hoàn thành, từ \(oldest)",
            en: "\(s.missed) occurrence\(s.missed == 1 ? "" : "s") missed, since \(oldest)")
        if let next { text += words.pick(vi: "; kỳ tới ", en: "; next ") + next }
        return text
    }
}
