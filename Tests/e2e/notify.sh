#!/bin/bash
# Runs inside the container (PID 1 is systemd, own network namespace: run.sh passes
# --private-network): deadlined-notify mails a real MTA, Debian's exim4 (exim4-daemon-light
# from `make deps`; /usr is the host's), started by this script as the unit mta.service on
# 127.0.0.1:25 with the test configuration below: it takes mail for longan.gov.vn into
# /var/mail/NAME (mbox) and refuses refused@longan.gov.vn with 550.
# Asserts issue 18's "Tested against a real mail server": one mail per agency with exactly its
# items; a restart of deadlined-notify sends nothing twice; a backlog kept while the MTA is
# down is delivered once it is back, nothing lost, nothing doubled; a refused recipient is
# logged with its address and does not hold up the others.
. /e2e/lib.sh
install_deadlined "$(printf '[Service]\nRestart=no')"
cfg=/etc/deadlined/deadlined.yaml
rm -rf /etc/deadlined/assignments.d

# The MTA. /etc is the container's own: Debian's exim reads /etc/exim4/exim4.conf first.
grep -q '^Debian-exim:' /etc/group || echo 'Debian-exim:x:990:' >> /etc/group
grep -q '^Debian-exim:' /etc/passwd || echo 'Debian-exim:x:990:990::/var/spool/exim4:/usr/sbin/nologin' >> /etc/passwd
mkdir -p /etc/exim4 /var/spool/exim4 /var/log/exim4 /var/mail
chown Debian-exim:Debian-exim /var/spool/exim4 /var/log/exim4 /var/mail
cat > /etc/exim4/exim4.conf <<'EOF'
MAILBOXES = stc : syt : snv : refused
primary_hostname = mta.longan.gov.vn
domainlist local_domains = longan.gov.vn
daemon_smtp_ports = 25
local_interfaces = 127.0.0.1
exim_user = Debian-exim
exim_group = Debian-exim
never_users = root
spool_directory = /var/spool/exim4
log_file_path = /var/log/exim4/%slog
host_lookup =
rfc1413_hosts =
acl_smtp_rcpt = acl_rcpt

begin acl
acl_rcpt:
  deny    recipients = refused@longan.gov.vn
          message = no such mailbox here
  accept  domains = +local_domains
  deny    message = relay not permitted

begin routers
local:
  driver = accept
  domains = +local_domains
  local_parts = MAILBOXES
  transport = mbox

begin transports
mbox:
  driver = appendfile
  file = /var/mail/$local_part_data
  create_file = anywhere
  user = Debian-exim
  group = Debian-exim
  mode = 0644
EOF
mta_up() { systemctl start mta 2>/dev/null || systemd-run -q --unit=mta /usr/sbin/exim4 -bdf -q10s; }
listening() { (exec 3<>/dev/tcp/127.0.0.1/25) 2>/dev/null; }
mta_up
check "exim accepts connections on 127.0.0.1:25" wait_for 10 listening

# Three agencies, one of them at the address the MTA refuses. Due 3 days ago (overdue, not
# yet escalated); the overdue alert is not repeated within the test.
due=$(date -d '3 days ago' +%-d/%-m/%Y)
later=$(date -d '2 days ago' +%-d/%-m/%Y)
write_cfg() {
  printf 'settings:\n  timezone: Asia/Ho_Chi_Minh\n  language: vi\n  remind_before: []\n  repeat_overdue: 30d\n  escalate_after: 60d\n'
  printf 'notify:\n  relay: smtp://127.0.0.1:25\n  from: deadlined@longan.gov.vn\n  batch: 5s\n'
  printf 'agencies:\n'
  printf '  - {name: "Sở Tài chính", head: "Nguyễn Văn An", email: stc@longan.gov.vn}\n'
  printf '  - {name: "Sở Y tế", email: syt@longan.gov.vn}\n'
  printf '  - {name: "Sở Nội vụ", email: refused@longan.gov.vn}\n'
  printf 'assignments:\n'
  printf '  - {id: stc-1, agency: "Sở Tài chính", task: "Báo cáo quý", due: %s}\n' "$due"
  printf '  - {id: stc-2, agency: "Sở Tài chính", task: "Kế hoạch vốn", due: %s}\n' "$due"
  printf '  - {id: syt-1, agency: "Sở Y tế", task: "Tiêm chủng", due: %s}\n' "$due"
  printf '  - {id: snv-1, agency: "Sở Nội vụ", task: "Biên chế", due: %s}\n' "$due"
  [ "${1:-}" = more ] || return 0
  printf '  - {id: stc-3, agency: "Sở Tài chính", task: "Quyết toán", due: %s}\n' "$later"
  printf '  - {id: syt-2, agency: "Sở Y tế", task: "Phòng dịch", due: %s}\n' "$later"
}
write_cfg > "$cfg"
/usr/local/bin/deadlined check --config "$cfg" >/dev/null 2>&1 || { echo "# deadlined check:"; /usr/local/bin/deadlined check --config "$cfg" 2>&1 | sed 's/^/# /'; }

