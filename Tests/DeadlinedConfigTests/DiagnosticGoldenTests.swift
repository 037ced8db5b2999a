import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

// Whole rendered diagnostics, compiler style: `path:line:column: severity: message`, the source
// line, and a caret under the column. Warnings are left out unless the case is about them.

@Test func yamlBadIndentation() {
    let r = load("assignments:\n  - agency: A\n    task: T\n   due: 15/5/2024\n")
    #expect(r.config == nil)
    #expect(
        r.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:4:4: error: YAML syntax error: did not find expected '-' indicator (while parsing a block collection at line 2); the key 'due' starts at column 4, left of 'task' on line 3 (column 5); keys of one mapping start in the same column: move 'due' to column 5
               due: 15/5/2024
               ^
            """)
}

@Test func yamlTabIndentation() {
    let r = load("assignments:\n  - agency: A\n\ttask: T\n")
    #expect(r.config == nil)
    // The tab is shown as a space so the caret lines up.
    #expect(
        r.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:3:1: error: YAML syntax error: found a tab character that violates indentation (while scanning a plain scalar at line 2); tabs cannot be used for indentation, use spaces
             task: T
            ^
            """)
}

@Test func yamlTabAfterVietnameseTextIsStillNamed() {
    // libyaml counts positions in characters: the hint must not depend on every byte being ASCII.
    let r = load("# Sở Tài chính ở đây\nassignments:\n  - agency: \"Sở Tài chính\"\n\ttask: T\n")
    #expect(r.config == nil)
    #expect(
        r.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:4:1: error: YAML syntax error: found character that cannot start any token (while scanning for the next token at line 4); tabs cannot be used for indentation, use spaces
             task: T
            ^
            """)
}

@Test func yamlUnclosedQuote() {
    let r = load("assignments:\n  - agency: \"Sở Tài chính\n    task: T\n")
    #expect(r.config == nil)
    // The scanner only notices at the end of the file; the message names the line the quote opened on.
    #expect(
        r.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:4:1: error: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at line 2); the double quote opened at line 2, column 13 (the text of 'agency') is never closed: end that text with a double quote

            ^
            """)
}

@Test func yamlUnclosedBracket() {
    let r = load("assignments:\n  - agency: [A, B\n    task: T\n    due: 15/5/2024\n")
    #expect(r.config == nil)
    #expect(
        r.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:3:9: error: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 2)
                task: T
                    ^
            """)
}

@Test func duplicateKey() {
    let r = load("assignments:\n  - id: a\n    agency: A\n    task: T\n    due: 15/5/2024\n    task: U\n")
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:6:5: error: duplicate key 'task' in an assignment; first given at line 4
                task: U
                ^
            """)
}

@Test func aRepeatedUnknownKeyIsUnknownOnceThenADuplicate() {
    let r = load(
        "assignments:\n  - id: a\n    agency: A\n    task: T\n    due: 15/5/2024\n    staus: done\n    staus: done\n")
    #expect(r.config == nil)
    #expect(
        r.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:6:5: error: unknown key 'staus' in an assignment; did you mean 'status'?
                staus: done
                ^
            /etc/deadlined/deadlined.yaml:7:5: error: duplicate key 'staus' in an assignment; first given at line 6
                staus: done
                ^
            """)
}

@Test func unknownKeysSuggestTheClosest() {
    let r = load(
        "setings:\n  language: en\nassignments:\n  - id: a\n    agency: A\n    task: T\n    due: 15/5/2024\n    staus: done\n"
    )
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:1:1: error: unknown key 'setings' in the top level of the file; did you mean 'settings'?
            setings:
            ^
            /etc/deadlined/deadlined.yaml:8:5: error: unknown key 'staus' in an assignment; did you mean 'status'?
                staus: done
                ^
            """)
}

@Test func unknownKeyFarFromAnyGetsNoSuggestion() {
    let r = load("assignments:\n  - id: a\n    agency: A\n    task: T\n    due: 15/5/2024\n    priority: high\n")
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:6:5: error: unknown key 'priority' in an assignment
                priority: high
                ^
            """)
}

@Test func wrongTypes() {
    let r = load("assignments:\n  - id: a\n    agency: 42\n    task: [a, b]\n    due: {day: 15}\n")
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:3:13: error: expected text for 'agency', found a number (42); put it in quotes if it is meant as text
                agency: 42
                        ^
            /etc/deadlined/deadlined.yaml:4:11: error: expected text for 'task', found a list
                task: [a, b]
                      ^
            /etc/deadlined/deadlined.yaml:5:10: error: expected text for 'due', found a mapping
                due: {day: 15}
                     ^
            """)
}

