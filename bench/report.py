#!/usr/bin/env python3
"""Turns bench/run.sh's measurements into the markdown table (printed) and bench/RESULTS.md."""
import argparse, json, os, platform, re, subprocess, time

ap = argparse.ArgumentParser()
ap.add_argument("--rows"); ap.add_argument("--daemon"); ap.add_argument("--mode"); ap.add_argument("--runs")
ap.add_argument("--out"); ap.add_argument("--commit"); ap.add_argument("--load", default="?")
a = ap.parse_args()

rows = []
for line in open(a.rows, encoding="utf-8"):
    n, tool, op, med, cpu, rss, runs, layout = line.rstrip("\n").split("\t")
    rows.append(dict(n=int(n), tool=tool, op=op, s=float(med), cpu=float(cpu), rss=int(rss), runs=int(runs),
                     layout=layout))
extra = {}
for line in open(a.daemon, encoding="utf-8"):
    parts = line.rstrip("\n").split("\t")
    if parts[0].isdigit():
        extra[(int(parts[0]), parts[1])] = parts[2]
    elif len(parts) == 3:
        extra[parts[0]] = (int(parts[1]), json.loads(parts[2]))
    else:
        extra[parts[0]] = json.loads(parts[1]) if parts[1].startswith("{") else parts[1]


def find(n, tool, op, layout="ten files"):
    for r in rows:
        if r["n"] == n and r["layout"] == layout and r["tool"].startswith(tool) and r["op"].startswith(op):
            return r
    return None


def secs(s):
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"


def mib(kib):
    return f"{kib / 1024:.1f} MiB" if kib < 1024 * 1024 else f"{kib / 1024 / 1024:.2f} GiB"


def faster(x, more="faster", less="slower"):
    return f"{x:.1f}× {more}" if x >= 1 else f"{1 / x:.1f}× {less}"


def ratio(x, y):
    return f"{x / y:.2f}×" if y else "–"


sizes = sorted({r["n"] for r in rows})
# Each size's ten-file rows, then the one-file rows of that size (same items, one file).
groups = [(n, layout) for n in sizes for layout in ("ten files", "one file") if find(n, "libyaml", "raw", layout)]
table = ["| items | files | tool | operation | wall (median) | CPU user+sys | peak RSS | wall × libyaml raw pass "
         "| CPU × libyaml's CPU | wall × deadlined check |",
         "|---:|---|---|---|---:|---:|---:|---:|---:|---:|"]
for n, layout in groups:
    floor = find(n, "libyaml", "raw", layout)
    ref = find(n, "deadlined", "check", layout)
    for r in (r for r in rows if r["n"] == n and r["layout"] == layout):
        table.append(f"| {n:,} | {layout} | {r['tool']} | `{r['op']}` | {secs(r['s'])} | {secs(r['cpu'])} | {mib(r['rss'])} | "
                     f"{ratio(r['s'], floor['s'])} | {ratio(r['cpu'], floor['cpu'])} | {ratio(r['s'], ref['s'])} |")

# Rounds of the rows timed in turn (libyaml, check, list), as run.sh recorded them.
trio_runs = next((r["runs"] for r in rows if r["tool"] == "deadlined"), a.runs)

# ---- the daemon
d = []
sf, sl = extra["startup_fresh"], extra["startup_ledger"]
d.append(f"| start-up to `READY=1`, 10,000 items, empty ledger (every catch-up alert sent first) | "
         f"{sf['median_ms']:.0f} ms (min {sf['min_ms']:.0f}, max {sf['max_ms']:.0f}, {sf['runs']} runs); RSS {mib(sf['rss_kib'])} |")
d.append(f"| start-up to `READY=1`, 10,000 items, ledger from a previous run | "
         f"{sl['median_ms']:.0f} ms (min {sl['min_ms']:.0f}, max {sl['max_ms']:.0f}, {sl['runs']} runs); RSS {mib(sl['rss_kib'])} |")
