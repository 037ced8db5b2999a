#!/bin/bash
# Runs inside the container (PID 1 is systemd, /usr a writable overlay of the host's, the host's
# dpkg database at /e2e-dpkg): the Debian package from `make deb` installed, upgraded, removed
# and purged with dpkg, as an administrator would.
# The upgrade is the same package repacked with dpkg-deb under a higher version, its shipped
# deadlined.yaml and example drop-in changed by one comment line each: the same binary and
# maintainer scripts, which is what an upgrade exercises (conffiles, restart), without a
# second release build.
. /e2e/lib.sh
export DEBIAN_FRONTEND=noninteractive
pkg=$(ls /e2e/deadlined_*.deb)
ours() { # every path of ours outside what the test itself brought (/e2e) and the kernel's
  find / \( -path /proc -o -path /sys -o -path /dev -o -path /e2e -o -path /e2e-dpkg \) -prune \
    -o -path '*deadlined*' -print 2>/dev/null | sort
}
pid() { systemctl show -p MainPID --value deadlined; }
since() { systemctl show -p ActiveEnterTimestampMonotonic --value deadlined; }

# This machine's /usr is a Docker image's: its policy-rc.d (exit 101) forbids starting services
# from maintainer scripts, which a Debian server has not. The overlay discards the removal.
rm -f /usr/sbin/policy-rc.d
mkdir -p /var/lib /var/log
cp -a /e2e-dpkg /var/lib/dpkg
: > /var/lib/dpkg/statoverride
ours > /tmp/before

# --- install
check "dpkg -i installs $(basename "$pkg")" bash -c \
  'dpkg -i /e2e/deadlined_*.deb < /dev/null > /tmp/install.log 2>&1 || { cat /tmp/install.log; false; }'
check "dpkg says installed" bash -c '[ "$(dpkg-query -W -f="\${Status}" deadlined)" = "install ok installed" ]'
check "the binary is /usr/bin/deadlined and runs" bash -c "/usr/bin/deadlined --version >/dev/null"
check "the units are in /lib/systemd/system" test -f /lib/systemd/system/deadlined.service \
  -a -f /lib/systemd/system/deadlined-report.timer -a -f /lib/systemd/system/deadlined-notify.service
check "the installed units and catalogs say /usr, never /usr/local" \
  bash -c '! grep -l /usr/local /lib/systemd/system/deadlined* /usr/lib/systemd/catalog/deadlined*.catalog'
check "ExecStart is /usr/bin/deadlined" grep -qx 'ExecStart=/usr/bin/deadlined --config /etc/deadlined/deadlined.yaml' /lib/systemd/system/deadlined.service
check "manual pages, completions and README in Debian's places" test -f /usr/share/man/man8/deadlined.8.gz \
  -a -f /usr/share/man/man5/deadlined.yaml.5.gz -a -f /usr/share/bash-completion/completions/deadlined \
  -a -f /usr/share/zsh/vendor-completions/_deadlined -a -f /usr/share/fish/vendor_completions.d/deadlined.fish \
  -a -f /usr/share/doc/deadlined/README.md -a -f /usr/share/doc/deadlined/copyright
check "bash loads the packaged completion (its #! line dropped for lintian)" bash -c \
  '. /usr/share/bash-completion/completions/deadlined && complete -p deadlined | grep -q deadlined && ! head -1 /usr/share/bash-completion/completions/deadlined | grep -q "^#!"'
# (no awk here: /usr/bin/awk is a link into /etc/alternatives, empty in the container)
conffiles=$(dpkg-query -W -f='${Conffiles}\n' deadlined | sed -n 's/^ *\(\/[^ ]*\) .*/\1/p' | sort | tr '\n' ' ')
want="/etc/deadlined/assignments.d/cchc-2022.yaml /etc/deadlined/deadlined.yaml /etc/deadlined/holidays.d/example.yaml "
check "the configuration files are conffiles (got: $conffiles)" test "$conffiles" = "$want"
check "deadlined.service is enabled" bash -c '[ "$(systemctl is-enabled deadlined)" = enabled ]'
check "deadlined.service is active right after install" wait_for 10 systemctl -q is-active deadlined
check "systemctl status deadlined is green (exit 0)" bash -c "systemctl status deadlined --no-pager -n0 >/dev/null"
check "the report timer and notify are installed but neither enabled nor running" bash -c \
  '[ "$(systemctl is-enabled deadlined-report.timer deadlined-notify | tr "\n" " ")" = "disabled disabled " ] &&
   ! systemctl -q is-active deadlined-report.timer deadlined-notify'
check "the service alerts: a journal entry for stc-kinh-phi (overdue since 15/5/2024)" \
  wait_for 10 bash -c '[ "$(journalctl -u deadlined -o json DEADLINED_ID=stc-kinh-phi | grep -c .)" -ge 1 ]'
check "journalctl -x explains it from the catalog (dpkg trigger), pointing at /usr/share/doc" \
  bash -c 'journalctl -x -u deadlined --no-pager DEADLINED_ID=stc-kinh-phi | grep -q "file:/usr/share/doc/deadlined/README.md"'
pid1=$(pid); since1=$(since)