@Test func wrongTypesForSections() {
    let r = load("settings: [a]\ndirectives: {id: x}\nassignments: true\n")
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:1:11: error: expected a mapping for settings, found a list
            settings: [a]
                      ^
            /etc/deadlined/deadlined.yaml:2:13: error: expected a list of directives, found a mapping
            directives: {id: x}
                        ^
            /etc/deadlined/deadlined.yaml:3:14: error: expected a list of assignments, found a boolean
            assignments: true
                         ^
            """)
}

@Test func missingAgencyAndTask() {
    // b has no 'due': allowed (no deadline), so only its file's note follows a's errors.
    let r = load("assignments:\n  - id: a\n    note: hi\n  - id: b\n    agency: A\n    task: T\n")
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:2:5: error: assignment has no 'agency': name the agency (or a list of agencies) responsible
              - id: a
                ^
            /etc/deadlined/deadlined.yaml:2:5: error: assignment has no 'task': say what is to be done
              - id: a
                ^
            /etc/deadlined/deadlined.yaml: note: 1 assignment has no deadline (không thời hạn); it is listed and counted, never overdue (see them: deadlined list --state no_deadline)
            """)
}

@Test func emptyAgencyListAndEmptyTask() {
    let r = load("assignments:\n  - id: a\n    agency: []\n    task: \"  \"\n    due: 15/5/2024\n")
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:3:13: error: 'agency' is an empty list: name at least one agency
                agency: []
                        ^
            /etc/deadlined/deadlined.yaml:4:11: error: 'task' is empty
                task: "  "
                      ^
            """)
}

@Test func invalidDates() {
    let text = """
        directives:
          - id: d
            issued: 30/2/2024
            assignments:
              - {id: a, agency: A, task: T, due: 31/2/2024}
              - {id: b, agency: A, task: T, due: 29/2/2023}
              - {id: c, agency: A, task: T, due: 0/5/2024}
              - {id: d, agency: A, task: T, due: 15/13/2024}
              - {id: e, agency: A, task: T, due: tomorrow}
              - {id: f, agency: A, task: T, due: 15/5/2024, completed: 25:00 1/1/2024}

        """
    let r = load(text)
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:3:13: error: invalid date for 'issued': 30/2/2024 does not exist: month 2 of 2024 has 29 days
                issued: 30/2/2024
                        ^
            /etc/deadlined/deadlined.yaml:5:42: error: invalid date for 'due': 31/2/2024 does not exist: month 2 of 2024 has 29 days
                  - {id: a, agency: A, task: T, due: 31/2/2024}
                                                     ^
            /etc/deadlined/deadlined.yaml:6:42: error: invalid date for 'due': 29/2/2023 does not exist: month 2 of 2023 has 28 days
                  - {id: b, agency: A, task: T, due: 29/2/2023}
                                                     ^
            /etc/deadlined/deadlined.yaml:7:42: error: invalid date for 'due': day 0 does not exist
                  - {id: c, agency: A, task: T, due: 0/5/2024}
                                                     ^
            /etc/deadlined/deadlined.yaml:8:42: error: invalid date for 'due': month 13 does not exist
                  - {id: d, agency: A, task: T, due: 15/13/2024}
                                                     ^
            /etc/deadlined/deadlined.yaml:9:42: error: invalid date for 'due': unrecognised due date 'tomorrow'; expected a form such as 15/5/2024, 17:00 15/5/2024, tháng 5/2024, Quý II/2024, 6 tháng đầu năm 2024, năm 2024 or 2024-05-15
                  - {id: e, agency: A, task: T, due: tomorrow}
                                                     ^
            /etc/deadlined/deadlined.yaml:10:64: error: invalid date for 'completed': hour 25 is out of range 0-23
                  - {id: f, agency: A, task: T, due: 15/5/2024, completed: 25:00 1/1/2024}
                                                                           ^
            """)
}