# notify's own entries: EVENT [FIELD=VALUE...].
nj() { journalctl -u deadlined-notify --no-pager -o json DEADLINED_NOTIFY_EVENT="$1" "${@:2}" 2>/dev/null; }
ncount() { nj "$@" | grep -c . || true; }
# The mailbox of NAME as "message-id TAB item ids" lines, one per mail.
box() {
  python3 - "/var/mail/$1" <<'PY'
import mailbox, re, sys, os
if not os.path.exists(sys.argv[1]):
    sys.exit(0)
for m in mailbox.mbox(sys.argv[1]):
    body = m.get_payload(decode=True).decode("utf-8")
    ids = sorted(re.findall(r"(?:Mã nhiệm vụ|Item): (\S+)", body))
    print(m["Message-ID"], " ".join(ids), sep="\t")
PY
}
mails() { box "$1" | grep -c . || true; }
ids() { box "$1" | cut -f2 | tr ' ' '\n' | grep . | sort | tr '\n' ' '; }
unique_ids() { [ "$(box "$1" | cut -f1 | sort -u | grep -c .)" = "$(mails "$1")" ]; }

# notify first: its first start begins after the newest entry, before deadlined's alerts.
check "deadlined-notify starts" systemctl start deadlined-notify
check "deadlined starts" systemctl start deadlined
sent3() { [ "$(ncount sent)" -ge 2 ] && [ "$(ncount refused)" -ge 1 ]; }
wait_for 30 sent3
sleep 2
echo "# stc: $(box stc | tr '\t' ' ' | tr '\n' ';')"
echo "# syt: $(box syt | tr '\t' ' ' | tr '\n' ';')"
one_each() { [ "$(mails stc)" = 1 ] && [ "$(mails syt)" = 1 ]; }
check "each agency with overdue items gets one mail" one_each
exact() { [ "$(ids stc)" = "stc-1 stc-2 " ] && [ "$(ids syt)" = "syt-1 " ]; }
check "each mail holds exactly its agency's items" exact
refused() { nj refused DEADLINED_RECIPIENT=refused@longan.gov.vn | grep -q '550'; }
check "the refused recipient is logged by notify with its address and the 550" refused
none() { [ ! -s /var/mail/refused ]; }
check "nothing reaches the refused mailbox, the others got theirs" none

# "sent" entries name only recipients that took the mail (the refused agency's has none):
# their count must not change across the restart.
sent_before=$(ncount sent)
systemctl restart deadlined-notify
sleep 8
twice() { [ "$(mails stc)" = 1 ] && [ "$(mails syt)" = 1 ] && [ "$(ncount sent)" = "$sent_before" ]; }
check "restarting deadlined-notify sends nothing twice" twice

# The MTA goes away; two more items fall due (a reload adds them); notify keeps them, across
# a restart of its own too, and delivers them once the MTA is back.
systemctl stop mta
write_cfg more > "$cfg"
systemctl reload deadlined
failed() { [ "$(ncount failed)" -ge 1 ]; }
check "notify logs the relay as unreachable while the MTA is down" wait_for 30 failed
systemctl restart deadlined-notify
wait_for 10 bash -c '[ "$(journalctl -u deadlined-notify -o cat --no-pager DEADLINED_NOTIFY_EVENT=failed | grep -c .)" -ge 2 ]'
mta_up
backlog() { [ "$(mails stc)" = 2 ] && [ "$(mails syt)" = 2 ]; }
wait_for 60 backlog
echo "# stc: $(box stc | tr '\t' ' ' | tr '\n' ';')"
echo "# syt: $(box syt | tr '\t' ' ' | tr '\n' ';')"
check "the backlog is delivered once the MTA is back" backlog
whole() { [ "$(ids stc)" = "stc-1 stc-2 stc-3 " ] && [ "$(ids syt)" = "syt-1 syt-2 " ]; }
check "nothing lost and nothing doubled: every item once in its agency's mailbox" whole
check "Message-IDs are unique in the mailbox of Sở Tài chính" unique_ids stc
check "Message-IDs are unique in the mailbox of Sở Y tế" unique_ids syt
if [ "$fail" != 0 ]; then
  journalctl -u deadlined-notify -u deadlined -u mta --no-pager -o short-monotonic | tail -n 40 | sed 's/^/# /'
fi
finish