mem_n, rss_items = extra["rss_items"]
rss_small = extra["rss_small"]
per_item = (rss_items["rss_kib"] - rss_small["rss_kib"]) * 1024 / mem_n
d.append(f"| memory per tracked item: (RSS with {mem_n:,} items − RSS with 1 item) / {mem_n:,} | "
         f"{per_item:.0f} bytes ({mib(rss_items['rss_kib'])} − {mib(rss_small['rss_kib'])}; peak during load {mib(rss_items['hwm_kib'])}) |")
reload_n, rl = extra["reload"]
d.append(f"| reload: one of 100 drop-ins rewritten, SIGHUP → `READY=1`, {reload_n:,} items | "
         f"{rl['median_ms']:.0f} ms (min {rl['min_ms']:.0f}, max {rl['max_ms']:.0f}, {rl['runs']} runs) |")
fire_n, fire = extra["fire"]
u, s_ = (float(x) for x in extra["fire_check_cpu"].split())
fire_cpu = fire["cpu_s"] - (u + s_)
d.append(f"| {fire_n:,} items all overdue, every alert sent at start-up (console sink → /dev/null) | "
         f"READY=1 after {fire['ready_ms'] / 1000:.2f} s, {fire['cpu_s']:.2f} s CPU; minus `check` on the same files "
         f"({u + s_:.2f} s CPU): {fire_cpu:.2f} s CPU for {fire_n:,} events |")
idle = extra["idle"]
d.append(f"| idle, next event 12 h away, {idle['seconds']:.0f} s window, all threads | "
         f"{idle['voluntary']} voluntary + {idle['involuntary']} involuntary context switches, "
         f"{idle['cpu_ticks']} CPU ticks, {idle['threads_after']} threads |")

# ---- same answers
answers = ["| items | deadlined overdue | PyYAML script overdue | taskwarrior `+OVERDUE` | remind expired |", "|---:|---:|---:|---:|---:|"]
for n in sizes:
    answers.append(f"| {n:,} | {extra.get((n, 'deadlined_overdue'), '–')} | {extra.get((n, 'pyyaml_overdue'), '–')} | "
                   f"{extra.get((n, 'tw_overdue'), 'skipped')} | {extra.get((n, 'remind_expired'), '–')} |")

# ---- targets (issue 6)
MET = {True: "**met**", False: "**not met**"}
t = ["| target (issue 6) | measured | |", "|---|---|---|"]
tn = 100000 if 100000 in sizes else max(n for n in sizes if n <= 100000)
note = "" if tn == 100000 else f" (quick mode: {tn:,} items, indicative only)"
floor = find(tn, "libyaml", "raw")
for op in ("check", "list"):
    r = find(tn, "deadlined", op)
    x = r["s"] / floor["s"]
    t.append(f"| `{r['op']}`, 100,000 items: ≤ 1.5 × libyaml's raw pass{note} | {x:.2f}× ({secs(r['s'])} vs {secs(floor['s'])}) | {MET[x <= 1.5]} |")
    t.append(f"| `{r['op']}`, 100,000 items: ≤ 120 MiB peak RSS{note} | {mib(r['rss'])} | {MET[r['rss'] <= 120 * 1024]} |")
lst = find(tn, "deadlined", "list")
py = find(tn, "Python", "load")
if py:
    x = py["s"] / lst["s"]
    t.append(f"| about 20 × faster than the PyYAML script (`list` vs the script){note} | {faster(x)}, {faster(py['rss'] / lst['rss'], 'less memory', 'more memory')} | {MET[x >= 20]} |")
tw = find(tn, "taskwarrior", "task +OVERDUE")
twi = find(tn, "taskwarrior", "task import")
if tw:
    x, m = tw["s"] / lst["s"], tw["rss"] / lst["rss"]
    t.append(f"| several times faster and smaller than taskwarrior (`list` vs `task +OVERDUE count`; ≥ 3× both){note} | "
             f"{faster(x)}, {faster(m, 'less memory', 'more memory')} (vs `task import`: {faster(twi['s'] / lst['s'])}, "
             f"{faster(twi['rss'] / lst['rss'], 'less memory', 'more memory')}) | {MET[x >= 3 and m >= 3]} |")