# --- the administrator edits the configuration and acknowledges an item
sed -i 's/^  digest_at: "08:00"/  digest_at: "09:30"/' /etc/deadlined/deadlined.yaml
echo "# edited by the administrator" >> /etc/deadlined/deadlined.yaml
check "the edited configuration is valid" deadlined check --quiet --config /etc/deadlined/deadlined.yaml
check "deadlined ack writes /etc/deadlined/acks.yaml" bash -c \
  'deadlined ack stc-kinh-phi --until "$(date -d "+7 days" +%-d/%-m/%Y)" --config /etc/deadlined/deadlined.yaml >/dev/null && test -f /etc/deadlined/acks.yaml'

# --- upgrade: the same package, a higher version, both shipped conffiles changed
rm -rf /e2e/up && dpkg-deb -R "$pkg" /e2e/up
version=$(dpkg-deb -f "$pkg" Version)
sed -i "s/^Version: .*/Version: $version+e2e1/" /e2e/up/DEBIAN/control
echo "# shipped with $version+e2e1" >> /e2e/up/etc/deadlined/deadlined.yaml
echo "# shipped with $version+e2e1" >> /e2e/up/etc/deadlined/assignments.d/cchc-2022.yaml
(cd /e2e/up && find . -path ./DEBIAN -prune -o -type f -print | sed 's|^\./||' | sort | xargs md5sum > DEBIAN/md5sums)
dpkg-deb --root-owner-group -b /e2e/up /e2e/upgrade.deb > /dev/null
# As unattended-upgrades does: keep an edited conffile, take the rest.
check "dpkg -i of version $version+e2e1 upgrades" bash -c \
  'dpkg -i --force-confdef --force-confold /e2e/upgrade.deb < /dev/null > /e2e/upgrade.log 2>&1 || { cat /e2e/upgrade.log; false; }'
check "dpkg says $version+e2e1" bash -c "[ \"\$(dpkg-query -W -f='\${Version}' deadlined)\" = '$version+e2e1' ]"
check "the edit is kept" bash -c 'grep -q "digest_at: \"09:30\"" /etc/deadlined/deadlined.yaml && grep -q "^# edited by the administrator" /etc/deadlined/deadlined.yaml'
check "the new shipped deadlined.yaml waits beside it as .dpkg-dist" grep -q "^# shipped with" /etc/deadlined/deadlined.yaml.dpkg-dist
check "the unedited example drop-in is updated" grep -q "^# shipped with" /etc/deadlined/assignments.d/cchc-2022.yaml
check "acks.yaml is kept" test -f /etc/deadlined/acks.yaml
check "the service was restarted (MainPID $pid1 -> $(pid))" bash -c "[ \"\$(systemctl show -p MainPID --value deadlined)\" != '$pid1' ] && [ \"\$(systemctl show -p ActiveEnterTimestampMonotonic --value deadlined)\" -gt '$since1' ]"
check "the service is active after the upgrade" wait_for 10 systemctl -q is-active deadlined
check "still enabled after the upgrade" bash -c '[ "$(systemctl is-enabled deadlined)" = enabled ]'

# --- remove: stopped, configuration and state kept
systemctl start deadlined-report.timer
check "dpkg -r removes" bash -c 'dpkg -r deadlined < /dev/null > /tmp/remove.log 2>&1 || { cat /tmp/remove.log; false; }'
check "dpkg says config-files" bash -c '[ "$(dpkg-query -W -f="\${Status}" deadlined)" = "deinstall ok config-files" ]'
check "the service is stopped" bash -c '! systemctl -q is-active deadlined && [ -z "$(pgrep -x deadlined)" ]'
check "the report timer the administrator started is stopped too" bash -c '! systemctl -q is-active deadlined-report.timer'
check "the binary and units are gone" test ! -e /usr/bin/deadlined -a ! -e /lib/systemd/system/deadlined.service
check "the configuration is kept, with the edit" grep -q "^# edited by the administrator" /etc/deadlined/deadlined.yaml
check "the state is kept (/var/lib/private/deadlined)" test -d /var/lib/private/deadlined
check "the catalog entries are gone (dpkg trigger)" bash -c '! journalctl --list-catalog | grep -q ce33a144475a4dca83120e3c14b458bb'

# --- purge: nothing of ours left
check "dpkg -P purges" bash -c 'dpkg -P deadlined < /dev/null > /tmp/purge.log 2>&1 || { cat /tmp/purge.log; false; }'
check "dpkg no longer knows the package" bash -c '! dpkg-query -W -f="\${Status}" deadlined 2>/dev/null | grep -q "ok"'
check "/etc/deadlined is gone (conffiles, .dpkg-dist, acks.yaml)" test ! -e /etc/deadlined
check "the state is gone (/var/lib/deadlined and /var/lib/private/deadlined)" \
  test ! -e /var/lib/deadlined -a ! -L /var/lib/deadlined -a ! -e /var/lib/private/deadlined
ours > /tmp/after
left=$(comm -13 /tmp/before /tmp/after | tr '\n' ' ')
check "no path of deadlined's is left anywhere (left: ${left:-nothing})" test -z "$left"
finish
