// The messages of `settings`, its day parts, `notify` and the holiday decisions.
extension MessageTable {
    static let settingsEntries: [MessageEntry] = [
        MessageEntry(
            "unknown time zone '{1}'; use an IANA name such as Asia/Ho_Chi_Minh",
            "múi giờ '{1}' không hợp lệ; dùng tên IANA như Asia/Ho_Chi_Minh"),
        MessageEntry("unknown language '{1}'; expected vi or en", "ngôn ngữ '{1}' không hợp lệ; dùng vi hoặc en"),
        MessageEntry("'repeat_overdue' must be at least 1m", "'repeat_overdue' phải từ 1m trở lên"),
        MessageEntry("'alert_budget' must be a whole number above zero", "'alert_budget' phải là số nguyên lớn hơn 0"),
        MessageEntry(
            "unknown value '{1}' for 'report_against'; expected original or extended",
            "giá trị '{1}' của 'report_against' không hợp lệ; dùng original hoặc extended"),
        MessageEntry(
            "'report_title' must be one line of text, without line breaks or control characters",
            "'report_title' phải là một dòng văn bản, không xuống dòng, không có ký tự điều khiển"),
        MessageEntry(
            "'report_title' is {1} characters long; at most 200 fit a page heading",
            "'report_title' dài {1} ký tự; tiêu đề trang chứa được tối đa 200"),
        MessageEntry(
            "invalid time for 'digest_at': '{1}'; expected HH:MM such as 08:00",
            "giờ không hợp lệ cho 'digest_at': '{1}'; cần dạng HH:MM như 08:00"),
        MessageEntry(
            "{1} is both in 'holidays.off' and in 'holidays.working'; it counts as a working day",
            "{1} có trong cả 'holidays.off' và 'holidays.working'; được tính là ngày làm việc"),
        MessageEntry("expected a list of dates for '{1}', found {2}", "'{1}' cần một danh sách ngày, nhưng gặp {2}"),
        MessageEntry("a '{1}' entry needs 'date'", "mục '{1}' cần có 'date'"),
        // Day parts (DayPartsDecoder).
        MessageEntry(
            "'{1}' must be a day of the month from 1 to 28, found '{2}'",
            "'{1}' phải là ngày trong tháng từ 1 đến 28, nhưng gặp '{2}'"),
        MessageEntry(
            "invalid time for '{1}': '{2}'; expected HH:MM such as {3}",
            "giờ không hợp lệ cho '{1}': '{2}'; cần dạng HH:MM như {3}"),
        MessageEntry(
            "'early_month_day' ({1}) must come before 'mid_month_day' ({2})",
            "'early_month_day' ({1}) phải trước 'mid_month_day' ({2})"),
        MessageEntry(
            "'morning_ends' must be earlier than 'afternoon_ends'", "'morning_ends' phải sớm hơn 'afternoon_ends'"),
        // notify (NotifyDecoder).
        MessageEntry(
            "'notify.relay' must be a smtp:// or smtps:// URL such as smtp://mail.longan.gov.vn:587",
            "'notify.relay' phải là URL smtp:// hoặc smtps:// như smtp://mail.longan.gov.vn:587"),
        MessageEntry(
            "a password does not belong in the configuration, which many can read; put it in a file readable only by root and name it with 'notify.password_file', or give the service a credential (LoadCredential=) and name it with 'notify.password_credential'",
            "không ghi mật khẩu trong tệp cấu hình, vì nhiều người đọc được; hãy để mật khẩu trong một tệp chỉ root đọc được và khai báo bằng 'notify.password_file', hoặc cấp cho dịch vụ một credential (LoadCredential=) và khai báo bằng 'notify.password_credential'"
        ),
        MessageEntry(
            "'notify.password_file' must be an absolute path", "'notify.password_file' phải là đường dẫn tuyệt đối"),
        MessageEntry(
            "'notify.password_credential' is a credential's name, not a path",
            "'notify.password_credential' là tên một credential, không phải đường dẫn"),
        MessageEntry(
            "'{1}' in 'notify.cc' is not a mail address", "'{1}' trong 'notify.cc' không phải địa chỉ thư điện tử"),
        MessageEntry(
            "'notify.user' needs 'notify.password_file' or 'notify.password_credential'",
            "'notify.user' cần 'notify.password_file' hoặc 'notify.password_credential'"),
        MessageEntry(
            "give 'notify.password_file' or 'notify.password_credential', not both",
            "chỉ ghi 'notify.password_file' hoặc 'notify.password_credential', không ghi cả hai"),
        MessageEntry("'notify' needs 'relay'", "'notify' cần có 'relay'"),
        MessageEntry("'notify' needs 'from'", "'notify' cần có 'from'"),
        MessageEntry(
            "'{1}' in '{2}' is not a mail address such as deadlined@longan.gov.vn",
            "'{1}' trong '{2}' không phải địa chỉ thư điện tử như deadlined@longan.gov.vn"),
        MessageEntry(
            "unknown kind '{1}' in 'notify.kinds'; expected {2}",
            "loại '{1}' trong 'notify.kinds' không hợp lệ; dùng {2}"),
        MessageEntry(
            "invalid 'notify.quiet_hours': '{1}'; expected HH:MM-HH:MM such as 22:00-06:00",
            "'notify.quiet_hours' không hợp lệ: '{1}'; cần dạng HH:MM-HH:MM như 22:00-06:00"),
        // check's notes on mail (NotifyAudit).
        MessageEntry(
            "agency '{1}' is not in 'agencies:', so it has no mail address; {2}",
            "cơ quan '{1}' không có trong 'agencies:' nên không có địa chỉ thư; {2}"),
        MessageEntry(
            "agency '{1}' has no 'email' in 'agencies:'; {2}", "cơ quan '{1}' không có 'email' trong 'agencies:'; {2}"),
        MessageEntry(
            "its alerts are not mailed (no 'notify.cc' either)",
            "cảnh báo của cơ quan này không được gửi thư (cũng không có 'notify.cc')"),
        MessageEntry(
            "deadlined notify sends its alerts to 'notify.cc' ({1})",
            "deadlined notify gửi cảnh báo của cơ quan này tới 'notify.cc' ({1})"),
        // Holiday decisions (HolidayDecisionDecoder, HolidayDropIns).
        MessageEntry("expected a list of decisions, found {1}", "cần một danh sách quyết định, nhưng gặp {1}"),
        MessageEntry("invalid year '{1}'", "năm '{1}' không hợp lệ"),
        MessageEntry("a holiday decision needs {1}", "quyết định nghỉ lễ cần có {1}"),
        MessageEntry("holiday decision for {1} {2}: {3}", "quyết định nghỉ lễ {1} năm {2}: {3}"),
        MessageEntry("expected a list of swaps, found {1}", "cần một danh sách hoán đổi ngày, nhưng gặp {1}"),
        MessageEntry(
            "a swap needs 'off' (the weekday given off) and 'working' (the Saturday worked)",
            "hoán đổi cần 'off' (ngày thường được nghỉ) và 'working' (ngày thứ Bảy làm bù)"),
        MessageEntry(
            "'off' takes days such as 2027-02-04 or 4/2/2027, not '{1}'",
            "'off' nhận ngày như 2027-02-04 hoặc 4/2/2027, không nhận '{1}'"),
        MessageEntry("invalid date for 'off': {1}", "ngày không hợp lệ cho 'off': {1}"),
        MessageEntry("invalid range '{1}': {2}", "khoảng ngày '{1}' không hợp lệ: {2}"),
        MessageEntry("it ends before it starts", "ngày kết thúc trước ngày bắt đầu"),
        MessageEntry("longer than {1} days", "dài hơn {1} ngày"),
        MessageEntry("unknown occasion '{1}'; expected one of {2}", "dịp nghỉ '{1}' không hợp lệ; dùng một trong {2}"),
        MessageEntry("{1} {2} is already decided at {3}:{4}", "{1} năm {2} đã được quyết định tại {3}:{4}"),
        MessageEntry("cannot read holiday decisions: {1}", "không đọc được quyết định nghỉ lễ: {1}"),
        MessageEntry(
            "cannot list the holiday decisions {1}: {2}", "không liệt kê được các quyết định nghỉ lễ {1}: {2}"),
        // settings.office: the office's name in the journal (SettingsOffice).
        MessageEntry(
            "'office' must be one line of text, without line breaks or control characters",
            "'office' phải là một dòng chữ, không có dấu xuống dòng hay ký tự điều khiển"),
        MessageEntry(
            "'office' is {1} characters long; at most {2} are allowed", "'office' dài {1} ký tự; tối đa {2} ký tự"),
    ]
}