@Test func unknownStatus() {
    let r = load(
        "assignments:\n  - id: a\n    agency: A\n    task: T\n    due: 15/5/2024\n    status: hoan thnah\n  - id: b\n    agency: A\n    task: T\n    due: 15/5/2024\n    status: finito\n"
    )
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:6:13: error: unknown status 'hoan thnah'; expected not_started, in_progress, done, ongoing or cancelled (chưa thực hiện, đang thực hiện, hoàn thành, thường xuyên, đã hủy); did you mean 'hoàn thành'?
                status: hoan thnah
                        ^
            /etc/deadlined/deadlined.yaml:11:13: error: unknown status 'finito'; expected not_started, in_progress, done, ongoing or cancelled (chưa thực hiện, đang thực hiện, hoàn thành, thường xuyên, đã hủy)
                status: finito
                        ^
            """)
}

@Test func duplicateIdsAcrossTwoFilesNameBothPlaces() {
    let r = load(files: [
        mainPath:
            "include: [assignments.d/*.yaml]\nassignments:\n  - id: x\n    agency: A\n    task: T\n    due: 15/5/2024\n",
        "/etc/deadlined/assignments.d/one.yaml":
            "assignments:\n  - id: y\n    agency: B\n    task: T\n    due: 15/5/2024\n  - id: x\n    agency: C\n    task: U\n    due: 16/5/2024\n",
    ])
    #expect(r.config == nil)
    #expect(r.errors.count == 1)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/assignments.d/one.yaml:6:5: error: duplicate id 'x'; first defined at /etc/deadlined/deadlined.yaml:3:5
              - id: x
                ^
            /etc/deadlined/deadlined.yaml:3:5: note: 'x' first defined here
              - id: x
                ^
            """)
}

@Test func duplicateItemIdFromAnAgencyListPointsAtTheAgency() {
    let r = load(
        "assignments:\n  - id: x/a\n    agency: A\n    task: T\n    due: 15/5/2024\n  - id: x\n    agency: [B, A]\n    task: T\n    due: 15/5/2024\n"
    )
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:7:17: error: duplicate id 'x/a'; first defined at /etc/deadlined/deadlined.yaml:2:5
                agency: [B, A]
                            ^
            /etc/deadlined/deadlined.yaml:2:5: note: 'x/a' first defined here
              - id: x/a
                ^
            """)
}

@Test func duplicateDirectiveIds() {
    let r = load("directives:\n  - id: d1\n    assignments: []\n  - id: d1\n    assignments: []\n")
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:4:5: error: duplicate directive id 'd1'; first defined at /etc/deadlined/deadlined.yaml:2:5
              - id: d1
                ^
            /etc/deadlined/deadlined.yaml:2:5: note: directive 'd1' first defined here
              - id: d1
                ^
            """)
}

@Test func doneByProblems() {
    // `Sở Y te` names `Sở Y tế`: names compare without case and diacritics.
    let r = load(
        "assignments:\n  - id: x\n    agency: [Sở Y tế, Sở Tài chính]\n    task: T\n    due: 15/5/2024\n    done_by: [Sở Y te, {completed: 1/5/2024}]\n"
    )
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:6:24: error: a 'done_by' entry needs 'agency'
                done_by: [Sở Y te, {completed: 1/5/2024}]
                                   ^
            """)
    let r2 = load(
        "assignments:\n  - id: x\n    agency: [Sở Y tế, Sở Tài chính]\n    task: T\n    due: 15/5/2024\n    done_by: [Sở Tài chinh, Sở Xây dựng]\n"
    )
    #expect(
        r2.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:6:29: error: 'done_by' names 'Sở Xây dựng', which is not among this assignment's agencies
                done_by: [Sở Tài chinh, Sở Xây dựng]
                                        ^
            """)
}

@Test func agencyListedTwice() {
    let r = load(
        "assignments:\n  - id: x\n    agency: [Sở Y tế, Sở Tài chính, SỞ Y TẾ]\n    task: T\n    due: 15/5/2024\n")
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:3:37: error: agency 'SỞ Y TẾ' is listed twice in this assignment (first at line 3)
                agency: [Sở Y tế, Sở Tài chính, SỞ Y TẾ]
                                                ^
            """)
}

@Test func includeMatchingNothing() {
    let r = load("include: [assignments.d/*.yaml]\n")
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:1:11: error: include 'assignments.d/*.yaml' matches no file (looked for /etc/deadlined/assignments.d/*.yaml)
            include: [assignments.d/*.yaml]
                      ^
            """)
}

