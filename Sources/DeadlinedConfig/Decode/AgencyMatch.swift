import DeadlinedCore

/// The agencies of one assignment and its `done_by` entries, matched by folded name through a
/// map: each name is folded once and looked up once, so an assignment of n agencies, all in
/// `done_by`, costs n folds and n look-ups, not n² comparisons.
///
/// Two names match when they are equal once folded (case and Vietnamese diacritics dropped,
/// decomposed marks too) with their spaces collapsed as `Text.agencyIdentity` does (no-break
/// and zero-width spaces, runs of spaces, the ends): names with one identity always match.
struct AgencyMatch {
    /// The key two names share when they name one agency.
    static func key(_ name: String) -> String { Text.fold(Text.collapsingSpaces(name)) }

    /// An agency listed again in the same assignment: where, and where it was listed before.
    struct Repeat {
        var name: String
        var at: SourceLocation
        var previous: SourceLocation
    }

    /// Each agency's key, in the order listed.
    let agencyKeys: [String]
    /// Agencies listed more than once, at each repetition.
    private(set) var repeats: [Repeat] = []
    /// Indexes into `doneBy` of entries that name no agency of the assignment.
    private(set) var unknownDoneBy: [Int] = []
    /// Key -> index into `doneBy` of the first entry naming it.
    private var doneByIndex: [String: Int] = [:]

    init(agencies: [TextAt], doneBy: [DoneByEntry]) {
        // One agency and no done_by, the common case: nothing to compare, nothing folded.
        guard agencies.count > 1 || !doneBy.isEmpty else {
            agencyKeys = []
            return
        }
        let keys = agencies.map { AgencyMatch.key($0.text) }
        agencyKeys = keys
        var seen: [String: SourceLocation] = [:]
        seen.reserveCapacity(keys.count)
        for (k, agency) in zip(keys, agencies) {
            if let previous = seen[k] { repeats.append(Repeat(name: agency.text, at: agency.at, previous: previous)) }
            seen[k] = agency.at
        }
        doneByIndex.reserveCapacity(doneBy.count)
        for (i, entry) in doneBy.enumerated() {
            let k = AgencyMatch.key(entry.agency)
            if seen[k] == nil { unknownDoneBy.append(i) }
            if doneByIndex[k] == nil { doneByIndex[k] = i }
        }
    }

    /// The index into `doneBy` of the first entry naming the `n`-th agency, if any.
    func doneBy(agency n: Int) -> Int? {
        guard n < agencyKeys.count else { return nil }
        return doneByIndex[agencyKeys[n]]
    }
}
