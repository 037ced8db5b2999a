import DeadlinedCore
import Testing

@Test func calendarReportOf2026NamesItsDecisionsAndCountsWorkingDays() {
    let out = CalendarReport.render(year: 2026, calendar: .standard)
    #expect(out.hasPrefix("Năm 2026: đã quyết định / decided\n"))
    #expect(out.contains("\nNgày        Thứ"))
    #expect(out.contains("\n1/9/2026    Thứ Ba   nghỉ      Quốc khánh, ngày liền kề 2/9 "))
    #expect(out.contains("\n249 ngày làm việc trong năm 2026; "))
    #expect(out.contains("\nNguồn / sources:\n"))
    #expect(!out.contains("dự kiến"))
}

@Test func calendarReportOfAnUndecidedYearStatesTheRulesItExpects() {
    let out = CalendarReport.render(year: 2027, calendar: .standard)
    #expect(out.hasPrefix("Năm 2027: dự kiến, chưa có quyết định / expected: rule-based default\n"))
    #expect(out.contains("\nDự kiến (chưa có quyết định) / expected (no decision known): "))
    #expect(out.contains("\n  Tết: the last day of the lunar year and mùng 1-4; "))
}