@Test func includeCycle() {
    let r = load(files: [mainPath: "include: [b.yaml]\n", "/etc/deadlined/b.yaml": "include: [deadlined.yaml]\n"])
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/b.yaml:1:11: error: include cycle: '/etc/deadlined/deadlined.yaml' includes itself through /etc/deadlined/deadlined.yaml -> /etc/deadlined/b.yaml -> /etc/deadlined/deadlined.yaml
            include: [deadlined.yaml]
                      ^
            """)
}

@Test func settingsInAnIncludedFile() {
    let r = load(files: [mainPath: "include: [b.yaml]\n", "/etc/deadlined/b.yaml": "settings:\n  language: en\n"])
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/b.yaml:1:1: error: 'settings' belongs in the main configuration file, not in an included file
            settings:
            ^
            """)
}

@Test func emptyFile() {
    let r = load("")
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics()
            == "/etc/deadlined/deadlined.yaml: error: the file holds no YAML document (it is empty or only comments)")
}

@Test func onlyComments() {
    let r = load("# deadlined\n\n   # nothing yet\n")
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics()
            == "/etc/deadlined/deadlined.yaml: error: the file holds no YAML document (it is empty or only comments)")
}

@Test func topLevelNotAMapping() {
    let r = load("- a\n- b\n")
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:1:1: error: expected a mapping for the top level of the file, found a list
            - a
            ^
            """)
}

@Test func twoDocuments() {
    let r = load("assignments: []\n---\nassignments: []\n")
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:2:1: error: a second YAML document ('---'); a deadlined file holds one document
            ---
            ^
            """)
}

@Test func invalidUTF8NamesTheByteOffset() {
    // "assignments:\n" is 13 bytes, "  - agency: Sở\n" 17 (ở is 3 bytes): the bad byte is at offset 30.
    let r = load(bytes: Array("assignments:\n  - agency: Sở\n".utf8) + [0xFF] + Array("\n".utf8))
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:3:1: error: invalid UTF-8 at byte offset 30 (byte 0xFF): the file must be UTF-8 text
            \u{FFFD}
            ^
            """)
    // A truncated sequence in the middle of a line, after a multi-byte character: the column counts characters.
    let r2 = load(bytes: Array("task: Đề án ".utf8) + [0xE1, 0x41] + Array("\n".utf8))
    #expect(
        r2.errors.first?.description
            == "/etc/deadlined/deadlined.yaml:1:13: error: invalid UTF-8 at byte offset 16 (byte 0xE1 starts a 3-byte character, byte 0x41 cuts it off): the file must be UTF-8 text"
    )
    let r3 = load(bytes: Array("x: ".utf8) + [0xC0, 0x80])
    #expect(
        r3.errors.first?.description
            == "/etc/deadlined/deadlined.yaml:1:4: error: invalid UTF-8 at byte offset 3: the file must be UTF-8 text")
}

@Test func aHugeValueIsQuotedByItsStartAndALongLineAsAWindowAroundTheColumn() {
    // A 1 MB status and a 10,000-character line: the message quotes 100 characters, the
    // source line shows 160 around the caret.
    let big = String(repeating: "x", count: 1_000_000)
    let r = load("assignments:\n  - {id: a, agency: A, task: T, due: 1/5/2024, status: \(big)}\n")
    let rendered = r.renderedDiagnostics()
    #expect(rendered.utf8.count < 1000)
    #expect(
        r.errors.first?.message.hasPrefix(
            "unknown status '" + String(repeating: "x", count: 99) + "…'; expected not_started") == true)
    let pad = String(repeating: "a", count: 5000)
    let r2 = load("assignments:\n  - {id: a, agency: \(pad), task: T, due: 31/2/2024, note: \(pad)}\n")
    let lines = r2.renderedDiagnostics().split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    #expect(lines[1].hasPrefix("…") && lines[1].hasSuffix("…"))
    #expect(lines[1].count == 162)
    // The caret still points at the due date.
    let caretAt = lines[2].count - 1
    #expect(Array(lines[1])[caretAt...].starts(with: "31/2/2024"))
}

@Test func linesEndedByALoneCarriageReturnAreQuoted() {
    let r = load("assignments:\r  - id: a\r    agency: A\r    task: T\r    due: 31/2/2024\r")
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:5:10: error: invalid date for 'due': 31/2/2024 does not exist: month 2 of 2024 has 29 days
                due: 31/2/2024
                     ^
            """)
}

@Test func aMergeKeyIsNamedAsUnsupported() {
    let r = load("assignments:\n  - &d {id: a, agency: A, task: T, due: 1/5/2024}\n  - <<: *d\n    id: b\n")
    #expect(
        r.errors.first?.message
            == "unknown key '<<' in an assignment; YAML merge keys are not supported: write the keys out (anchors and aliases of whole values work)"
    )
}

