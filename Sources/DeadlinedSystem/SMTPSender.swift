import CSMTP
import DeadlinedCore

#if canImport(Glibc)
import Glibc
#endif

/// What the relay said about one recipient of one mail.
public enum SMTPOutcome: Sendable, Equatable {
    case accepted
    /// A 5xx reply: this recipient will not take the mail; logged, not retried.
    case refused(code: Int, reason: String)
    /// The relay is down, busy (4xx) or the connection failed: try again later.
    case failed(reason: String)
}

/// Hands mails to the relay through libcurl's SMTP, one transaction per recipient, so that one
/// refused address is known by name and does not hold back the others.
public struct SMTPSender: Sendable {
    public var settings: NotifySettings
    public var password: String?
    public var timeout = 60

    public init(settings: NotifySettings, password: String?) {
        self.settings = settings
        self.password = password
        _ = deadlined_smtp_init()
    }

    public func send(_ mail: OutgoingMail, to recipient: String) -> SMTPOutcome {
        var response = 0
        var error = [CChar](repeating: 0, count: Int(DEADLINED_SMTP_ERROR_SIZE))
        let bytes = Array(mail.text.utf8)
        let r = bytes.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) { data in
                deadlined_smtp_send(
                    settings.relay, settings.startTLS ? 1 : 0, settings.user, settings.user == nil ? nil : password,
                    "<" + settings.from + ">", "<" + recipient + ">", data.baseAddress, data.count, timeout,
                    &response, &error)
            }
        }
        if r == 0 { return .accepted }
        let reason = String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if (500...599).contains(response) { return .refused(code: response, reason: reason) }
        return .failed(reason: response > 0 ? "\(reason) (reply \(response))" : reason)
    }

    /// The password from `password_file`, or from the credential systemd passed
    /// (`$CREDENTIALS_DIRECTORY/NAME`); the trailing newline dropped. nil with neither; a
    /// reason when the file cannot be read.
    public static func password(_ s: NotifySettings, credentials: String?) -> Result<String?, NotifyStartError> {
        let path: String
        if let f = s.passwordFile {
            path = f
        } else if let name = s.passwordCredential {
            guard let dir = credentials else {
                return .failure(
                    NotifyStartError(
                        "notify.password_credential '\(name)' is set but $CREDENTIALS_DIRECTORY is not (LoadCredential= in the unit)"
                    ))
            }
            path = dir + "/" + name
        } else {
            return .success(nil)
        }
        switch FileSource().read(path, maxSize: 4096) {
        case .success(let bytes):
            var b = bytes[...]
            while let l = b.last, l == 0x0A || l == 0x0D { b = b.dropLast() }
            return .success(String(decoding: b, as: UTF8.self))
        case .failure(let f):
            return .failure(NotifyStartError("cannot read the SMTP password from \(path): \(f)"))
        }
    }
}

/// Why `deadlined notify` cannot start.
public struct NotifyStartError: Error, CustomStringConvertible {
    public var description: String
    public init(_ d: String) { description = d }
}
