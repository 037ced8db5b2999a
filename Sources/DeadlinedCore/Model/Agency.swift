/// An agency of the registry (`agencies:`): its official name, the other names items may
/// give it, and who answers for it. Items that name it any of these ways count under `name`.
public struct Agency: Sendable, Equatable {
    /// The official name, shown in reports, lists and the journal.
    public var name: String
    /// The short form ("Sở TT&TT"), also accepted as a name.
    public var short: String?
    /// Other names items may use.
    public var aliases: [String]
    /// The person accountable for the agency's tasks.
    public var head: String?
    /// Where notifications to the agency go.
    public var email: String?
    public var source: SourceLocation

    public init(
        name: String, short: String? = nil, aliases: [String] = [], head: String? = nil, email: String? = nil,
        source: SourceLocation
    ) {
        self.name = name
        self.short = short
        self.aliases = aliases
        self.head = head
        self.email = email
        self.source = source
    }

    /// Every name the agency answers to: the official one, the short form, the aliases.
    public var names: [String] { [name] + (short.map { [$0] } ?? []) + aliases }
}

extension Config {
    /// The registry entry whose official name is `name` (items carry it once loaded).
    public func agency(named name: String) -> Agency? {
        agencies.first { $0.name == name }
    }

    /// The name items carry for an agency a user names (`--agency`): the official name when
    /// `name` has the identity of a registered name, short form or alias, else `name` with its
    /// spaces collapsed as the loader collapses them (`Text.collapsingSpaces`).
    public func canonicalAgency(_ name: String) -> String {
        let key = Text.agencyIdentity(name)
        for a in agencies where a.names.contains(where: { Text.agencyIdentity($0) == key }) { return a.name }
        return Text.collapsingSpaces(name)
    }
}
