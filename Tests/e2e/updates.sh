#!/bin/bash
# Runs inside the container (PID 1 is systemd): the Bến Lức case of issue 16 end to end.
# A target of 25 procedures due 31/12/2024 (overdue on any day this runs), 14 reached on
# 30/6/2024 recorded with `deadlined progress`, then `deadlined done`: the installed service
# reloads on the updates file and sends the item's `resolved` entry; `history` says who did
# what. The `behind` entry needs the service's clock inside the reminder window, which for
# 31/12/2024 it is not: ben-luc-now is the same case moved to now (assigned 180 days ago,
# due in 3 days, 14 reached 3 days ago). Prints "ok - ..." / "not ok - ..." lines and ends
# with "N passed, M failed".
. /e2e/lib.sh
install_deadlined

cfg=/etc/deadlined/deadlined.yaml
rm -rf /etc/deadlined/assignments.d
d() { date -d "$1" +%-d/%-m/%Y; }
cat > "$cfg" <<YAML
settings:
  timezone: Asia/Ho_Chi_Minh
  language: vi
  remind_before: [7d, 1d]
  repeat_overdue: 1d
directives:
  - id: long-an-dvc
    title: "Cung cấp dịch vụ công trực tuyến toàn trình"
    issued: 1/1/2024
    assignments:
      - id: ben-luc
        agency: "UBND huyện Bến Lức"
        task: "Cung cấp 25/25 thủ tục dịch vụ công thiết yếu"
        due: 31/12/2024
        target: 25
        unit: thủ tục
      - id: ben-luc-now
        agency: "UBND huyện Bến Lức"
        task: "Cung cấp 25/25 thủ tục dịch vụ công thiết yếu"
        assigned: $(d '-180 days')
        due: $(d '+3 days')
        target: 25
        unit: thủ tục
YAML
umask 077   # as root's often is: the files written must still be readable by the service
check "the config is valid" deadlined check --config "$cfg"
# Recorded before the service starts, so its first look inside the window sees 14: expected
# by today is 25 x 180/183 = 24.6, and 14 is below it.
check "'deadlined progress' records 14 for ben-luc-now" \
  env SUDO_USER=lan deadlined progress ben-luc-now 14 --on "$(d '-3 days')"
systemctl start deadlined
check "the service starts" wait_for 10 systemctl is-active --quiet deadlined
# Overdue since 31/12/2024: escalated by now (escalate_after's default), an overdue alert all the same.
check "the overdue alert for ben-luc is sent" \
  wait_for 10 bash -c 'journalctl -u deadlined -o json DEADLINED_ID=ben-luc | grep -qE "\"DEADLINED_KIND\":\"(overdue|escalated)\""'

check "a 'behind' entry for ben-luc-now with progress 14 of 25 (PRIORITY 4)" \
  wait_for 10 bash -c 'journalctl -u deadlined -o json DEADLINED_KIND=behind DEADLINED_ID=ben-luc-now PRIORITY=4 | grep "\"DEADLINED_PROGRESS\":\"14\"" | grep -q "\"DEADLINED_TARGET\":\"25\""'
journalctl -u deadlined --no-pager -o cat DEADLINED_KIND=behind | sed 's/^/# /'

reloads() { journalctl -u deadlined -o json DEADLINED_KIND=config --no-pager | grep -c . || true; }
r0=$(reloads)
check "'deadlined progress' records 14 on 30/6/2024 as lan (through sudo)" \
  env SUDO_USER=lan deadlined progress ben-luc 14 --on 30/6/2024 --note "đạt 14/25"
check "updates.yaml is 0644 under umask 077" [ "$(stat -c %a /etc/deadlined/updates.yaml)" = 644 ]
check "the service reloads on the updates file" wait_for 10 bash -c "[ \"\$(journalctl -u deadlined -o json DEADLINED_KIND=config --no-pager | grep -c .)\" -gt $r0 ]"
check "list shows the progress recorded (14/25)" bash -c "deadlined list --format json | grep -q '\"progress\": 14'"
check "the service is still active after the reload" systemctl is-active --quiet deadlined

check "'deadlined done' records the item done, as root" deadlined done ben-luc --note "đã hoàn thành 25/25"
check "the done item that was alerted as overdue gets one 'resolved' entry" \
  wait_for 10 bash -c '[ "$(journalctl -u deadlined -o json DEADLINED_KIND=resolved DEADLINED_ID=ben-luc | grep -c .)" -eq 1 ]'
check "the config file itself was not rewritten" bash -c "! grep -q 'status' $cfg"

hist=$(deadlined history ben-luc)
echo "$hist" | sed 's/^/# /'
check "history shows lan's progress" bash -c "grep -q 'ben-luc.*tiến độ 14 ngày 30/6/2024.*lan.*đạt 14/25' <<<\"\$0\"" "$hist"
check "history shows root's done" bash -c "grep -q 'ben-luc.*hoàn thành ngày.*root.*đã hoàn thành 25/25' <<<\"\$0\"" "$hist"
check "history --format json names who" bash -c "deadlined history --format json | grep -q '\"by\":\"lan\"'"

# A hand-damaged updates file: the reload is refused naming the line, the service keeps
# the configuration in force, and the commands refuse to append.
cp /etc/deadlined/updates.yaml /run/updates.good
printf '  - {id: ben-luc, status: done\n' >> /etc/deadlined/updates.yaml
check "a damaged updates file is refused with its line" \
  wait_for 10 bash -c "journalctl -u deadlined -o json -p err DEADLINED_KIND=config DEADLINED_CONFIG_FILE=/etc/deadlined/updates.yaml --no-pager | grep -q '\"DEADLINED_CONFIG_LINE\"'"
check "the service keeps running on the configuration in force" systemctl is-active --quiet deadlined
check "'deadlined status' refuses to append to it (exit 78)" bash -c 'deadlined status ben-luc in_progress; [ $? = 78 ]'
check "the damaged file was left as it was" bash -c "tail -1 /etc/deadlined/updates.yaml | grep -q 'status: done$'"
finish
