// The YAML reader's messages: text that is not UTF-8, libyaml's syntax errors (its problem
// and context phrases are translated one by one), aliases and limits.
extension MessageTable {
    static let yamlEntries: [MessageEntry] = [
        MessageEntry("cannot initialise the YAML parser: out of memory", "không khởi tạo được bộ đọc YAML: hết bộ nhớ"),
        MessageEntry(
            "the file holds no YAML document (it is empty or only comments)",
            "tệp không có tài liệu YAML nào (tệp rỗng hoặc chỉ có chú thích)"),
        MessageEntry(
            "a second YAML document ('---'); a deadlined file holds one document",
            "có tài liệu YAML thứ hai ('---'); mỗi tệp của deadlined chỉ chứa một tài liệu"),
        MessageEntry(
            "alias '*{1}' refers to no anchor defined before it",
            "bí danh '*{1}' không trỏ tới anchor nào khai báo trước nó"),
        MessageEntry("alias '*{1}' refers to a node that contains it", "bí danh '*{1}' trỏ tới nút chứa chính nó"),
        MessageEntry(
            "aliases expand to more than {1} nodes (limit max_alias_expansion); is this a \"billion laughs\" file?",
            "bí danh mở rộng ra hơn {1} nút (giới hạn max_alias_expansion); đây có phải tệp \"billion laughs\"?"),
        MessageEntry("nesting deeper than {1} levels (limit max_depth)", "lồng nhau quá {1} cấp (giới hạn max_depth)"),
        MessageEntry(
            "NUL byte at byte offset {1}: this is not a text file",
            "byte NUL tại byte thứ {1}: đây không phải tệp văn bản"),
        MessageEntry(
            "invalid UTF-8 at byte offset {1} (byte 0x{2}): the file must be UTF-8 text",
            "UTF-8 không hợp lệ tại byte thứ {1} (byte 0x{2}): tệp phải là văn bản UTF-8"),
        MessageEntry(
            "invalid UTF-8 at byte offset {1}: the file ends inside a character",
            "UTF-8 không hợp lệ tại byte thứ {1}: tệp kết thúc giữa một ký tự"),
        MessageEntry(
            "invalid UTF-8 at byte offset {1} (byte 0x{2} starts a {3}-byte character, byte 0x{4} cuts it off): the file must be UTF-8 text",
            "UTF-8 không hợp lệ tại byte thứ {1} (byte 0x{2} mở đầu ký tự {3} byte, byte 0x{4} cắt ngang): tệp phải là văn bản UTF-8"
        ),
        MessageEntry(
            "invalid UTF-8 at byte offset {1}: the file must be UTF-8 text",
            "UTF-8 không hợp lệ tại byte thứ {1}: tệp phải là văn bản UTF-8"),
        // Syntax errors: "YAML syntax error: problem (context at line n); hints".
        MessageEntry("YAML syntax error: {1}", "sai cú pháp YAML: {1}"),
        MessageEntry("{1} ({2} at line {3})", "{1} ({2} ở dòng {3})"),
        MessageEntry("{1} at byte offset {2}", "{1} tại byte thứ {2}"),
        MessageEntry(
            "{1}; tabs cannot be used for indentation, use spaces",
            "{1}; không được thụt lề bằng tab, hãy dùng dấu cách"),
        MessageEntry("{1}; this line contains {2}", "{1}; dòng này có {2}"),
        MessageEntry("it contains {1}", "có {1}"),
        MessageEntry("{1} at the start", "{1} ở đầu"),
        MessageEntry("{1} after '{2}'", "{1} sau '{2}'"),
        MessageEntry("control characters are not allowed: {1}", "không được dùng ký tự điều khiển: {1}"),
        MessageEntry("mapping values are not allowed in this context", "không được có giá trị ánh xạ (dấu ':') ở đây"),
        MessageEntry("mapping keys are not allowed in this context", "không được có khóa ánh xạ ở đây"),
        MessageEntry(
            "block sequence entries are not allowed in this context", "không được có mục danh sách ('-') ở đây"),
        MessageEntry("could not find expected ':'", "không tìm thấy dấu ':' cần có"),
        MessageEntry("did not find expected key", "không tìm thấy khóa cần có"),
        MessageEntry("did not find expected node content", "không tìm thấy nội dung cần có"),
        MessageEntry("did not find expected '-' indicator", "không tìm thấy dấu '-' cần có"),
        MessageEntry("did not find expected ',' or ']'", "không tìm thấy dấu ',' hoặc ']' cần có"),
        MessageEntry("did not find expected ',' or '}'", "không tìm thấy dấu ',' hoặc '}' cần có"),
        MessageEntry("did not find expected comment or line break", "không tìm thấy chú thích hoặc xuống dòng cần có"),
        MessageEntry(
            "did not find expected whitespace or line break", "không tìm thấy dấu cách hoặc xuống dòng cần có"),
        MessageEntry(
            "did not find expected alphabetic or numeric character", "không tìm thấy chữ cái hoặc chữ số cần có"),
        MessageEntry("found character that cannot start any token", "gặp ký tự không thể mở đầu giá trị nào"),
        MessageEntry("found unexpected end of stream", "tệp kết thúc đột ngột"),
        MessageEntry(
            "found unexpected document indicator", "gặp dấu mở/đóng tài liệu ('---' hoặc '...') không đúng chỗ"),
        MessageEntry("found unknown escape character", "gặp ký tự thoát (escape) không hợp lệ"),
        MessageEntry("found undefined tag handle", "gặp tag chưa khai báo"),
        MessageEntry("found a tab character that violates indentation", "gặp ký tự tab làm sai thụt lề"),
        MessageEntry(
            "found a tab character where an indentation space is expected", "gặp ký tự tab ở chỗ cần dấu cách thụt lề"),
        MessageEntry("found unexpected ':'", "gặp dấu ':' không đúng chỗ"),
        MessageEntry("found duplicate anchor; first occurrence", "anchor bị trùng; lần đầu"),
        MessageEntry("found undefined alias", "gặp bí danh chưa khai báo"),
        MessageEntry("invalid leading UTF-8 octet", "byte đầu UTF-8 không hợp lệ"),
        MessageEntry("invalid trailing UTF-8 octet", "byte sau UTF-8 không hợp lệ"),
        MessageEntry("incomplete UTF-8 octet sequence", "chuỗi byte UTF-8 không đầy đủ"),
        MessageEntry("invalid Unicode character", "ký tự Unicode không hợp lệ"),
        MessageEntry("unknown error", "lỗi không xác định"),
        MessageEntry("while parsing a block mapping", "khi đọc một ánh xạ"),
        MessageEntry("while parsing a block collection", "khi đọc một danh sách"),
        MessageEntry("while parsing a block node", "khi đọc một nút"),
        MessageEntry("while parsing a flow mapping", "khi đọc một ánh xạ trong ngoặc {}"),
        MessageEntry("while parsing a flow sequence", "khi đọc một danh sách trong ngoặc []"),
        MessageEntry("while parsing a flow node", "khi đọc một nút trong ngoặc"),
        MessageEntry("while parsing a node", "khi đọc một nút"),
        MessageEntry("while scanning a simple key", "khi đọc một khóa"),
        MessageEntry("while scanning a quoted scalar", "khi đọc một chuỗi trong dấu nháy"),
        MessageEntry("while scanning a plain scalar", "khi đọc một giá trị"),
        MessageEntry("while scanning a block scalar", "khi đọc một khối văn bản"),
        MessageEntry("while scanning an anchor", "khi đọc một anchor"),
        MessageEntry("while scanning an alias", "khi đọc một bí danh"),
        MessageEntry("while scanning a tag", "khi đọc một tag"),
        MessageEntry("while scanning a directive", "khi đọc một chỉ dẫn YAML"),
        MessageEntry("while scanning for the next token", "khi tìm phần tử tiếp theo"),
    ]

