// The due-date and duration grammars' messages (DueGrammar, DueHints, DayPhrases,
// PeriodPhrases, DurationGrammar).
extension MessageTable {
    static let grammarEntries: [MessageEntry] = [
        MessageEntry("empty due date", "thời hạn để trống"),
        MessageEntry(
            "unrecognised due date '{1}'; expected a form such as {2}",
            "không hiểu thời hạn '{1}'; cần một dạng như {2}"),
        MessageEntry(
            "15/5/2024, 17:00 15/5/2024, tháng 5/2024, Quý II/2024, 6 tháng đầu năm 2024, năm 2024 or 2024-05-15",
            "15/5/2024, 17:00 15/5/2024, tháng 5/2024, Quý II/2024, 6 tháng đầu năm 2024, năm 2024 hoặc 2024-05-15"),
        MessageEntry("hour {1} is out of range 0-23", "giờ {1} nằm ngoài khoảng 0-23"),
        MessageEntry("minute {1} is out of range 0-59", "phút {1} nằm ngoài khoảng 0-59"),
        MessageEntry("second {1} is out of range 0-59", "giây {1} nằm ngoài khoảng 0-59"),
        MessageEntry(
            "month {1} does not exist; did you mean {2}/{3}/{4}? (day first, then month)",
            "không có tháng {1}; có phải là {2}/{3}/{4}? (ghi ngày trước, tháng sau)"),
        MessageEntry("month {1} does not exist", "không có tháng {1}"),
        MessageEntry("day {1} does not exist", "không có ngày {1}"),
        MessageEntry(
            "{1}/{2}/{3} does not exist: month {4} of {5} has {6} days",
            "không có ngày {1}/{2}/{3}: tháng {4} năm {5} có {6} ngày"),
        MessageEntry("year {1} is out of range 1900-9999", "năm {1} nằm ngoài khoảng 1900-9999"),
        MessageEntry("the year must have four digits, as in {1}", "năm phải có bốn chữ số, như {1}"),
        MessageEntry(
            "the year must have four digits: '{1}{2}' may mean {3}? write {4}",
            "năm phải có bốn chữ số: '{1}{2}' có phải là năm {3}? hãy ghi {4}"),
        MessageEntry("{1} working days is out of range 1-3650", "{1} ngày làm việc nằm ngoài khoảng 1-3650"),
        MessageEntry(
            "quarter '{1}' does not exist; quarters are I, II, III and IV",
            "không có quý '{1}'; các quý là I, II, III và IV"),
        MessageEntry(
            "quarter {1} does not exist; quarters are I, II, III and IV",
            "không có quý {1}; các quý là I, II, III và IV"),
        MessageEntry("half-year {1} does not exist; use H1 or H2", "không có nửa năm {1}; dùng H1 hoặc H2"),
        MessageEntry("'{1}' is a count of working days, not a time", "'{1}' là số ngày làm việc, không phải thời điểm"),
        MessageEntry(
            "'{1}' ({2}) is not a date: leave 'due' out (with 'status: ongoing' for regular work) or give a date such as 15/5/2024",
            "'{1}' không phải là ngày: bỏ 'due' (kèm 'status: ongoing' nếu là việc thường xuyên) hoặc ghi một ngày như 15/5/2024"
        ),
        MessageEntry(
            "'{1}' is a day and a month without the year; write {2}/{3}/{4} (day/month/year, four-digit year)",
            "'{1}' là ngày và tháng nhưng thiếu năm; hãy ghi {2}/{3}/{4} (ngày/tháng/năm, năm bốn chữ số)"),
        MessageEntry(
            "{1}h is not in the morning ('sáng'); write {2}h or the morning's hour",
            "{1}h không thuộc buổi sáng ('sáng'); hãy ghi {2}h hoặc một giờ buổi sáng"),
        MessageEntry("'{1}' ({2}) needs a day after it, as in {3} 6/9/2023", "sau '{1}' cần có ngày, như {3} 6/9/2023"),
        MessageEntry(
            "'{1}' ({2}-) is read only with a month, as in {3} tháng 8/2024; give the date instead",
            "'{1}' chỉ dùng với tháng, như {3} tháng 8/2024; hãy ghi ngày cụ thể"),
        MessageEntry("a year has 12 months, not {1}", "một năm có 12 tháng, không phải {1}"),
        MessageEntry("empty duration", "khoảng thời gian để trống"),
        MessageEntry("duration '{1}' is negative", "khoảng thời gian '{1}' là số âm"),
        MessageEntry(
            "unrecognised duration '{1}'; expected a form such as 7d, 12h, 30m, 2w or 1d12h",
            "không hiểu khoảng thời gian '{1}'; cần một dạng như 7d, 12h, 30m, 2w hoặc 1d12h"),
        MessageEntry(
            "unknown unit '{1}' in duration '{2}'; use s, m, h, d or w",
            "đơn vị '{1}' trong khoảng thời gian '{2}' không hợp lệ; dùng s, m, h, d hoặc w"),
    ]
}
