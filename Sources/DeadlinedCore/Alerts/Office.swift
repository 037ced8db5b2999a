extension Settings {
    /// The office's name in journal entries: `office:`, else `host` (the host name, which
    /// the shell reads).
    public func officeName(host: String) -> String { office ?? host }
}

extension Alert {
    /// The entry with DEADLINED_OFFICE, unless it names its office already.
    public func stamped(office: String) -> Alert {
        guard field(Snapshot.officeField) == nil else { return self }
        var a = self
        a.fields.append((Snapshot.officeField, office))
        return a
    }
}
