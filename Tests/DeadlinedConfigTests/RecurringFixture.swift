import Foundation
import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

// The fixture of the recurring-duty tests: a monthly meeting due on the 15th from 9/2023, no
// `until`, beside a one-off report. Every expectation in those tests is counted by hand from
// the calendar, in Vietnam time (+07:00).
let monthly = """
    settings:
      timezone: Asia/Ho_Chi_Minh
    assignments:
      - id: giaoban
        agency: Công an tỉnh
        task: Họp giao ban
        every: month
        day: 15
        starts: 1/9/2023
      - id: one
        agency: Công an tỉnh
        task: Báo cáo
        due: 1/8/2024

    """

func loaded(_ text: String, asOf: Int64) throws -> Config {
    let r = ConfigLoader(source: MemorySource([mainPath: text]), asOf: asOf).load(mainPath)
    return try #require(r.config, "\(r.renderedDiagnostics())")
}

// `report --at 15/9/2024`: the end of that day, 23:59:59 +07:00.
let at15Sep2024 = unix("2024-09-15T23:59:59+07:00")
// The real clock of a load made long after: occurrences are made 366 days past it.
let clock2026 = unix("2026-11-30T08:00:00+07:00")
