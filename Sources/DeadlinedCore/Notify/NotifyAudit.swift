/// What `check` says about mail when `notify:` is set: the agencies whose alerts no agency
/// address can receive.
public enum NotifyAudit {
    /// One note per agency that items name and that has no `email` in the registry (or is not
    /// in it), in the order items first name them; at its registry entry, else at that item.
    public static func unaddressed(_ config: Config) -> [Diagnostic] {
        guard let notify = config.settings.notify else { return [] }
        let book = AgencyBook(registry: config.agencies)
        var seen = Set<String>()
        var out: [Diagnostic] = []
        let goes =
            notify.cc.isEmpty
            ? "its alerts are not mailed (no 'notify.cc' either)"
            : "deadlined notify sends its alerts to 'notify.cc' (" + notify.cc.joined(separator: ", ") + ")"
        for item in config.items where seen.insert(Text.agencyIdentity(item.agency)).inserted {
            guard book.contact(for: item.agency)?.email.isEmpty ?? true else { continue }
            let registered = config.agencies.first { a in
                a.names.contains { Text.agencyIdentity($0) == Text.agencyIdentity(item.agency) }
            }
            let what =
                registered == nil
                ? "agency '\(item.agency)' is not in 'agencies:', so it has no mail address; "
                : "agency '\(item.agency)' has no 'email' in 'agencies:'; "
            out.append(Diagnostic(.note, at: registered?.source ?? item.source, what + goes))
        }
        return out
    }
}
