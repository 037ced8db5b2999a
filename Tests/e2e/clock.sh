#!/bin/bash
# Runs inside the container (PID 1 is systemd), which run.sh boots with CAP_SYS_TIME: the
# wall clock stepped a day forward, an hour back and an hour forward again, as the installed
# service sees it. Prints "ok - ..." / "not ok - ..." lines, "# ..." measurements, and ends
# with "N passed, M failed".
#
# The clock is the host's and is never set to another value. The service runs under
# libfaketime, whose offset this script rewrites (FAKETIME_TIMESTAMP_FILE, read at every call);
# then setting CLOCK_REALTIME to its own value makes the kernel cancel every
# TFD_TIMER_CANCEL_ON_SET timerfd, the service's included, as a real step would.
. /e2e/lib.sh

faketime_lib=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1
shim=/usr/local/lib/deadlined-e2e/faketime-shim.so
offset_file=/run/deadlined-e2e/faketime

# set_offset SECONDS: the service's clock reads the real one plus SECONDS from now on.
set_offset() { printf '%+d\n' "$1" > "$offset_file.tmp" && mv "$offset_file.tmp" "$offset_file"; }
# CLOCK_REALTIME set to the value it has: it loses only the microseconds between reading and
# setting (measured at the end).
set_clock_to_itself() {
  python3 -c 'import time; time.clock_settime_ns(time.CLOCK_REALTIME, time.clock_gettime_ns(time.CLOCK_REALTIME))'
}
# real_minus_mono: CLOCK_REALTIME - CLOCK_MONOTONIC in ns; it changes only when the clock is set.
real_minus_mono() { python3 -c 'import time; print(time.clock_gettime_ns(time.CLOCK_REALTIME) - time.clock_gettime_ns(time.CLOCK_MONOTONIC))'; }

for f in "$faketime_lib" /e2e/faketime-shim.so; do
  [ -f "$f" ] || { bad "clock: $f is missing (make deps installs faketime; run.sh builds the shim)"; finish; exit 1; }
done
drift0=$(real_minus_mono)
if ! err=$(set_clock_to_itself 2>&1); then
  bad "clock: the container cannot set the clock ($err): run.sh must boot it with SANDBOX_ARGS=--capability=CAP_SYS_TIME"
  finish; exit 1
fi

mkdir -p /run/deadlined-e2e
chmod 755 /run/deadlined-e2e
# Where the service's fake "now" starts: the next $start_at local time, so the digest and
# the reminders below fall at the same local times of day whenever the test runs. 00:10: the
# skipped day's digest (23:50) is caught up after midnight, and the hour stepped back goes
# back over midnight. Offsets stay positive: libfaketime cannot shift the far-future
# deadline of the clock-change timerfd back past the end of time.
start_at=00:10
real0=$(date +%s)
start=$(date -d "$(date -d @"$real0" +%F) $start_at" +%s)
[ "$start" -gt "$real0" ] || start=$(date -d "$(date -d @"$real0" +%F) $start_at next day" +%s)
offset0=$((start - real0))
set_offset "$offset0"
chmod 644 "$offset_file"

# The drop-in relaxes no hardening: the preloaded libraries load under MemoryDenyWriteExecute,
# SystemCallFilter= and ProtectSystem=strict as they are. FAKETIME_DONT_FAKE_MONOTONIC: a real
# step leaves CLOCK_MONOTONIC alone (and libfaketime 0.9.10 otherwise reports the wall clock
# for it). A 3 s watchdog shows within seconds that the monotonic timers still fire.
install_deadlined "$(cat <<UNIT
[Service]
Environment=LD_PRELOAD=$shim:$faketime_lib
Environment=FAKETIME_TIMESTAMP_FILE=$offset_file FAKETIME_NO_CACHE=1 FAKETIME_DONT_FAKE_MONOTONIC=1
WatchdogSec=3s
UNIT
)"
mkdir -p "$(dirname "$shim")" && cp /e2e/faketime-shim.so "$shim"   # /usr/local: install_deadlined's tmpfs

