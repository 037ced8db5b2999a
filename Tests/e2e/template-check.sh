#!/usr/bin/env bash
# template-check.sh: units/deadlined@.service (one office of a hub) stays deadlined.service in
# every setting but those that must differ, and is no more exposed. Run by run.sh on the host.
# Comments aside, the template with its instance paths written back as the main unit's
# (/etc/deadlined/%i/deadlined.yaml, deadlined-office/%i) and without its Description= must be
# the main unit without its Description=, line for line. Prints TAP lines; exits 1 on a failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
rc=0
settings() { grep -v -e '^#' -e '^$' -e '^Description=' "$1"; }
back=$(settings units/deadlined@.service \
  | sed -e 's|/etc/deadlined/%i/deadlined\.yaml|/etc/deadlined/deadlined.yaml|g' \
    -e 's|^StateDirectory=deadlined-office/%i$|StateDirectory=deadlined|' \
    -e 's|^RuntimeDirectory=deadlined-office/%i$|RuntimeDirectory=deadlined|')
if out=$(diff <(settings units/deadlined.service) <(printf '%s\n' "$back")); then
  echo "ok - deadlined@.service is deadlined.service but for its config, state and runtime paths"
else
  echo "not ok - deadlined@.service and deadlined.service differ in more than the instance lines:"
  printf '%s\n' "$out" | sed 's/^/#   /'
  rc=1
fi
# The instance lines themselves: each office its own config, state and runtime directory.
for want in 'ExecStart=/usr/local/bin/deadlined --config /etc/deadlined/%i/deadlined.yaml' \
  'StateDirectory=deadlined-office/%i' 'RuntimeDirectory=deadlined-office/%i'; do
  if grep -qxF "$want" units/deadlined@.service; then echo "ok - deadlined@.service has $want"; else
    echo "not ok - deadlined@.service lacks $want"; rc=1; fi
done
score() { systemd-analyze security --offline=yes "$1" 2>/dev/null | sed -n 's/.*Overall exposure level for .*: \([0-9.]*\).*/\1/p'; }
main=$(score units/deadlined.service)
tmpl=$(score units/deadlined@.service)
if [ -n "$main" ] && [ -n "$tmpl" ] && awk "BEGIN{exit !($tmpl <= $main)}"; then
  echo "ok - deadlined@.service exposure $tmpl <= deadlined.service's $main"
else
  echo "not ok - deadlined@.service exposure '$tmpl' above deadlined.service's '$main'"; rc=1
fi
exit "$rc"
