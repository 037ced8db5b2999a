#!/bin/bash
# Runs inside the container: 100,000 items overdue at start-up against a real journald whose
# per-unit rate limit is 12,000 entries per 10 s (before journald scales it by free space).
# deadlined paces them at alert_budget 10,000 per 10 s: every item must be alerted exactly
# once and journald must log no "Suppressed N messages". With /e2e/burst-control present the
# pacing is switched off (budget 1,000,000), to show the limit does bite (a manual check).
. /e2e/lib.sh
install_deadlined "$(printf '[Service]\nLogRateLimitIntervalSec=10s\nLogRateLimitBurst=12000')"
budget=10000
[ -e /e2e/burst-control ] && budget=1000000
rm -rf /etc/deadlined/assignments.d
cp -a /e2e/burst/assignments.d /etc/deadlined/
cat > /etc/deadlined/deadlined.yaml <<YAML
settings:
  timezone: Asia/Ho_Chi_Minh
  alert_budget: $budget
  alert_window: 10s
include: [assignments.d/*.yaml]
YAML
n=$(cat /e2e/burst/count)
t0=$(date +%s)
check "the service starts on $n items" systemctl start deadlined
alerted() {
  journalctl -u deadlined -o json --output-fields=DEADLINED_ID,DEADLINED_KIND --no-pager |
    python3 -c '
import json, sys, collections
c = collections.Counter()
for line in sys.stdin:
    e = json.loads(line)
    if e.get("DEADLINED_KIND") in ("overdue", "escalated"): c[e.get("DEADLINED_ID")] += 1
print(len(c), sum(v for v in c.values() if v > 1))'
}
result=""
for _ in $(seq 1 60); do
  result=$(alerted)
  [ "${result%% *}" -ge "$n" ] && break
  sleep 5
done
t1=$(date +%s)
echo "# $n items: ${result%% *} alerted (duplicates: ${result##* }) after $((t1 - t0)) s"
queued=$(journalctl -u deadlined -o json DEADLINED_KIND=digest --no-pager | python3 -c '
import json, sys
q = [json.loads(l).get("DEADLINED_QUEUED") for l in sys.stdin]
print(max([int(x) for x in q if x] or [0]))')
echo "# the start-up digest counted $queued alerts queued"
suppressed=$(journalctl --no-pager | grep -c 'Suppressed.*deadlined' || true)
echo "# journald 'Suppressed' lines: $suppressed"
if [ -e /e2e/burst-control ]; then
  echo "# control run (no pacing): $(journalctl --no-pager | grep 'Suppressed.*deadlined' | head -3)"
  exit 0
fi
check "every one of the $n items was alerted" [ "${result%% *}" = "$n" ]
check "no item was alerted twice" [ "${result##* }" = 0 ]
check "the start-up digest says how many alerts are queued" [ "$queued" -gt 0 ]
check "journald suppressed nothing from deadlined" [ "$suppressed" = 0 ]
check "the service is still active" systemctl is-active --quiet deadlined
finish