cfg=/etc/deadlined/deadlined.yaml
rm -rf /etc/deadlined/assignments.d
at() { date -d "@$1" '+%H:%M:%S %-d/%-m/%Y'; }
day=86400
# Each item's 1d reminder, from the start: c-day 12 h later (inside the skipped day), c-hour
# a day less 30 min later (inside the hour that is stepped back and replayed), c-next a day
# and 2 h later (after the step: never sent here). The digest, 20 min before the start time
# of day, falls in the replayed hour too.
cat > "$cfg" <<YAML
settings:
  timezone: Asia/Ho_Chi_Minh
  language: vi
  remind_before: [7d, 1d]
  repeat_overdue: 1d
  escalate_after: 30d
  digest_at: "$(date -d @$((start - 1200)) +%H:%M)"
assignments:
  - id: c-day
    agency: "Sở Giáo dục và Đào tạo"
    task: "Tổng kết năm học"
    due: $(at $((start + day + 12 * 3600)))
  - id: c-hour
    agency: "Sở Giáo dục và Đào tạo"
    task: "Báo cáo tuyển sinh"
    due: $(at $((start + 2 * day - 1800)))
  - id: c-next
    agency: "Sở Giáo dục và Đào tạo"
    task: "Kế hoạch năm học mới"
    due: $(at $((start + 2 * day + 2 * 3600)))
YAML

mainpid() { systemctl show -p MainPID --value deadlined; }
nrestarts() { systemctl show -p NRestarts --value deadlined; }
mark() { journalctl -u deadlined -n 1 -o export --no-pager 2>/dev/null | sed -n 's/^__CURSOR=//p'; }
# alerts_after CURSOR: one sorted line per alert since then, "KIND ID" ("digest AGENCY" or
# "digest all" for digests); config entries, the office's snapshots (state records, not
# alerts) and deadlined's own messages are left out.
alerts_after() {
  local a=(); [ -n "$1" ] && a=(--after-cursor="$1")
  j "${a[@]}" | python3 -c '
import json, sys
out = []
for l in sys.stdin:
    e = json.loads(l)
    k = e.get("DEADLINED_KIND")
    if k is None or k in ("config", "snapshot"): continue
    who = e.get("DEADLINED_ID") or e.get("DEADLINED_AGENCY") or "all"
    out.append(f"{k} {who}")
print("\n".join(sorted(out)))'
}
# notices_after CURSOR: deadlined's "system clock changed" messages since then. (The matching
# is done here: journalctl 252 returns nothing for some --after-cursor plus match combinations.)
notices_after() {
  j --after-cursor="$1" | python3 -c '
import json, sys
for l in sys.stdin:
    e = json.loads(l)
    m = str(e.get("MESSAGE", ""))
    if e.get("SYSLOG_IDENTIFIER") == "deadlined" and "system clock changed" in m.lower(): print(m)'
}
n_notices() { [ "$(notices_after "$1" | grep -c .)" -ge "$2" ]; }
# settled: waits until the unit has logged nothing for 1.5 s (at most 20 s).
settled() {
  local c last=-1 same=0 i
  for i in $(seq 1 40); do
    c=$(j | grep -c . || true)
    if [ "$c" = "$last" ]; then same=$((same + 1)); else same=0; last=$c; fi
    [ "$same" -ge 3 ] && return 0
    sleep 0.5
  done
  return 1
}
now_ms() { date +%s%3N; }
lines() { tr '\n' ',' <<<"$1" | sed 's/,$//'; }

if systemctl start deadlined; then ok "clock: the service starts under libfaketime"; else
  bad "clock: the service starts under libfaketime"
  systemctl status --no-pager deadlined 2>&1 | sed 's/^/# /' | head -n 15
  journalctl -u deadlined --no-pager -o short-monotonic 2>&1 | sed 's/^/# /' | tail -n 25
fi
at_start() { [ "$(alerts_after "" | grep -c '^reminder ')" -ge 3 ]; }
wait_for 10 at_start
settled
pid=$(mainpid); nr=$(nrestarts)
digest=$(alerts_after "" | grep '^digest ' || true)
echo "# start: real $(date -d @"$real0" '+%F %T'), the service's clock $(date -d @"$((real0 + offset0))" '+%F %T') (offset +${offset0}s); at start: $(lines "$(alerts_after "")")"
check "clock: at start, the three 7d reminders (caught up) and a digest" \
  [ "$(alerts_after "" | grep -v '^digest ')" = "$(printf 'reminder c-day\nreminder c-hour\nreminder c-next')" ]
