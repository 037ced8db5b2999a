#!/usr/bin/env python3
"""Cross-checks `deadlined calendar` against the Vietnam calendar of the python `holidays`
package (a widely used, actively maintained library of public holidays), year by year from 2020
through next year.

Compared: the weekdays off and the weekend days worked. Every difference must be listed in
KNOWN below with its reason, so a new one (a decision the peer has and deadlined lacks, or the
reverse, or a change of rules on either side) fails the test until someone looks; a listed
difference that no longer occurs fails it too, so the list stays true.

Usage: crosscheck.py PATH/TO/deadlined   (run by `make holiday-check`, part of `make test`)
"""

import datetime
import re
import subprocess
import sys

import holidays

PEER_VERSION = "0.109"
FIRST_YEAR = 2020

# (date, what deadlined says) -> why the peer says otherwise. "off": a weekday off in deadlined
# only; "working": a weekday off in the peer only (deadlined works); "saturday": a weekend day
# worked in deadlined only.
KNOWN = {
    # 2026 New Year: Văn phòng Chính phủ 12729/VPCP-KGVX swapped Friday 2/1 for Saturday 10/1.
    # The peer has no special days for January 2026 (a decision the peer lacks).
    ("2026-01-02", "off"): "a decision the peer lacks: Friday 2/1/2026 off, swapped for Saturday 10/1",
    ("2026-01-10", "saturday"): "a decision the peer lacks: Saturday 10/1/2026 worked for Friday 2/1",
}

ROW = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})\s+(?:Thứ \S+|Chủ nhật)\s+(nghỉ|làm việc)\s")
SUBSTITUTED = re.compile(r"thay cho ngày (\d{2})/(\d{2})/(\d{4})")


def deadlined_days(binary, year):
    """Weekdays off and weekend days worked, as deadlined's `calendar` prints them."""
    out = subprocess.run(
        [binary, "calendar", str(year), "--config", "/nonexistent/deadlined.yaml"],
        check=True, capture_output=True, text=True,
    ).stdout
    off, worked = set(), set()
    for line in out.splitlines():
        m = ROW.match(line)
        if not m:
            continue
        d = datetime.date(int(m[3]), int(m[2]), int(m[1]))
        if m[4] == "nghỉ" and d.weekday() < 5:
            off.add(d)
        elif m[4] == "làm việc" and d.weekday() >= 5:
            worked.add(d)
    if not off:
        sys.exit(f"no rows read from `deadlined calendar {year}`:\n{out}")
    return off, worked


def peer_days(year):
    """Weekdays off and the weekend days worked (named in its substituted days) in the peer."""
    cal = holidays.country_holidays("VN", years=year, language="vi")
    off = {d for d in cal if d.weekday() < 5 and d.year == year}
    worked = set()
    for d, name in cal.items():
        for m in SUBSTITUTED.finditer(name):
            w = datetime.date(int(m[3]), int(m[2]), int(m[1]))
            if w.weekday() >= 5 and w.year == year:
                worked.add(w)
    return off, worked


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    if holidays.__version__ != PEER_VERSION:
        sys.exit(f"expected holidays {PEER_VERSION}, found {holidays.__version__}: check KNOWN against it, then update PEER_VERSION")
    binary = sys.argv[1]
    last = datetime.date.today().year + 1
    found = {}
    for year in range(FIRST_YEAR, last + 1):
        ours_off, ours_worked = deadlined_days(binary, year)
        peer_off, peer_worked = peer_days(year)
        for d in ours_off - peer_off:
            found[(d.isoformat(), "off")] = year
        for d in peer_off - ours_off:
            found[(d.isoformat(), "working")] = year
        for d in ours_worked - peer_worked:
            found[(d.isoformat(), "saturday")] = year
        for d in peer_worked - ours_worked:
            found[(d.isoformat(), "peer-saturday")] = year
    known_in_range = {k for k in KNOWN if FIRST_YEAR <= int(k[0][:4]) <= last}
    new = sorted(set(found) - set(KNOWN))
    gone = sorted(known_in_range - set(found))
    for d, side in new:
        print(f"NEW DIFFERENCE {d} ({side} in deadlined's view): look at it, then fix or list it in KNOWN")
    for d, side in gone:
        print(f"LISTED BUT GONE {d} ({side}): {KNOWN[(d, side)]}; remove it from KNOWN")
    for (d, side), why in sorted(KNOWN.items()):
        if (d, side) in found:
            print(f"known {d} {side}: {why}")
    print(f"{FIRST_YEAR}-{last}: {len(found)} difference(s), {len(new)} new, {len(gone)} listed but gone")
    sys.exit(1 if new or gone else 0)


if __name__ == "__main__":
    main()
