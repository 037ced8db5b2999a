#!/usr/bin/env python3
"""Measures the running daemon without systemd: a NOTIFY_SOCKET it listens on stands in for
systemd, so READY=1 / RELOADING=1 arrive here.

daemon_probe.py BIN MODE CONFIG [options]; prints one JSON object.

  startup  --runs N [--keep-ledger]   ms from exec to READY=1 (median, min, max), VmRSS/VmHWM at READY;
                                      a fresh --state-dir per run unless --keep-ledger (then the
                                      first run fills the ledger and is not counted)
  rss                                 VmRSS, VmHWM (KiB) 1 s after READY=1
  idle     --seconds S                context switches (all threads, from /proc/PID/task/*/status)
                                      and CPU ticks over S seconds once READY=1 arrived
  reload   --runs N --touch FILE      ms from SIGHUP to READY=1 after FILE was changed (one line
                                      appended to its first item's task... see below)
  cpu                                 wall to READY=1 and the process's user+system CPU at READY=1

The daemon runs with --log-target console and its output to /dev/null.
"""
import argparse, json, os, shutil, signal, socket, statistics, subprocess, sys, tempfile, time

TICK = os.sysconf("SC_CLK_TCK")


def status(pid):
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            k, _, v = line.partition(":")
            if k in ("VmRSS", "VmHWM", "Threads", "voluntary_ctxt_switches", "nonvoluntary_ctxt_switches"):
                out[k] = int(v.split()[0])
    return out


def switches(pid):
    """Voluntary and involuntary context switches summed over every thread alive now."""
    vol = inv = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                for line in f:
                    if line.startswith("voluntary_ctxt_switches"):
                        vol += int(line.split()[1])
                    elif line.startswith("nonvoluntary_ctxt_switches"):
                        inv += int(line.split()[1])
        except FileNotFoundError:
            pass
    return vol, inv


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


class Daemon:
    def __init__(self, binary, config, state_dir):
        self.tmp = tempfile.mkdtemp(prefix="deadlined-probe-")
        self.sock_path = os.path.join(self.tmp, "notify")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.sock_path)
        env = dict(os.environ, NOTIFY_SOCKET=self.sock_path)
        env.pop("WATCHDOG_USEC", None)
        env.pop("WATCHDOG_PID", None)
        self.t0 = time.perf_counter()
        self.proc = subprocess.Popen([binary, "run", "--config", config, "--state-dir", state_dir,
                                      "--log-target", "console"], env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def wait_for(self, word, timeout=600):
        self.sock.settimeout(timeout)
        while True:
            msg = self.sock.recv(65536).decode(errors="replace")
            if word in msg.split("\n"):
                return time.perf_counter(), msg

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.sock.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary"); ap.add_argument("mode"); ap.add_argument("config")
    ap.add_argument("--runs", type=int, default=5); ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--keep-ledger", action="store_true"); ap.add_argument("--touch")
    a = ap.parse_args()
    state_root = tempfile.mkdtemp(prefix="deadlined-probe-state-")
    try:
        if a.mode == "startup":
            times, rss, hwm = [], [], []
            runs = a.runs + (1 if a.keep_ledger else 0)
            for i in range(runs):
                sd = os.path.join(state_root, "keep" if a.keep_ledger else f"run{i}")
                d = Daemon(a.binary, a.config, sd)
                try:
                    t, _ = d.wait_for("READY=1")
                    st = status(d.proc.pid)
                finally:
                    d.stop()
                if a.keep_ledger and i == 0:
                    continue
                times.append((t - d.t0) * 1000); rss.append(st["VmRSS"]); hwm.append(st["VmHWM"])
            print(json.dumps({"median_ms": statistics.median(times), "min_ms": min(times), "max_ms": max(times),
                              "runs": len(times), "rss_kib": statistics.median(rss), "hwm_kib": max(hwm)}))
        elif a.mode in ("rss", "cpu"):
            d = Daemon(a.binary, a.config, os.path.join(state_root, "s"))
            try:
                t, _ = d.wait_for("READY=1")
                cpu = cpu_ticks(d.proc.pid) / TICK
                if a.mode == "rss":
                    time.sleep(1)
                st = status(d.proc.pid)
            finally:
                d.stop()
            print(json.dumps({"ready_ms": (t - d.t0) * 1000, "cpu_s": cpu, "rss_kib": st["VmRSS"],
                              "hwm_kib": st["VmHWM"], "threads": st["Threads"]}))
        elif a.mode == "idle":
            d = Daemon(a.binary, a.config, os.path.join(state_root, "s"))
            try:
                d.wait_for("READY=1")
                time.sleep(2)  # let the start-up work and its worker threads settle
                v0, i0 = switches(d.proc.pid); c0 = cpu_ticks(d.proc.pid); th0 = status(d.proc.pid)["Threads"]
                time.sleep(a.seconds)
                v1, i1 = switches(d.proc.pid); c1 = cpu_ticks(d.proc.pid); th1 = status(d.proc.pid)["Threads"]
            finally:
                d.stop()
            print(json.dumps({"seconds": a.seconds, "voluntary": v1 - v0, "involuntary": i1 - i0,
                              "cpu_ticks": c1 - c0, "threads_before": th0, "threads_after": th1}))
        elif a.mode == "reload":
            # The changed file: its text is rewritten with one task edited (the same items, one
            # new task text), then SIGHUP; timed until READY=1 after RELOADING=1.
            d = Daemon(a.binary, a.config, os.path.join(state_root, "s"))
            times = []
            try:
                d.wait_for("READY=1")
                with open(a.touch, encoding="utf-8") as f:
                    original = f.read()
                for i in range(a.runs + 1):
                    text = original.replace("đợt ", f"đợt (sửa {i}) ", 1)
                    with open(a.touch, "w", encoding="utf-8") as f:
                        f.write(text)
                    t0 = time.perf_counter()
                    d.proc.send_signal(signal.SIGHUP)
                    d.wait_for("RELOADING=1", timeout=60)
                    t1, msg = d.wait_for("READY=1", timeout=60)
                    if i > 0:  # the first reload warms the page cache of the edited file
                        times.append((t1 - t0) * 1000)
                with open(a.touch, "w", encoding="utf-8") as f:
                    f.write(original)
            finally:
                d.stop()
            print(json.dumps({"median_ms": statistics.median(times), "min_ms": min(times), "max_ms": max(times),
                              "runs": len(times), "status": msg.strip().replace("\n", " | ")}))
        else:
            sys.exit(f"unknown mode {a.mode}")
    finally:
        shutil.rmtree(state_root, ignore_errors=True)


if __name__ == "__main__":
    main()