[ -n "$digest" ] || bad "clock: no start-up digest to compare later digests with"
config_time=$(j SYSLOG_IDENTIFIER=deadlined DEADLINED_KIND=config | tail -n 1 | python3 -c 'import json, sys; print(json.loads(sys.stdin.readline()).get("MESSAGE", ""))' 2>/dev/null)
echo "# the config entry: $config_time"

# step OFFSET WHAT: moves the service's clock to real + OFFSET and sets the clock to itself;
# waits for the notice and for the journal to settle. Leaves the cursor before it in $c.
step() {
  c=$(mark)
  local t
  t=$(now_ms)
  set_offset "$1"
  if ! set_clock_to_itself; then bad "$2: the clock could not be set"; return 1; fi
  wait_for 10 n_notices "$c" 1
  echo "# $2: notice after $(($(now_ms) - t)) ms: $(notices_after "$c" | head -n 1)"
  settled
  return 0
}

# --- a day forward ------------------------------------------------------------------------
step $((offset0 + day)) "clock +1 day"
first_step=$(date +%s)
check "clock +1 day: the journal shows one 'system clock changed' notice" [ "$(notices_after "$c" | grep -c .)" = 1 ]
notice=$(notices_after "$c")
seen=$(date -d "$(sed -n 's/.*re-planning at \([0-9T:+-]*\).*/\1/p' <<<"$notice" | head -n 1)" +%s 2>/dev/null || echo 0)
want=$(($(date +%s) + offset0 + day))
check "clock +1 day: the service re-plans at its new time, a day ahead (measured: $((seen - want)) s off)" \
  [ $((seen - want)) -ge -10 -a $((seen - want)) -le 1 ]
expected=$(printf '%s\n' "reminder c-day" "reminder c-hour" "$digest" | sort)
got=$(alerts_after "$c")
echo "# clock +1 day: sent $(lines "$got")"
check "clock +1 day: exactly the 1d reminders of c-day and c-hour and one digest (c-next's is not due yet)" [ "$got" = "$expected" ]

# --- an hour back -------------------------------------------------------------------------
step $((offset0 + day - 3600)) "clock -1 hour"
check "clock -1 hour: the journal shows the notice" [ "$(notices_after "$c" | grep -c .)" = 1 ]
got=$(alerts_after "$c")
check "clock -1 hour: nothing is sent (measured: '$(lines "$got")')" [ -z "$got" ]

# --- the hour again: c-hour's reminder time (10:00) and the digest time (10:10) come twice -
step $((offset0 + day)) "clock +1 hour, over the same hour again"
got=$(alerts_after "$c")
check "clock +1 hour again: nothing is sent twice (measured: '$(lines "$got")')" [ -z "$got" ]

# Dispatch's monotonic timers (the watchdog ping) still fire: two watchdog intervals later
# the process is the same one.
sleep $((first_step + 7 - $(date +%s) > 0 ? first_step + 7 - $(date +%s) : 0))
check "clock: no restart through the steps (same MainPID, NRestarts $nr, watchdog 3 s)" \
  bash -c "systemctl is-active --quiet deadlined && [ \"\$(systemctl show -p MainPID --value deadlined)\" = $pid ] && [ \"\$(systemctl show -p NRestarts --value deadlined)\" = $nr ]"
tally=$(j | python3 -c '
import json, sys, collections
c = collections.Counter()
for l in sys.stdin:
    e = json.loads(l)
    if e.get("DEADLINED_KIND") in ("reminder", "overdue", "escalated"): c[e["DEADLINED_KIND"] + " " + e.get("DEADLINED_ID", "")] += 1
print(" ".join(f"{k}={v}" for k, v in sorted(c.items())))')
check "clock: in the whole run, c-day and c-hour had 2 reminders (7d, 1d), c-next 1 (measured: $tally)" \
  [ "$tally" = "reminder c-day=2 reminder c-hour=2 reminder c-next=1" ]
drift=$(( $(real_minus_mono) - drift0 ))
echo "# the real clock, set to itself 4 times: CLOCK_REALTIME - CLOCK_MONOTONIC moved by ${drift} ns"
finish
