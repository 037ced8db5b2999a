// The messages of loading: files and includes, ids across files, agency spellings, updates
// and acknowledgements, and the YAML reader (libyaml's own words included).
extension MessageTable {
    static let loadEntries: [MessageEntry] = [
        // Files and includes.
        MessageEntry("cannot read configuration: {1}", "không đọc được tệp cấu hình: {1}"),
        MessageEntry("cannot read included file '{1}': {2}", "không đọc được tệp include '{1}': {2}"),
        MessageEntry("cannot expand include '{1}': {2}", "không mở rộng được include '{1}': {2}"),
        MessageEntry("include '{1}' matches no file (looked for {2})", "include '{1}' không khớp tệp nào (đã tìm {2})"),
        MessageEntry(
            "include cycle: '{1}' includes itself through {2}", "include vòng lặp: '{1}' tự include chính nó qua {2}"),
        MessageEntry(
            "includes nested deeper than {1} files (limit max_include_depth)",
            "include lồng nhau quá {1} tệp (giới hạn max_include_depth)"),
        MessageEntry("'{1}' is already included; skipping it this time", "'{1}' đã được include; lần này bỏ qua"),
        MessageEntry("No such file or directory", "không có tệp hoặc thư mục này"),
        MessageEntry("Permission denied", "không có quyền truy cập"),
        MessageEntry("it is a directory, not a file", "đây là thư mục, không phải tệp"),
        MessageEntry("it is not a regular file", "đây không phải tệp thông thường"),
        MessageEntry(
            "the file is {1} bytes, more than the limit of {2} (max_file_size)",
            "tệp có {1} byte, vượt giới hạn {2} (max_file_size)"),
        MessageEntry(
            "the file is more than the limit of {1} bytes (max_file_size)", "tệp vượt giới hạn {1} byte (max_file_size)"
        ),
        MessageEntry("it matches more than {1} paths", "khớp hơn {1} đường dẫn"),
        // Ids across files (DuplicateIds, Occurrences).
        MessageEntry(
            "duplicate directive id '{1}'; first defined at {2}", "id chỉ thị '{1}' bị trùng; đã khai báo tại {2}"),
        MessageEntry("directive '{1}' first defined here", "chỉ thị '{1}' khai báo lần đầu ở đây"),
        MessageEntry("duplicate id '{1}'; first defined at {2}", "id '{1}' bị trùng; đã khai báo tại {2}"),
        MessageEntry("'{1}' first defined here", "'{1}' khai báo lần đầu ở đây"),
        MessageEntry(
            "duplicate id '{1}': an occurrence of this duty has the id of another item",
            "id '{1}' bị trùng: một kỳ của nhiệm vụ định kỳ này trùng id với nhiệm vụ khác"),
        // Agencies (AgencyNames).
        MessageEntry(
            "agency written {1} ways: {2}; using '{3}'", "tên cơ quan được viết theo {1} cách: {2}; dùng '{3}'"),
        MessageEntry("'{1}' ({2}, {3} items)", "'{1}' ({2}, {3} nhiệm vụ)"),
        MessageEntry(
            "agency name '{1}' is already a name of '{2}' ({3}); each name belongs to one agency",
            "tên cơ quan '{1}' đã là tên của '{2}' ({3}); mỗi tên chỉ thuộc một cơ quan"),
        MessageEntry(
            "agency '{1}' is not in the 'agencies' registry", "cơ quan '{1}' không có trong danh mục 'agencies'"),
        MessageEntry("{1} ({2} items)", "{1} ({2} nhiệm vụ)"),
        MessageEntry(
            "{1}; 'strict_agencies' is on and no 'agencies' are listed",
            "{1}; 'strict_agencies' đang bật nhưng chưa khai báo 'agencies'"),
        MessageEntry(
            "{1}; add it to 'agencies' (as a name, a short form or an alias) or correct it",
            "{1}; hãy thêm vào 'agencies' (tên, tên viết tắt hoặc bí danh) hoặc sửa lại"),
        // Working days and the lunar calendar (Finish).
        MessageEntry(
            "{1} working days from {2} end after 31/12/9999", "{1} ngày làm việc từ {2} kết thúc sau 31/12/9999"),
        MessageEntry(
            "working days are counted up to {1} without Tết and Giỗ Tổ: the lunar calendar covers {2}-{3}",
            "ngày làm việc được tính đến {1} mà không có Tết và Giỗ Tổ: lịch âm chỉ có các năm {2}-{3}"),
        // Updates and acknowledgements.
        MessageEntry("cannot read the updates file: {1}", "không đọc được tệp cập nhật: {1}"),
        MessageEntry("expected a list of updates, found {1}", "cần một danh sách cập nhật, nhưng gặp {1}"),
        MessageEntry(
            "invalid time for 'at': '{1}' is not of the form 2024-06-30T10:15:00+07:00",
            "thời điểm 'at' không hợp lệ: '{1}' không có dạng 2024-06-30T10:15:00+07:00"),
        MessageEntry(
            "invalid date for 'on': '{1}' is not one day", "ngày 'on' không hợp lệ: '{1}' không phải một ngày"),
        MessageEntry("unknown status '{1}'; use one of: {2}", "trạng thái '{1}' không hợp lệ; dùng một trong: {2}"),
        MessageEntry(
            "invalid value for 'progress': '{1}' is not a number such as 14 or 76%",
            "giá trị 'progress' không hợp lệ: '{1}' không phải số như 14 hoặc 76%"),
        MessageEntry("an update needs 'id' and 'at'", "cập nhật cần có 'id' và 'at'"),
        MessageEntry(
            "an update needs one of 'status', 'completed' or 'progress'",
            "cập nhật cần một trong 'status', 'completed' hoặc 'progress'"),
        MessageEntry(
            "an update sets one of 'status', 'completed' or 'progress', not several",
            "mỗi cập nhật chỉ ghi một trong 'status', 'completed' hoặc 'progress'"),
        MessageEntry(
            "update for '{1}', which is not a tracked item; ignored",
            "cập nhật cho '{1}', không phải nhiệm vụ đang theo dõi; bỏ qua"),
        MessageEntry(
            "this update{1} at {2} says '{3}' but {4} says '{5}' and was changed after it ({6}): the configuration is in force",
            "cập nhật này{1} lúc {2} ghi '{3}' nhưng {4} ghi '{5}' và được sửa sau đó ({6}): cấu hình được áp dụng"),
        MessageEntry(
            "{1} says '{2}' but this later update{3} at {4} says '{5}': the update is in force",
            "{1} ghi '{2}' nhưng cập nhật sau{3} lúc {4} ghi '{5}': cập nhật được áp dụng"),
        MessageEntry(
            "progress for '{1}', which has no 'target'; ignored",
            "tiến độ cho '{1}', nhiệm vụ không có 'target'; bỏ qua"),
        MessageEntry("progress for '{1}': {2}; ignored", "tiến độ cho '{1}': {2}; bỏ qua"),
        MessageEntry(
            "progress dated {1} is in the future (today is {2})", "tiến độ ghi ngày {1} ở tương lai (hôm nay là {2})"),
        MessageEntry(
            "cannot read the acknowledgements file: {1}; its acknowledgements are not in force",
            "không đọc được tệp xác nhận: {1}; các xác nhận trong đó không được áp dụng"),
        MessageEntry(
            "acknowledgement for '{1}', which is not a tracked item; ignored",
            "xác nhận cho '{1}', không phải nhiệm vụ đang theo dõi; bỏ qua"),
        MessageEntry(
            "'completed: {1}' is after today ({2}): is the date a typo?",
            "'completed: {1}' sau hôm nay ({2}): ngày có bị gõ nhầm không?"),
        // Progress (ProgressDecoder, ProgressChecks).
        MessageEntry("'{1}' must not be negative, found '{2}'", "'{1}' không được âm, nhưng gặp '{2}'"),
        MessageEntry(
            "expected a number for '{1}' such as 25 or 76%, found '{2}'",
            "'{1}' cần một số như 25 hoặc 76%, nhưng gặp '{2}'"),
        MessageEntry(
            "expected a list for '{1}' such as '- {{2}: 30/6/2024, value: 14}'",
            "'{1}' cần một danh sách như '- {{2}: 30/6/2024, value: 14}'"),
        MessageEntry("an entry of '{1}' needs '{2}' and 'value'", "mục của '{1}' cần '{2}' và 'value'"),
        MessageEntry(
            "'unit', 'progress' and 'milestones' measure against a 'target', and this assignment has none",
            "'unit', 'progress' và 'milestones' đo theo 'target', nhưng nhiệm vụ này không có 'target'"),
        MessageEntry(
            "a recurring duty cannot have a 'target': its occurrences would share one progress; give the target to a one-off assignment",
            "nhiệm vụ định kỳ không thể có 'target': các kỳ sẽ dùng chung một tiến độ; hãy đặt chỉ tiêu cho nhiệm vụ giao một lần"
        ),
        MessageEntry(
            "no 'assigned' date (nor a directive's 'issued') to start expected progress from; give 'assigned' to have expected_share",
            "không có ngày 'assigned' (hay 'issued' của chỉ thị) để tính tiến độ dự kiến; ghi 'assigned' để có expected_share"
        ),
        MessageEntry("'target' must be above zero", "'target' phải lớn hơn 0"),
        MessageEntry("'target' is a percentage above 100%", "'target' là tỷ lệ phần trăm trên 100%"),
        MessageEntry(
            "'unit' names what a count counts; the target {1} is a percentage",
            "'unit' ghi đơn vị đếm; chỉ tiêu {1} là tỷ lệ phần trăm"),
        MessageEntry(
            "a count 'target' is a whole number; write a percentage with '%'",
            "'target' dạng số đếm phải là số nguyên; ghi tỷ lệ phần trăm với '%'"),
        MessageEntry(
            "the target {1} is a count, so a '{2}' value is a count, not {3}",
            "chỉ tiêu {1} là số đếm, nên giá trị '{2}' là số đếm, không phải {3}"),
        MessageEntry("{1} is above 100%", "{1} vượt quá 100%"),
        MessageEntry("{1} is above the target {2}", "{1} vượt chỉ tiêu {2}"),
        MessageEntry(
            "the target {1} is a count, so a '{2}' value is a whole number",
            "chỉ tiêu {1} là số đếm, nên giá trị '{2}' là số nguyên"),
        MessageEntry("the milestone {1} is above the target {2}", "mốc {1} vượt chỉ tiêu {2}"),
        MessageEntry(
            "{1} is before the work was assigned ({2}, 'assigned' or the directive's 'issued')",
            "{1} trước ngày giao việc ({2}, 'assigned' hoặc 'issued' của chỉ thị)"),
        MessageEntry("the milestone {1} is after the due date {2}", "mốc {1} sau thời hạn {2}"),
        MessageEntry(
            "'{1}' entries go oldest first, one per date: {2} comes after {3}",
            "các mục '{1}' ghi theo thứ tự cũ trước, mỗi ngày một mục: {2} đứng sau {3}"),
        MessageEntry(
            "milestone values rise: {1} on {2} is not above {3} on {4}",
            "giá trị các mốc phải tăng dần: {1} ngày {2} không lớn hơn {3} ngày {4}"),
    ]
}
