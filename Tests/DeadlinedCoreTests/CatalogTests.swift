import Foundation
import Testing

@testable import DeadlinedCore

/// `journalctl -x` fills a catalog text's `@FIELD@`s from the entry; a field that is missing
/// or longer than 256 bytes shows as its own name ("theo DEADLINED_REFERENCE"). Every field
/// the shipped catalog quotes must be in every entry of that MESSAGE_ID, short enough, for
/// items and configurations at the edges.
enum CatalogFixture {
    /// MESSAGE_ID → the fields its texts (every language) quote.
    static func quotedFields() throws -> [String: Set<String>] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("units/deadlined.catalog")
        let text = try String(contentsOf: url, encoding: .utf8)
        var out: [String: Set<String>] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- ") {
                current = line.dropFirst(3).split(separator: " ").first.map(String.init)
                continue
            }
            guard let id = current, !line.hasPrefix("#") else { continue }
            let parts = line.split(separator: "@", omittingEmptySubsequences: false)
            // Between an odd and an even "@": a field name.
            var i = 1
            while i < parts.count - 1 {
                let name = String(parts[i])
                if !name.isEmpty, name.allSatisfy({ $0.isUppercase || $0 == "_" || $0.isNumber }) {
                    out[id, default: []].insert(name)
                    i += 2
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    static let long = String(repeating: "Tham mưu cấp kinh phí thực hiện Đề án 06 của tỉnh; ", count: 12)
}

@Test func everyFieldTheCatalogQuotesIsInEveryEntryAndShortEnough() throws {
    let quoted = try CatalogFixture.quotedFields()
    // The catalog explains every kind but the operational log lines.
    // The kinds whose texts quote fields (the digest's quotes none).
    #expect(Set(quoted.keys) == Set(AlertKind.allCases.filter { $0 != .log && $0 != .digest }.map(\.messageID)))
    #expect(quoted[AlertKind.overdue.messageID]?.contains("DEADLINED_DAYS_OVERDUE") == true)

    let F = SchedFixture.self
    let plain = Directive(id: "d-only-id", source: F.src)
    let referenced = Directive(id: "kh-45", title: "Kế hoạch", reference: CatalogFixture.long, source: F.src)
    let due = F.dayDeadline(15, 5, 2024)
    var items: [Item] = [
        F.item("flat", deadline: due),  // no directive, no due text
        F.item("by-id", deadline: due, directive: 0, dueText: "15/5/2024"),
        F.item("long", deadline: due, task: CatalogFixture.long, directive: 1, dueText: "trước ngày 15/5/2024"),
        F.item("timed", deadline: F.timeDeadline(17, 0, 15, 5, 2024), directive: 1, dueText: "17:00 15/5/2024"),
    ]
    items.append(F.item("done", deadline: due, status: .done, completed: F.at("2024-06-01T09:00:00+07:00")))
    let writer = AlertWriter(settings: F.settings())
    let directives = [plain, referenced]
    let times: [(AlertKind, Int64)] = [
        (.reminder, F.at("2024-05-10T08:00:00+07:00")),
        (.reminder, F.at("2024-05-15T08:00:00+07:00")),  // due today: 0 days left
        (.reminder, F.at("2024-05-16T08:00:00+07:00")),  // a late-delivered reminder: already overdue
        (.overdue, F.at("2024-05-16T00:00:00+07:00")),
        (.overdue, F.at("2024-05-10T08:00:00+07:00")),  // not overdue by the clock: still has its count
        (.escalated, F.at("2024-07-01T08:00:00+07:00")),
        (.resolved, F.at("2024-07-01T08:00:00+07:00")),
    ]
    var alerts: [Alert] = []
    for item in items {
        let directive = item.directive.map { directives[$0] }
        for (kind, now) in times { alerts.append(writer.itemAlert(kind, item: item, directive: directive, now: now)) }
    }
    let config = F.config(items, directives: directives)
    alerts.append(writer.configLoaded(config, path: "/etc/deadlined/deadlined.yaml", reload: true))
    alerts += writer.configRejected(
        [
            Diagnostic(.error, file: "/etc/deadlined/assignments.d/a.yaml", "cannot read: permission denied"),
            Diagnostic(
                .error, at: SourceLocation(file: "/etc/deadlined/assignments.d/b.yaml", line: 12, column: 5), "bad date"
            ),
        ], path: "/etc/deadlined/deadlined.yaml", keeping: true)
    alerts += writer.configRejected(
        [Diagnostic(.error, file: "/etc/deadlined/deadlined.yaml", "cannot read configuration")],
        path: "/etc/deadlined/deadlined.yaml",
        keeping: false)
    alerts += writer.digest(config, now: F.at("2024-05-16T08:00:00+07:00"), queued: 3)
    // The longest office name `settings.office` allows: 60 characters of 4 bytes.
    alerts += Snapshot.entries(
        config, now: F.at("2024-05-16T08:00:00+07:00"), reason: .reload, id: "1-1",
        office: String(repeating: "😀", count: 60))
    #expect(alerts.contains { $0.kind == .snapshot })

    for alert in alerts {
        for name in quoted[alert.kind.messageID] ?? [] {
            let value = alert.field(name)
            #expect(value != nil, "\(alert.kind) entry '\(alert.message)' lacks \(name), which the catalog quotes")
            #expect(
                (value?.utf8.count ?? 0) <= AlertWriter.catalogValueLimit,
                "\(alert.kind): \(name) is too long for the catalog")
        }
    }
    // The whole task is still in DEADLINED_TASK, the basis cut on a character boundary.
    let longAlert = alerts.first { $0.field("DEADLINED_ID") == "long" }
    #expect(longAlert?.field("DEADLINED_TASK") == CatalogFixture.long)
    #expect(longAlert?.field("DEADLINED_BASIS")?.hasSuffix("…") == true)
    // A rejection in a drop-in points `check` at the configuration, and at where the error is.
    let rejected = alerts.filter { $0.kind == .configRejected }
    #expect(
        rejected.map { $0.field("DEADLINED_CONFIG") } == Array(repeating: "/etc/deadlined/deadlined.yaml", count: 5))
    #expect(
        rejected.map { $0.field("DEADLINED_CONFIG_AT") } == [
            "/etc/deadlined/assignments.d/a.yaml", "/etc/deadlined/assignments.d/b.yaml:12:5",
            "/etc/deadlined/assignments.d/a.yaml",
            "/etc/deadlined/deadlined.yaml", "/etc/deadlined/deadlined.yaml",
        ])
}

