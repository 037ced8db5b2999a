/// The due forms most files are made of, read straight from their bytes: `15/5/2024` (with
/// `/`, `-` or `.`), `2024-05-15`, a time before the date (`17:00 15/5/2024`,
/// `17:00:30 15/5/2024`), the periods `tháng 5/2024`, `năm 2024`, `Quý II/2024` and
/// `6 tháng đầu năm 2024` (`cuối`, or neither), and the leading words `ngày`, `trước ngày` and
/// `hoàn thành trước ngày`, written as here (NFC, one space apart). A large config parses one
/// due date per item; these forms skip folding, tokens and the grammar's tries.
///
/// The result is the one `fullParse` gives, or nil: anything else (other spacing or case, a
/// date that does not exist, a month above 12, a year out of range) goes to `fullParse`,
/// which also words the error. `DueFastPathTests` holds the two side by side.
extension DueGrammar {
    static func fastParse(_ text: String) -> DueSpec? {
        var s = text
        return s.withUTF8 { b in
            var r = FastReader(b: b)
            return r.due()
        }
    }

    /// A cursor over the bytes of one due text.
    private struct FastReader {
        let b: UnsafeBufferPointer<UInt8>
        var i = 0

        /// `ngày ` (UTF-8 of the NFC text, lower case), the shortest filler the fast path takes.
        static let ngay: [UInt8] = Array("ngày ".utf8)
        static let truocNgay: [UInt8] = Array("trước ngày ".utf8)
        static let hoanThanh: [UInt8] = Array("hoàn thành trước ngày ".utf8)
        static let thang: [UInt8] = Array("tháng ".utf8)
        static let nam: [UInt8] = Array("năm ".utf8)
        static let quy: [UInt8] = Array("Quý ".utf8)
        static let quyLower: [UInt8] = Array("quý ".utf8)
        static let four: [UInt8] = Array("IV".utf8)
        static let monthsFirst: [UInt8] = Array(" tháng đầu năm ".utf8)
        static let monthsLast: [UInt8] = Array(" tháng cuối năm ".utf8)
        static let months: [UInt8] = Array(" tháng năm ".utf8)

        mutating func due() -> DueSpec? {
            // A filler first, if any: the grammar reads the rest as it would without it.
            _ = skip(FastReader.truocNgay) || skip(FastReader.hoanThanh) || skip(FastReader.ngay)
            let mark = i
            if let p = period(), i == b.count { return p }
            i = mark
            var time: (h: Int, m: Int, s: Int)?
            if let t = clock() {
                time = t
            } else {
                i = mark
            }
            guard let d = date(), i == b.count else { return nil }
            guard let t = time else { return DueSpec(kind: .day, date: d) }
            return DueSpec(kind: .time, date: d, hour: t.h, minute: t.m, second: t.s)
        }

        /// Skips `word` when the bytes go on with it.
        mutating func skip(_ word: [UInt8]) -> Bool {
            guard b.count - i >= word.count else { return false }
            for k in 0..<word.count where b[i + k] != word[k] { return false }
            i += word.count
            return true
        }

        /// A run of one to `most` ASCII digits, its value and length; nil when there is none
        /// or it runs longer.
        mutating func number(most: Int) -> (value: Int, digits: Int)? {
            var v = 0, n = 0
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                guard n < most else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
                n += 1
                i += 1
            }
            return n == 0 ? nil : (v, n)
        }

        mutating func byte(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }

        /// `H:MM` or `H:MM:SS` (hour of one or two digits) and one space, in range.
        mutating func clock() -> (h: Int, m: Int, s: Int)? {
            guard let h = number(most: 2), byte(0x3A), let m = number(most: 2), m.digits == 2 else { return nil }
            var s = 0
            if byte(0x3A) {
                guard let sec = number(most: 2), sec.digits == 2 else { return nil }
                s = sec.value
            }
            guard byte(0x20), h.value <= 23, m.value <= 59, s <= 59 else { return nil }
            return (h.value, m.value, s)
        }

        /// `d/m/yyyy` (`/`, `-` or `.`, the same twice) or `yyyy-mm-dd`, a day that exists in
        /// 1900-9999, and not a month-first date `monthFirst` would question.
        mutating func date() -> CivilDate? {
            guard let a = number(most: 4), i < b.count else { return nil }
            let sep = b[i]
            guard sep == 0x2F || sep == 0x2D || sep == 0x2E else { return nil }
            i += 1
            guard let m = number(most: 2), byte(sep) else { return nil }
            if a.digits == 4 {
                guard sep == 0x2D, let d = number(most: 2) else { return nil }
                return valid(year: a.value, month: m.value, day: d.value)
            }
            guard a.digits <= 2, let y = number(most: 4), y.digits == 4 else { return nil }
            guard DueGrammar.monthFirst(day: a.value, month: m.value, year: y.value) == nil else { return nil }
            return valid(year: y.value, month: m.value, day: a.value)
        }

        /// `tháng 5/2024` (`/`, `-` or `.`), `năm 2024`, `Quý II/2024` or `quý II/2024` (Roman
        /// numerals), `6 tháng đầu năm 2024`, `6 tháng cuối năm 2024`, `6 tháng năm 2024`.
        mutating func period() -> DueSpec? {
            if skip(FastReader.thang) {
                guard let m = number(most: 2), i < b.count else { return nil }
                let sep = b[i]
                guard sep == 0x2F || sep == 0x2D || sep == 0x2E else { return nil }
                i += 1
                guard let y = year(), (1...12).contains(m.value) else { return nil }
                return DueSpec(kind: .month, date: DueGrammar.lastDay(year: y, month: m.value))
            }
            if skip(FastReader.nam) {
                guard let y = year() else { return nil }
                return DueSpec(kind: .year, date: CivilDate(year: y, month: 12, day: 31))
            }
            if skip(FastReader.quy) || skip(FastReader.quyLower) {
                var q = 0
                if skip(FastReader.four) {
                    q = 4
                } else {
                    while q < 3, byte(0x49) { q += 1 }
                }
                guard q > 0, byte(0x2F), let y = year() else { return nil }
                return DueSpec(kind: .quarter, date: DueGrammar.lastDay(year: y, month: q * 3))
            }
            guard let n = number(most: 2), (1...12).contains(n.value) else { return nil }
            let last: Bool
            if skip(FastReader.monthsFirst) || skip(FastReader.months) {
                last = false
            } else if skip(FastReader.monthsLast) {
                last = true
            } else {
                return nil
            }
            guard let y = year() else { return nil }
            let kind: DueKind =
                switch n.value {
                case 12: .year
                case 6: .halfYear
                case 3, 9: .quarter
                default: .month
                }
            return DueSpec(kind: kind, date: DueGrammar.lastDay(year: y, month: last ? 12 : n.value))
        }

        /// A year of four digits in range.
        mutating func year() -> Int? {
            guard let y = number(most: 4), y.digits == 4, DueGrammar.yearRange.contains(y.value) else { return nil }
            return y.value
        }

        func valid(year: Int, month: Int, day: Int) -> CivilDate? {
            guard DueGrammar.yearRange.contains(year) else { return nil }
            return CivilDate.valid(year: year, month: month, day: day)
        }
    }
}
