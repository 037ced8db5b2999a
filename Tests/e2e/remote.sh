#!/bin/bash
# Runs inside the container (PID 1 is systemd, own network namespace: run.sh passes
# --private-network): issue 19's "Tested for real". Three offices run as deadlined@NAME
# instances of the installed template, each with its own config directory
# (/etc/deadlined/NAME/deadlined.yaml, beside it its acks.yaml and updates.yaml), state and
# runtime directory. Debian's systemd-journal-remote (from `make deps`; /usr is the host's)
# listens for plain HTTP on 127.0.0.1:19532 through its socket unit and writes under
# /var/log/journal/remote; systemd-journal-upload ships this machine's journal there.
# Asserted: every entry of each instance arrives, once; `deadlined report --journal
# /var/log/journal/remote` gives each office the counts `deadlined report` gives on its own
# config; `done` in one office leaves the same id in another alone; reload works per instance
# and reloads no other; with the upload stopped, a config change and its alerts are kept back
# and delivered when it starts again (its cursor in /var/lib/systemd/journal-upload/state),
# nothing lost, nothing doubled, and the central report catches up; the same over HTTPS with a
# CA's certificates, and what those certificates guard on Debian 12; deadlined.service runs
# beside the instances; make uninstall disables them.
. /e2e/lib.sh
install_deadlined
offices=(tanan benluc canduoc)
remote=/var/log/journal/remote
overdue_id=ce33a144475a4dca83120e3c14b458bb

# Each office's assignments, dated from today so that their states are known:
#   tanan   Sở Tài chính: tanan-1 overdue (due 5 days ago), tanan-2 open (in 20 days);
#           Sở Y tế: tanan-3 done on time (completed 12 days ago, due 10 days ago),
#           tanan-4 overdue (due 3 days ago); Văn phòng: bao-cao-thang overdue (due 8 days
#           ago).                                                   -> 3 overdue alerts
#   benluc  Phòng Tài chính - Kế hoạch: bl-1 overdue (due 2 days ago); Phòng Nội vụ: bl-2 due
#           soon (in 3 days, inside remind_before 7d), bl-3 done late (due 20 days ago,
#           completed 15 days ago); Văn phòng: bao-cao-thang, the same id as tanan's, overdue
#           (due 8 days ago).                                       -> 2 overdue alerts
#   canduoc Phòng Giáo dục: cd-1, cd-2 overdue (due 4 and 6 days ago); Phòng Y tế: cd-3 open
#           (in 40 days).                                           -> 2 overdue alerts
#   canduoc, changed: cd-1 done (completed yesterday), cd-4 of Phòng Y tế overdue (due 1 day
#           ago).                                                   -> 1 more overdue alert
d() { date -d "$1" +%-d/%-m/%Y; }
# office NAME: the instance's settings.office, carried as DEADLINED_OFFICE.
office() {
  case $1 in tanan) echo "UBND thành phố Tân An" ;; benluc) echo "UBND huyện Bến Lức" ;; canduoc) echo "UBND huyện Cần Đước" ;; esac
}
settings() {
  printf 'settings:\n  timezone: Asia/Ho_Chi_Minh\n  language: vi\n  remind_before: [7d]\n'
  printf '  repeat_overdue: 30d\n  escalate_after: 60d\n  office: "%s"\n' "$(office "$1")"
}
item() { printf '  - {id: %s, agency: "%s", task: "%s", due: %s%s}\n' "$1" "$2" "$3" "$(d "$4")" "${5:-}"; }
cfg_tanan() {
  settings tanan
  printf 'assignments:\n'
  item tanan-1 "Sở Tài chính" "Báo cáo quyết toán ngân sách" '5 days ago'
  item tanan-2 "Sở Tài chính" "Kế hoạch đầu tư công" '20 days'
  item tanan-3 "Sở Y tế" "Kiểm tra an toàn thực phẩm" '10 days ago' ", status: done, completed: $(d '12 days ago')"
  item tanan-4 "Sở Y tế" "Báo cáo tiêm chủng" '3 days ago'
  item bao-cao-thang "Văn phòng" "Báo cáo tháng" '8 days ago'
}
cfg_benluc() {
  settings benluc
  printf 'assignments:\n'
  item bl-1 "Phòng Tài chính - Kế hoạch" "Dự toán ngân sách huyện" '2 days ago'
  item bl-2 "Phòng Nội vụ" "Rà soát biên chế" '3 days'
  item bl-3 "Phòng Nội vụ" "Báo cáo thi đua" '20 days ago' ", status: done, completed: $(d '15 days ago')"
  item bao-cao-thang "Văn phòng" "Báo cáo tháng" '8 days ago'
}
cfg_canduoc() {
  settings canduoc
  printf 'assignments:\n'
  if [ "${1:-}" = changed ]; then
    item cd-1 "Phòng Giáo dục và Đào tạo" "Sửa chữa trường học" '4 days ago' ", status: done, completed: $(d yesterday)"
  else
    item cd-1 "Phòng Giáo dục và Đào tạo" "Sửa chữa trường học" '4 days ago'
  fi
  item cd-2 "Phòng Giáo dục và Đào tạo" "Tuyển dụng giáo viên" '6 days ago'
  item cd-3 "Phòng Y tế" "Kế hoạch phòng dịch" '40 days'
  [ "${1:-}" != changed ] || item cd-4 "Phòng Y tế" "Báo cáo dịch sốt xuất huyết" '1 day ago'
}
conf() { echo "/etc/deadlined/$1/deadlined.yaml"; }
for o in "${offices[@]}"; do
  mkdir -p "/etc/deadlined/$o"
  "cfg_$o" > "$(conf "$o")"
  /usr/local/bin/deadlined check --quiet --config "$(conf "$o")" \
    || /usr/local/bin/deadlined check --config "$(conf "$o")" 2>&1 | sed 's/^/# /'
