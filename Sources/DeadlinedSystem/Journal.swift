import CSystemd
import DeadlinedCore

#if canImport(Glibc)
import Glibc
#endif

/// Where alerts and log lines go.
public protocol AlertSink: Sendable {
    /// Writes one entry; `code` is the Swift source position for CODE_FILE/LINE/FUNC.
    /// False when the entry could not be handed over (journald down: the daemon retries).
    @discardableResult
    func send(_ alert: Alert, code: CodePosition) -> Bool
}

/// A position in deadlined's own source, for the journal's CODE_* fields.
public struct CodePosition: Sendable {
    public var file: String
    public var line: UInt
    public var function: String

    public init(file: String = #fileID, line: UInt = #line, function: String = #function) {
        self.file = file
        self.line = line
        self.function = function
    }
}

/// Choosing between the journal and the console.
public enum LogTarget: String, Sendable, CaseIterable {
    case auto, journal, console

    /// `auto`: the journal when systemd connected our output to it (JOURNAL_STREAM) or when
    /// its socket exists and standard error is not a terminal; the console otherwise.
    public func resolved() -> LogTarget {
        guard self == .auto else { return self }
        let socket = access("/run/systemd/journal/socket", F_OK) == 0
        if getenv("JOURNAL_STREAM") != nil, socket { return .journal }
        return socket && isatty(2) == 0 ? .journal : .console
    }

    public func sink() -> any AlertSink {
        resolved() == .journal ? JournalSink() : ConsoleSink()
    }
}

/// Writes entries with `sd_journal_sendv`, one `iovec` per field.
public struct JournalSink: AlertSink {
    public init() {}

    /// Longest MESSAGE; fields keep the whole text.
    static let messageLimit = 2048

    @discardableResult
    public func send(_ alert: Alert, code: CodePosition) -> Bool {
        var fields: [(String, String)] = [
            ("MESSAGE", Text.truncate(Text.oneLine(alert.message), to: JournalSink.messageLimit)),
            ("PRIORITY", String(alert.priority.rawValue)),
            ("SYSLOG_IDENTIFIER", "deadlined"),
            ("CODE_FILE", code.file),
            ("CODE_LINE", String(code.line)),
            ("CODE_FUNC", code.function),
        ]
        if !alert.kind.messageID.isEmpty { fields.append(("MESSAGE_ID", alert.kind.messageID)) }
        fields += alert.fields
        // libsystemd answers 0 when the socket is missing altogether (journald not started);
        // a socket nobody reads (journald killed) is ECONNREFUSED, a full one EAGAIN.
        return JournalSink.sendv(fields) >= 0
    }

    /// A valid journal field name: A-Z, 0-9 and _, not starting with _ or a digit, at most 64.
    public static func validName(_ name: String) -> Bool {
        guard let first = name.utf8.first, name.utf8.count <= 64, first != UInt8(ascii: "_"), !(48...57).contains(first)
        else { return false }
        return name.utf8.allSatisfy { (65...90).contains($0) || (48...57).contains($0) || $0 == UInt8(ascii: "_") }
    }

    /// Sends fields as one entry. Invalid names are dropped here, since journald would drop
    /// them silently; values are binary-safe, so user text cannot forge a field.
    @discardableResult
    public static func sendv(_ fields: [(String, String)]) -> Int32 {
        var buffer: [UInt8] = []
        var ranges: [(Int, Int)] = []
        for (name, value) in fields where validName(name) {
            let start = buffer.count
            buffer.append(contentsOf: name.utf8)
            buffer.append(UInt8(ascii: "="))
            buffer.append(contentsOf: value.utf8)
            ranges.append((start, buffer.count - start))
        }
        return buffer.withUnsafeMutableBytes { raw -> Int32 in
            guard let base = raw.baseAddress else { return -EINVAL }
            var iov = ranges.map { iovec(iov_base: base + $0.0, iov_len: $0.1) }
            return iov.withUnsafeMutableBufferPointer { sd_journal_sendv($0.baseAddress, Int32($0.count)) }
        }
    }
}

/// Writes readable lines on standard error: `make run` in a terminal.
public struct ConsoleSink: AlertSink {
    public init() {}

    @discardableResult
    public func send(_ alert: Alert, code: CodePosition) -> Bool {
        var line =
            "<\(alert.priority.rawValue)> [\(alert.priority.name)] \(alert.kind.field): \(Text.oneLine(alert.message))"
        if let id = alert.field("DEADLINED_ID") { line += " [\(Text.oneLine(id))]" }
        Console.error(line)
        return true
    }
}