    /// The hints said after a syntax error (YAMLHints): "{1}" is the error before them. The
    /// line of the file a hint rewrites is `{=n}`: quoted as it is, whatever its words.
    static let yamlHintEntries: [MessageEntry] = [
        MessageEntry(
            "{1}; the text of '{2}' contains ': ' (a colon and a space), which YAML reads as the start of another key: put the text in double quotes: {=3}",
            "{1}; nội dung của '{2}' có ': ' (dấu hai chấm và dấu cách), YAML hiểu đó là chỗ bắt đầu một khóa khác: hãy đặt nội dung trong dấu ngoặc kép: {3}"
        ),
        MessageEntry(
            "{1}; the text of '{2}' ends with ':', which YAML reads as the start of another key: put the text in double quotes: {=3}",
            "{1}; nội dung của '{2}' kết thúc bằng ':', YAML hiểu đó là chỗ bắt đầu một khóa khác: hãy đặt nội dung trong dấu ngoặc kép: {3}"
        ),
        MessageEntry(
            "{1}; the text of '{2}' contains ': ' (a colon and a space), which YAML reads as the start of another key: put the whole text, to the end of its last line, in double quotes",
            "{1}; nội dung của '{2}' có ': ' (dấu hai chấm và dấu cách), YAML hiểu đó là chỗ bắt đầu một khóa khác: hãy đặt toàn bộ nội dung, đến hết dòng cuối, trong dấu ngoặc kép"
        ),
        MessageEntry(
            "{1}; the text of '{2}' ends with ':', which YAML reads as the start of another key: put the whole text, to the end of its last line, in double quotes",
            "{1}; nội dung của '{2}' kết thúc bằng ':', YAML hiểu đó là chỗ bắt đầu một khóa khác: hãy đặt toàn bộ nội dung, đến hết dòng cuối, trong dấu ngoặc kép"
        ),
        MessageEntry(
            "{1}; this line continues the text of '{2}' (line {3}), and that text contains ': ' (a colon and a space), which YAML reads as a key: put the whole text of '{2}' in double quotes",
            "{1}; dòng này là phần tiếp theo nội dung của '{2}' (dòng {3}), nội dung đó có ': ' (dấu hai chấm và dấu cách), YAML hiểu đó là một khóa: hãy đặt toàn bộ nội dung của '{2}' trong dấu ngoặc kép"
        ),
        MessageEntry(
            "{1}; on line {2}, '{3}:' has no space after the colon, so YAML reads that line as text, not as the key '{3}': write '{4}'",
            "{1}; ở dòng {2}, sau dấu hai chấm của '{3}:' không có dấu cách, nên YAML coi cả dòng là nội dung chứ không phải khóa '{3}': hãy viết '{4}'"
        ),
        MessageEntry(
            "{1}; a list item ('- ') cannot stand among the keys of a mapping (like '{2}' on line {3}): put the list under a key of its own, or remove the '- '",
            "{1}; không thể đặt mục danh sách ('- ') xen giữa các khóa của một nhóm (như '{2}' ở dòng {3}): hãy đặt danh sách dưới một khóa riêng, hoặc bỏ '- '"
        ),
        MessageEntry(
            "{1}; a list item ('- ') cannot stand among the keys of a mapping: put the list under a key of its own, or remove the '- '",
            "{1}; không thể đặt mục danh sách ('- ') xen giữa các khóa của một nhóm: hãy đặt danh sách dưới một khóa riêng, hoặc bỏ '- '"
        ),
        MessageEntry(
            "{1}; the quoted text of '{2}' ends at its second single quote and more text follows it: inside single quotes, write a single quote twice",
            "{1}; nội dung trong ngoặc đơn của '{2}' kết thúc ở dấu ngoặc đơn thứ hai mà sau đó vẫn còn chữ: bên trong ngoặc đơn, hãy viết dấu ngoặc đơn hai lần"
        ),
        MessageEntry(
            "{1}; the quoted text of '{2}' ends at its second double quote and more text follows it: inside double quotes, write a double quote as \\\": {=3}",
            "{1}; nội dung trong ngoặc kép của '{2}' kết thúc ở dấu ngoặc kép thứ hai mà sau đó vẫn còn chữ: bên trong ngoặc kép, hãy viết dấu ngoặc kép thành \\\": {3}"
        ),
        MessageEntry(
            "{1}; inside double quotes a backslash starts an escape: write \\\\ for a backslash, or put the text in single quotes instead",
            "{1}; bên trong ngoặc kép, dấu gạch chéo ngược bắt đầu một chuỗi thoát: hãy viết \\\\ cho một dấu gạch chéo ngược, hoặc đặt nội dung trong ngoặc đơn"
        ),
        // A key out of line with the key above it (the sibling '{4}' on line {5}, column {6}).
        MessageEntry(
            "{1}; the key '{2}' starts at column {3}, further right than '{4}' on line {5} (column {6}), so YAML reads it as more of the text of '{4}'; keys of one mapping start in the same column: move '{2}' to column {6}",
            "{1}; khóa '{2}' bắt đầu ở cột {3}, lùi vào sâu hơn '{4}' ở dòng {5} (cột {6}), nên YAML coi nó là phần tiếp theo nội dung của '{4}'; các khóa cùng một nhóm phải bắt đầu ở cùng một cột: chuyển '{2}' về cột {6}"
        ),
        MessageEntry(
            "{1}; the key '{2}' starts at column {3}, further right than '{4}' on line {5} (column {6}); keys of one mapping start in the same column: move '{2}' to column {6}",
            "{1}; khóa '{2}' bắt đầu ở cột {3}, lùi vào sâu hơn '{4}' ở dòng {5} (cột {6}); các khóa cùng một nhóm phải bắt đầu ở cùng một cột: chuyển '{2}' về cột {6}"
        ),
        MessageEntry(
            "{1}; the key '{2}' starts at column {3}, further right than '{4}' on line {5} (column {6}); keys of one mapping start in the same column: move '{2}' to column {6}, or write '- ' before it to start a new item of the list",
            "{1}; khóa '{2}' bắt đầu ở cột {3}, lùi vào sâu hơn '{4}' ở dòng {5} (cột {6}); các khóa cùng một nhóm phải bắt đầu ở cùng một cột: chuyển '{2}' về cột {6}, hoặc viết '- ' trước nó để mở một mục mới của danh sách"
        ),
        MessageEntry(
            "{1}; the key '{2}' starts at column {3}, left of '{4}' on line {5} (column {6}); keys of one mapping start in the same column: move '{2}' to column {6}",
            "{1}; khóa '{2}' bắt đầu ở cột {3}, lệch sang trái so với '{4}' ở dòng {5} (cột {6}); các khóa cùng một nhóm phải bắt đầu ở cùng một cột: chuyển '{2}' về cột {6}"
        ),
        MessageEntry(
            "{1}; the key '{2}' starts at column {3}, left of '{4}' on line {5} (column {6}); keys of one mapping start in the same column: move '{2}' to column {6}, or write '- ' before it to start a new item of the list",
            "{1}; khóa '{2}' bắt đầu ở cột {3}, lệch sang trái so với '{4}' ở dòng {5} (cột {6}); các khóa cùng một nhóm phải bắt đầu ở cùng một cột: chuyển '{2}' về cột {6}, hoặc viết '- ' trước nó để mở một mục mới của danh sách"
        ),
        MessageEntry(
            "{1}; the double quote opened at line {2}, column {3} (the text of '{4}') is never closed: end that text with a double quote",
            "{1}; dấu ngoặc kép mở ở dòng {2}, cột {3} (nội dung của '{4}') không được đóng: hãy kết thúc nội dung đó bằng một dấu ngoặc kép"
        ),
        MessageEntry(
            "{1}; the double quote opened at line {2}, column {3} is never closed: end that text with a double quote",
            "{1}; dấu ngoặc kép mở ở dòng {2}, cột {3} không được đóng: hãy kết thúc nội dung đó bằng một dấu ngoặc kép"
        ),
        MessageEntry(
            "{1}; the single quote opened at line {2}, column {3} (the text of '{4}') is never closed: end that text with a single quote",
            "{1}; dấu ngoặc đơn mở ở dòng {2}, cột {3} (nội dung của '{4}') không được đóng: hãy kết thúc nội dung đó bằng một dấu ngoặc đơn"
        ),
        MessageEntry(
            "{1}; the single quote opened at line {2}, column {3} is never closed: end that text with a single quote",
            "{1}; dấu ngoặc đơn mở ở dòng {2}, cột {3} không được đóng: hãy kết thúc nội dung đó bằng một dấu ngoặc đơn"
        ),
    ]
}
