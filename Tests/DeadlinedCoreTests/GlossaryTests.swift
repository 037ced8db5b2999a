import Foundation
import Testing

@testable import DeadlinedCore

// One glossary for list, report, digest and alerts (issue 15 point 8).

private typealias F = SchedFixture

/// One item in each state at 20/5/2024 10:00 (Vietnam): overdue (due 1/5), due soon (due
/// 22/5, inside the 7-day window), open (due 30/6), done on time, done late (due 10/5,
/// completed 12/5), ongoing and cancelled.
private func oneOfEach(_ language: Language) -> (Config, Int64) {
    let items = [
        F.item("overdue", deadline: F.dayDeadline(1, 5, 2024), status: .inProgress, agency: "Sở A"),
        F.item("soon", deadline: F.dayDeadline(22, 5, 2024), status: .notStarted, agency: "Sở A"),
        F.item("open", deadline: F.dayDeadline(30, 6, 2024), status: .notStarted, agency: "Sở A"),
        F.item("ontime", deadline: F.dayDeadline(30, 6, 2024), status: .done, completed: F.vn(2, 5, 2024)),
        F.item("late", deadline: F.dayDeadline(10, 5, 2024), status: .done, completed: F.vn(12, 5, 2024)),
        F.item("regular", deadline: nil, status: .ongoing),
        F.item("dropped", deadline: F.dayDeadline(1, 5, 2024), status: .cancelled),
    ]
    return (F.config(items, settings: F.settings(language: language)), F.vn(20, 5, 2024, 10))
}

@Test(arguments: [Language.vi, .en])
func listReportAndDigestCallEachStateByOneName(_ language: Language) throws {
    let (cfg, now) = oneOfEach(language)
    let w = Words(language)
    let r = Renderer(zone: .vietnam, language: language, width: nil)
    // list: each row's state is the glossary's name for it.
    let rows = cfg.rows(at: now, filter: ListFilter(states: Set(ItemState.allCases)))
    let table = r.list(rows, format: .table).split(separator: "\n").map(String.init)
    let expected: [String: ItemState] = [
        "overdue": .overdue, "soon": .dueSoon, "open": .open, "ontime": .doneOnTime, "late": .doneLate,
        "regular": .ongoing, "dropped": .cancelled,
    ]
    for (id, state) in expected {
        let line = try #require(table.first { $0.hasPrefix(id + " ") })
        #expect(line.contains("  " + w.state(state)), "\(id): \(line)")
        #expect(rows.first { $0.item.id == id }?.evaluation.state == state)
    }
    // report: the timeliness headings are the glossary's, and the summary uses its words.
    let (groups, total) = cfg.report(at: now, by: .agency)
    let report = r.report(groups, total: total, by: .agency, format: .table)
    let summary = r.summary(total)
    for state in [ItemState.overdue, .ongoing] {
        #expect(summary.contains(w.state(state)), "\(state)")
    }
    for state in [ItemState.doneOnTime, .doneLate] {
        #expect(summary.contains(w.term(Glossary.timeliness(state))), "\(state)")
        // The short form is the end of the state's name, so the two never disagree.
        #expect(w.state(state).hasSuffix(w.term(Glossary.timeliness(state))))
    }
    #expect(summary.contains(w.term(Glossary.notYetDue)))
    for status in [Status.done, .ongoing, .inProgress, .notStarted] {
        #expect(summary.contains(w.status(status)), "\(status)")
    }
    #expect(summary.contains(w.state(.cancelled)))
    let flat = report.replacingOccurrences(of: "\n", with: " ")
    for heading in ["Quá hạn", "Đúng hạn", "Trễ hạn", "Đã hủy"] where language == .vi {
        let parts = heading.split(separator: " ")
        #expect(flat.contains(String(parts[0])) && flat.contains(String(parts[1])))
    }
    // digest: the per-agency entry names overdue and due-soon work as list does.
    let digest = AlertWriter(settings: cfg.settings).digest(cfg, now: now, queued: 0)
    let a = try #require(digest.first { $0.fields.contains { $0 == ("DEADLINED_AGENCY", "Sở A") } })
    #expect(a.message.contains("1 " + w.state(.overdue)) && a.message.contains("1 " + w.state(.dueSoon)))
    // Both share the summary sentence for the total.
    #expect(digest.last?.message.contains(r.summary(total)) == true)
}

@Test func workDoneAfterItsDeadlineIsLateNotOverdue() {
    // `list` used to say "hoàn thành quá hạn" where `report` says "trễ hạn".
    #expect(Words(.vi).state(.doneLate) == "hoàn thành trễ hạn")
    #expect(Words(.en).state(.doneLate) == "done late")
    let (cfg, now) = oneOfEach(.vi)
    let list = Renderer(zone: .vietnam, language: .vi, width: nil).list(cfg.rows(at: now), format: .table)
    #expect(list.contains("hoàn thành trễ hạn") && !list.contains("hoàn thành quá hạn"))
}

@Test func theDaysColumnIsACountNotADate() {
    let (cfg, now) = oneOfEach(.vi)
    let list = Renderer(zone: .vietnam, language: .vi, width: nil).list(cfg.rows(at: now), format: .table)
    let header = list.split(separator: "\n").first.map(String.init) ?? ""
    #expect(header.hasSuffix("Số ngày"))
    #expect(list.contains("Số ngày: +N = quá hạn N ngày, -N = còn N ngày."))
}

@Test func theGlossaryNamesEveryStateAndStatusInBothLanguages() {
    let entries = Glossary.entries
    #expect(entries.count == ItemState.allCases.count + Status.allCases.count)
    for (key, term) in entries {
        #expect(!term.vi.isEmpty && !term.en.isEmpty, "\(key)")
    }
    // Distinct states have distinct names in each language.
    let vi = ItemState.allCases.map { Glossary.state($0).vi }
    let en = ItemState.allCases.map { Glossary.state($0).en }
    #expect(Set(vi).count == vi.count && Set(en).count == en.count)
}

@Test func vietnameseAlertsOpenWithTheGlossarysStateNames() throws {
    // Due 15/5/2024: a reminder at 8/5 (7 days before) and the overdue alert on 27/5.
    let it = F.item("x", deadline: F.dayDeadline(15, 5, 2024))
    let w = AlertWriter(settings: F.settings(language: .vi))
    let words = Words(.vi)
    let soon = w.itemAlert(.reminder, item: it, directive: nil, now: F.vn(8, 5, 2024, 9))
    let late = w.itemAlert(.overdue, item: it, directive: nil, now: F.vn(27, 5, 2024, 9))
    #expect(soon.message.hasPrefix(words.heading(Glossary.state(.dueSoon)) + " (còn 7 ngày): "))
    #expect(late.message.hasPrefix(words.heading(Glossary.state(.overdue)) + " 12 ngày: "))
}
