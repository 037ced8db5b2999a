import DeadlinedCore
import Foundation
import Testing

@testable import DeadlinedSystem

// `Daemon.perform` carrying out the machine's actions.

/// An alert the machine returns carries the position of the code that fed the event, not
/// `perform`'s own (CODE_FUNC in the journal).
@Test func emittedAlertsCarryTheCallersCodePosition() throws {
    let dir = NSTemporaryDirectory() + "deadlined-perform-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var options = DaemonOptions(configPath: "/nonexistent/deadlined.yaml", stateDirectory: dir, target: .console)
    options.retryDelay = .seconds(3600)
    // A refusing journal keeps the entries, with their positions, in `unsent`.
    let daemon = Daemon(options: options, sink: RecordingSink(accepting: false))
    let alert = Alert(kind: .overdue, priority: .err, message: "Quá hạn: Sở Tài chính", fields: [])
    let here = #function
    let code = daemon.queue.sync {
        daemon.perform(.emit([alert]), now: 0)
        return daemon.unsent.first?.1
    }
    #expect(code?.function == here)
    #expect(code?.file == #fileID)
}
