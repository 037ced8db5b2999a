#!/usr/bin/env python3
"""Reads deadlined's Excel output back with openpyxl and checks it against hand-computed
expectations of Tests/report/xlsx/deadlined.yaml as of 20/5/2024 (the numbers are worked
out in the comments of that file and below).

Usage: xlsx_check.py PATH-TO-deadlined        (`make xlsx-check` runs it)
"""
import csv
import datetime as dt
import io
import os
import pty
import subprocess
import sys
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
CONFIG = os.path.join(HERE, "xlsx", "deadlined.yaml")
AT = "20/5/2024"
failures = []


def expect(cond, what):
    if not cond:
        failures.append(what)


def run(binary, args, **kw):
    return subprocess.run([binary] + args, capture_output=True, **kw)


def rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def same(got, want):
    """Rows equal, shares within rounding."""
    if len(got) != len(want):
        return False
    return all(abs(g - w) < 1e-9 if isinstance(w, float) else g == w for g, w in zip(got, want))


def day(y, m, d, h=0, mi=0):
    return dt.datetime(y, m, d, h, mi)


def check_report(binary, tmp, config, language):
    out = os.path.join(tmp, "report-%s.xlsx" % language)
    r = run(binary, ["report", "--config", config, "--at", AT, "--format", "xlsx", "--output", out])
    expect(r.returncode == 0, "report xlsx (%s) exit %d: %s" % (language, r.returncode, r.stderr.decode()))
    wb = openpyxl.load_workbook(out)
    vi = language == "vi"
    names = ["Theo cơ quan", "Theo văn bản", "Quá hạn"] if vi else ["By agency", "By directive", "Overdue"]
    expect(wb.sheetnames == names, "sheet names %r" % wb.sheetnames)
    counts = (
        [
            "Tổng", "Hoàn thành", "Thường xuyên", "Đang thực hiện", "Chưa thực hiện", "Đúng hạn", "Trễ hạn",
            "Chưa đến hạn", "Sắp đến hạn", "Quá hạn", "Tỷ lệ đúng hạn", "Tỷ lệ quá hạn", "Đã hủy",
        ]
        if vi
        else [
            "Total", "Done", "Ongoing", "In progress", "Not started", "On time", "Late", "Not yet due", "Due soon",
            "Overdue", "On-time share", "Overdue share", "Cancelled",
        ]
    )
    for ws in wb.worksheets:
        expect(ws.freeze_panes == "A2", "%s: frozen panes %r" % (ws.title, ws.freeze_panes))
        # Widths that fit: the longest value (a date shows in 10 characters, a share such as 66.7% in 6 at most) plus 2, long
        # texts capped at 60 characters.
        for column in ws.iter_cols():
            def shown(c):
                if c.value is None:
                    return 0
                return 10 if c.is_date else 6 if c.number_format == "0.0%" else len(str(c.value))
            longest = max(shown(c) for c in column)
            width = ws.column_dimensions[column[0].column_letter].width
            expect(min(longest, 58) + 2 <= width <= 61, "%s: column %s width %r for %d characters"
                   % (ws.title, column[0].column_letter, width, longest))
    by_agency = rows(wb.worksheets[0])
    expect(by_agency[0] == [("Cơ quan" if vi else "Agency")] + counts, "agency header %r" % by_agency[0])
    total = "Tổng cộng" if vi else "Total"
    # Most overdue first. Columns: total; done, ongoing, in progress, not started; on time,
    # late, not yet due, due soon, overdue; on-time and overdue shares; cancelled.
    # Tài chính: a1 (in progress), a2 overdue, b3 on time: shares 1/3 and 2/3 of 3.
    # Y tế: b1 overdue, b2 ongoing, d1 cancelled: overdue share 1/1.
    # Nội vụ: a3 late, a4 due soon, c1 open: a4 and c1 not started, 0 of 3 overdue.
    # Total: 8 counted (d1 apart), 1 on time and 3 overdue of 7 with a deadline.
    expected = [
        ["Sở Tài chính", 3, 1, 0, 1, 1, 1, 0, 0, 0, 2, 1 / 3, 2 / 3, 0],
        ["Sở Y tế", 2, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0.0, 1.0, 1],
        ["Sở Nội vụ", 3, 1, 0, 0, 2, 0, 1, 2, 1, 0, 0.0, 0.0, 0],
        [total, 8, 2, 1, 1, 4, 1, 1, 2, 1, 3, 1 / 7, 3 / 7, 1],
    ]
    expect(len(by_agency) == 5, "agency rows %r" % by_agency)
    for got, want in zip(by_agency[1:], expected):
        expect(same(got, want), "agency row %r, expected %r" % (got, want))
        expect(all(isinstance(v, int) for v in got[1:11]), "counts are numbers: %r" % got)
    share = wb.worksheets[0].cell(row=2, column=13)
    expect(share.number_format == "0.0%", "share format %r" % share.number_format)
    expect(wb.worksheets[0].cell(row=5, column=1).font.b, "the total row is bold")

    by_directive = rows(wb.worksheets[1])
    head = ["Văn bản", "Số hiệu", "Trích yếu", "Ngày ban hành"] if vi else ["Directive", "Reference", "Title", "Issued"]
    expect(by_directive[0] == head + counts, "directive header %r" % by_directive[0])
    # kh-1: a1, a2 overdue, a3 late, a4 due soon; kh-2: b1 overdue, b2 ongoing, b3 on time;
    # "-" (no directive): c1 open.
    # kh-1: a3 done late; a1 in progress, overdue; a2 not started, overdue; a4 not started,
    # due soon. kh-2: b3 done on time, b2 ongoing, b1 not started and overdue, d1 cancelled.
    # "-" (no directive): c1 not started, open.
    info1 = ["kh-1", "Kế hoạch số 1/KH-UBND", "Đề án 06", day(2024, 4, 2)]
    info2 = ["kh-2", "Kế hoạch số 2/KH-UBND", "Chuyển đổi số", day(2024, 1, 5)]
    expect(same(by_directive[1], info1 + [4, 1, 0, 1, 2, 0, 1, 1, 1, 2, 0.0, 0.5, 0]), "kh-1 %r" % by_directive[1])
    expect(same(by_directive[2], info2 + [3, 1, 1, 0, 1, 1, 0, 0, 0, 1, 0.5, 0.5, 1]), "kh-2 %r" % by_directive[2])
    expect(
        same(by_directive[3], ["-", None, None, None, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0.0, 0.0, 0]),
        "no-directive row %r" % by_directive[3],
    )
    expect(by_directive[4][0] == total and by_directive[4][4] == 8, "directive total %r" % by_directive[4])
    issued = wb.worksheets[1].cell(row=2, column=4)
    expect(issued.is_date and issued.number_format == "d/m/yyyy", "issued is a date cell: %r" % issued.number_format)

    overdue = rows(wb.worksheets[2])
    expect(len(overdue) == 4, "overdue rows %r" % overdue)
    # a2: 10 days against its original 10/5 (report_against: original), extended to 30/5;
    # a1: 5 days after 15/5; b1: due 17:00 18/5, 2 days. d1, cancelled, is not there though
    # its 1/5 is past.
    expect(
        overdue[1]
        == [
            "Sở Tài chính", "Báo cáo quyết toán", "Kế hoạch số 1/KH-UBND", day(2024, 5, 10), 10, 1,
            day(2024, 5, 30), "Công văn số 9/UBND-KT", "a2",
        ],
        "a2 row %r" % overdue[1],
    )
    expect(
        overdue[2]
        == ["Sở Tài chính", "Cấp kinh phí, đợt 1", "Kế hoạch số 1/KH-UBND", day(2024, 5, 15), 5, 0, None, None, "a1"],
        "a1 row %r" % overdue[2],
    )
    expect(overdue[3][3] == day(2024, 5, 18, 17, 0) and overdue[3][4] == 2, "b1 row %r" % overdue[3])
    ws = wb.worksheets[2]
    expect(ws.cell(row=2, column=4).is_date and ws.cell(row=2, column=4).number_format == "d/m/yyyy", "due is a date")
    expect(ws.cell(row=4, column=4).number_format == "d/m/yyyy hh:mm", "a timed due shows its time")
    expect(isinstance(ws.cell(row=2, column=5).value, int), "days overdue is a number")
    return out


