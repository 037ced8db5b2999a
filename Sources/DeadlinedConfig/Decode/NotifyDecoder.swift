import DeadlinedCore

/// The `notify:` section of the main file: the mail relay, the sender, what goes out and
/// when. A password is never accepted here, only the name of a file or credential holding it.
extension FileDecoder {
    // One short case per key: the switch reads best whole, at about 60 lines.
    /// `at` is where the `notify` key is, for what the section as a whole lacks.
    func decodeNotify(_ i: Int, at: SourceLocation) {
        guard let entries = mapping(i, what: "notify", allowed: Keys.notify) else { return }
        var relay: String?, from: String?
        var n = NotifySettings(relay: "", from: "")
        for e in entries {
            let v = e.value
            switch e.key {
            case "relay":
                guard let s = text(v, field: "notify.relay", asWritten: true) else { continue }
                if s.hasPrefix("smtp://") || s.hasPrefix("smtps://"), s.count > 8 {
                    relay = s
                } else {
                    error(
                        loc(v), "'notify.relay' must be a smtp:// or smtps:// URL such as smtp://mail.longan.gov.vn:587"
                    )
                }
            case "starttls":
                if let b = bool(v, field: "notify.starttls") { n.startTLS = b }
            case "from":
                if let s = address(v, field: "notify.from") { from = s }
            case "user":
                n.user = text(v, field: "notify.user", strict: true, asWritten: true)
            case "password":
                error(
                    e.at,
                    "a password does not belong in the configuration, which many can read; put it in a file "
                        + "readable only by root and name it with 'notify.password_file', or give the service a "
                        + "credential (LoadCredential=) and name it with 'notify.password_credential'")
            case "password_file":
                guard let s = text(v, field: "notify.password_file", asWritten: true) else { continue }
                if s.hasPrefix("/") {
                    n.passwordFile = s
                } else {
                    error(loc(v), "'notify.password_file' must be an absolute path")
                }
            case "password_credential":
                guard let s = text(v, field: "notify.password_credential", strict: true, asWritten: true) else {
                    continue
                }
                if s.contains("/") {
                    error(loc(v), "'notify.password_credential' is a credential's name, not a path")
                } else {
                    n.passwordCredential = s
                }
            case "kinds":
                if let k = notifyKinds(v) { n.kinds = k }
            case "batch":
                if let d = duration(v, field: "notify.batch") { n.batch = d }
            case "cc":
                guard let list = textList(v, field: "notify.cc", strict: true, asWritten: true) else { continue }
                n.cc = list.compactMap { t in
                    if isAddress(t.text) { return t.text }
                    error(t.at, "'\(t.text)' in 'notify.cc' is not a mail address")
                    return nil
                }
            case "quiet_hours":
                n.quietHours = quietHours(v)
            default:
                break
            }
        }
        if n.user != nil, n.passwordFile == nil, n.passwordCredential == nil {
            error(at, "'notify.user' needs 'notify.password_file' or 'notify.password_credential'")
        }
        if n.passwordFile != nil, n.passwordCredential != nil {
            error(at, "give 'notify.password_file' or 'notify.password_credential', not both")
        }
        if relay == nil, !entries.contains(where: { $0.key == "relay" }) { error(at, "'notify' needs 'relay'") }
        if from == nil, !entries.contains(where: { $0.key == "from" }) { error(at, "'notify' needs 'from'") }
        guard let relay, let from else { return }
        n.relay = relay
        n.from = from
        settings.notify = n
    }

    private func isAddress(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
            && !s.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "," || $0.isNewline })
    }

    private func address(_ v: Int, field: String) -> String? {
        guard let s = text(v, field: field, strict: true, asWritten: true) else { return nil }
        guard isAddress(s) else {
            error(loc(v), "'\(s)' in '\(field)' is not a mail address such as deadlined@longan.gov.vn")
            return nil
        }
        return s
    }

    /// `kinds: [overdue, escalated, behind, digest]`.
    private func notifyKinds(_ v: Int) -> Set<AlertKind>? {
        guard let list = textList(v, field: "notify.kinds", strict: true) else { return nil }
        var out = Set<AlertKind>()
        let allowed: [AlertKind] = [.reminder, .overdue, .escalated, .behind, .reached, .resolved, .digest]
        for t in list {
            if let k = allowed.first(where: { $0.rawValue == Text.fold(t.text) }) {
                out.insert(k)
            } else {
                error(
                    t.at,
                    "unknown kind '\(t.text)' in 'notify.kinds'; expected "
                        + allowed.map(\.rawValue).joined(separator: ", "))
            }
        }
        return out
    }

    /// `quiet_hours: "22:00-06:00"`: local times, the span may cross midnight.
    private func quietHours(_ v: Int) -> QuietHours? {
        guard let s = text(v, field: "notify.quiet_hours") else { return nil }
        func time(_ t: Substring) -> Int? {
            let p = t.split(separator: ":", omittingEmptySubsequences: false)
            guard p.count == 2, p[1].count == 2, let h = Int(p[0]), let m = Int(p[1]), (0...23).contains(h),
                (0...59).contains(m)
            else { return nil }
            return h * 3600 + m * 60
        }
        let ends = s.filter { $0 != " " }.split(separator: "-", omittingEmptySubsequences: false)
        if ends.count == 2, let a = time(ends[0]), let b = time(ends[1]) { return QuietHours(start: a, end: b) }
        error(loc(v), "invalid 'notify.quiet_hours': '\(s)'; expected HH:MM-HH:MM such as 22:00-06:00")
        return nil
    }
}
