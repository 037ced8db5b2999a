#!/usr/bin/env python3
"""The script a user would otherwise write: PyYAML's C loader (CSafeLoader over libyaml),
then the overdue set, printed as JSON like `deadlined list --state overdue --format json`.

pyyaml_overdue.py CONFIG [--at UNIX_SECONDS] [--count]

Reads CONFIG and its `include:` globs (relative to CONFIG), walks directives and flat
assignments (agency lists and done_by too), parses every due/completed form with vndue.py,
and prints the overdue items soonest due first (or, with --count, their number).
No validation beyond what is needed to compute the set.
"""
import glob, json, os, sys, time
from datetime import datetime, timezone, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vndue  # noqa: E402
import yaml  # noqa: E402

Loader = yaml.CSafeLoader  # AttributeError here means PyYAML was built without libyaml


def load(path):
    with open(path, "rb") as f:
        return yaml.load(f, Loader=Loader) or {}


def main():
    args = sys.argv[1:]
    config = args[0]
    now = int(args[args.index("--at") + 1]) if "--at" in args else int(time.time())
    docs = [(config, load(config))]
    base = os.path.dirname(os.path.abspath(config))
    for pattern in docs[0][1].get("include") or []:
        for p in sorted(glob.glob(os.path.join(base, pattern))):
            docs.append((p, load(p)))
    settings = docs[0][1].get("settings") or {}
    zone = vndue.Zone(settings.get("timezone", "Asia/Ho_Chi_Minh"))
    tz = zone.tz
    overdue = []
    for _, doc in docs:
        groups = [(d, d.get("assignments") or []) for d in doc.get("directives") or []]
        groups.append(({}, doc.get("assignments") or []))
        for directive, assignments in groups:
            for a in assignments:
                status = vndue.fold(str(a.get("status", "")))
                completed = a.get("completed")
                done = status in ("done", "hoan thanh", "da hoan thanh") or (completed is not None and not status)
                if status in ("ongoing", "thuong xuyen") or "due" not in a:
                    continue
                due_at = zone.overdue_at(vndue.parse(a["due"]))
                if now < due_at:
                    continue
                agencies = a["agency"] if isinstance(a["agency"], list) else [a["agency"]]
                done_by = {}
                for d in a.get("done_by") or []:
                    if isinstance(d, dict):
                        done_by[d["agency"]] = d.get("completed", completed)
                    else:
                        done_by[d] = completed
                for agency in agencies:
                    if done or agency in done_by:
                        c = done_by.get(agency, completed)
                        if c is None or zone.completed_at(vndue.parse(c)) <= now:
                            continue
                    ident = a.get("id", "")
                    if len(agencies) > 1:
                        ident += "/" + agency
                    overdue.append((due_at, ident, agency, a["task"], str(a["due"]), directive.get("id")))
    overdue.sort()
    if "--count" in args:
        print(len(overdue))
        return
    out = sys.stdout
    out.write("[\n")
    for i, (due_at, ident, agency, task, due_text, directive) in enumerate(overdue):
        due_iso = datetime.fromtimestamp(due_at - 1, tz).isoformat()
        days = (datetime.fromtimestamp(now, tz).date() - datetime.fromtimestamp(due_at - 1, tz).date()).days
        out.write(json.dumps({"id": ident, "directive": directive, "agency": agency, "task": task,
                              "due": due_iso, "due_text": due_text, "state": "overdue",
                              "days_overdue": days}, ensure_ascii=False))
        out.write(",\n" if i + 1 < len(overdue) else "\n")
    out.write("]\n")


if __name__ == "__main__":
    main()
