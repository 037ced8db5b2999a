import Testing

@testable import DeadlinedCore

let validDurations: [(String, Int64)] = [
    ("7d", 7 * 86400),
    ("1d", 86400),
    ("12h", 12 * 3600),
    ("1d12h", 86400 + 12 * 3600),
    ("2w", 14 * 86400),
    ("30m", 30 * 60),
    ("45s", 45),
    ("1w2d3h4m5s", 7 * 86400 + 2 * 86400 + 3 * 3600 + 4 * 60 + 5),
    ("7 ngày", 7 * 86400),
    ("7 NGÀY", 7 * 86400),
    ("2 tuần", 14 * 86400),
    ("3 giờ", 3 * 3600),
    ("3 tiếng", 3 * 3600),
    ("15 phút", 15 * 60),
    ("10 giây", 10),
    ("1 day 6h", 86400 + 6 * 3600),
    ("0d", 0),
    ("  7d  ", 7 * 86400),
]

@Test("durations in both languages parse to seconds", arguments: validDurations)
func durationParses(_ text: String, _ seconds: Int64) throws {
    #expect(try DurationGrammar.parse(text).get() == seconds)
}

let invalidDurations: [(String, String)] = [
    ("7x", "unknown unit 'x' in duration '7x'; use s, m, h, d or w"),
    ("-1d", "duration '-1d' is negative"),
    ("7", "unrecognised duration '7'; expected a form such as 7d, 12h, 30m, 2w or 1d12h"),
    ("d", "unrecognised duration 'd'"),
    ("1.5d", "unrecognised duration '1.5d'"),
    ("7d!", "unrecognised duration '7d!'"),
    ("", "empty duration"),
    ("99999999d", "unrecognised duration '99999999d'"),
]

@Test("bad durations are errors that say why", arguments: invalidDurations)
func durationRejected(_ text: String, _ fragment: String) {
    switch DurationGrammar.parse(text) {
    case .success(let v): Issue.record("'\(text)' parsed as \(v)")
    case .failure(let e): #expect(e.message.contains(fragment), "'\(text)': got '\(e.message)'")
    }
}

let formattedDurations: [(Int64, String)] = [
    (0, "0s"), (86400, "1d"), (7 * 86400, "7d"), (86400 + 12 * 3600, "1d12h"), (90, "1m30s"), (3600, "1h"),
    (30 * 60, "30m"),
]

@Test("format gives the shortest exact spelling, and parses back", arguments: formattedDurations)
func durationFormats(_ seconds: Int64, _ text: String) throws {
    #expect(DurationGrammar.format(seconds) == text)
    #expect(try DurationGrammar.parse(text).get() == seconds)
}
