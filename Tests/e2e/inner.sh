#!/bin/bash
# Runs inside the container (PID 1 is systemd): the service's behaviour end to end.
# Prints "ok - ..." / "not ok - ..." lines and ends with "N passed, M failed".
. /e2e/lib.sh
# A short watchdog so the SIGSTOP test does not take long.
install_deadlined "$(printf '[Service]\nWatchdogSec=3s')"

d() { date -d "$1" +%-d/%-m/%Y; }
timed=$(date -d '+25 seconds' '+%H:%M:%S %-d/%-m/%Y')
write_config() { # $1: status of overdue-1, $2: extra assignment yaml
  cat > /etc/deadlined/deadlined.yaml.new <<YAML
settings:
  timezone: Asia/Ho_Chi_Minh
  language: vi
  remind_before: [7d, 1d]
  repeat_overdue: 1d
  escalate_after: 30d
include: [assignments.d/*.yaml]
directives:
  - id: e2e-de-an-06
    title: "Thúc đẩy thực hiện Đề án 06/CP"
    reference: "Kế hoạch số 762/KH-TCT"
    issued: $(d '-60 days')
    assignments:
      - id: overdue-1
        agency: "Sở Tài chính"
        task: "Tham mưu cấp kinh phí cho các đơn vị thực hiện Đề án 06/CP"
        due: $(d '-10 days')
        $1
      - id: soon-1
        agency: "Sở Tư pháp"
        task: "Làm sạch dứt điểm các dữ liệu hộ tịch"
        due: $(d '+3 days')
      - id: timed-1
        agency: "Sở TT&TT"
        task: "Đưa Trung tâm IOC vào vận hành"
        due: $timed
      - id: escal-1
        agency: "Sở Nội vụ"
        task: "Đưa kết quả Đề án 06 vào tiêu chí thi đua"
        due: $(d '-40 days')
      - id: hostile-1
        agency: "Sở A=B\nPRIORITY=0"
        task: "Dòng một\nMESSAGE_ID=00000000000000000000000000000000\u200f\u0300 Hòa ho\u0300a $(printf 'x%.0s' $(seq 1 3000))"
        due: $(d '-3 days')
      - id: regular
        agency: "Các Sở, ban, ngành"
        task: "Tuyên truyền Đề án 06/CP"
        status: thường xuyên
$2
assignments:
  - id: flat-1
    agency: "Sở Công Thương"
    task: "Báo cáo tình hình thực hiện, không thuộc văn bản nào"
    due: $(d '-5 days')
YAML
  mv /etc/deadlined/deadlined.yaml.new /etc/deadlined/deadlined.yaml
}
write_config "status: in_progress" ""

# --- start ---------------------------------------------------------------------------
t0=$(date +%s.%N)
check "systemctl start succeeds" systemctl start deadlined
check "the service is active" systemctl is-active --quiet deadlined
st=$(status_text)
echo "# STATUS=$st"
check "STATUS= counts items and overdue ones" bash -c "[[ '$st' == *việc:*quá\ hạn*kiểm\ tra\ tiếp* ]]"

# --- journal entries and fields --------------------------------------------------------
wait_for 10 bash -c '[ "$(journalctl -u deadlined -o json DEADLINED_KIND=overdue DEADLINED_ID=overdue-1 | grep -c .)" -ge 1 ]'
python3 - <<'PY' && ok "alert entries carry MESSAGE_ID, PRIORITY and every DEADLINED_ field" || bad "alert fields (see above)"
import json, subprocess, sys
out = subprocess.run(["journalctl", "-u", "deadlined", "-o", "json", "--no-pager"], capture_output=True, text=True).stdout
entries = [json.loads(l) for l in out.splitlines() if l.strip()]
def find(kind, id=None):
    return [e for e in entries if e.get("DEADLINED_KIND") == kind and (id is None or e.get("DEADLINED_ID") == id)]
ids = {"reminder": "1a51aa442e7b4ceba8b9237df3a760e4", "overdue": "ce33a144475a4dca83120e3c14b458bb",
       "escalated": "1664e225e59b4a6b92396cd02df9fcbd", "digest": "ebc52276a1e84092987c1fc57f3c2df8",
       "config": "892946756c544ba18ed9f3cc3a6f111b"}
prio = {"reminder": "5", "overdue": "3", "escalated": "2", "digest": "4", "config": "6"}
problems = []
for kind, mid in ids.items():
    es = find(kind)
    if not es: problems.append(f"no {kind} entry"); continue
    e = es[0]
    if e.get("MESSAGE_ID") != mid: problems.append(f"{kind}: MESSAGE_ID {e.get('MESSAGE_ID')}")
    if e.get("PRIORITY") != prio[kind]: problems.append(f"{kind}: PRIORITY {e.get('PRIORITY')} != {prio[kind]}")
    if e.get("SYSLOG_IDENTIFIER") != "deadlined": problems.append(f"{kind}: SYSLOG_IDENTIFIER")
    for f in ("CODE_FILE", "CODE_LINE", "CODE_FUNC"):
        if f not in e: problems.append(f"{kind}: no {f}")
o = find("overdue", "overdue-1")
if o:
    e = o[0]
    want = {"DEADLINED_AGENCY": "Sở Tài chính", "DEADLINED_DIRECTIVE": "e2e-de-an-06", "DEADLINED_REFERENCE": "Kế hoạch số 762/KH-TCT",
            "DEADLINED_TASK": "Tham mưu cấp kinh phí cho các đơn vị thực hiện Đề án 06/CP", "DEADLINED_STATUS": "in_progress",
            "DEADLINED_DAYS_OVERDUE": "10"}
    for k, v in want.items():
        if e.get(k) != v: problems.append(f"overdue: {k}={e.get(k)!r}, want {v!r}")
    for k in ("DEADLINED_DUE", "DEADLINED_DUE_TEXT", "DEADLINED_ID"):
        if k not in e: problems.append(f"overdue: no {k}")
    if not e.get("DEADLINED_DUE", "").endswith("T23:59:59+07:00"): problems.append("overdue: DEADLINED_DUE not ISO end of day")
    if not e.get("MESSAGE", "").startswith("Quá hạn 10 ngày: Sở Tài chính — "): problems.append(f"overdue MESSAGE {e.get('MESSAGE')!r}")
else:
    problems.append("no overdue entry for overdue-1")
r = find("reminder", "soon-1")
if len(r) != 1: problems.append(f"soon-1: {len(r)} reminders at start-up, want exactly 1 (catch-up sends the latest)")
elif r[0].get("DEADLINED_DAYS_LEFT") != "3": problems.append(f"soon-1 DAYS_LEFT {r[0].get('DEADLINED_DAYS_LEFT')}")
if not find("escalated", "escal-1"): problems.append("no escalated entry for escal-1")
if find("reminder", "regular") or find("overdue", "regular"): problems.append("ongoing work was alerted")
for p in problems: print("#", p)
sys.exit(1 if problems else 0)
PY
python3 - <<'PY' && ok "user text with newlines, '=' and 3000 characters forges no field and no second line" || bad "hostile text (see above)"
import json, subprocess, sys
out = subprocess.run(["journalctl", "-u", "deadlined", "-o", "json", "--no-pager", "DEADLINED_ID=hostile-1"], capture_output=True, text=True).stdout
es = [json.loads(l) for l in out.splitlines() if l.strip()]
problems = []
if not es: problems.append("no entry for hostile-1")
for e in es:
    # An agency's name has its whitespace collapsed (one spelling per agency): the line break
    # becomes a space, and no PRIORITY field is forged from it.
    if e.get("DEADLINED_AGENCY") != "Sở A=B PRIORITY=0": problems.append(f"agency {e.get('DEADLINED_AGENCY')!r}")
    if e.get("PRIORITY") not in ("3", "2", "5"): problems.append(f"PRIORITY {e.get('PRIORITY')!r}")
    if e.get("MESSAGE_ID") == "0" * 32: problems.append("MESSAGE_ID forged")
    m = e.get("MESSAGE", "")
    if "\n" in m: problems.append("MESSAGE has a newline")
    if len(m) > 400: problems.append(f"MESSAGE not truncated: {len(m)} characters")
    t = e.get("DEADLINED_TASK", "")
    if not (t.startswith("Dòng một\nMESSAGE_ID=") and t.endswith("x" * 3000)): problems.append("DEADLINED_TASK not kept whole")
for p in problems: print("#", p)
sys.exit(1 if problems else 0)
PY
check "STATUS= is one line" bash -c '[ "$(systemctl show -p StatusText --value deadlined | wc -l)" = 1 ]'
check "journalctl -u deadlined DEADLINED_AGENCY=... -p err lists that agency's overdue item" \
  bash -c "journalctl -u deadlined -p err DEADLINED_AGENCY='Sở Tài chính' --no-pager | grep -q 'Quá hạn 10 ngày'"
check "journalctl -x explains an overdue entry from the catalog" \
  bash -c "journalctl -u deadlined -x --no-pager MESSAGE_ID=ce33a144475a4dca83120e3c14b458bb | grep -q 'Việc cần làm'"
# A field missing from an entry, or longer than 256 bytes, shows as its raw name in the text
# (the hostile item's task is 3000 characters; some items have no directive).
check "journalctl -x fills every field of the explanations (no raw DEADLINED_ names)" \
  bash -c "out=\$(journalctl -u deadlined -x --no-pager DEADLINED_KIND=overdue + DEADLINED_KIND=reminder + DEADLINED_KIND=escalated); [[ \$out == *'Việc cần làm'* ]] && ! grep '^ *░░' <<<\"\$out\" | grep -q 'DEADLINED_'"

# --- the timer fires at the due time -----------------------------------------------------
check "the Dispatch timer fires the timed deadline's overdue alert" wait_for 40 bash -c '[ "$(journalctl -u deadlined -o json DEADLINED_KIND=overdue DEADLINED_ID=timed-1 | grep -c .)" -ge 1 ]'

# --- edited config picked up without any command ----------------------------------------
mkdir -p /etc/deadlined/assignments.d
cat > /etc/deadlined/assignments.d/new.yaml.tmp <<YAML
assignments:
  - id: dropin-1
    agency: "Sở Y tế"
    task: "Số hóa hồ sơ"
    due: $(d '-2 days')
YAML
mv /etc/deadlined/assignments.d/new.yaml.tmp /etc/deadlined/assignments.d/new.yaml
check "a new drop-in file is picked up by the inotify watch" wait_for 10 bash -c '[ "$(journalctl -u deadlined -o json DEADLINED_KIND=overdue DEADLINED_ID=dropin-1 | grep -c .)" -ge 1 ]'

# --- broken config: reload fails, service keeps running on the old config ----------------
cp /etc/deadlined/deadlined.yaml /tmp/good.yaml
printf 'settings:\n  timezone: Mars/Olympus\ndirectives: [\n' > /etc/deadlined/deadlined.yaml
sleep 1
if systemctl reload deadlined; then bad "systemctl reload fails on a broken config"; else ok "systemctl reload fails on a broken config"; fi
check "the service stays active after a rejected reload" systemctl is-active --quiet deadlined
check "STATUS= says the old config is kept" bash -c "[[ \"\$(systemctl show -p StatusText --value deadlined)\" == *'giữ cấu hình cũ'* ]]"
check "the rejection names the file and line" bash -c "journalctl -u deadlined -o json -p err DEADLINED_KIND=config --no-pager | grep -q '\"DEADLINED_CONFIG_LINE\"'"
check "journalctl -x explains the rejection with the file:line:column and the check command" \
  bash -c "journalctl -u deadlined -x --no-pager -p err DEADLINED_KIND=config | grep -q '░░.*check --config /etc/deadlined/deadlined.yaml' && journalctl -u deadlined -x --no-pager -p err DEADLINED_KIND=config | grep -q '░░.*tại /etc/deadlined/deadlined.yaml:[0-9]*:[0-9]*)'"

# --- valid reload applies; resolved alert for a finished item ----------------------------
write_config "status: done
        completed: $(d 'today')" ""
if systemctl reload deadlined; then ok "systemctl reload succeeds on a valid config"; else bad "systemctl reload succeeds on a valid config"; fi
check "a done item that was alerted as overdue gets one 'resolved' entry (PRIORITY 6)" \
  wait_for 5 bash -c '[ "$(journalctl -u deadlined -o json -p info DEADLINED_KIND=resolved DEADLINED_ID=overdue-1 PRIORITY=6 | grep -c .)" -eq 1 ]'

# --- restart: no duplicate reminder or overdue alert ---------------------------------------
before_r=$(count DEADLINED_KIND=reminder DEADLINED_ID=soon-1)
before_o=$(count DEADLINED_KIND=overdue DEADLINED_ID=dropin-1)
check "systemctl restart succeeds" systemctl restart deadlined
sleep 1
check "restart sends no duplicate reminder" [ "$(count DEADLINED_KIND=reminder DEADLINED_ID=soon-1)" = "$before_r" ]
check "restart sends no duplicate overdue alert in the same slot" [ "$(count DEADLINED_KIND=overdue DEADLINED_ID=dropin-1)" = "$before_o" ]

# --- watchdog: a stopped daemon is killed and restarted -----------------------------------
pid=$(systemctl show -p MainPID --value deadlined)
kill -STOP "$pid"
check "the watchdog restarts a SIGSTOPped daemon" wait_for 20 bash -c "p=\$(systemctl show -p MainPID --value deadlined); [ \"\$p\" != 0 ] && [ \"\$p\" != $pid ] && systemctl is-active --quiet deadlined"
check "the watchdog timeout was recorded" bash -c "journalctl -u deadlined --no-pager | grep -qi 'watchdog timeout'"

# --- stop is clean and quick -------------------------------------------------------------
s0=$(date +%s%N)
systemctl stop deadlined
s1=$(date +%s%N)
ms=$(( (s1 - s0) / 1000000 ))
echo "# stop took ${ms} ms"
check "systemctl stop takes under 1 s" [ "$ms" -lt 1000 ]
check "the daemon exited 0 on SIGTERM" [ "$(systemctl show -p ExecMainStatus --value deadlined)" = 0 ]
check "the ledger was written in the state directory" test -s /var/lib/private/deadlined/ledger

# --- a broken config at start-up: exit 78, no restart loop --------------------------------
printf 'directives: [\n' > /etc/deadlined/deadlined.yaml
systemctl reset-failed deadlined 2>/dev/null
restarts0=$(systemctl show -p NRestarts --value deadlined)
if systemctl start deadlined 2>/dev/null; then bad "start fails on a broken config"; else ok "start fails on a broken config"; fi
sleep 3
echo "# NRestarts before $restarts0, after $(systemctl show -p NRestarts --value deadlined); $(journalctl -u deadlined --no-pager | grep -c 'status=78') lines with status=78"
check "ExecStartPre exited 78 and systemd does not restart it" bash -c \
  "[ \"\$(systemctl show -p NRestarts --value deadlined)\" = $restarts0 ] && ! systemctl is-active --quiet deadlined && journalctl -u deadlined --no-pager | grep -q 'status=78'"
cp /tmp/good.yaml /etc/deadlined/deadlined.yaml

# --- the daily HTML report: both units verify clean; one run writes the page ----------------
units=/usr/local/lib/systemd/system
verify=$(systemd-analyze verify $units/deadlined-report.service $units/deadlined-report.timer 2>&1)
[ -z "$verify" ] || echo "$verify" | sed 's/^/# /'
check "systemd-analyze verify is clean for deadlined-report.service and .timer" [ -z "$verify" ]
check "the report timer is installed, not enabled" bash -c '[ "$(systemctl is-enabled deadlined-report.timer)" = disabled ]'
daemon_owner=$(stat -c %u /var/lib/private/deadlined)
check "systemctl start deadlined-report.service succeeds" systemctl start deadlined-report.service
page=/var/lib/deadlined-report/report.html
check "it wrote the HTML report in its own state directory, mode 0644" bash -c \
  "head -c 15 $page | grep -qx '<!DOCTYPE html>' && [ \"\$(stat -c %a $page)\" = 644 ]"
check "the page is as of today and lists the config's overdue item" bash -c \
  "grep -q 'Tính đến ngày $(TZ=Asia/Ho_Chi_Minh date +%-d/%-m/%Y)' $page && grep -q 'Tham mưu cấp kinh phí' $page"
echo "# state directories' owners: deadlined $daemon_owner before, $(stat -c %u /var/lib/private/deadlined) after; deadlined-report $(stat -c %u /var/lib/private/deadlined-report)"
check "the report run left the daemon's state directory to the daemon" [ "$(stat -c %u /var/lib/private/deadlined)" = "$daemon_owner" ]

# --- no noise --------------------------------------------------------------------------------
journalctl --no-pager | grep 'Failed to set thread priority' | head -3 | sed 's/^/# /'
check "no 'Failed to set thread priority' lines" bash -c "! journalctl --no-pager | grep -q 'Failed to set thread priority'"
check "no 'Suppressed' rate-limit lines" bash -c "! journalctl --no-pager | grep -q 'Suppressed.*deadlined'"

finish
