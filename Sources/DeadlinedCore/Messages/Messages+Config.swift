// The decoders' messages: directives, assignments, recurrence, extensions, progress,
// acknowledgements, agencies. YAML keys and values stay as written, in quotes.
extension MessageTable {
    static let configEntries: [MessageEntry] = [
        // Shapes and scalars (ScalarReaders).
        MessageEntry("expected a mapping for {1}, found {2}", "cần một ánh xạ (khóa: giá trị) cho {1}, nhưng gặp {2}"),
        MessageEntry(
            "a key in {1} must be a plain word, not {2}", "khóa trong {1} phải là một từ đơn giản, không phải {2}"),
        MessageEntry(
            "duplicate key '{1}' in {2}; first given at line {3}",
            "khóa '{1}' lặp lại trong {2}; đã khai báo ở dòng {3}"),
        MessageEntry("unknown key '{1}' in {2}", "khóa '{1}' không hợp lệ trong {2}"),
        MessageEntry(
            "expected text for '{1}', found {2} ({3}); put it in quotes if it is meant as text",
            "'{1}' cần văn bản, nhưng gặp {2} ({3}); hãy đặt trong dấu nháy nếu đó là văn bản"),
        MessageEntry("expected text for '{1}', found {2}", "'{1}' cần văn bản, nhưng gặp {2}"),
        MessageEntry("'{1}' has no value", "'{1}' không có giá trị"),
        MessageEntry("'{1}' is empty", "'{1}' để trống"),
        MessageEntry("'{1}' must be longer than zero", "'{1}' phải dài hơn 0"),
        MessageEntry(
            "invalid date for '{1}': '{2}' is a count of working days, not a date",
            "ngày không hợp lệ cho '{1}': '{2}' là số ngày làm việc, không phải một ngày"),
        MessageEntry("invalid date for '{1}': {2}", "ngày không hợp lệ cho '{1}': {2}"),
        MessageEntry("expected true or false for '{1}', found {2}", "'{1}' cần true hoặc false, nhưng gặp {2}"),
        MessageEntry(
            "'{1}' takes single days such as 2/9/2025, not '{2}'", "'{1}' nhận từng ngày như 2/9/2025, không nhận '{2}'"
        ),
        MessageEntry("a mapping", "một ánh xạ"),
        MessageEntry("a list", "một danh sách"),
        MessageEntry("an alias", "một bí danh (alias)"),
        MessageEntry("nothing", "giá trị rỗng"),
        MessageEntry("a boolean", "một giá trị đúng/sai"),
        MessageEntry("a number", "một số"),
        MessageEntry("text", "văn bản"),
        MessageEntry("{1}; did you mean '{2}'?", "{1}; có phải là '{2}'?"),
        MessageEntry(
            "{1}; YAML merge keys are not supported: write the keys out (anchors and aliases of whole values work)",
            "{1}; không hỗ trợ khóa gộp YAML ('<<'): hãy ghi đủ các khóa (anchor và alias cho cả giá trị vẫn dùng được)"
        ),
        // What a mapping is, in "unknown key 'x' in ..." and "expected a mapping for ...".
        MessageEntry("a holiday decisions file", "tệp quyết định nghỉ lễ"),
        MessageEntry("the acknowledgements file", "tệp xác nhận"),
        MessageEntry("the top level of the file", "cấp ngoài cùng của tệp"),
        MessageEntry("the updates file", "tệp cập nhật"),
        MessageEntry("a '{1}' entry", "mục '{1}'"),
        MessageEntry("a 'done_by' entry", "mục 'done_by'"),
        MessageEntry("a holiday decision", "quyết định nghỉ lễ"),
        MessageEntry("a swap", "hoán đổi ngày"),
        MessageEntry("an acknowledgement", "xác nhận"),
        MessageEntry("an entry of '{1}'", "mục của '{1}'"),
        MessageEntry("an extension", "gia hạn"),
        MessageEntry("an update", "cập nhật"),
        MessageEntry("a directive", "chỉ thị"),
        MessageEntry("an agency", "cơ quan"),
        MessageEntry("an assignment", "nhiệm vụ"),
        MessageEntry("notify", "notify"),
        MessageEntry("settings", "settings"),
        // Files and sections (FileDecoder, DirectiveDecoder).
        MessageEntry(
            "'settings' belongs in the main configuration file, not in an included file",
            "'settings' phải nằm trong tệp cấu hình chính, không nằm trong tệp được include"),
        MessageEntry(
            "'notify' belongs in the main configuration file, not in an included file",
            "'notify' phải nằm trong tệp cấu hình chính, không nằm trong tệp được include"),
        MessageEntry("expected a list of directives, found {1}", "cần một danh sách chỉ thị, nhưng gặp {1}"),
        MessageEntry(
            "a directive needs an 'id' (or a 'reference' or 'title' to derive one from)",
            "chỉ thị cần có 'id' (hoặc 'reference' hay 'title' để tạo id)"),
        MessageEntry("directive '{1}' has no assignments", "chỉ thị '{1}' không có nhiệm vụ giao việc nào"),
        MessageEntry("expected a list of assignments, found {1}", "cần một danh sách giao việc, nhưng gặp {1}"),
        // Assignments (AssignmentDecoder, AssignmentFields, DueChecks, DoneByDecoder).
        MessageEntry(
            "assignment has no 'id'; using '{1}', which changes whenever the task text changes (add 'id:' to keep its alert history)",
            "nhiệm vụ không có 'id'; dùng '{1}', id này đổi mỗi khi nội dung nhiệm vụ đổi (thêm 'id:' để giữ lịch sử cảnh báo)"
        ),
        MessageEntry(
            "assignment has no 'agency': name the agency (or a list of agencies) responsible",
            "nhiệm vụ thiếu 'agency': ghi cơ quan (hoặc danh sách cơ quan) chịu trách nhiệm"),
        MessageEntry("assignment has no 'task': say what is to be done", "nhiệm vụ thiếu 'task': ghi rõ việc cần làm"),
        MessageEntry(
            "assignment has no 'due': give a deadline such as 15/5/2024, or 'status: ongoing' for regular work",
            "nhiệm vụ thiếu 'due': ghi thời hạn như 15/5/2024, hoặc 'status: ongoing' cho việc thường xuyên"),
        MessageEntry(
            "'completed: {1}' is given but the status is '{2}'; the item is treated as not done",
            "có 'completed: {1}' nhưng trạng thái là '{2}'; nhiệm vụ được coi là chưa hoàn thành"),
        MessageEntry(
            "the item is 'ongoing' (regular work), so its 'due' is not tracked",
            "nhiệm vụ là 'ongoing' (việc thường xuyên) nên 'due' của nó không được theo dõi"),
        MessageEntry(
            "agency '{1}' is listed twice in this assignment (first at line {2})",
            "cơ quan '{1}' được ghi hai lần trong nhiệm vụ này (lần đầu ở dòng {2})"),
        MessageEntry(
            "'due: {1}' counts working days from 'assigned' (or the directive's 'issued'), and neither is given",
            "'due: {1}' tính ngày làm việc từ 'assigned' (hoặc 'issued' của chỉ thị), nhưng không có ngày nào"),
        MessageEntry("more than {1} items (limit max_items)", "quá {1} nhiệm vụ (giới hạn max_items)"),
        MessageEntry(
            "'agency' is an empty list: name at least one agency", "'agency' là danh sách rỗng: ghi ít nhất một cơ quan"
        ),
        MessageEntry(
            "unknown period '{1}' for 'every'; expected week, month, quarter, half_year or year",
            "chu kỳ '{1}' của 'every' không hợp lệ; dùng week, month, quarter, half_year hoặc year"),
        MessageEntry(
            "unknown status '{1}'; expected not_started, in_progress, done, ongoing or cancelled (chưa thực hiện, đang thực hiện, hoàn thành, thường xuyên, đã hủy)",
            "trạng thái '{1}' không hợp lệ; dùng not_started, in_progress, done, ongoing hoặc cancelled (chưa thực hiện, đang thực hiện, hoàn thành, thường xuyên, đã hủy)"
        ),
        MessageEntry(
            "'done_by' names '{1}', which is not among this assignment's agencies",
            "'done_by' ghi '{1}', không thuộc các cơ quan của nhiệm vụ này"),
        MessageEntry("a 'done_by' entry needs 'agency'", "mục 'done_by' cần có 'agency'"),
        MessageEntry(
            "'{1}' is approximate: it is read as the end of day '{2}' ({3} unless settings say otherwise) of {4}/{5}; write the exact date if the document gives one",
            "'{1}' là thời hạn ước lượng: được hiểu là hết ngày '{2}' ({3} nếu settings không quy định khác) của tháng {4}/{5}; hãy ghi ngày cụ thể nếu văn bản có"
        ),
        MessageEntry(
            "'completed: {1}' is before 'assigned: {2}': is one of them a typo?",
            "'completed: {1}' trước 'assigned: {2}': có ngày nào bị gõ nhầm không?"),
        MessageEntry(
            "'due: {1}' ends on {2}, before the directive '{3}' was issued ({4}): is the date a typo?",
            "'due: {1}' hết hạn ngày {2}, trước khi chỉ thị '{3}' được ban hành ({4}): ngày có bị gõ nhầm không?"),
        // Recurring duties (RecurrenceDecoder).
        MessageEntry(
            "'{1}' belongs to a recurring duty; add 'every: month' (or week, quarter, half_year, year)",
            "'{1}' dành cho nhiệm vụ định kỳ; thêm 'every: month' (hoặc week, quarter, half_year, year)"),
        MessageEntry(
            "an assignment has either 'due' or 'every', not both", "nhiệm vụ có 'due' hoặc 'every', không có cả hai"),
        MessageEntry(
            "a recurring duty records what is done with 'done_through', not 'completed'",
            "nhiệm vụ định kỳ ghi phần đã làm bằng 'done_through', không dùng 'completed'"),
        MessageEntry(
            "a recurring duty needs 'starts' (or 'assigned', or the directive's 'issued') to know its first period",
            "nhiệm vụ định kỳ cần 'starts' (hoặc 'assigned', hoặc 'issued' của chỉ thị) để biết kỳ đầu tiên"),
        MessageEntry(
            "'until' ({1}) is before the first period (from {2}): this duty has no occurrence",
            "'until' ({1}) trước kỳ đầu tiên (từ {2}): nhiệm vụ này không có kỳ nào"),
        MessageEntry(
            "'day: {1}' is not a day of a month of the {2}: write D/M, day D (1-31 or last) of the period's M-th month (1-{3} or last)",
            "'day: {1}' không phải một ngày trong tháng của {2}: ghi D/M, tức ngày D (1-31 hoặc last) của tháng thứ M trong kỳ (1-{3} hoặc last)"
        ),
        MessageEntry(
            "'day' of a weekly duty is a weekday: mon..sun or thứ 2..chủ nhật, not '{1}'",
            "'day' của nhiệm vụ hằng tuần là một thứ trong tuần: mon..sun hoặc thứ 2..chủ nhật, không phải '{1}'"),
        MessageEntry(
            "'day' must be a day of the {1} (1-{2}) or 'last', not '{3}'",
            "'day' phải là một ngày của {1} (1-{2}) hoặc 'last', không phải '{3}'"),
        MessageEntry("week", "tuần"),
        MessageEntry("month", "tháng"),
        MessageEntry("quarter", "quý"),
        MessageEntry("half-year", "nửa năm"),
        MessageEntry("half_year", "nửa năm"),
        MessageEntry("year", "năm"),
        // Extensions (ExtensionsDecoder).
        MessageEntry("expected a list of extensions, found {1}", "cần một danh sách gia hạn, nhưng gặp {1}"),
        MessageEntry("an extension needs its new 'due'", "gia hạn cần có 'due' mới"),
        MessageEntry(
            "'extensions' extend the 'due' date, but this assignment has none",
            "'extensions' gia hạn ngày 'due', nhưng nhiệm vụ này không có 'due'"),
        MessageEntry(
            "an extension of '{1}' counts working days from its 'granted' date, which is not given",
            "gia hạn '{1}' tính ngày làm việc từ ngày 'granted', nhưng ngày này không được ghi"),
        MessageEntry(
            "this extension moves the deadline earlier, from '{1}' to '{2}'; extensions are listed oldest first",
            "gia hạn này đưa thời hạn sớm hơn, từ '{1}' về '{2}'; các lần gia hạn ghi theo thứ tự cũ trước"),
        // Acknowledgements and agencies (AcksDecoder, AgenciesDecoder).
        MessageEntry("expected a list of acknowledgements, found {1}", "cần một danh sách xác nhận, nhưng gặp {1}"),
        MessageEntry("an acknowledgement needs 'id' and 'until'", "xác nhận cần có 'id' và 'until'"),
        MessageEntry("expected a list of agencies, found {1}", "cần một danh sách cơ quan, nhưng gặp {1}"),
        MessageEntry(
            "'{1}' does not look like an email address (expected name@domain.gov.vn)",
            "'{1}' không giống địa chỉ thư điện tử (cần dạng ten@domain.gov.vn)"),
        MessageEntry("an agency needs 'name': its official name", "cơ quan cần có 'name': tên chính thức"),
        // The note on assignments without a deadline (UndatedNote), then where to see them.
        MessageEntry(
            "1 assignment has no deadline (không thời hạn); it is listed and counted, never overdue",
            "1 nhiệm vụ không thời hạn: vẫn được liệt kê và thống kê, không bao giờ bị tính là quá hạn"),
        MessageEntry(
            "{1} assignments have no deadline (không thời hạn); they are listed and counted, never overdue",
            "{1} nhiệm vụ không thời hạn: vẫn được liệt kê và thống kê, không bao giờ bị tính là quá hạn"),
        MessageEntry(
            "{1} (see them: deadlined list --state no_deadline)",
            "{1} (xem các nhiệm vụ này: deadlined list --state no_deadline)"),
    ]
}
