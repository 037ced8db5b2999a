import CXlsxWriter
import DeadlinedCore

/// The cell formats of a workbook, made once per workbook (libxlsxwriter owns them).
private struct Formats {
    let header, date, dateTime, percent, bold, boldPercent: UnsafeMutablePointer<lxw_format>?

    init(_ wb: UnsafeMutablePointer<lxw_workbook>) {
        func make(bold: Bool = false, number: String? = nil, wrap: Bool = false) -> UnsafeMutablePointer<lxw_format>? {
            let f = workbook_add_format(wb)
            if bold { format_set_bold(f) }
            if let number { format_set_num_format(f, number) }
            if wrap { format_set_text_wrap(f) }
            return f
        }
        header = make(bold: true, wrap: true)
        date = make(number: "d/m/yyyy")
        dateTime = make(number: "d/m/yyyy hh:mm")
        percent = make(number: "0.0%")
        bold = make(bold: true)
        boldPercent = make(bold: true, number: "0.0%")
    }
}

extension XlsxFile {
    /// Writes `workbook` to the file `path` (in `scratch`, our private directory, where
    /// libxlsxwriter also keeps its own temporary files); the reason on failure.
    ///
    /// Every libxlsxwriter call that can fail is checked; none of those used here is variadic
    /// (Swift cannot call those). `workbook_close` runs even after a failure: it frees the
    /// workbook; the caller removes the file it may have left.
    static func render(_ workbook: Workbook, to path: String, scratch: String) -> String? {
        var options = lxw_workbook_options()
        options.constant_memory = 0
        options.use_zip64 = 1
        return scratch.withCString { tmp -> String? in
            options.tmpdir = UnsafeMutablePointer(mutating: tmp)
            guard let wb = workbook_new_opt(path, &options) else { return "libxlsxwriter could not start a workbook" }
            let formats = Formats(wb)
            var failure: String?
            for sheet in workbook.sheets where failure == nil {
                failure = add(sheet, to: wb, formats)
            }
            let closed = workbook_close(wb)
            if failure == nil, closed != LXW_NO_ERROR {
                failure = "libxlsxwriter: " + String(cString: lxw_strerror(closed))
            }
            return failure
        }
    }

    /// One sheet: widths, frozen header, header row, rows; the reason on failure.
    private static func add(
        _ sheet: Sheet, to wb: UnsafeMutablePointer<lxw_workbook>, _ formats: Formats
    ) -> String? {
        let invalid = workbook_validate_sheet_name(wb, sheet.name)
        guard invalid == LXW_NO_ERROR, let ws = workbook_add_worksheet(wb, sheet.name) else {
            return "sheet name '\(sheet.name)': libxlsxwriter: " + String(cString: lxw_strerror(invalid))
        }
        func check(_ e: lxw_error, row: Int, column: Int) -> String? {
            guard e != LXW_NO_ERROR else { return nil }
            return "sheet '\(sheet.name)', row \(row + 1), column \(column + 1): libxlsxwriter: "
                + String(cString: lxw_strerror(e))
        }
        for (c, width) in sheet.columnWidths.enumerated() {
            if let f = check(worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, nil), row: 0, column: c) {
                return f
            }
        }
        worksheet_freeze_panes(ws, lxw_row_t(sheet.frozenRows), 0)
        for (c, h) in sheet.headers.enumerated() {
            let e = worksheet_write_string(ws, 0, lxw_col_t(c), Workbook.fitted(h), formats.header)
            if let f = check(e, row: 0, column: c) { return f }
        }
        let boldFrom = sheet.rows.count - sheet.boldLastRows
        for (r, row) in sheet.rows.enumerated() {
            // Row 0 is the header; past Excel's last row the write fails and is reported.
            guard let at = lxw_row_t(exactly: r + 1) else {
                return "sheet '\(sheet.name)' has \(sheet.rows.count) rows, more than a sheet can hold"
            }
            let bold = r >= boldFrom
            for (c, cell) in row.enumerated() {
                if let f = check(write(cell, ws, at, lxw_col_t(c), formats, bold: bold), row: r + 1, column: c) {
                    return f
                }
            }
        }
        return nil
    }

    private static func write(
        _ cell: Cell, _ ws: UnsafeMutablePointer<lxw_worksheet>, _ row: lxw_row_t, _ col: lxw_col_t,
        _ formats: Formats, bold: Bool
    ) -> lxw_error {
        switch cell {
        case .empty: return LXW_NO_ERROR
        case .text(let s): return worksheet_write_string(ws, row, col, Workbook.fitted(s), bold ? formats.bold : nil)
        case .integer(let n): return worksheet_write_number(ws, row, col, Double(n), bold ? formats.bold : nil)
        case .number(let v): return worksheet_write_number(ws, row, col, v, bold ? formats.bold : nil)
        case .percent(let p):
            return worksheet_write_number(ws, row, col, p, bold ? formats.boldPercent : formats.percent)
        case .date(let d), .dateTime(let d, _):
            guard let serial = cell.excelSerial else {
                // Before 1/3/1900 Excel has no date: the day as text.
                return worksheet_write_string(ws, row, col, d.description, nil)
            }
            if case .dateTime = cell { return worksheet_write_number(ws, row, col, serial, formats.dateTime) }
            return worksheet_write_number(ws, row, col, serial, formats.date)
        }
    }
}