if 1000000 in sizes:
    for op in ("check", "list"):
        r, r100 = find(1000000, "deadlined", op), find(100000, "deadlined", op)
        ok = r["s"] <= 6 and r["rss"] <= 1.2 * 1024 * 1024
        t.append(f"| `{r['op']}`, 1,000,000 items: ≤ 6 s and ≤ 1.2 GiB, linear | {secs(r['s'])}, {mib(r['rss'])}; "
                 f"{r['s'] / r100['s']:.1f}× the 100,000-item time, {r['rss'] / r100['rss']:.1f}× its RSS | {MET[ok]} |")
else:
    t.append(f"| 1,000,000 items: ≤ 6 s and ≤ 1.2 GiB, linear | not measured in {a.mode} mode | – |")
t.append(f"| reload after one drop-in changes, 100 files, 100,000 items: ≤ 50 ms | {rl['median_ms']:.0f} ms"
         f"{'' if reload_n == 100000 else f' ({reload_n:,} items, quick mode)'} | {MET[rl['median_ms'] <= 50]} |")
t.append(f"| start-up to `READY=1`, 10,000 items: ≤ 150 ms | {sf['median_ms']:.0f} ms with an empty ledger, "
         f"{sl['median_ms']:.0f} ms with one | {MET[sf['median_ms'] <= 150 and sl['median_ms'] <= 150]}"
         f"{'' if sf['median_ms'] <= 150 or sl['median_ms'] > 150 else ' (with a ledger only)'} |")
wakes = idle["voluntary"] + idle["involuntary"]
t.append(f"| idle: no wake-ups between events (watchdog inactive outside systemd) | {wakes} context switches in {idle['seconds']:.0f} s | {MET[wakes == 0]} |")
t.append(f"| firing 100,000 due events: a few seconds of CPU at most (taken as ≤ 3 s) | {fire_cpu:.2f} s for {fire_n:,}"
         f"{'' if fire_n == 100000 else ' (quick mode)'} | {MET[fire_cpu <= 3 * fire_n / 100000]} |")
t.append(f"| memory per tracked item < 1 KiB | {per_item:.0f} bytes | {MET[per_item < 1024]} |")

# ---- targets (issue 20): one file as fast as many
t20 = ["| target (issue 20) | measured | |", "|---|---|---|"]
one_n = max((n for n, layout in groups if layout == "one file"), default=None)
if one_n is not None:
    one_note = "" if one_n == 100000 else f" (quick mode: {one_n:,} items, indicative only)"
    one_floor = find(one_n, "libyaml", "raw", "one file")
    for op in ("check", "list"):
        r = find(one_n, "deadlined", op, "one file")
        x = r["s"] / one_floor["s"]
        t20.append(f"| `{r['op']}`, one file of 100,000 items: wall ≤ 1.5 × libyaml's raw pass on it{one_note} | "
                   f"{x:.2f}× ({secs(r['s'])} vs {secs(one_floor['s'])}) | {MET[x <= 1.5]} |")
    for op in ("check", "list"):
        r = find(one_n, "deadlined", op, "one file")
        x = r["cpu"] / one_floor["cpu"]
        t20.append(f"| `{r['op']}`, one file of 100,000 items: CPU ≤ 1.5 × libyaml's{one_note} | "
                   f"{x:.2f}× ({secs(r['cpu'])} vs {secs(one_floor['cpu'])}) | {MET[x <= 1.5]} |")
    for op in ("check", "list"):
        r = find(tn, "deadlined", op)
        x = r["cpu"] / floor["cpu"]
        t20.append(f"| `{r['op']}`, ten files of 100,000 items: CPU ≤ 1.5 × libyaml's{note} | "
                   f"{x:.2f}× ({secs(r['cpu'])} vs {secs(floor['cpu'])}) | {MET[x <= 1.5]} |")

    for op in ("check", "list"):
        for n, layout in ((tn, "ten files"), (one_n, "one file")):
            r = find(n, "deadlined", op, layout)
            t20.append(f"| `{r['op']}`, {layout} of 100,000 items: peak RSS ≤ 100 MiB{note if layout == 'ten files' else one_note} | "
                       f"{mib(r['rss'])} | {MET[r['rss'] <= 100 * 1024]} |")
