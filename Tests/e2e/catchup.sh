#!/bin/bash
# Runs inside the container (PID 1 is systemd): a monthly duty started 26 months before the
# container's clock, the ledger empty, as after a long downtime. The daemon's start-up sends
# one escalated entry for the duty naming how many occurrences are missed and the oldest,
# not one per occurrence; a restart sends none again. Prints "ok - ..." lines and a summary.
. /e2e/lib.sh
install_deadlined "$(printf '[Service]\nRestart=no')"
cfg=/etc/deadlined/deadlined.yaml
rm -rf /etc/deadlined/assignments.d
# The first day of the month 26 months ago, in the configured zone.
y=$(date +%Y); m=$((10#$(date +%m))); d=$((10#$(date +%d)))
months=$((y * 12 + m - 1 - 26))
sy=$((months / 12)); sm=$((months % 12 + 1))
# Due on the 1st of each month, overdue from the 2nd: the 26 from the start through last
# month are missed, and this month's too once its 1st is over.
missed=26; [ "$d" -ge 2 ] && missed=27
oldest=$(printf '%04d-%02d-01' "$sy" "$sm")
printf 'settings:\n  timezone: Asia/Ho_Chi_Minh\n  language: vi\n  remind_before: []\n  repeat_overdue: 1d\n  escalate_after: 30d\nassignments:\n  - id: giaoban\n    agency: "Công an tỉnh"\n    task: "Họp giao ban"\n    every: month\n    day: 1\n    starts: 1/%s/%s\n' "$sm" "$sy" > "$cfg"
echo "# starts 1/$sm/$sy; expecting $missed missed, the oldest $oldest"
check "the service starts" systemctl start deadlined
settled() { local c last=-1 i; for i in $(seq 1 20); do c=$(j | grep -c . || true); [ "$c" = "$last" ] && return 0; last=$c; sleep 1; done; return 1; }
settled
n_esc=$(count DEADLINED_DUTY=giaoban DEADLINED_KIND=escalated)
n_over=$(count DEADLINED_DUTY=giaoban DEADLINED_KIND=overdue)
# Every overdue or escalated entry of the unit, whatever its fields.
n_all=$(($(count DEADLINED_KIND=escalated) + $(count DEADLINED_KIND=overdue)))
echo "# escalated entries of the duty: $n_esc, overdue: $n_over; overdue or escalated in all: $n_all"
j DEADLINED_KIND=escalated | python3 -c 'import json,sys; [print("#", json.loads(l).get("MESSAGE","")[:200]) for l in sys.stdin]' | head -n 3
one() { [ "$n_esc" = 1 ] && [ "$n_over" = 0 ] && [ "$n_all" = 1 ]; }
check "start-up after the downtime sends one catch-up alert for the duty" one
fields() { [ "$(count DEADLINED_DUTY=giaoban DEADLINED_MISSED=$missed DEADLINED_OLDEST=$oldest)" = 1 ]; }
check "it names $missed missed occurrences, the oldest due $oldest" fields
systemctl restart deadlined
settled
again() { [ "$(count DEADLINED_DUTY=giaoban DEADLINED_KIND=escalated)" = 1 ]; }
check "a restart does not send it again (the ledger keeps each occurrence)" again
finish
