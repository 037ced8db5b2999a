#!/bin/bash
# Runs inside the container (PID 1 is systemd): journald refuses entries (its sockets stopped,
# the socket file left with nobody reading: ECONNREFUSED), the overdue alerts fall due, the
# daemon is SIGKILLed; journald comes back, the daemon is started again: every alert refused
# reaches the journal once. Prints "ok - ..." / "not ok - ..." lines and a summary.
. /e2e/lib.sh
install_deadlined "$(printf '[Service]\nRestart=no')"
cfg=/etc/deadlined/deadlined.yaml
sd=/var/lib/private/deadlined
rm -rf /etc/deadlined/assignments.d
due=$(( $(date +%s) + 12 ))
at=$(date -d "@$due" '+%H:%M:%S %-d/%-m/%Y')
{
  printf 'settings:\n  timezone: Asia/Ho_Chi_Minh\n  language: vi\n  remind_before: []\n  repeat_overdue: 1d\n  escalate_after: 30d\nassignments:\n'
  for i in 1 2 3 4 5; do printf '  - id: r-%s\n    agency: "Sở Nội vụ"\n    task: "Việc %s"\n    due: %s\n' "$i" "$i" "$at"; done
} > "$cfg"
check "the service starts" systemctl start deadlined
sleep 1
journal_down() {
  systemctl stop systemd-journald.service systemd-journald.socket systemd-journald-dev-log.socket systemd-journald-audit.socket 2>/dev/null
  # A socket file nobody reads: sd_journal_sendv fails with ECONNREFUSED (a missing file
  # would make it report success).
  [ -S /run/systemd/journal/socket ] || python3 -c 'import socket; socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM).bind("/run/systemd/journal/socket")'
  chmod 666 /run/systemd/journal/socket
}
journal_down
echo "# journald: $(systemctl is-active systemd-journald.service); socket: $(ls -l /run/systemd/journal/socket)"
refusing() { [[ "$(status_text)" == *'journald từ chối nhận: 5 mục đang chờ'* ]]; }
wait_for 40 refusing
echo "# STATUS=$(status_text)"
check "STATUS= shows the 5 entries waiting" refusing
held() { [ "$(grep -c '^overdue' $sd/unsent 2>/dev/null)" = 5 ]; }
check "the 5 are kept in the state directory" held
systemctl kill -s KILL deadlined
sleep 1
dead() { ! systemctl is-active --quiet deadlined; }
check "the daemon was killed" dead
rm -f /run/systemd/journal/socket
systemctl start systemd-journald.socket systemd-journald-dev-log.socket systemd-journald.service
sleep 1
check "journald is back" systemctl is-active --quiet systemd-journald.service
check "the service starts again" systemctl start deadlined
settled() { local c last=-1 i; for i in $(seq 1 20); do c=$(j | grep -c . || true); [ "$c" = "$last" ] && return 0; last=$c; sleep 1; done; return 1; }
settled
for i in 1 2 3 4 5; do echo "# r-$i: $(count DEADLINED_ID=r-$i DEADLINED_KIND=overdue) overdue entries"; done
all_once() { for i in 1 2 3 4 5; do [ "$(count DEADLINED_ID=r-$i DEADLINED_KIND=overdue)" = 1 ] || return 1; done; }
check "every refused alert reached the journal exactly once after the restart" all_once
gone() { [ ! -e $sd/unsent ]; }
check "the file of held entries is gone" gone
echo "# STATUS=$(status_text)"
not_refusing() { [[ "$(status_text)" != *'từ chối nhận'* ]]; }
check "STATUS= no longer mentions refused entries" not_refusing
j | python3 -c 'import json,sys; [print("#", json.loads(l).get("MESSAGE","")[:160]) for l in sys.stdin if "DEADLINED_KIND" not in json.loads(l)]' | tail -n 8
finish
