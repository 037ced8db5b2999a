#!/usr/bin/env python3
"""Journal export text (systemd's journal export format) of one office's deadlined after
DAYS days: a snapshot at start-up and with every daily digest (AGENCIES agency entries and
the office entry, as Snapshot.entries writes them) and the day's overdue and reminder
alerts. Fed to `systemd-journal-remote --output=X.journal --split-mode=none -` by
bench/province.sh, one journal file per office, as journal-remote stores one per host.

usage: province_journal.py OFFICE_INDEX [ITEMS] [AGENCIES] [DAYS] [ALERTS_PER_DAY]
"""
import datetime
import random
import sys

SNAPSHOT_ID = "21dd84d9bfc64a2d9d83fcf8fddb929b"
OVERDUE_ID = "ce33a144475a4dca83120e3c14b458bb"
REMINDER_ID = "1a51aa442e7b4ceba8b9237df3a760e4"
KEYS = ["done_on_time", "done_late", "not_yet_due", "due_soon", "overdue", "ongoing", "cancelled",
        "by_status_done", "by_status_ongoing", "by_status_in_progress", "by_status_not_started",
        "items_with_target"]
START = 1_730_419_200  # 1/11/2024 00:00 UTC (07:00 in Hà Nội)

office_index = int(sys.argv[1])
items = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
agencies = int(sys.argv[3]) if len(sys.argv) > 3 else 20
days = int(sys.argv[4]) if len(sys.argv) > 4 else 30
alerts_per_day = int(sys.argv[5]) if len(sys.argv) > 5 else 40
rng = random.Random(office_index)
office = f"UBND huyện số {office_index:03d}"
host = f"office-{office_index:03d}"
boot = f"{office_index:032x}"
agency_names = [f"Phòng {k:02d} của {office}" if k % 4 else f"Sở Ngành số {k:02d}" for k in range(agencies)]
out = sys.stdout
seq = 0


def entry(t_usec, fields):
    global seq
    seq += 1
    lines = [f"__CURSOR=s={boot};i={seq:x}", f"__REALTIME_TIMESTAMP={t_usec}",
             f"__MONOTONIC_TIMESTAMP={t_usec - START * 1_000_000}", f"_BOOT_ID={boot}",
             f"_HOSTNAME={host}", "SYSLOG_IDENTIFIER=deadlined", "_SYSTEMD_UNIT=deadlined.service",
             "PRIORITY=6"]
    lines += [f"{k}={v}" for k, v in fields]
    out.write("\n".join(lines) + "\n\n")


def counts(n):
    """A plausible split of n items."""
    done = rng.randint(0, n // 2)
    on_time = rng.randint(0, done)
    ongoing = rng.randint(0, (n - done) // 4)
    open_ = rng.randint(0, n - done - ongoing)
    overdue = n - done - ongoing - open_
    in_progress = rng.randint(0, open_ + overdue)
    return {"done_on_time": on_time, "done_late": done - on_time, "not_yet_due": open_,
            "due_soon": rng.randint(0, open_), "overdue": overdue, "ongoing": ongoing,
            "cancelled": rng.randint(0, 2), "by_status_done": done, "by_status_ongoing": ongoing,
            "by_status_in_progress": in_progress, "by_status_not_started": open_ + overdue - in_progress,
            "items_with_target": 0}


def iso(t):
    zone = datetime.timezone(datetime.timedelta(hours=7))
    return datetime.datetime.fromtimestamp(t, zone).isoformat()


def snapshot(t, reason, serial):
    sid = f"{office_index:x}-{serial}"
    common = [("DEADLINED_KIND", "snapshot"), ("DEADLINED_OFFICE", office), ("DEADLINED_SNAPSHOT", sid),
              ("DEADLINED_SNAPSHOT_AT", iso(t)), ("DEADLINED_SNAPSHOT_UNIX", str(t)),
              ("DEADLINED_SNAPSHOT_REASON", reason), ("MESSAGE_ID", SNAPSHOT_ID)]
    per = [items // agencies + (1 if k < items % agencies else 0) for k in range(agencies)]
    total = {k: 0 for k in KEYS}
    for k, (name, n) in enumerate(zip(agency_names, per)):
        c = counts(n)
        for key in KEYS:
            total[key] += c[key]
        entry(t * 1_000_000 + k, [("MESSAGE", f"Số liệu {name}: {n} nhiệm vụ")] + common
              + [("DEADLINED_AGENCY", name), ("DEADLINED_N_TOTAL", str(n))]
              + [("DEADLINED_N_" + key.upper(), str(c[key])) for key in KEYS])
    entry(t * 1_000_000 + agencies, [("MESSAGE", f"Số liệu của {office}")] + common
          + [("DEADLINED_SNAPSHOT_PARTS", str(agencies)), ("DEADLINED_N_TOTAL", str(items))]
          + [("DEADLINED_N_" + key.upper(), str(total[key])) for key in KEYS])


serial = 0
for day in range(days + 1):
    morning = START + day * 86400 + 3600  # 08:00 in Hà Nội
    serial += 1
    snapshot(morning, "start" if day == 0 else "digest", serial)
    for a in range(alerts_per_day):
        k = rng.randrange(items)
        agency = agency_names[k % agencies]
        overdue = rng.random() < 0.7
        entry(morning * 1_000_000 + 1000 + a, [
            ("MESSAGE", f"Quá hạn 3 ngày: {agency} — Nhiệm vụ số {k}"),
            ("MESSAGE_ID", OVERDUE_ID if overdue else REMINDER_ID),
            ("DEADLINED_KIND", "overdue" if overdue else "reminder"), ("DEADLINED_OFFICE", office),
            ("DEADLINED_ID", f"nv-{k}"), ("DEADLINED_AGENCY", agency),
            ("DEADLINED_TASK", f"Nhiệm vụ số {k} theo kế hoạch của tỉnh"), ("DEADLINED_STATUS", "in_progress"),
            ("DEADLINED_STATE", "overdue" if overdue else "due_soon"), ("DEADLINED_BASIS", "Kế hoạch số 1/KH-UBND"),
            ("DEADLINED_DUE", "2024-11-15T23:59:59+07:00"), ("DEADLINED_DUE_TEXT", "15/11/2024"),
            ("DEADLINED_DAYS_OVERDUE" if overdue else "DEADLINED_DAYS_LEFT", "3"),
            ("DEADLINED_SOURCE", "/etc/deadlined/deadlined.yaml:12:5")])
