/// The `notify:` section of the main file: where `deadlined notify` sends mail and when.
public struct NotifySettings: Sendable, Equatable {
    /// How the relay is reached: `smtp://host[:port]` (plain, or STARTTLS when `startTLS`) or
    /// `smtps://host[:port]` (TLS from the start).
    public var relay: String
    /// Upgrade a `smtp://` connection with STARTTLS, and refuse to send if the relay cannot.
    public var startTLS: Bool = false
    /// The sender's address (`From:` and the SMTP envelope).
    public var from: String
    /// The user name for SMTP AUTH; no AUTH when nil.
    public var user: String?
    /// A file holding the password, or the name of a systemd credential (`LoadCredential=`)
    /// read from `$CREDENTIALS_DIRECTORY`. Never the password itself.
    public var passwordFile: String?
    public var passwordCredential: String?
    /// The kinds of entry that go out by mail.
    public var kinds: Set<AlertKind> = NotifySettings.defaultKinds
    /// Entries for one agency within this many seconds of the first become one mail.
    public var batch: Int64 = 300
    /// The office's own address: copied on every mail, and the recipient of the mails of
    /// agencies that have no address.
    public var cc: [String] = []
    /// Local times (seconds after midnight) between which mail is held, start then end; the
    /// span may cross midnight. nil: no quiet hours.
    public var quietHours: QuietHours?

    public static let defaultKinds: Set<AlertKind> = [.overdue, .escalated, .behind, .digest]

    public init(relay: String, from: String) {
        self.relay = relay
        self.from = from
    }
}

/// A daily span of local time in which no mail is sent; mail due inside it waits for its end.
public struct QuietHours: Sendable, Equatable {
    /// Seconds after local midnight.
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// When mail held at `now` may go: `now` itself outside the span, else the span's end.
    public func release(after now: Int64, zone: Zone) -> Int64 {
        guard start != end else { return now }
        let (date, second) = zone.local(now)
        let inside = start < end ? (second >= start && second < end) : (second >= start || second < end)
        guard inside else { return now }
        // A span across midnight ends tomorrow when we are in its evening part.
        let endDate = start < end || second < end ? date : date.adding(days: 1)
        return zone.instant(endDate, hour: end / 3600, minute: end % 3600 / 60, second: end % 60)
    }
}
