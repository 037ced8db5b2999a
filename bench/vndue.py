"""Vietnamese due-date forms -> deadline instants, in plain Python (bench helper).

Used by pyyaml_overdue.py (the "what a user would write in Python" comparison) and by
generate.py to emit the same data for taskwarrior and remind. Covers the forms README.md
lists: a day, a day and time, a month, a quarter, half a year, a year, with the optional
prefixes (ngày, hạn, trước ngày, hoàn thành trước ngày, chậm nhất, trong), case and
diacritics ignored. A day deadline ends at 24:00 local (overdue from 00:00 the next day).
"""
import calendar, re, unicodedata
from datetime import datetime, timedelta, timezone

try:
    from zoneinfo import ZoneInfo
except ImportError:  # pragma: no cover
    ZoneInfo = None


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower().strip()


PREFIX = re.compile(r"^(hoan thanh truoc ngay|truoc ngay|cham nhat|ngay|han|trong)\s+")
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
D = r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
T = r"(\d{1,2})(?::(\d{2})(?::(\d{2}))?|h(\d{2})?)"
RE_DAY = re.compile(rf"^{D}$")
RE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:t(\d{2}):(\d{2})(?::(\d{2}))?)?$")
RE_TIME_DAY = re.compile(rf"^{T}\s+(?:ngay\s+)?{D}$")
RE_DAY_TIME = re.compile(rf"^{D}\s+{T}$")
RE_MONTH = re.compile(r"^(?:thang\s+)?(\d{1,2})(?:/|\s+nam\s+)(\d{4})$")
RE_QUARTER = re.compile(r"^(?:quy\s*|q)(iv|iii|ii|i|[1-4])(?:/|\s+nam\s+|\s+)(\d{4})$")
RE_HALF = re.compile(r"^(?:6 thang (dau|cuoi) nam (\d{4})|h([12])/(\d{4}))$")
RE_YEAR = re.compile(r"^nam\s+(\d{4})$")


def parse(text):
    """(kind, (y, m, d), (h, mi, s) or None); kind 'time' for a timed deadline, else 'day'
    (the last day of the period). Raises ValueError on anything else."""
    s = fold(str(text))
    while True:
        t = PREFIX.sub("", s, count=1)
        if t == s:
            break
        s = t
    if m := RE_DAY.match(s):
        return "day", _date(int(m[3]), int(m[2]), int(m[1])), None
    if m := RE_ISO.match(s):
        ymd = _date(int(m[1]), int(m[2]), int(m[3]))
        return ("time", ymd, (int(m[4]), int(m[5]), int(m[6] or 0))) if m[4] else ("day", ymd, None)
    if m := RE_TIME_DAY.match(s):
        return "time", _date(int(m[7]), int(m[6]), int(m[5])), _hms(m[1], m[2] or m[4], m[3])
    if m := RE_DAY_TIME.match(s):
        return "time", _date(int(m[3]), int(m[2]), int(m[1])), _hms(m[4], m[5] or m[7], m[6])
    if m := RE_MONTH.match(s):
        y, mo = int(m[2]), int(m[1])
        return "day", _date(y, mo, calendar.monthrange(y, mo)[1] if 1 <= mo <= 12 else 0), None
    if m := RE_QUARTER.match(s):
        q = ROMAN.get(m[1]) or int(m[1])
        y, mo = int(m[2]), 3 * q
        return "day", _date(y, mo, calendar.monthrange(y, mo)[1]), None
    if m := RE_HALF.match(s):
        first = m[1] == "dau" or m[3] == "1"
        return "day", _date(int(m[2] or m[4]), 6 if first else 12, 30 if first else 31), None
    if m := RE_YEAR.match(s):
        return "day", _date(int(m[1]), 12, 31), None
    raise ValueError(f"invalid date: {text!r}")


def _date(y, m, d):
    if not (1900 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]):
        raise ValueError(f"{d}/{m}/{y} does not exist")
    return (y, m, d)


def _hms(h, mi, s):
    h, mi, s = int(h), int(mi or 0), int(s or 0)
    if h > 23 or mi > 59 or s > 59:
        raise ValueError("invalid time")
    return (h, mi, s)


class Zone:
    """Local civil time -> Unix seconds, cached per day (the zone rarely changes offset)."""

    def __init__(self, name="Asia/Ho_Chi_Minh"):
        self.tz = ZoneInfo(name) if ZoneInfo else timezone(timedelta(hours=7))
        self.cache = {}

    def instant(self, ymd, hms=(0, 0, 0)):
        key = (ymd, hms)
        v = self.cache.get(key)
        if v is None:
            v = int(datetime(*ymd, *hms, tzinfo=self.tz).timestamp())
            self.cache[key] = v
        return v

    def overdue_at(self, parsed):
        """The first instant at which the item is overdue."""
        kind, ymd, hms = parsed
        if kind == "time":
            return self.instant(ymd, hms)
        nxt = datetime(*ymd) + timedelta(days=1)
        return self.instant((nxt.year, nxt.month, nxt.day))

    def completed_at(self, parsed):
        kind, ymd, hms = parsed
        return self.instant(ymd, hms) if kind == "time" else self.instant(ymd)
