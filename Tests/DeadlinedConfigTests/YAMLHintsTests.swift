import Testing

@testable import DeadlinedConfig

// YAMLHints.hint on its own: the file's text and libyaml's problem, context and marks (0-based
// line and character column, as libyaml gives them; each mark below was read off libyaml's
// error for the same text, and is counted by hand in the comment beside it).

private func hint(
    _ text: String, _ problem: String, context: String? = nil, contextAt: (Int, Int)? = nil, at: (Int, Int)
) -> String? {
    YAMLHints.hint(
        problem: problem, context: context,
        contextMark: contextAt.map { YAMLHints.Mark(line: $0.0, column: $0.1) },
        mark: YAMLHints.Mark(line: at.0, column: at.1), in: Array(text.utf8))
}

private let mappingValues = "mapping values are not allowed in this context"

@Test func colonInsideUnquotedTextIsQuotedOnTheActualLine() {
    // Line 2 (0-based): 4 spaces (0-3), "task" (4-7), ':' 8, ' ' 9, "Sở Tài chính" is 12
    // characters (10-21), so the colon inside the text is column 22.
    let text = "assignments:\n  - agency: A\n    task: Sở Tài chính: tham mưu cấp kinh phí\n    due: 15/5/2024\n"
    #expect(
        hint(text, mappingValues, at: (2, 22))
            == "the text of 'task' contains ': ' (a colon and a space), which YAML reads as the start of another key: put the text in double quotes: task: \"Sở Tài chính: tham mưu cấp kinh phí\""
    )
}

@Test func colonHintKeepsTheDashTheCommentAndEscapesInnerQuotes() {
    // "  - task: " is 10 characters; S 10, ở 11, ' ' 12, '"' 13, A 14, '"' 15, ':' 16.
    let text = "a:\n  - task: Sở \"A\": tham mưu  # ghi chú\n"
    #expect(
        hint(text, mappingValues, at: (1, 16))
            == "the text of 'task' contains ': ' (a colon and a space), which YAML reads as the start of another key: put the text in double quotes: - task: \"Sở \\\"A\\\": tham mưu\"  # ghi chú"
    )
}

@Test func colonAtTheEndOfTheTextIsSaidSo() {
    // "  title: " is 9 characters, "Kế hoạch" 8 more (9-16): the colon is column 17.
    #expect(
        hint("a:\n  title: Kế hoạch:\n", mappingValues, at: (1, 17))
            == "the text of 'title' ends with ':', which YAML reads as the start of another key: put the text in double quotes: title: \"Kế hoạch:\""
    )
}

@Test func colonInTextGoingOnOverMoreLinesAsksForTheWholeText() {
    // "  task: A" then ':' at column 9; the next line is more text (no key), deeper than 'task'.
    #expect(
        hint("a:\n  task: A: B\n    more\n", mappingValues, at: (1, 9))
            == "the text of 'task' contains ': ' (a colon and a space), which YAML reads as the start of another key: put the whole text, to the end of its last line, in double quotes"
    )
}

@Test func colonOnALineContinuingTextNamesTheKeyWhoseTextItIs() {
    // Line 2: 4 spaces, "Sở Tài chính" (4-15), ':' 16; it continues 'task' (line 1, 0-based).
    #expect(
        hint("a:\n  task: A\n    Sở Tài chính: tham\n", mappingValues, at: (2, 16))
            == "this line continues the text of 'task' (line 2), and that text contains ': ' (a colon and a space), which YAML reads as a key: put the whole text of 'task' in double quotes"
    )
}

@Test func overIndentedKeyAfterPlainTextNamesTheSiblingAndItsColumn() {
    // Line 3: 6 spaces, "due" (6-8), ':' 9: the key is at column 7 (1-based); 'task' on line
    // 3 (1-based) is at 0-based 4, column 5.
    let text = "assignments:\n  - agency: A\n    task: T\n      due: 15/5/2024\n"
    #expect(
        hint(text, mappingValues, at: (3, 9))
            == "the key 'due' starts at column 7, further right than 'task' on line 3 (column 5), so YAML reads it as more of the text of 'task'; keys of one mapping start in the same column: move 'due' to column 5"
    )
}

@Test func overIndentedKeyAfterQuotedText() {
    // libyaml: "did not find expected key" in the mapping that starts at (1, 2), at 'due' (2, 4).
    #expect(
        hint(
            "a:\n  task: \"T\"\n    due: 1\n", "did not find expected key", context: "while parsing a block mapping",
            contextAt: (1, 2), at: (2, 4))
            == "the key 'due' starts at column 5, further right than 'task' on line 2 (column 3); keys of one mapping start in the same column: move 'due' to column 3"
    )
}