def check_list(binary, tmp):
    out = os.path.join(tmp, "list.xlsx")
    r = run(binary, ["list", "--config", CONFIG, "--at", AT, "--format", "xlsx", "--output", out])
    expect(r.returncode == 0, "list xlsx exit %d: %s" % (r.returncode, r.stderr.decode()))
    ws = openpyxl.load_workbook(out).worksheets[0]
    expect(ws.title == "Danh sách nhiệm vụ", "list sheet %r" % ws.title)
    expect(ws.freeze_panes == "A2", "list frozen panes %r" % ws.freeze_panes)
    sheet = rows(ws)
    # Every field of the JSON list, in the CSV's order: the CSV header is the JSON keys.
    c = run(binary, ["list", "--config", CONFIG, "--at", AT, "--format", "csv"])
    table = list(csv.reader(io.StringIO(c.stdout.decode())))
    keys = table[0]
    # 21 fields of an item, 7 of its target and progress, 5 of a recurring duty shown as one row.
    expect(len(sheet[0]) == len(keys) == 33, "list columns %d, CSV %d" % (len(sheet[0]), len(keys)))
    # A header and 8 rows: d1, cancelled, is not listed unless --state cancelled asks.
    expect(len(sheet) == len(table) == 9, "list rows %d, CSV %d" % (len(sheet), len(table)))
    # Each cell says what the CSV says: dates on the same day (and minute), numbers equal.
    for n, (got, want) in enumerate(zip(sheet[1:], table[1:])):
        for key, g, w in zip(keys, got, want):
            if key == "state":
                continue  # in words in the sheet
            if isinstance(g, dt.datetime):
                cell = ws.cell(row=n + 2, column=keys.index(key) + 1)
                expect(cell.is_date, "%s %s is a date" % (want[0], key))
                expect(w[:10] == g.date().isoformat(), "%s %s: %r vs %r" % (want[0], key, g, w))
                if cell.number_format.endswith("hh:mm"):
                    expect(w[11:16] == g.strftime("%H:%M"), "%s %s time: %r vs %r" % (want[0], key, g, w))
            elif isinstance(g, (int, float)):
                expect(str(g) == w, "%s %s: %r vs %r" % (want[0], key, g, w))
            else:
                expect((g or "") == w, "%s %s: %r vs %r" % (want[0], key, g, w))
    by_id = {r[0]: dict(zip(keys, r)) for r in sheet[1:]}
    a2 = by_id["a2"]
    expect(a2["due"] == day(2024, 5, 30) and a2["original_due"] == day(2024, 5, 10), "a2 dates %r" % a2)
    expect(a2["extensions"] == 1 and a2["extension_references"] == "Công văn số 9/UBND-KT", "a2 %r" % a2)
    expect(a2["days_left"] == 10 and a2["state"] == "chưa đến hạn", "a2 days left 10 (20/5 -> 30/5): %r" % a2)
    expect(by_id["a3"]["completed"] == day(2024, 5, 12), "a3 completed %r" % by_id["a3"])
    expect(by_id["b1"]["due"] == day(2024, 5, 18, 17, 0), "b1 due %r" % by_id["b1"])
    expect(by_id["c1"]["owner"] == "Phòng TCCB" and by_id["c1"]["note"] == "Báo cáo UBND tỉnh", "c1 %r" % by_id["c1"])
    expect(by_id["b2"]["due"] is None and by_id["b2"]["state"] == "thường xuyên", "b2 %r" % by_id["b2"])


