import DeadlinedCore

/// What a load takes from its own date: the year it suggests for a day and a month written
/// without one.
extension LoadSession {
    /// The year of the load's date in the configured zone; nil without a date.
    var yearHint: Int? { asOf.map { settings.zone.local($0).date.year } }
}