@Test func underIndentedKeyInAListItem() {
    // 'due' at 0-based 3 (3 spaces), 'task' at 4: columns 4 and 5.
    let text = "assignments:\n  - agency: A\n    task: T\n   due: 15/5/2024\n"
    #expect(
        hint(
            text, "did not find expected '-' indicator", context: "while parsing a block collection",
            contextAt: (1, 2), at: (3, 3))
            == "the key 'due' starts at column 4, left of 'task' on line 3 (column 5); keys of one mapping start in the same column: move 'due' to column 5"
    )
}

@Test func keyInTheListsDashColumnMayAlsoStartANewItem() {
    // The list's dashes are at 0-based 2 (the context mark), and so is 'due'.
    let text = "assignments:\n  - agency: A\n    task: T\n  due: 1\n"
    #expect(
        hint(
            text, "did not find expected '-' indicator", context: "while parsing a block collection",
            contextAt: (1, 2), at: (3, 2))
            == "the key 'due' starts at column 3, left of 'task' on line 3 (column 5); keys of one mapping start in the same column: move 'due' to column 5, or write '- ' before it to start a new item of the list"
    )
}

@Test func keyAfterAListOfTextGetsNoIndentationHint() {
    // 'c' follows the item "- b", not a key: naming 'a' as its sibling would mislead.
    #expect(
        hint(
            "a:\n  - b\n  c: 1\n", "did not find expected '-' indicator", context: "while parsing a block collection",
            contextAt: (1, 2), at: (2, 2)) == nil)
}

@Test func missingSpaceAfterAKeysColonIsNamed() {
    // `task:T` is text; libyaml reads "task:T due" as one key and stops at the colon (2, 5).
    #expect(
        hint("a:\n  task:T\n  due: 1\n", mappingValues, at: (2, 5))
            == "on line 2, 'task:' has no space after the colon, so YAML reads that line as text, not as the key 'task': write 'task: T'"
    )
}

@Test func listItemAmongTheKeysOfAMapping() {
    #expect(
        hint(
            "settings:\n  timezone: X\n  - language: vi\n", "did not find expected key",
            context: "while parsing a block mapping", contextAt: (1, 2), at: (2, 2))
            == "a list item ('- ') cannot stand among the keys of a mapping (like 'timezone' on line 2): put the list under a key of its own, or remove the '- '"
    )
}

@Test func textAfterAClosingDoubleQuoteIsRewrittenEscaped() {
    // `    task: "Sở "X" ok"`: '"' at 10, S 11, ở 12, ' ' 13, '"' 14, X 15 (the mark).
    #expect(
        hint(
            "a:\n    task: \"Sở \"X\" ok\"\n", "did not find expected key", context: "while parsing a block mapping",
            contextAt: (1, 4), at: (1, 15))
            == "the quoted text of 'task' ends at its second double quote and more text follows it: inside double quotes, write a double quote as \\\": task: \"Sở \\\"X\\\" ok\""
    )
    // `  task: "Sở" tham mưu`: the value does not end with a quote, so all of it is quoted.
    #expect(
        hint(
            "a:\n  task: \"Sở\" tham mưu\n", "did not find expected key", context: "while parsing a block mapping",
            contextAt: (1, 2), at: (1, 13))
            == "the quoted text of 'task' ends at its second double quote and more text follows it: inside double quotes, write a double quote as \\\": task: \"\\\"Sở\\\" tham mưu\""
    )
}

@Test func textAfterAClosingSingleQuote() {
    #expect(
        hint(
            "a:\n  task: 'Sở' tham mưu\n", "did not find expected key", context: "while parsing a block mapping",
            contextAt: (1, 2), at: (1, 13))
            == "the quoted text of 'task' ends at its second single quote and more text follows it: inside single quotes, write a single quote twice"
    )
}

@Test func unclosedQuoteNamesWhereItOpened() {
    // `  - agency: "Sở…`: '-' 2, "agency" 4-9, ':' 10, '"' 12: line 2, column 13.
    #expect(
        hint(
            "assignments:\n  - agency: \"Sở Tài chính\n    task: T\n", "found unexpected end of stream",
            context: "while scanning a quoted scalar", contextAt: (1, 12), at: (3, 0))
            == "the double quote opened at line 2, column 13 (the text of 'agency') is never closed: end that text with a double quote"
    )
}

@Test func backslashInDoubleQuotes() {
    #expect(
        hint(
            "a:\n  path: \"C:\\data\"\n", "found unknown escape character", context: "while parsing a quoted scalar",
            contextAt: (1, 8), at: (1, 12))
            == "inside double quotes a backslash starts an escape: write \\\\ for a backslash, or put the text in single quotes instead"
    )
}

@Test func otherProblemsGetNoHint() {
    #expect(
        hint("a: [b\n", "did not find expected ',' or ']'", context: "while parsing a flow sequence", at: (1, 0)) == nil
    )
    // A mark past the last line finds no line to read.
    #expect(hint("a: b\n", mappingValues, at: (7, 3)) == nil)
}

// The same hints through the loader, with libyaml's own marks: the position stays libyaml's
// (the caret under the colon or key it stopped at), the hint follows its words.

