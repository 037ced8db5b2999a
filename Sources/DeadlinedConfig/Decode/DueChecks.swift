import DeadlinedCore

/// The note on an approximate due.
extension FileDecoder {
    /// A note that `đầu tháng`/`giữa tháng` stands for a day the settings choose.
    func approximate(_ spec: DueSpec, _ written: String, at: SourceLocation) {
        let key = spec.part == .earlyMonth ? "early_month_day" : "mid_month_day"
        let day = spec.part == .earlyMonth ? DayParts().earlyMonthDay : DayParts().midMonthDay
        diagnostics.append(
            Diagnostic(
                .note, at: at,
                "'\(written)' is approximate: it is read as the end of day '\(key)' (\(day) unless settings say otherwise) of \(spec.date.month)/\(spec.date.year); write the exact date if the document gives one"
            ))
    }
}
