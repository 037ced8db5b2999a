import DeadlinedCore

/// What a load checks against its own date: the year it suggests for a day and a month
/// written without one, and completions dated after it.
extension LoadSession {
    /// The year of the load's date in the configured zone; nil without a date.
    var yearHint: Int? { asOf.map { settings.zone.local($0).date.year } }

    /// A warning for item `i` when it was completed after the load's date: most likely a
    /// typo in the day, month or year.
    func checkCompletedNotLater(_ i: Int, completed: DueSpec, at instant: Int64) {
        guard let asOf, instant > asOf else { return }
        let today = settings.zone.local(asOf).date
        diagnostics.append(
            Diagnostic(
                .warning, at: items[i].source,
                "'completed: \(completed.date)' is after today (\(today)): is the date a typo?"))
    }
}
