import DeadlinedCore

/// One spelling per agency: names with one identity (`Text.agencyIdentity`) are written the
/// same way everywhere, the registry's official name when the agency is registered, else the
/// spelling most items use. `check` is told about agencies written several ways and, with
/// `strict_agencies`, about agencies missing from the registry.
extension LoadSession {
    /// One spelling as written (NFC, trimmed), where it first appears and how many items use it.
    struct Spelling {
        var text: String
        var first: SourceLocation
        var count: Int
        var group: Int
    }

    /// Registry check, then the canonical spelling of every item's agency.
    func settleAgencies() {
        let registry = registryIndex()
        var table = SpellingTable()
        let itemSpellings = items.map { table.note($0.agency, $0.source) }
        let dutySpellings = recurring.map { table.note($0.template.agency, $0.template.source) }
        let spellings = table.spellings

        let order = fileOrder()
        // The name each spelling is replaced by; nil where it is the canonical one already.
        var renamed = [String?](repeating: nil, count: spellings.count)
        for (g, key) in table.groupKeys.enumerated() {
            let members = spellings.indices.filter { spellings[$0].group == g }
            let written = members.map { spellings[$0] }.sorted { order($0.first, $1.first) }
            let official = registry[key].map { agencies[$0.entry].name }
            let chosen = official ?? Text.collapsingSpaces(LoadSession.mostUsed(written).text)
            for m in members where !spellings[m].text.utf8.elementsEqual(chosen.utf8) { renamed[m] = chosen }
            if written.count > 1 { warnSeveralWays(written, chosen: chosen) }
            if settings.strictAgencies, official == nil, let first = written.first {
                unregistered(first, items: written.reduce(0) { $0 + $1.count })
            }
        }
        guard renamed.contains(where: { $0 != nil }) else { return }
        for (i, s) in itemSpellings.enumerated() { if let c = renamed[s] { items[i].agency = c } }
        for (d, s) in dutySpellings.enumerated() { if let c = renamed[s] { recurring[d].template.agency = c } }
    }

    /// The distinct spellings met, found by a hash of their bytes: Swift hashes a non-ASCII
    /// String by its normalized scalars, which cost more than the rest of this step at
    /// 100,000 items. Texts are NFC once read, so equal bytes are equal names.
    struct SpellingTable {
        var spellings: [Spelling] = []
        var byHash: [UInt64: [Int]] = [:]
        var groups: [String: Int] = [:]
        var groupKeys: [String] = []

        /// Counts one item's spelling; returns its index in `spellings`.
        mutating func note(_ agency: String, _ at: SourceLocation) -> Int {
            let h = Text.wordHash(agency)
            for s in byHash[h] ?? [] where Text.sameBytes(spellings[s].text, agency) {
                spellings[s].count += 1
                return s
            }
            let key = Text.agencyIdentity(agency)
            let g: Int
            if let known = groups[key] {
                g = known
            } else {
                g = groupKeys.count
                groups[key] = g
                groupKeys.append(key)
            }
            byHash[h, default: []].append(spellings.count)
            spellings.append(Spelling(text: agency, first: at, count: 1, group: g))
            return spellings.count - 1
        }
    }

    /// The spelling most items use; of several as used, the first in file order (`written`
    /// is in file order).
    static func mostUsed(_ written: [Spelling]) -> Spelling {
        var best = written[0]
        for s in written.dropFirst() where s.count > best.count { best = s }
        return best
    }

    /// Whether `a` comes before `b` in include order, then line and column.
    private func fileOrder() -> (SourceLocation, SourceLocation) -> Bool {
        var rank: [String: Int] = [:]
        for (i, f) in files.enumerated() where rank[f] == nil { rank[f] = i }
        return { a, b in
            let ra = rank[a.file] ?? Int.max, rb = rank[b.file] ?? Int.max
            if ra != rb { return ra < rb }
            return (a.line, a.column) < (b.line, b.column)
        }
    }

    /// `agency written 3 ways: 'A' (f:12, 3 items), 'B' (f:40); using 'A'`, at the first
    /// place of the first spelling other than the one chosen.
    private func warnSeveralWays(_ written: [Spelling], chosen: String) {
        let listed = written.map { s in
            "'\(s.text)' (\(s.first)" + (s.count > 1 ? ", \(s.count) items)" : ")")
        }
        let at = (written.first { !$0.text.utf8.elementsEqual(chosen.utf8) } ?? written[0]).first
        warning(
            at, "agency written \(written.count) ways: " + listed.joined(separator: ", ") + "; using '\(chosen)'")
    }

    /// With `strict_agencies`, an agency the registry does not know, once per agency.
    private func unregistered(_ first: Spelling, items: Int) {
        var msg = "agency '\(first.text)' is not in the 'agencies' registry"
        if items > 1 { msg += " (\(items) items)" }
        if let s = Text.suggestion(for: first.text, among: agencies.flatMap(\.names)) {
            msg += "; did you mean '\(s)'?"
        } else if agencies.isEmpty {
            msg += "; 'strict_agencies' is on and no 'agencies' are listed"
        } else {
            msg += "; add it to 'agencies' (as a name, a short form or an alias) or correct it"
        }
        error(first.first, msg)
    }

    /// Where an identity is registered: which entry and where that name was given.
    struct Registered {
        var entry: Int
        var at: SourceLocation
    }

    /// Identity of every registry name (official, short, aliases) -> its entry; a name given
    /// by two entries is an error naming both.
    private func registryIndex() -> [String: Registered] {
        var index: [String: Registered] = [:]
        for (k, a) in agencies.enumerated() {
            for n in a.names {
                let key = Text.agencyIdentity(n)
                if let first = index[key] {
                    if first.entry == k { continue }  // the same entry naming itself twice
                    error(
                        a.source,
                        "agency name '\(n)' is already a name of '\(agencies[first.entry].name)' (\(first.at)); each name belongs to one agency"
                    )
                    continue
                }
                index[key] = Registered(entry: k, at: a.source)
            }
        }
        return index
    }
}
