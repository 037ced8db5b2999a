"""Compares what the centre knows of an office with `deadlined report --format json` on that
office's own config. Used by remote.sh inside the container (run.sh copies it to /e2e).

remote_counts.py snapshot LOCAL.json CENTRAL.jsonl
    CENTRAL.jsonl: the office's snapshot entries in the central store (journalctl -o json).
    Takes the latest complete snapshot (an office entry whose DEADLINED_SNAPSHOT_PARTS names
    as many agency entries of the same DEADLINED_SNAPSHOT) and compares its DEADLINED_N_*
    counts with the report's, the total and agency by agency.
remote_counts.py report PROVINCE.json LOCAL.json OFFICE
    PROVINCE.json: `deadlined report --journal DIR --format json`. Compares the entry of
    OFFICE (totals, by_agency: every field) with the report's, and wants it not silent.

Prints the snapshot's time first, then one line per difference; exits 1 on any.
"""
import json
import sys

# The counts a snapshot carries, by the report's key (by_status_X: by_status[X]).
KEYS = ["done_on_time", "done_late", "not_yet_due", "due_soon", "overdue", "ongoing", "cancelled",
        "by_status_done", "by_status_ongoing", "by_status_in_progress", "by_status_not_started",
        "items_with_target"]


def local_groups(report):
    """The report's groups by agency, its total under "(total)"."""
    out = {"(total)": report["total"]}
    out.update((g["agency"], g) for g in report["groups"])
    return out


def differences(want, got):
    bad = []
    for name in sorted(set(want) | set(got)):
        w, g = want.get(name), got.get(name)
        if w == g:
            continue
        if w is None or g is None:
            bad.append(f"{name}: central {g}, local {w}")
            continue
        fields = ", ".join(f"{k} central {g.get(k)} local {w.get(k)}"
                           for k in sorted(set(w) | set(g)) if w.get(k) != g.get(k))
        bad.append(f"{name}: {fields}")
    return bad


def snapshot(local_path, central_path):
    def from_report(g):
        c = {"total": g["total"]}
        for k in KEYS:
            c[k] = g["by_status"][k[len("by_status_"):]] if k.startswith("by_status_") else g.get(k, 0)
        return c

    def from_entry(e):
        c = {"total": int(e["DEADLINED_N_TOTAL"])}
        for k in KEYS:
            c[k] = int(e["DEADLINED_N_" + k.upper()])
        return c

    snaps = {}
    with open(central_path) as f:
        for line in f:
            if line.strip():
                e = json.loads(line)
                snaps.setdefault(e["DEADLINED_SNAPSHOT"], []).append(e)

    def complete(es):
        office = [e for e in es if "DEADLINED_SNAPSHOT_PARTS" in e]
        return len(office) == 1 and int(office[0]["DEADLINED_SNAPSHOT_PARTS"]) == len(es) - 1

    full = [es for es in snaps.values() if complete(es)]
    if not full:
        print("no complete snapshot")
        return 1
    latest = max(full, key=lambda es: max(int(e["__REALTIME_TIMESTAMP"]) for e in es))
    with open(local_path) as f:
        want = {k: from_report(g) for k, g in local_groups(json.load(f)).items()}
    got = {("(total)" if "DEADLINED_SNAPSHOT_PARTS" in e else e["DEADLINED_AGENCY"]): from_entry(e)
           for e in latest}
    print(latest[0]["DEADLINED_SNAPSHOT_UNIX"], latest[0]["DEADLINED_SNAPSHOT_AT"], len(got) - 1, "agencies")
    bad = differences(want, got)
    for b in bad:
        print(b)
    return 1 if bad else 0


def report(province_path, local_path, office):
    with open(province_path) as f:
        province = json.load(f)
    mine = [o for o in province["offices"] if o["office"] == office]
    if len(mine) != 1:
        print(f"{len(mine)} entries for {office} among {[o['office'] for o in province['offices']]}")
        return 1
    o = mine[0]
    print(o["snapshot_at"], "silent" if o["silent"] else "not silent")
    with open(local_path) as f:
        want = local_groups(json.load(f))
    got = {"(total)": o["totals"]}
    got.update((g["agency"], g) for g in o["by_agency"])
    bad = differences(want, got)
    for b in bad:
        print(b)
    return 1 if bad or o["silent"] else 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "snapshot":
        sys.exit(snapshot(sys.argv[2], sys.argv[3]))
    if len(sys.argv) == 5 and sys.argv[1] == "report":
        sys.exit(report(sys.argv[2], sys.argv[3], sys.argv[4]))
    sys.exit(__doc__)