def check_destinations(binary, tmp, written):
    # Standard output that is not a terminal: the same workbook.
    piped = os.path.join(tmp, "piped.xlsx")
    with open(piped, "wb") as f:
        r = subprocess.run([binary, "report", "--config", CONFIG, "--at", AT, "--format", "xlsx"], stdout=f)
    expect(r.returncode == 0, "xlsx to a pipe: exit %d" % r.returncode)
    a, b = openpyxl.load_workbook(piped), openpyxl.load_workbook(written)
    expect([rows(w) for w in a.worksheets] == [rows(w) for w in b.worksheets], "piped workbook differs")
    # A terminal: refused before anything is written.
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(binary, [binary, "report", "--config", CONFIG, "--format", "xlsx"])
    said = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        said += chunk
    status = os.waitpid(pid, 0)[1]
    expect(os.waitstatus_to_exitcode(status) == 64, "xlsx to a terminal: exit %r" % status)
    expect(b"--output" in said, "xlsx to a terminal says why: %r" % said)
    # A directory that is not there: an error naming the file, nothing written.
    missing = os.path.join(tmp, "no-such-dir", "r.xlsx")
    r = run(binary, ["report", "--config", CONFIG, "--format", "xlsx", "--output", missing])
    expect(r.returncode == 1, "missing directory: exit %d" % r.returncode)
    expect(("cannot write %s" % missing).encode() in r.stderr, "missing directory: %r" % r.stderr)
    # A target that cannot be replaced (a directory): the error, and no file left behind.
    target = os.path.join(tmp, "taken")
    os.mkdir(target)
    os.mkdir(os.path.join(target, "inside"))
    before = sorted(os.listdir(tmp))
    r = run(binary, ["report", "--config", CONFIG, "--format", "xlsx", "--output", target])
    expect(r.returncode == 1, "directory target: exit %d" % r.returncode)
    expect(("cannot replace %s" % target).encode() in r.stderr, "directory target: %r" % r.stderr)
    expect(sorted(os.listdir(tmp)) == before, "left behind: %r" % sorted(set(os.listdir(tmp)) - set(before)))


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="deadlined-xlsx-") as tmp:
        written = check_report(binary, tmp, CONFIG, "vi")
        english = os.path.join(tmp, "en.yaml")
        with open(CONFIG, encoding="utf-8") as f:
            text = f.read().replace("language: vi", "language: en")
        with open(english, "w", encoding="utf-8") as f:
            f.write(text)
        check_report(binary, tmp, english, "en")
        check_list(binary, tmp)
        check_destinations(binary, tmp, written)
    for f in failures:
        print("xlsx-check: FAIL: " + f, file=sys.stderr)
    if failures:
        sys.exit(1)
    print("xlsx-check: report and list workbooks read back by openpyxl %s: all checks passed" % openpyxl.__version__)


if __name__ == "__main__":
    main()
