import DeadlinedCore
import Logging

/// A swift-log handler that writes deadlined's own operational messages through the same
/// sink as alerts, so everything lands in one place with the right priority.
public struct SinkLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    let sink: any AlertSink

    public init(sink: any AlertSink) { self.sink = sink }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    static func priority(_ level: Logger.Level) -> Priority {
        switch level {
        case .trace, .debug: return .debug
        case .info: return .info
        case .notice: return .notice
        case .warning: return .warning
        case .error: return .err
        case .critical: return .crit
        }
    }

    public func log(event: LogEvent) {
        var fields: [(String, String)] = []
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        for (k, v) in all.sorted(by: { $0.key < $1.key }) {
            fields.append(("DEADLINED_" + k.uppercased(), "\(v)"))
        }
        let alert = Alert(
            kind: .log, priority: SinkLogHandler.priority(event.level), message: "\(event.message)", fields: fields)
        sink.send(alert, code: CodePosition(file: event.file, line: event.line, function: event.function))
    }
}