@Test func nulByte() {
    let r = load(bytes: Array("assignments:\n  - agency: A".utf8) + [0] + Array("\n".utf8))
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:2:14: error: NUL byte at byte offset 26: this is not a text file
              - agency: A\u{20}
                         ^
            """)
}

@Test func billionLaughs() {
    var s = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1...9 {
        s += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
    }
    let r = load(s)
    #expect(r.config == nil)
    // a1 stands for 11 nodes, a2 for 111, a3 for 1111, a4 for 11111: the ninth *a4 passes 100000.
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:5:45: error: aliases expand to more than 100000 nodes (limit max_alias_expansion); is this a "billion laughs" file?
            a4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]
                                                        ^
            """)
}

@Test func aliasToNothing() {
    let r = load("assignments: *nothing\n")
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:1:14: error: alias '*nothing' refers to no anchor defined before it
            assignments: *nothing
                         ^
            """)
}

@Test func deepNesting() {
    let r = load(String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n")
    #expect(r.config == nil)
    #expect(r.errors.count == 1)
    #expect(
        r.errors.first?.description
            == "/etc/deadlined/deadlined.yaml:1:65: error: nesting deeper than 64 levels (limit max_depth)")
    // Exactly at the limit is fine as YAML (and then wrong as a config).
    let ok = load("x: " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63) + "\n")
    #expect(!ok.errors.contains { $0.message.contains("max_depth") })
}

@Test func unknownTimeZoneAndLanguage() {
    let r = load("settings:\n  timezone: Asia/Hanoi_City\n  language: fr\n")
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:2:13: error: unknown time zone 'Asia/Hanoi_City'; use an IANA name such as Asia/Ho_Chi_Minh
              timezone: Asia/Hanoi_City
                        ^
            /etc/deadlined/deadlined.yaml:3:13: error: unknown language 'fr'; expected vi or en
              language: fr
                        ^
            """)
}

@Test func badDurations() {
    let r = load("settings:\n  remind_before: [7x, -1d, 0d]\n  repeat_overdue: 30s\n  escalate_after: 7\n")
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:2:19: error: unknown unit 'x' in duration '7x'; use s, m, h, d or w
              remind_before: [7x, -1d, 0d]
                              ^
            /etc/deadlined/deadlined.yaml:2:23: error: duration '-1d' is negative
              remind_before: [7x, -1d, 0d]
                                  ^
            /etc/deadlined/deadlined.yaml:2:28: error: 'remind_before' must be longer than zero
              remind_before: [7x, -1d, 0d]
                                       ^
            /etc/deadlined/deadlined.yaml:3:19: error: 'repeat_overdue' must be at least 1m
              repeat_overdue: 30s
                              ^
            /etc/deadlined/deadlined.yaml:4:19: error: unrecognised duration '7'; expected a form such as 7d, 12h, 30m, 2w or 1d12h
              escalate_after: 7
                              ^
            """)
}

@Test func otherBadSettings() {
    let r = load("settings:\n  digest_at: \"8:5\"\n  watch: maybe\n  alert_budget: -3\n")
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:2:14: error: invalid time for 'digest_at': '8:5'; expected HH:MM such as 08:00
              digest_at: "8:5"
                         ^
            /etc/deadlined/deadlined.yaml:3:10: error: expected true or false for 'watch', found text
              watch: maybe
                     ^
            /etc/deadlined/deadlined.yaml:4:17: error: 'alert_budget' must be a whole number above zero
              alert_budget: -3
                            ^
            """)
}

@Test func missingMainFile() {
    let r = ConfigLoader(source: MemorySource([:])).load(mainPath)
    #expect(r.config == nil)
    #expect(
        r.renderedDiagnostics()
            == "/etc/deadlined/deadlined.yaml: error: cannot read configuration: No such file or directory")
}

@Test func warningsAreRenderedAsWarnings() {
    let r = load(
        "directives:\n  - id: d\n    title: T\nassignments:\n  - id: a\n    agency: A\n    task: T\n    due: 15/5/2024\n    status: ongoing\n"
    )
    #expect(r.config != nil)
    #expect(
        r.renderedDiagnostics() == """
            /etc/deadlined/deadlined.yaml:2:5: warning: directive 'd' has no assignments
              - id: d
                ^
            /etc/deadlined/deadlined.yaml:9:13: warning: the item is 'ongoing' (regular work), so its 'due' is not tracked
                status: ongoing
                        ^
            """)
}
