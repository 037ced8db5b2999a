/// A spreadsheet described as values: sheets of typed cells under a header row. Made here,
/// written to an .xlsx file by DeadlinedSystem; nothing here touches a file.
public struct Workbook: Sendable, Equatable {
    public var sheets: [Sheet]

    public init(sheets: [Sheet]) { self.sheets = sheets }
}

/// One sheet: a header row (kept in view while scrolling) and the rows under it.
public struct Sheet: Sendable, Equatable {
    /// At most 31 characters, none of `[ ] : * ? / \` (Excel's rules for a sheet name).
    public var name: String
    public var headers: [String]
    public var rows: [[Cell]]
    /// Rows from the top that stay in view: the header.
    public var frozenRows = 1
    /// Rows from the bottom in bold: a total.
    public var boldLastRows = 0

    public init(name: String, headers: [String], rows: [[Cell]], boldLastRows: Int = 0) {
        self.name = name
        self.headers = headers
        self.rows = rows
        self.boldLastRows = boldLastRows
    }

    /// Each column's width in characters: its longest line (header included) plus a margin,
    /// at most 60 (a long task wraps to that rather than making a sheet one column wide).
    public var columnWidths: [Double] {
        var widths = headers.map { Cell.text($0).shownLength }
        for row in rows {
            for (c, cell) in row.enumerated() where c < widths.count { widths[c] = max(widths[c], cell.shownLength) }
        }
        return widths.map { Double(min($0, 58) + 2) }
    }
}

/// A cell's value; a spreadsheet shows each kind in its own format.
public enum Cell: Sendable, Equatable {
    case empty
    case text(String)
    case integer(Int)
    /// A number that may have decimals: a target or a progress value.
    case number(Double)
    /// A day, shown `d/m/yyyy`.
    case date(CivilDate)
    /// A day and a local time, shown `d/m/yyyy hh:mm`.
    case dateTime(CivilDate, secondOfDay: Int)
    /// A share, 0...1, shown as a percentage.
    case percent(Double)

    /// How many characters it takes when shown: its longest line for text.
    var shownLength: Int {
        switch self {
        case .empty: return 0
        case .text(let s): return s.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0
        case .integer(let n): return String(n).count
        case .number(let v): return JSONWriter.numberText(v).count
        case .date: return 10
        case .dateTime: return 16
        case .percent: return 7
        }
    }

    /// Excel's serial number of a day (days since 30/12/1899, the count Excel's 1900 date
    /// system uses from 1/3/1900 on) plus the fraction of the day; nil before 1/3/1900, which
    /// that system cannot hold (it counts a 29/2/1900 that never was).
    public var excelSerial: Double? {
        let day: CivilDate, second: Int
        switch self {
        case .date(let d): (day, second) = (d, 0)
        case .dateTime(let d, let s): (day, second) = (d, s)
        default: return nil
        }
        let serial = day.dayNumber - Cell.excelEpoch.dayNumber
        guard serial >= 61 else { return nil }
        return Double(serial) + Double(second) / 86400
    }

    static let excelEpoch = CivilDate(year: 1899, month: 12, day: 30)
}

extension Workbook {
    /// The most a cell's text can hold in bytes of UTF-8 (libxlsxwriter's and Excel's limit).
    public static let maxTextBytes = 32767

    /// The text cut to `maxTextBytes` bytes of UTF-8, at a character boundary, with "…" at the
    /// cut; text that fits is returned as it is.
    public static func fitted(_ text: String) -> String {
        guard text.utf8.count > maxTextBytes else { return text }
        var out = "", bytes = 3  // "…" is three bytes
        for ch in text {
            let n = ch.utf8.count
            if bytes + n > maxTextBytes { break }
            out.append(ch)
            bytes += n
        }
        return out + "…"
    }
}
