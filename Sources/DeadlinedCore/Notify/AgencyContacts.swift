/// Who hears about an agency's items: its head, for the greeting, and its addresses.
public struct AgencyContact: Sendable, Equatable {
    public var name: String
    public var head: String?
    public var email: [String]

    public init(name: String, head: String? = nil, email: [String] = []) {
        self.name = name
        self.head = head
        self.email = email
    }
}

/// Finds an agency's contact by the name its alerts carry (DEADLINED_AGENCY). The agency
/// registry of the configuration answers this; tests use `AgencyBook`.
public protocol AgencyDirectory: Sendable {
    func contact(for agency: String) -> AgencyContact?
}

/// A directory held in a dictionary, keyed by the agency's identity (`Text.agencyIdentity`),
/// so "Sở Tài chính" and "sở  tài chính" find the same entry.
public struct AgencyBook: AgencyDirectory {
    var byName: [String: AgencyContact] = [:]

    public init(_ contacts: [AgencyContact]) {
        for c in contacts { byName[Text.agencyIdentity(c.name)] = c }
    }

    public func contact(for agency: String) -> AgencyContact? { byName[Text.agencyIdentity(agency)] }
}

extension AgencyBook {
    /// The configuration's `agencies:` registry: each agency under every name it answers to,
    /// its head, and its `email`.
    public init(registry: [Agency]) {
        for a in registry {
            let c = AgencyContact(name: a.name, head: a.head, email: a.email.map { [$0] } ?? [])
            for n in a.names { byName[Text.agencyIdentity(n)] = c }
        }
    }
}