@Test func truncateToBytesCutsOnACharacterBoundary() {
    #expect(Text.truncate("abc", toBytes: 3) == "abc")
    #expect(Text.truncate("abcdef", toBytes: 5) == "ab…")
    // "ệ" is three bytes: never split.
    let s = String(repeating: "ệ", count: 10)
    let t = Text.truncate(s, toBytes: 10)
    #expect(t == "ệệ…")
    #expect(t.utf8.count == 9)
    #expect(Text.truncate(s, toBytes: 2) == "")
}

@Test func aRejectionWithThousandsOfErrorsLogsTheFirstTwentyAndTheSummary() {
    let writer = AlertWriter(settings: SchedFixture.settings(language: .en))
    let diagnostics = (1...5000).map {
        Diagnostic(
            .error, at: SourceLocation(file: "/etc/deadlined/assignments.d/copy.yaml", line: $0, column: 5),
            "duplicate id 'x\($0)'")
    }
    let alerts = writer.configRejected(diagnostics, path: "/etc/deadlined/deadlined.yaml", keeping: true)
    #expect(alerts.count == AlertWriter.rejectedEntryLimit + 1)
    #expect(alerts.dropLast().last?.field("DEADLINED_CONFIG_LINE") == "20")
    #expect(
        alerts.last?.message
            == "Failed to load /etc/deadlined/deadlined.yaml, keeping previous configuration: 5000 errors (the first 20 logged; all: deadlined check --config /etc/deadlined/deadlined.yaml)"
    )
    #expect(alerts.last?.field("DEADLINED_ERRORS") == "5000")
    // A few errors: each its own entry, no note about the rest.
    let few = writer.configRejected(Array(diagnostics.prefix(2)), path: "/etc/deadlined/deadlined.yaml", keeping: true)
    #expect(few.count == 3)
    #expect(
        few.last?.message == "Failed to load /etc/deadlined/deadlined.yaml, keeping previous configuration: 2 errors")
}
