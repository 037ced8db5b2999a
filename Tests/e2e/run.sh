#!/usr/bin/env bash
# End-to-end test of the installed service in a real systemd (PID 1), booted in a throwaway
# container. Run by `make test`; skipped (loudly) when not root or without systemd-nspawn,
# except under CI=true, where it must run.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=$PWD
skip() {
  if [ "${CI:-}" = true ]; then echo "e2e: FAILED: cannot run under CI: $*" >&2; exit 1; fi
  echo "################################################################" >&2
  echo "e2e: SKIPPED: $*" >&2
  echo "################################################################" >&2
  exit 0
}
[ "$(id -u)" = 0 ] || skip "needs root (sudo make test)"
command -v systemd-nspawn >/dev/null || skip "systemd-nspawn missing (apt-get install systemd-container)"

work=$(mktemp -d /var/tmp/deadlined-e2e.XXXXXX)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
echo "e2e: installing into $work/root"
make -s install DESTDIR="$work/root" PREFIX=/usr/local >/dev/null
[ -x "$work/root/usr/local/bin/deadlined" ] || { echo "e2e: install did not put the binary in place" >&2; exit 1; }
cp Tests/e2e/lib.sh Tests/e2e/inner.sh Tests/e2e/burst.sh Tests/e2e/faults.sh Tests/e2e/locks.sh "$work/"
python3 bench/generate.py "$work/burst" 100000 --files 20 --overdue >/dev/null
echo 100000 > "$work/burst/count"
chmod -R a+rX "$work"

# The exposure score of the unit as shipped.
score=$(systemd-analyze security --offline=yes units/deadlined.service 2>/dev/null | sed -n 's/.*Overall exposure level for deadlined.service: \([0-9.]*\).*/\1/p')
echo "e2e: exposure score $score"

rc=0
for script in inner.sh burst.sh faults.sh locks.sh; do
  echo "e2e: $script in a fresh container"
  Tests/e2e/sandbox.sh "$work" "$script" 900 > "$work/part.txt" 2>&1 || rc=$?
  grep -v '^e2e: [0-9]* passed' "$work/part.txt" || true
  cat "$work/part.txt" >> "$work/out.txt"
done
if [ -n "$score" ] && awk "BEGIN{exit !($score <= 0.5)}"; then
  echo "ok - systemd-analyze security exposure $score <= 0.5" | tee -a "$work/out.txt"
else
  echo "not ok - systemd-analyze security exposure '$score' > 0.5" | tee -a "$work/out.txt"; rc=1
fi
if [ "$rc" != 0 ]; then
  echo "e2e: FAILED (rc=$rc); last boot log lines:" >&2
  tail -n 30 "$work/.sandbox-console.log" >&2 || true
fi
# make uninstall removes what install added and leaves /etc/deadlined.
make -s uninstall DESTDIR="$work/root" PREFIX=/usr/local >/dev/null 2>&1 || true
left=$(cd "$work/root" && find usr -type f | sort | tr '\n' ' ')
if [ -z "$left" ] && [ -f "$work/root/etc/deadlined/deadlined.yaml" ]; then
  echo "ok - make uninstall removes the binary, unit, catalog and README and keeps /etc/deadlined" | tee -a "$work/out.txt"
else
  echo "not ok - make uninstall left: ${left:-nothing} (etc kept: $([ -f "$work/root/etc/deadlined/deadlined.yaml" ] && echo yes || echo no))" | tee -a "$work/out.txt"
  rc=1
fi
passed=$(grep -c '^ok - ' "$work/out.txt" || true)
failed=$(grep -c '^not ok - ' "$work/out.txt" || true)
if [ "$rc" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
echo "e2e: $passed passed, $failed failed"
exit "$rc"
