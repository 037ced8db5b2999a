extension HolidayCalendar {
    /// The name of the holiday a day belongs to, with its lunar date for Tết.
    static func holidayName(_ date: CivilDate, _ occasion: HolidayOccasion) -> (vi: String, en: String) {
        switch occasion {
        case .newYear:
            return ("Tết Dương lịch", "New Year's Day")
        case .tet:
            guard let l = LunarCalendar.lunar(from: date) else { return ("Tết Nguyên đán", "Lunar New Year (Tết)") }
            let vi =
                l.month == 1 && l.day <= 10
                ? "mùng \(l.day) \(LunarCalendar.monthName(1))"
                : "\(l.day) \(LunarCalendar.monthName(l.month, isLeapMonth: l.isLeapMonth))"
            return (
                "Tết Nguyên đán, \(vi)",
                "Lunar New Year (Tết), lunar \(l.day)/\(l.month)\(l.isLeapMonth ? " (leap)" : "")"
            )
        case .hungKings:
            return ("Giỗ Tổ Hùng Vương, 10/3 âm lịch", "Hùng Kings' Commemoration, lunar 10/3")
        case .reunificationAndLabourDay:
            if date.month == 5 { return ("Ngày Quốc tế Lao động 1/5", "International Labour Day") }
            return ("Ngày Chiến thắng 30/4", "Reunification Day")
        case .nationalDay:
            if date.month == 9 && date.day == 2 { return ("Quốc khánh 2/9", "National Day") }
            return ("Quốc khánh, ngày liền kề 2/9", "National Day, adjacent day")
        case .cultureDay:
            return ("Ngày Văn hóa Việt Nam 24/11", "Vietnam Culture Day")
        }
    }

    /// The statutory days of one occasion (weekends included): what the rules give before any
    /// decision. Empty for Tết and Giỗ Tổ outside the lunar calendar's range.
    static func statutoryDays(_ occasion: HolidayOccasion, year: Int) -> [CivilDate] {
        switch occasion {
        case .newYear:
            return [CivilDate(year: year, month: 1, day: 1)]
        case .tet:
            guard let tet = LunarCalendar.tet(year) else { return [] }
            return (-1...3).map { tet.adding(days: $0) }
        case .hungKings:
            guard let d = LunarCalendar.solar(from: LunarDate(year: year, month: 3, day: 10)) else { return [] }
            return [d]
        case .reunificationAndLabourDay:
            return [CivilDate(year: year, month: 4, day: 30), CivilDate(year: year, month: 5, day: 1)]
        case .nationalDay:
            let second = CivilDate(year: year, month: 9, day: 2)
            guard year >= 2021 else { return [second] }
            return [second, nationalDayAdjacent(year)]
        case .cultureDay:
            return year >= occasion.since ? [CivilDate(year: year, month: 11, day: 24)] : []
        }
    }

    /// The default day next to 2/9 (see the type's documentation).
    static func nationalDayAdjacent(_ year: Int) -> CivilDate {
        switch CivilDate(year: year, month: 9, day: 2).isoWeekday {
        case 2, 3, 5, 6: return CivilDate(year: year, month: 9, day: 1)
        default: return CivilDate(year: year, month: 9, day: 3)
        }
    }
}

/// One year's days off, decided or computed, before users' overrides.
struct YearTable: Sendable {
    let year: Int
    /// Weekdays off and weekend working days, in date order.
    let entries: [CalendarDay]
    let offWeekdays: Set<Int>
    let workingWeekendDays: Set<Int>
    /// Statutory holidays that fell on a weekend (rule-based occasions only).
    let weekendHolidays: [(date: CivilDate, occasion: HolidayOccasion)]

