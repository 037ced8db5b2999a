// The commands' messages (check, ack, reload, done, progress, status, history and the usage
// errors), and swift-argument-parser's usage errors as it words them.
extension MessageTable {
    static let cliEntries: [MessageEntry] = [
        // Loading the configuration (every command).
        MessageEntry("{1}: {2} error{3}; the configuration was not loaded", "{1}: {2} lỗi; cấu hình không được nạp"),
        MessageEntry(
            "{1}: {2} more diagnostics not shown (--max-errors {3})",
            "{1}: còn {2} thông báo không hiển thị (--max-errors {3})"),
        MessageEntry("--max-errors: expected 0 or more, not {1}", "--max-errors: cần số từ 0 trở lên, không phải {1}"),
        // Naming an item.
        MessageEntry("no tracked item has the id '{1}'", "không có nhiệm vụ nào đang theo dõi có id '{1}'"),
        MessageEntry(
            "'{1}' has no agency '{2}'; its agencies: {3}",
            "'{1}' không có cơ quan '{2}'; các cơ quan của nhiệm vụ: {3}"),
        MessageEntry(
            "'{1}' is assigned to several agencies ({2}); say which with --agency",
            "'{1}' được giao cho nhiều cơ quan ({2}); chọn một cơ quan bằng --agency"),
        MessageEntry(
            "--on: '{1}' is not one day; give a date such as 30/6/2024",
            "--on: '{1}' không phải một ngày; ghi ngày như 30/6/2024"),
        MessageEntry("--on: {1}", "--on: {1}"),
        MessageEntry("--on {1} is after today", "--on {1} sau ngày hôm nay"),
        MessageEntry("--at: {1}", "--at: {1}"),
        MessageEntry("--until: {1}", "--until: {1}"),
        MessageEntry("--directive: no directive has the id '{1}'", "--directive: không có chỉ thị nào có id '{1}'"),
        MessageEntry("--agency: no item is assigned to '{1}'", "--agency: không có nhiệm vụ nào giao cho '{1}'"),
        // Writing updates (done, progress, status).
        MessageEntry(
            "{1} is damaged; nothing was written: mend the lines above, then try again",
            "{1} bị hỏng; chưa ghi gì: sửa các dòng nêu trên rồi thử lại"),
        MessageEntry("{1}; nothing was written, try again", "{1}; chưa ghi gì, hãy thử lại"),
        MessageEntry("'{1}' recorded as done on {2}", "đã ghi '{1}' hoàn thành ngày {2}"),
        MessageEntry("'{1}' recorded at {2} on {3}", "đã ghi tiến độ '{1}' đạt {2} ngày {3}"),
        MessageEntry("'{1}' recorded as {2}", "đã ghi trạng thái '{1}' là {2}"),
        MessageEntry(
            "'{1}' is not a progress value; give a count such as 14 or a percentage such as 76%",
            "'{1}' không phải giá trị tiến độ; ghi số đếm như 14 hoặc tỷ lệ như 76%"),
        MessageEntry(
            "'{1}' has no 'target' in the configuration; progress is measured against one",
            "'{1}' không có 'target' trong cấu hình; tiến độ được đo theo chỉ tiêu"),
        MessageEntry("'{1}': {2}", "'{1}': {2}"),
        // ack.
        MessageEntry("give --until WHEN (or --clear)", "hãy ghi --until THỜI_HẠN (hoặc --clear)"),
        MessageEntry("'{1}' had no acknowledgement", "'{1}' chưa có xác nhận nào"),
        MessageEntry(
            "warning: --until {1} is already past; the acknowledgement quiets nothing",
            "cảnh báo: --until {1} đã qua; xác nhận này không tắt cảnh báo nào"),
        MessageEntry("'{1}' is no longer acknowledged ({2})", "đã bỏ xác nhận '{1}' ({2})"),
        MessageEntry("'{1}' acknowledged until {2} ({3})", "đã xác nhận '{1}' đến {2} ({3})"),
        MessageEntry(
            "{1} has held {2}/{3} for {4} s; nothing was written, try again",
            "{1} đang giữ {2}/{3} đã {4} giây; chưa ghi gì, hãy thử lại"),
        MessageEntry("process {1}", "tiến trình {1}"),
        MessageEntry("another process", "một tiến trình khác"),
        MessageEntry(
            "cannot lock {1} for writing: {2}; nothing was written", "không khóa được {1} để ghi: {2}; chưa ghi gì"),
        // reload and run.
        MessageEntry(
            "--pid: expected the daemon's process id, not {1} (is the service running?)",
            "--pid: cần số hiệu tiến trình của dịch vụ, không phải {1} (dịch vụ có đang chạy không?)"),
        MessageEntry(
            "--timeout: expected seconds between 0 and 86400, not {1}",
            "--timeout: cần số giây từ 0 đến 86400, không phải {1}"),
        MessageEntry(
            "process {1} is '{2}', not deadlined; not signalled",
            "tiến trình {1} là '{2}', không phải deadlined; không gửi tín hiệu"),
        MessageEntry(
            "reload rejected, the previous configuration stays in force: {1}",
            "nạp lại bị từ chối, cấu hình trước vẫn được áp dụng: {1}"),
        MessageEntry("cannot signal process {1}: {2}", "không gửi được tín hiệu tới tiến trình {1}: {2}"),
        MessageEntry("process {1} exited during the reload", "tiến trình {1} đã dừng trong khi nạp lại"),
        MessageEntry("no answer from process {1} within {2} s", "tiến trình {1} không trả lời trong {2} giây"),
        MessageEntry("reloaded", "đã nạp lại"),
        MessageEntry(
            "{1} error{2}; the first: {3} (deadlined check --config {4} shows all)",
            "{1} lỗi; lỗi đầu tiên: {3} (deadlined check --config {4} để xem tất cả)"),
        MessageEntry("{1}: error: {2}", "{1}: lỗi: {2}"),
        MessageEntry("{1}: invalid configuration, not starting", "{1}: cấu hình không hợp lệ, không khởi động"),
        MessageEntry("No such process", "không có tiến trình này"),
        MessageEntry("Operation not permitted", "không được phép thực hiện"),
        // Usage errors of list, report, notify and the output options.
        MessageEntry(
            "--format html is for 'report'; 'list' writes table, json, csv or xlsx",
            "--format html dành cho 'report'; 'list' xuất table, json, csv hoặc xlsx"),
        MessageEntry(
            "--format xlsx writes a binary file: name it with --output FILE or redirect standard output",
            "--format xlsx xuất tệp nhị phân: đặt tên tệp bằng --output TỆP hoặc chuyển hướng đầu ra chuẩn"),
        MessageEntry(
            "year {1} is outside {2}-{3}, the range of the lunar calendar",
            "năm {1} nằm ngoài khoảng {2}-{3} của lịch âm"),
        MessageEntry("--bom applies to --format csv only", "--bom chỉ dùng với --format csv"),
        MessageEntry("--dry-run goes with --once", "--dry-run phải đi kèm --once"),
        MessageEntry(
            "give --journal-directory or --journal-file, not both",
            "chỉ ghi --journal-directory hoặc --journal-file, không ghi cả hai"),
        MessageEntry("--at is for --dry-run", "--at chỉ dùng với --dry-run"),
        MessageEntry(
            "unknown language '{1}' for --lang; expected vi or en",
            "ngôn ngữ '{1}' của --lang không hợp lệ; dùng vi hoặc en"),
        // swift-argument-parser.
        MessageEntry("Error: {1}", "Lỗi: {1}"),
        MessageEntry("Usage: {1}", "Cách dùng: {1}"),
        MessageEntry("Help:  {1}", "Trợ giúp:  {1}"),
        MessageEntry("  See '{1}' for more information.", "  Xem '{1}' để biết thêm."),
        MessageEntry("Missing expected argument '{1}'", "Thiếu đối số bắt buộc '{1}'"),
        MessageEntry("Missing one of: '{1}'", "Thiếu một trong: '{1}'"),
        MessageEntry("Missing value for '{1}'", "Thiếu giá trị cho '{1}'"),
        MessageEntry("Unknown option '{1}'. Did you mean '{2}'?", "Tùy chọn '{1}' không hợp lệ. Có phải là '{2}'?"),
        MessageEntry("Unknown option '{1}'", "Tùy chọn '{1}' không hợp lệ"),
        MessageEntry("Unexpected argument '{1}'", "Đối số thừa '{1}'"),
        MessageEntry("{1} unexpected arguments: '{2}'", "{1} đối số thừa: '{2}'"),
        MessageEntry("Invalid option: {1}", "Tùy chọn không hợp lệ: {1}"),
        MessageEntry("Missing required subcommand.", "Thiếu lệnh con."),
        MessageEntry(
            "The option '{1}' does not take any value, but '{2}' was specified.",
            "Tùy chọn '{1}' không nhận giá trị, nhưng đã ghi '{2}'."),
        MessageEntry(
            "The value '{1}' is invalid for '{2}'. Please provide one of {3}.",
            "Giá trị '{1}' không hợp lệ cho '{2}'. Hãy dùng một trong {3}."),
        MessageEntry("The value '{1}' is invalid for '{2}': {3}", "Giá trị '{1}' không hợp lệ cho '{2}': {3}"),
        MessageEntry("The value '{1}' is invalid for '{2}'", "Giá trị '{1}' không hợp lệ cho '{2}'"),
        MessageEntry("{1} or '{2}'", "{1} hoặc '{2}'"),
        MessageEntry(
            "Value to be set with {1} had already been set with {2}", "Giá trị đặt bằng {1} đã được đặt bằng {2}"),
        // report --journal and notify --journal (the province's offices).
        MessageEntry(
            "give --journal or --journal-file, not both", "chỉ ghi --journal hoặc --journal-file, không ghi cả hai"),
        MessageEntry(
            "--by directive: the snapshots count by agency only",
            "--by directive: số liệu các đơn vị gửi về chỉ thống kê theo cơ quan"),
        MessageEntry(
            "--agency and --directive do not go with --journal", "--agency và --directive không dùng cùng --journal"),
        // A command name mistyped (CommandTypo); "; did you mean '{2}'?" is its own entry.
        MessageEntry("unknown command '{1}'", "không có lệnh '{1}'"),
        MessageEntry("unknown command '{1}'; the commands are: {=2}", "không có lệnh '{1}'; các lệnh là: {2}"),
    ]
}