@Test func loaderSaysToQuoteTextWithAColon() {
    let r = load("assignments:\n  - agency: A\n    task: Sở Tài chính: tham mưu cấp kinh phí\n    due: 15/5/2024\n")
    #expect(r.config == nil)
    // Column 23: 4 spaces, "task: " and the 12 characters of "Sở Tài chính" come before it.
    #expect(
        r.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:3:23: error: YAML syntax error: mapping values are not allowed in this context; the text of 'task' contains ': ' (a colon and a space), which YAML reads as the start of another key: put the text in double quotes: task: "Sở Tài chính: tham mưu cấp kinh phí"
                task: Sở Tài chính: tham mưu cấp kinh phí
                                  ^
            """)
}

@Test func loaderNamesTheColumnOfAnOverIndentedKey() {
    let r = load("assignments:\n  - agency: A\n    task: T\n      due: 15/5/2024\n")
    #expect(r.config == nil)
    #expect(
        r.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:4:10: error: YAML syntax error: mapping values are not allowed in this context; the key 'due' starts at column 7, further right than 'task' on line 3 (column 5), so YAML reads it as more of the text of 'task'; keys of one mapping start in the same column: move 'due' to column 5
                  due: 15/5/2024
                     ^
            """)
}

@Test func loaderNamesAListItemAmongKeysAndAMissingSpace() {
    let item = load("settings:\n  timezone: Asia/Ho_Chi_Minh\n  - language: vi\n")
    #expect(
        item.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:3:3: error: YAML syntax error: did not find expected key (while parsing a block mapping at line 2); a list item ('- ') cannot stand among the keys of a mapping (like 'timezone' on line 2): put the list under a key of its own, or remove the '- '
              - language: vi
              ^
            """)
    // libyaml reads "timezone:Asia/Ho_Chi_Minh language" as one key and stops at the colon
    // after "language" (2 spaces and 8 letters: column 11).
    let glued = load("settings:\n  timezone:Asia/Ho_Chi_Minh\n  language: vi\n")
    #expect(
        glued.renderedErrors() == """
            /etc/deadlined/deadlined.yaml:3:11: error: YAML syntax error: mapping values are not allowed in this context; on line 2, 'timezone:' has no space after the colon, so YAML reads that line as text, not as the key 'timezone': write 'timezone: Asia/Ho_Chi_Minh'
              language: vi
                      ^
            """)
}

@Test func noMarkAnywhereInOddTextTraps() {
    // Every problem the hints know, at every line and column of texts with short, empty,
    // dash-only, quote-only and Vietnamese lines, and marks past the ends: a hint or nil.
    let texts = [
        "", "\n", "-", "- ", ":", "a:", "a: \"", "'", "  - - a: b: c\n\"x\" y\n", "a:b:c\n  :\n- -\n",
        "x:\n  task: \"Sở \\\"A\" ok\n\tb: 'c\n   d:e\n      f: g: h  # i\n", "\r\n\r: \r- x\r",
    ]
    let problems =
        [
            ("mapping values are not allowed in this context", nil),
            ("did not find expected key", "while parsing a block mapping"),
            ("did not find expected '-' indicator", "while parsing a block collection"),
            ("found unexpected end of stream", "while scanning a quoted scalar"),
            ("found unknown escape character", "while parsing a quoted scalar"),
        ] as [(String, String?)]
    var hints = 0
    for text in texts {
        for (problem, context) in problems {
            for line in 0...7 {
                for column in 0...24 {
                    if hint(text, problem, context: context, contextAt: (line, column), at: (line, column)) != nil {
                        hints += 1
                    }
                }
            }
        }
    }
    #expect(hints > 0)
}

@Test func hintsFarDownALargeFileReadTheirOwnLines() {
    // 3000 items of two lines each (lines 1-6000, 0-based), CR LF line breaks: the window of
    // lines around the mark starts past the first line, and the unclosed quote's window reaches
    // back 6000 lines to where it opened.
    var text = "assignments:\r\n"
    for i in 0..<3000 { text += "  - id: x\(i)\r\n    task: T\r\n" }
    let overIndented = text + "      due: 1\r\n"
    // Line 6001: 6 spaces, "due" (6-8), ':' 9; 'task' on line 6000 (0-based), column 5.
    #expect(
        hint(overIndented, mappingValues, at: (6001, 9))
            == "the key 'due' starts at column 7, further right than 'task' on line 6001 (column 5), so YAML reads it as more of the text of 'task'; keys of one mapping start in the same column: move 'due' to column 5"
    )
    // `  - agency: "A` opened on line 1 (0-based; column 12), reported at the end, line 6002.
    let unclosed = "assignments:\r\n  - agency: \"A\r\n" + text.dropFirst("assignments:\r\n".count)
    #expect(
        hint(
            unclosed, "found unexpected end of stream", context: "while scanning a quoted scalar", contextAt: (1, 12),
            at: (6002, 0))
            == "the double quote opened at line 2, column 13 (the text of 'agency') is never closed: end that text with a double quote"
    )
}
