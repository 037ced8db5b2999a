#!/bin/bash
# Runs inside the container (PID 1 is systemd): the state directory's lock and the ack lock
# (issue 13, parts 3-5). Prints "ok - ..." / "not ok - ..." lines and "N passed, M failed".
. /e2e/lib.sh
install_deadlined
sd=/var/lib/private/deadlined
systemctl start deadlined
check "the service starts (DynamicUser state directory accepted)" systemctl is-active --quiet deadlined
pid=$(systemctl show -p MainPID --value deadlined)
echo "# state dir: $(stat -c '%a %U(%u)' $sd); lock: $(stat -c '%a %U' $sd/lock) holding '$(cat $sd/lock | tr -d '\n')'; MainPID $pid"
check "the lock file holds the daemon's pid" [ "$(cat $sd/lock)" = "$pid" ]
out=$(/usr/local/bin/deadlined run --config /etc/deadlined/deadlined.yaml --state-dir $sd --log-target console 2>&1); rc=$?
echo "# root on the service's state dir: exit $rc: $out"
check "root on the dynamic user's state directory: exit 77" [ "$rc" = 77 ]
# Someone else holds the lock (here a process that records no pid): the service exits 75
# and is not restarted.
systemctl stop deadlined
python3 -c 'import fcntl,sys,time; f=open(sys.argv[1]); fcntl.flock(f, fcntl.LOCK_EX); time.sleep(30)' $sd/lock & holder=$!
sleep 0.3
systemctl reset-failed deadlined 2>/dev/null
r0=$(systemctl show -p NRestarts --value deadlined)
systemctl start deadlined 2>/dev/null; sleep 4
st=$(systemctl show -p ExecMainStatus --value deadlined)
echo "# with the lock held: ExecMainStatus $st, NRestarts $r0 -> $(systemctl show -p NRestarts --value deadlined); journal: $(journalctl -u deadlined --no-pager -o cat | grep 'another deadlined' | tail -1)"
check "lock held elsewhere: the service exits 75" [ "$st" = 75 ]
check "lock held elsewhere: no restart" [ "$(systemctl show -p NRestarts --value deadlined)" = "$r0" ]
check "lock held elsewhere: the journal says why" bash -c "journalctl -u deadlined --no-pager -o cat | grep -q 'another deadlined is running on the state directory /var/lib/deadlined'"
kill $holder; wait $holder 2>/dev/null
systemctl reset-failed deadlined 2>/dev/null
systemctl start deadlined
check "lock released: the service starts" systemctl is-active --quiet deadlined
# A state directory made world-writable while stopped: systemd resets its mode at start.
systemctl stop deadlined; chmod 0777 $sd
systemctl start deadlined; sleep 1
echo "# after chmod 0777 and a start: $(stat -c %a $sd), $(systemctl is-active deadlined) $(journalctl -u deadlined --no-pager -o cat | grep -c 'can be written by others')"
check "chmod 0777 while stopped: systemd resets the mode and the service runs" systemctl is-active --quiet deadlined
# ack: one reload, the lock file ignored by the watcher.
before=$(journalctl -u deadlined --no-pager -o cat | grep -c 'Đã nạp lại cấu hình')
id=$(/usr/local/bin/deadlined list --config /etc/deadlined/deadlined.yaml --format json 2>/dev/null | python3 -c 'import json,sys; d=json.load(sys.stdin); items=d if isinstance(d,list) else d.get("items",[]); print(items[0]["id"])')
/usr/local/bin/deadlined ack --config /etc/deadlined/deadlined.yaml "$id" --until 30/12/2099
sleep 2
after=$(journalctl -u deadlined --no-pager -o cat | grep -c 'Đã nạp lại cấu hình')
echo "# ack $id: reloads $before -> $after"
check "ack: the daemon reloads once" [ "$((after - before))" = 1 ]
check "ack: acks.yaml.lock is 0600" [ "$(stat -c %a /etc/deadlined/acks.yaml.lock)" = 600 ]
# 40 acks at once against the installed config.
ids=$(/usr/local/bin/deadlined list --config /etc/deadlined/deadlined.yaml --format json 2>/dev/null | python3 -c 'import json,sys; d=json.load(sys.stdin); items=d if isinstance(d,list) else d.get("items",[]); print(" ".join(i["id"] for i in items))')
n=0; for i in $ids; do for k in 1 2; do /usr/local/bin/deadlined ack --config /etc/deadlined/deadlined.yaml "$i" --until "$k/1/2099" >/dev/null 2>&1 & n=$((n+1)); done; done; wait
echo "# $n acks at once"
check "after $n acks at once the config still checks" /usr/local/bin/deadlined check --quiet --config /etc/deadlined/deadlined.yaml
systemctl stop deadlined
check "the service stopped with 0" [ "$(systemctl show -p ExecMainStatus --value deadlined)" = 0 ]
finish