    // Long: decided and rule-based occasions fill the same three tables in one place.
    init(year: Int, decisions: [HolidayOccasion: HolidayDecision]) {
        self.year = year
        var entries: [Int: CalendarDay] = [:]
        var working: [Int: CalendarDay] = [:]
        var weekendHolidays: [(date: CivilDate, occasion: HolidayOccasion)] = []

        // Decided occasions: every weekday of the announced break is off; its kind is worked
        // out from the statutory days.
        for occasion in HolidayOccasion.allCases {
            guard let decision = decisions[occasion] else { continue }
            let statutory = HolidayCalendar.statutoryDays(occasion, year: year)
            var adjacent: [CivilDate] = []
            if occasion == .nationalDay && year >= 2021 {
                // Which day next to 2/9 the decision picked.
                let swapped = Set(decision.swaps.map(\.dayOff.dayNumber))
                let picked = decision.daysOff.filter {
                    $0.year == year && $0.month == 9 && ($0.day == 1 || $0.day == 3) && $0.isoWeekday <= 5
                        && !swapped.contains($0.dayNumber)
                }
                adjacent = picked.isEmpty ? [HolidayCalendar.nationalDayAdjacent(year)] : [picked[0]]
            }
            let legal = occasion == .nationalDay ? statutory.filter { $0.day == 2 } + adjacent : statutory
            let legalSet = Set(legal.map(\.dayNumber))
            var weekendLegal = legal.filter { $0.isoWeekday >= 6 }.sorted()
            if occasion != .tet { weekendHolidays += weekendLegal.map { ($0, occasion) } }
            let swapsByOff = Dictionary(
                decision.swaps.map { ($0.dayOff.dayNumber, $0) }, uniquingKeysWith: { a, _ in a })
            for d in decision.daysOff.sorted() where d.isoWeekday <= 5 {
                let kind: CalendarDay.Kind
                if let s = swapsByOff[d.dayNumber] {
                    kind = .swappedDayOff(workingDay: s.workingDay)
                } else if occasion == .tet || legalSet.contains(d.dayNumber) || weekendLegal.isEmpty {
                    kind = .holiday
                } else {
                    kind = .compensatory(for: weekendLegal.removeFirst())
                }
                entries[d.dayNumber] = CalendarDay(date: d, kind: kind, occasion: occasion)
            }
            for s in decision.swaps {
                working[s.workingDay.dayNumber] = CalendarDay(
                    date: s.workingDay, kind: .swappedWorkingDay(dayOff: s.dayOff), occasion: occasion)
                if s.dayOff.isoWeekday <= 5 && entries[s.dayOff.dayNumber] == nil {
                    entries[s.dayOff.dayNumber] = CalendarDay(
                        date: s.dayOff, kind: .swappedDayOff(workingDay: s.workingDay), occasion: occasion)
                }
            }
        }

        // Rule-based occasions: the statutory days, then compensatory days in date order; all of
        // them expected (dự kiến), not decided.
        var statutory: [(date: CivilDate, occasion: HolidayOccasion)] = []
        for occasion in HolidayOccasion.allCases where decisions[occasion] == nil {
            for d in HolidayCalendar.statutoryDays(occasion, year: year) { statutory.append((d, occasion)) }
        }
        statutory.sort { $0.date < $1.date }
        var seen = Set<Int>()
        statutory = statutory.filter { seen.insert($0.date.dayNumber).inserted }
        let statutorySet = seen
        for h in statutory where h.date.isoWeekday <= 5 && entries[h.date.dayNumber] == nil {
            entries[h.date.dayNumber] = CalendarDay(date: h.date, kind: .holiday, occasion: h.occasion, expected: true)
        }
        for h in statutory where h.date.isoWeekday >= 6 {
            weekendHolidays.append(h)
            // A Tết day on a Saturday gives the weekday before the break (as every decision of
            // 2020-2026 did); any other weekend holiday the next free weekday (art. 111(3)).
            let step = h.occasion == .tet && h.date.isoWeekday == 6 ? -1 : 1
            var d = h.date.adding(days: step)
            while d.isoWeekday >= 6 || entries[d.dayNumber] != nil || statutorySet.contains(d.dayNumber) {
                d = d.adding(days: step)
            }
            entries[d.dayNumber] = CalendarDay(
                date: d, kind: .compensatory(for: h.date), occasion: h.occasion, expected: true)
        }

        for (n, w) in working where w.date.isoWeekday >= 6 { entries[n] = w }
        self.entries = entries.values.sorted { $0.date < $1.date }
        self.offWeekdays = Set(
            entries.values.filter { !$0.isWorkingDay && $0.date.isoWeekday <= 5 }.map(\.date.dayNumber))
        self.workingWeekendDays = Set(working.keys.filter { CivilDate(dayNumber: $0).isoWeekday >= 6 })
        self.weekendHolidays = weekendHolidays.sorted { $0.date < $1.date }
    }
}