done

# The offices.
units=("${offices[@]/#/deadlined@}"); units=("${units[@]/%/.service}")
check "the three deadlined@ instances start" systemctl start "${units[@]}"
for o in "${offices[@]}"; do
  check "deadlined@$o is active" wait_for 10 systemctl is-active -q "deadlined@$o"
  cmd=$(systemctl show -p ExecStart --value "deadlined@$o")
  check "deadlined@$o runs with $(conf "$o")" grep -qF -- "--config $(conf "$o")" <<< "$cmd"
done
# lj: the local journal; rj: the central store (journalctl -o json, one entry a line).
lj() { journalctl --no-pager -o json "$@" 2>/dev/null; }
rj() { journalctl --directory="$remote" --no-pager -o json "$@" 2>/dev/null; }
lcount() { lj "$@" | grep -c . || true; }
rcount() { rj "$@" | grep -c . || true; }
alerts() { [ "$(lcount _SYSTEMD_UNIT="deadlined@$1.service" MESSAGE_ID=$overdue_id)" = "$2" ]; }
check "tanan alerts its 3 overdue items" wait_for 20 alerts tanan 3
check "benluc alerts its 2 overdue items" wait_for 20 alerts benluc 2
check "canduoc alerts its 2 overdue items" wait_for 20 alerts canduoc 2
own_ledger() { [ -f "/var/lib/deadlined-office/$1/ledger" ]; }
for o in "${offices[@]}"; do check "deadlined@$o keeps its ledger in /var/lib/deadlined-office/$o" wait_for 10 own_ledger "$o"; done
# An officer of tanan records its monthly report done: benluc's item of the same id stays
# overdue (with the offices' files side by side in one directory, both would be done).
state_of() { /usr/local/bin/deadlined list --config "$(conf "$1")" --format json | python3 -c '
import json, sys
print(next(r["state"] for r in json.load(sys.stdin) if r["id"] == sys.argv[1]))' "$2"; }
/usr/local/bin/deadlined done --config "$(conf tanan)" bao-cao-thang | sed 's/^/# /'
check "done in tanan's config writes tanan's own updates.yaml" grep -q bao-cao-thang /etc/deadlined/tanan/updates.yaml
check "tanan's bao-cao-thang is done late" [ "$(state_of tanan bao-cao-thang)" = done_late ]
check "benluc's bao-cao-thang, the same id, is still overdue" [ "$(state_of benluc bao-cao-thang)" = overdue ]

# The centre: journal-remote on 127.0.0.1:19532, plain HTTP, started by its socket.
getent passwd systemd-journal-remote >/dev/null || systemd-sysusers /usr/lib/sysusers.d/systemd-remote.conf
mkdir -p /etc/systemd/system/systemd-journal-remote.socket.d /etc/systemd/system/systemd-journal-remote.service.d
printf '[Socket]\nListenStream=\nListenStream=127.0.0.1:19532\n' \
  > /etc/systemd/system/systemd-journal-remote.socket.d/e2e.conf
printf '[Service]\nExecStart=\nExecStart=/lib/systemd/systemd-journal-remote --listen-http=-3 --output=%s/\n' "$remote" \
  > /etc/systemd/system/systemd-journal-remote.service.d/e2e.conf
# The sender: systemd-journal-upload to the centre.
mkdir -p /etc/systemd/journal-upload.conf.d
printf '[Upload]\nURL=http://127.0.0.1:19532\n' > /etc/systemd/journal-upload.conf.d/e2e.conf
# The upload unit wants network-online.target; the container's only link is lo, which
# systemd-networkd-wait-online would wait two minutes for (and then fail).
systemctl mask -q systemd-networkd-wait-online.service
systemctl daemon-reload
check "systemd-journal-remote.socket listens on 127.0.0.1:19532" systemctl start systemd-journal-remote.socket
check "systemd-journal-upload starts" systemctl start systemd-journal-upload

# Every entry each instance wrote is in the central store, once: same count as locally.
arrived() { local u="_SYSTEMD_UNIT=deadlined@$1.service"; [ "$(rcount "$u")" -gt 0 ] && [ "$(rcount "$u")" = "$(lcount "$u")" ]; }
for o in "${offices[@]}"; do
  check "every entry of deadlined@$o arrives under $remote, once" wait_for 30 arrived "$o"
done
echo "# central store: $(ls "$remote" | tr '\n' ' ')"
ids_of() { rj _SYSTEMD_UNIT="deadlined@$1.service" MESSAGE_ID=$overdue_id | python3 -c '
import json, sys
print(" ".join(sorted(json.loads(l)["DEADLINED_ID"] for l in sys.stdin)))'; }
check "the central store has tanan's overdue alerts by _SYSTEMD_UNIT" [ "$(ids_of tanan)" = "bao-cao-thang tanan-1 tanan-4" ]
check "the central store has benluc's overdue alerts by _SYSTEMD_UNIT" [ "$(ids_of benluc)" = "bao-cao-thang bl-1" ]
check "the central store has canduoc's overdue alerts by _SYSTEMD_UNIT" [ "$(ids_of canduoc)" = "cd-1 cd-2" ]

# The offices' snapshots (issue 19): at start-up and at every reload each daemon writes one
# entry per agency and one office entry with the counts `report --format json` gives, all with
# DEADLINED_OFFICE. same_counts NAME: the latest complete snapshot of NAME's office in the
# central store, rebuilt from the journal alone, has the counts `deadlined report --format
# json` gives on that office's own config, total and agency by agency, field by field. Prints
# the snapshot's time and each difference. same_counts NAME OTHER: OTHER's snapshot instead.
snapshot_id=21dd84d9bfc64a2d9d83fcf8fddb929b
same_counts() {
  /usr/local/bin/deadlined report --config "$(conf "$1")" --format json > "/tmp/local-$1.json"
  rj MESSAGE_ID=$snapshot_id DEADLINED_OFFICE="$(office "${2:-$1}")" > "/tmp/central-$1.json"
  python3 /e2e/remote_counts.py snapshot "/tmp/local-$1.json" "/tmp/central-$1.json"
}
# compare NAME WHAT: same_counts as a check, its output as comments; the snapshot's time in
# snap_NAME.
compare() {
  local out rc
  out=$(same_counts "$1"); rc=$?
  sed "s/^/# $1: /" <<< "$out"
  printf -v "snap_$1" '%s' "$(head -n 1 <<< "$out" | cut -d' ' -f1)"
  check "$2" [ "$rc" = 0 ]
}
for o in "${offices[@]}"; do
  compare "$o" "the centre's latest snapshot of $(office "$o") has the counts of report on its own config"
done
# The province report at the centre: `deadlined report --journal /var/log/journal/remote
# --format json` (the installed /etc/deadlined/deadlined.yaml gives it language and time zone).
# same_report NAME [OTHER]: its entry for NAME's office (OTHER's, if given) equals, totals and
# agency by agency and every field, the `report --format json` of NAME's own config, and the
# office is not flagged silent. Prints snapshot_at and each difference.
central_report() { /usr/local/bin/deadlined report --journal "$remote" --format json "$@" 2>/tmp/central-report.err; }
same_report() {
  central_report > /tmp/province.json || { sed 's/^/# /' /tmp/central-report.err; return 1; }
  /usr/local/bin/deadlined report --config "$(conf "$1")" --format json > "/tmp/local-$1.json"
  python3 /e2e/remote_counts.py report /tmp/province.json "/tmp/local-$1.json" "$(office "${2:-$1}")"
}
# report_check NAME WHAT: same_report as a check; its snapshot_at in at_NAME.
report_check() {
  local out rc
  out=$(same_report "$1"); rc=$?
  sed "s/^/# report --journal, $1: /" <<< "$out"
  printf -v "at_$1" '%s' "$(head -n 1 <<< "$out" | cut -d' ' -f1)"
  check "$2" [ "$rc" = 0 ]
}
for o in "${offices[@]}"; do
  report_check "$o" "report --journal: $(office "$o") as report says on its own config, every field"
done
check "report --journal lists exactly the three offices" [ "$(python3 -c '
import json; print(len(json.load(open("/tmp/province.json"))["offices"]))')" = 3 ]
report_differs() { ! same_report tanan benluc > /dev/null; }
check "same_report tells tanan's report from benluc's entry" report_differs
# --by agency sums an agency over the offices: Văn phòng has bao-cao-thang in tanan (done
# late today) and in benluc (overdue): 2 items, 1 overdue, 1 done late.
van_phong() { central_report --by agency | python3 -c '
import json, sys
g = [g for g in json.load(sys.stdin)["groups"] if g["agency"] == "Văn phòng"]
print(" ".join(str(g[0][k]) for k in ("total", "overdue", "done_late")) if len(g) == 1 else "none")'; }
check "report --journal --by agency: Văn phòng over two offices, 2 items, 1 overdue, 1 done late" [ "$(van_phong)" = "2 1 1" ]
# The comparison can fail: tanan's report against benluc's snapshot differs.
different() { ! same_counts tanan benluc > /tmp/different.txt; }
check "same_counts tells tanan's report from benluc's snapshot" different
sed 's/^/# tanan against benluc: /' /tmp/different.txt | head -n 3
# counts_of NAME: total, overdue, done late, not yet due of the report same_counts ran last.
counts_of() { python3 -c 'import json, sys; t = json.load(open(sys.argv[1]))["total"]; print(t["total"], t["overdue"], t["done_late"], t["not_yet_due"])' "/tmp/local-$1.json"; }
# By hand, from the assignments above (bao-cao-thang of tanan done today, so late).
check "tanan: 5 items, 2 overdue, 1 done late, 1 not yet due" [ "$(counts_of tanan)" = "5 2 1 1" ]
check "benluc: 4 items, 2 overdue, 1 done late, 1 not yet due (bl-2, due soon)" [ "$(counts_of benluc)" = "4 2 1 1" ]
check "canduoc: 3 items, 2 overdue, 0 done late, 1 not yet due" [ "$(counts_of canduoc)" = "3 2 0 1" ]
office_on_alerts() {
  [ "$(rj _SYSTEMD_UNIT="deadlined@$1.service" MESSAGE_ID=$overdue_id | python3 -c '
import json, sys
print(sorted({json.loads(l).get("DEADLINED_OFFICE") for l in sys.stdin}))')" = "['$(office "$1")']" ]
}
for o in "${offices[@]}"; do
  check "deadlined@$o's alerts reach the centre with DEADLINED_OFFICE=$(office "$o")" office_on_alerts "$o"
done

state=/var/lib/systemd/journal-upload/state
check "systemd-journal-upload keeps its cursor in $state" grep -q '^LAST_CURSOR=' "$state"

# The centre's link goes down: the upload stops. canduoc's config changes and that instance
# alone is reloaded; the local journal has the new alert, the centre not yet.
check "systemd-journal-upload stops" systemctl stop systemd-journal-upload
cursor_before=$(grep '^LAST_CURSOR=' "$state")
# The other offices' last reload results (none, or the one tanan's `done` caused): a change in
# canduoc's directory must not reload them.
result() { cat "/run/deadlined-office/$1/reload-result" 2>/dev/null || echo none; }
others_before="$(result tanan) $(result benluc)"
cfg_canduoc changed > "$(conf canduoc)"
check "systemctl reload deadlined@canduoc applies the new config" systemctl reload deadlined@canduoc
pid=$(systemctl show -p MainPID --value deadlined@canduoc)
result_pid() { cut -f1 "/run/deadlined-office/$1/reload-result" 2>/dev/null; }
check "the reload's outcome is in canduoc's own runtime directory, from its daemon" [ "$(result_pid canduoc)" = "$pid" ]
new_alert() { [ "$(lcount _SYSTEMD_UNIT=deadlined@canduoc.service MESSAGE_ID=$overdue_id DEADLINED_ID=cd-4)" = 1 ]; }
check "deadlined@canduoc alerts the new overdue item cd-4" wait_for 20 new_alert
# Past the watch's 300 ms of quiet: had tanan or benluc seen canduoc's change, they would have
# reloaded by now.
sleep 3
check "tanan and benluc did not reload on canduoc's change" [ "$(result tanan) $(result benluc)" = "$others_before" ]
check "the centre has nothing of cd-4 while the upload is stopped" \
  [ "$(rcount _SYSTEMD_UNIT=deadlined@canduoc.service DEADLINED_ID=cd-4)" = 0 ]
check "the upload's cursor did not move while stopped" [ "$(grep '^LAST_CURSOR=' "$state")" = "$cursor_before" ]

# The link is back: the backlog goes up, nothing lost, nothing doubled.
check "systemd-journal-upload starts again" systemctl start systemd-journal-upload
there() { [ "$(rcount _SYSTEMD_UNIT=deadlined@canduoc.service MESSAGE_ID=$overdue_id DEADLINED_ID=cd-4)" = 1 ]; }
check "the backlog arrives: cd-4's overdue alert reaches the centre" wait_for 30 there
for o in "${offices[@]}"; do
  check "after the outage the centre has every entry of deadlined@$o once" wait_for 30 arrived "$o"
done
# Counts after the change, by hand: cd-1 done late, cd-2 overdue, cd-3 open, cd-4 overdue.
before=$snap_canduoc
compare canduoc "the central report catches up: canduoc's latest snapshot has its new counts"
check "and that snapshot is newer than the one before the outage ($before < $snap_canduoc)" [ "$before" -lt "$snap_canduoc" ]
check "canduoc now: 4 items, 2 overdue, 1 done late, 1 not yet due" [ "$(counts_of canduoc)" = "4 2 1 1" ]
before=$at_canduoc
report_check canduoc "the central report catches up: report --journal gives canduoc's new counts"
check "with a later snapshot_at ($before, now $at_canduoc)" [ "$(date -d "$before" +%s)" -lt "$(date -d "$at_canduoc" +%s)" ]

# Production: HTTPS both ways, each side's certificate signed by one CA, the stock
# systemd-journal-remote.service (--listen-https=-3) with journal-remote.conf naming the
# centre's key, certificate and the CA; journal-upload.conf the office's and an https URL=.
ca=/root/e2e-ca
mkdir -p "$ca" /etc/ssl/private /etc/ssl/certs /etc/ssl/ca
# The container's /etc has no openssl.cnf: the least openssl req works with.
printf '[req]\ndistinguished_name = dn\n[dn]\n' > "$ca/openssl.cnf"
export OPENSSL_CONF=$ca/openssl.cnf
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=deadlined e2e CA" \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
  -keyout "$ca/ca.key" -out /etc/ssl/ca/trusted.pem 2>/dev/null
# sign CN KEY CERT SUBJECT_ALT_NAMES
sign() {
  openssl req -newkey rsa:2048 -nodes -subj "/CN=$1" -keyout "$2" -out "$ca/$1.csr" 2>/dev/null
  openssl x509 -req -in "$ca/$1.csr" -CA /etc/ssl/ca/trusted.pem -CAkey "$ca/ca.key" -CAcreateserial \
    -days 2 -out "$3" -extfile <(printf 'basicConstraints=CA:FALSE\nsubjectAltName=%s\n' "$4") 2>/dev/null
}
sign localhost /etc/ssl/private/journal-remote.pem /etc/ssl/certs/journal-remote.pem DNS:localhost,IP:127.0.0.1
sign office-hub /etc/ssl/private/journal-upload.pem /etc/ssl/certs/journal-upload.pem DNS:office-hub
# The upload unit's User= exists statically, so its DynamicUser= takes it and the key can be its.
getent passwd systemd-journal-upload >/dev/null \
  || useradd --system --no-create-home --shell /usr/sbin/nologin systemd-journal-upload
chown root:systemd-journal-remote /etc/ssl/private/journal-remote.pem
chown systemd-journal-upload /etc/ssl/private/journal-upload.pem
chmod 0640 /etc/ssl/private/journal-remote.pem; chmod 0600 /etc/ssl/private/journal-upload.pem
mkdir -p /etc/systemd/journal-remote.conf.d
printf '[Remote]\nServerKeyFile=/etc/ssl/private/journal-remote.pem\nServerCertificateFile=/etc/ssl/certs/journal-remote.pem\nTrustedCertificateFile=/etc/ssl/ca/trusted.pem\n' \
  > /etc/systemd/journal-remote.conf.d/e2e.conf
printf '[Upload]\nURL=https://localhost:19532\nServerKeyFile=/etc/ssl/private/journal-upload.pem\nServerCertificateFile=/etc/ssl/certs/journal-upload.pem\nTrustedCertificateFile=/etc/ssl/ca/trusted.pem\n' \
  > /etc/systemd/journal-upload.conf.d/e2e.conf
rm /etc/systemd/system/systemd-journal-remote.service.d/e2e.conf
systemctl stop systemd-journal-upload systemd-journal-remote.service
systemctl daemon-reload
check "systemd-journal-remote runs its stock ExecStart (--listen-https)" \
  grep -q -- --listen-https=-3 <<< "$(systemctl show -p ExecStart --value systemd-journal-remote.service)"
check "systemd-journal-upload starts with the https URL" systemctl start systemd-journal-upload
# benluc gets bl-4, due 2 days ago: its overdue alert must travel over HTTPS.
{ cfg_benluc; item bl-4 "Phòng Nội vụ" "Báo cáo cải cách hành chính" '2 days ago'; } > "$(conf benluc)"
check "systemctl reload deadlined@benluc applies bl-4" systemctl reload deadlined@benluc
tls_there() { [ "$(rcount _SYSTEMD_UNIT=deadlined@benluc.service MESSAGE_ID=$overdue_id DEADLINED_ID=bl-4)" = 1 ]; }
check "over HTTPS: bl-4's overdue alert reaches the centre" wait_for 30 tls_there
check "over HTTPS: the centre has every entry of deadlined@benluc once" wait_for 30 arrived benluc
compare benluc "over HTTPS: benluc's latest snapshot in the centre, with bl-4, has the counts of its report"
report_check benluc "over HTTPS: report --journal gives benluc's counts with bl-4"
# What the certificates guard, on Debian 12: the office checks the centre (an upload trusting
# another CA is refused by the office's side, nothing sent), but the centre does not check the
# office: Debian's journal-remote is built without GnuTLS (`--trust` is "not available"), logs
# "Certificate checking disabled." and stores an upload signed by any CA. README says so: only
# a firewall keeps strangers from the centre's port.
mkdir -p "$ca/other"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=another CA" \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
  -keyout "$ca/other/ca.key" -out "$ca/other/ca.pem" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj /CN=stranger -keyout "$ca/other/key.pem" -out "$ca/other/csr" 2>/dev/null
openssl x509 -req -in "$ca/other/csr" -CA "$ca/other/ca.pem" -CAkey "$ca/other/ca.key" -CAcreateserial \
  -days 2 -out "$ca/other/cert.pem" 2>/dev/null
# upload KEY CERT TRUST TAG: one pass over the local journal from a new entry tagged TAG, with
# journal-upload.conf.d hidden (its URL= and keys would clash with the options): the office's
# sender but for the key, certificate and CA. The service itself is stopped meanwhile.
upload() {
  echo "probe of $4" | systemd-cat -t "$4"
  wait_for 5 bash -c "[ -n \"\$(journalctl -t $4 -o cat 2>/dev/null)\" ]"
  local c
  c=$(journalctl -t "$4" -o json -n 1 | python3 -c 'import json, sys; print(json.load(sys.stdin)["__CURSOR"])')
  unshare -m sh -c 'mount -t tmpfs tmpfs /etc/systemd/journal-upload.conf.d && exec "$@"' sh \
    /lib/systemd/systemd-journal-upload --url=https://localhost:19532 --key="$1" --cert="$2" \
    --trust="$3" --follow=no --cursor="$c" 2>&1
}
stored() { [ "$(rcount SYSLOG_IDENTIFIER="$1")" = 1 ]; }
systemctl stop systemd-journal-upload
office_key=/etc/ssl/private/journal-upload.pem office_cert=/etc/ssl/certs/journal-upload.pem
out=$(upload $office_key $office_cert /etc/ssl/ca/trusted.pem e2e-office); code=$?
echo "# the office's certificate: exit $code${out:+: $(tail -n 1 <<< "$out")}"
check "a one-pass upload with the office's certificate is stored" wait_for 10 stored e2e-office
out=$(upload $office_key $office_cert "$ca/other/ca.pem" e2e-impostor); code=$?
echo "# trusting another CA: exit $code${out:+: $(tail -n 1 <<< "$out")}"
sleep 2
check "an office that trusts another CA refuses the centre: exit $code, nothing stored" \
  [ "$code" != 0 -a "$(rcount SYSLOG_IDENTIFIER=e2e-impostor)" = 0 ]
check "Debian 12's journal-remote runs without client certificate checks" \
  grep -qx 'Certificate checking disabled.' <<< "$(journalctl -u systemd-journal-remote -o cat --no-pager)"
upload "$ca/other/key.pem" "$ca/other/cert.pem" /etc/ssl/ca/trusted.pem e2e-stranger >/dev/null
check "so a sender with another CA's certificate is stored too (hence README's firewall step)" \
  wait_for 10 stored e2e-stranger
systemctl start systemd-journal-upload
echo "# central store: $(ls "$remote" | tr '\n' ' ')"

# By hand, outside the unit (no RUNTIME_DIRECTORY here): `deadlined reload` finds the
# instance's runtime directory in its daemon's environment and waits for its answer there.
tanan_pid=$(systemctl show -p MainPID --value deadlined@tanan)
by_hand() { env -u RUNTIME_DIRECTORY /usr/local/bin/deadlined reload --pid "$tanan_pid" --timeout 20 >/dev/null 2>&1; }
check "deadlined reload --pid of deadlined@tanan, run by hand, gets its answer" by_hand
check "that answer is in /run/deadlined-office/tanan, from tanan's daemon" [ "$(result_pid tanan)" = "$tanan_pid" ]

# deadlined.service on the same machine, on /etc/deadlined/deadlined.yaml: its directories
# are not the instances', so it starts beside them and they keep running.
check "deadlined.service starts beside the deadlined@ instances" systemctl start deadlined.service
all_up() { systemctl is-active -q deadlined.service && for u in "${units[@]}"; do systemctl is-active -q "$u" || return 1; done; }
check "deadlined.service and the three instances are all active" wait_for 10 all_up
check "deadlined.service keeps its own ledger in /var/lib/deadlined" wait_for 10 test -f /var/lib/deadlined/ledger

# make uninstall (the Makefile run.sh copies to /e2e) stops and disables every enabled instance.
systemctl enable -q deadlined@tanan deadlined@benluc
make -s -f /e2e/Makefile uninstall PREFIX=/usr/local >/dev/null 2>&1
none_left() {
  ! systemctl is-active -q deadlined@tanan deadlined@benluc \
    && [ -z "$(ls /etc/systemd/system/multi-user.target.wants/ 2>/dev/null | grep '^deadlined@')" ] \
    && [ ! -e /usr/local/lib/systemd/system/deadlined@.service ]
}
check "make uninstall stops and disables the enabled instances and removes the template" none_left
if [ "$fail" != 0 ]; then
  journalctl --no-pager -o short-monotonic -u 'deadlined@*' -u systemd-journal-remote -u systemd-journal-upload \
    | tail -n 40 | sed 's/^/# /'
fi
finish
