#!/usr/bin/env python3
"""bench/runs.py: several commands timed in turn, each run's wall and CPU time taken alone.

    python3 bench/runs.py --runs N [--warmup W] CMD [CMD...]

Each CMD is one shell-quoted command line (split with shlex, run without a shell, stdout
and stderr to /dev/null). After W warm-up runs of each, the commands run in turn, N rounds:
A B C, A B C, ... so that all of them meet the same moments of a shared, noisy machine and
their ratios do not measure its drift between blocks of runs. Prints, per command in the
order given, a line: median wall seconds, median CPU seconds (user + system of the process
and its threads, from wait4), tab-separated. Exits 1 naming the command when a run fails.
"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time


def run_once(argv):
    """(wall seconds, user+system CPU seconds) of one run of argv."""
    start = time.perf_counter()
    p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"runs.py: exit {p.returncode} from: {shlex.join(argv)}")
    return wall, usage.ru_utime + usage.ru_stime


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("commands", nargs="+")
    a = ap.parse_args()
    argvs = [shlex.split(c) for c in a.commands]
    for argv in argvs:
        for _ in range(a.warmup):
            run_once(argv)
    walls = [[] for _ in argvs]
    cpus = [[] for _ in argvs]
    for _ in range(a.runs):
        for k, argv in enumerate(argvs):
            w, c = run_once(argv)
            walls[k].append(w)
            cpus[k].append(c)
    for w, c in zip(walls, cpus):
        print(f"{statistics.median(w)}\t{statistics.median(c)}")


if __name__ == "__main__":
    main()