# The daemon's peak is its high-water mark during the load; the settled figure is beside it.
t20.append(f"| the daemon, ten files of {mem_n:,} items: peak RSS ≤ 100 MiB | {mib(rss_items['hwm_kib'])} at peak (VmHWM), "
           f"{mib(rss_items['rss_kib'])} settled | {MET[rss_items['hwm_kib'] <= 100 * 1024]} |")
if 1000000 in sizes:
    for op in ("check", "list"):
        r = find(1000000, "deadlined", op)
        t20.append(f"| `{r['op']}`, 1,000,000 items: peak RSS ≤ 600 MiB | {mib(r['rss'])} | {MET[r['rss'] <= 600 * 1024]} |")
else:
    t20.append(f"| 1,000,000 items: peak RSS ≤ 600 MiB | not measured in {a.mode} mode | – |")

# ---- machine
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
ram = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
swift = subprocess.run(["bash", "-c", "swift --version 2>/dev/null | head -1"], capture_output=True, text=True).stdout.strip()
bytes100 = int(extra.get((tn, "bytes"), 0))
machine = (f"- machine: {os.cpu_count()} cores (`nproc` {len(os.sched_getaffinity(0))}), {cpu}, {ram / 1024 / 1024:.1f} GiB RAM, "
           f"Linux {platform.release()}\n- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n"
           f"- load average (1/5/15 min) at start / end of the run: {a.load}\n"
           f"- commit: `{a.commit}`\n- {swift}; deadlined built with `swift build -c release --static-swift-stdlib --scratch-path .build-bench` (as `make install` builds it)\n"
           f"- mode: {a.mode}; libyaml's raw pass, `check` and `list` timed in turn (libyaml, check, list, libyaml, ...; "
           f"`bench/runs.py`), medians of {trio_runs} rounds of wall and of CPU (user+sys, per run from wait4) after 1 warm-up each; "
           f"the other tools: hyperfine medians of {a.runs} runs after 1 warm-up, CPU the mean (hyperfine exports no other); "
           f"page cache warm; peak RSS from one `/usr/bin/time -v` run; sizes {', '.join(f'{n:,}' for n in sizes)} items"
           + (f" ({bytes100 / 1e6:.1f} MB of YAML at {tn:,})" if bytes100 else "")
           + (f"; one file of {one_n:,} items ({int(extra.get((one_n, 'one_bytes'), 0)) / 1e6:.1f} MB, directives of 500 "
              f"assignments, {extra.get((one_n, 'one_overdue'), '?')} overdue)" if one_n is not None else ""))

out = [f"# deadlined benchmarks ({a.mode} run)", "", "Written by `bash bench/run.sh" + ("" if a.mode == "full" else f" --{a.mode}") +
       "`; see bench/README.md for what each row runs. Real measurements of this run only."
       + (" PyYAML, remind and taskwarrior were not run (targets mode)." if a.mode == "targets" else ""), "", machine, "",
       "## Side by side", "", *table, "", "## The daemon", "", "| measurement | result |", "|---|---|", *d, "",
       "## Same answer (overdue items now)", "", *answers, "",
       "## Targets from issue 6", "", *t, "", "## Targets from issue 20", "", *t20, ""]
text = "\n".join(out)
print(text)
if a.out:
    notes_path = os.path.join(os.path.dirname(a.out), "RESULTS.notes.md")
    if os.path.exists(notes_path):
        text += "\n" + open(notes_path, encoding="utf-8").read()
    # bench/province.sh writes its own section (with its own date, load and commit) between
    # markers; a run of this bench keeps it rather than dropping a measurement it did not make.
    if os.path.exists(a.out):
        kept = re.search(r"<!-- province:.*?<!-- /province -->\n", open(a.out, encoding="utf-8").read(), re.S)
        if kept:
            text = text.rstrip("\n") + "\n\n" + kept.group(0)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
