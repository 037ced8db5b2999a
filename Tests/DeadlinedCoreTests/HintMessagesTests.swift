import Testing

@testable import DeadlinedCore

// The messages the YAML hints, the undated-work note and the command-typo check write, in
// Vietnamese through the message table. Expected texts are the table's Vietnamese with the
// values put in by hand.

@Test func aQuotedLineOfTheFileStaysAsItIsWhateverItsWords() {
    // The rewritten line "task: "Lien he: so tai chinh"" has two unaccented lowercase words
    // in a row ("so tai"), which an unquoted placeholder takes for English: written `{=3}`,
    // it is kept as written.
    let en =
        "YAML syntax error: mapping values are not allowed in this context; the text of 'task' contains ': ' (a colon and a space), which YAML reads as the start of another key: put the text in double quotes: task: \"Lien he: so tai chinh\""
    #expect(
        MessageTable.vietnamese(en)
            == "sai cú pháp YAML: không được có giá trị ánh xạ (dấu ':') ở đây; nội dung của 'task' có ': ' (dấu hai chấm và dấu cách), YAML hiểu đó là chỗ bắt đầu một khóa khác: hãy đặt nội dung trong dấu ngoặc kép: task: \"Lien he: so tai chinh\""
    )
    #expect(Template.verbatim(Array("a {1} b {=2} c '{3}'".utf8)) == [1])
    #expect(Template.parts(Array("x {=2}".utf8)).count == 2)
}

@Test func aKeyOutOfLineReadsInVietnamese() {
    let en =
        "YAML syntax error: did not find expected '-' indicator (while parsing a block collection at line 2); the key 'due' starts at column 4, left of 'task' on line 3 (column 5); keys of one mapping start in the same column: move 'due' to column 5"
    #expect(
        MessageTable.vietnamese(en)
            == "sai cú pháp YAML: không tìm thấy dấu '-' cần có (khi đọc một danh sách ở dòng 2); khóa 'due' bắt đầu ở cột 4, lệch sang trái so với 'task' ở dòng 3 (cột 5); các khóa cùng một nhóm phải bắt đầu ở cùng một cột: chuyển 'due' về cột 5"
    )
    // With the list hint after it: the longer entry, not the shorter one with a column of
    // "5, or write...".
    #expect(
        MessageTable.vietnamese(en + ", or write '- ' before it to start a new item of the list")?.hasSuffix(
            "chuyển 'due' về cột 5, hoặc viết '- ' trước nó để mở một mục mới của danh sách") == true)
}

@Test func theUndatedNoteAndACommandTypoReadInVietnamese() {
    #expect(
        MessageTable.vietnamese(
            "4 assignments have no deadline (không thời hạn); they are listed and counted, never overdue (see them: deadlined list --state no_deadline)"
        )
            == "4 nhiệm vụ không thời hạn: vẫn được liệt kê và thống kê, không bao giờ bị tính là quá hạn (xem các nhiệm vụ này: deadlined list --state no_deadline)"
    )
    #expect(
        MessageTable.vietnamese("deadlined: unknown command 'lsit'; did you mean 'list'?")
            == "deadlined: không có lệnh 'lsit'; có phải là 'list'?")
    #expect(
        MessageTable.vietnamese("unknown command 'frob'; the commands are: check, list, report")
            == "không có lệnh 'frob'; các lệnh là: check, list, report")
}
