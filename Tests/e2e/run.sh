#!/usr/bin/env bash
# End-to-end test of the installed service in a real systemd (PID 1), booted in a throwaway
# container. Run by `make test`; skipped (loudly) when not root or without systemd-nspawn,
# except under CI=true, where it must run.
# run.sh [SCRIPT...]: only the given scripts (default: inner.sh burst.sh faults.sh locks.sh refusal.sh
# catchup.sh updates.sh clock.sh docs.sh notify.sh remote.sh deb.sh), each in a fresh container.
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

scripts=("$@")
[ ${#scripts[@]} -gt 0 ] || scripts=(inner.sh burst.sh faults.sh locks.sh refusal.sh catchup.sh updates.sh clock.sh docs.sh notify.sh remote.sh deb.sh)
for script in "${scripts[@]}"; do
  [ -f "Tests/e2e/$script" ] || { echo "e2e: no such script: Tests/e2e/$script" >&2; exit 2; }
done

work=$(mktemp -d /var/tmp/deadlined-e2e.XXXXXX)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
echo "e2e: installing into $work/root"
make -s install DESTDIR="$work/root" PREFIX=/usr/local >/dev/null
[ -x "$work/root/usr/local/bin/deadlined" ] || { echo "e2e: install did not put the binary in place" >&2; exit 1; }
cp Tests/e2e/lib.sh "${scripts[@]/#/Tests/e2e/}" "$work/"
# remote.sh runs `make uninstall` inside the container, and compares counts with a helper.
cp Makefile Tests/e2e/remote_counts.py "$work/"
if [[ " ${scripts[*]} " == *" burst.sh "* ]]; then
  python3 bench/generate.py "$work/burst" 100000 --files 20 --overdue >/dev/null
  echo 100000 > "$work/burst/count"
fi
if [[ " ${scripts[*]} " == *" deb.sh "* ]]; then
  # deb.sh installs the Debian package that `make deb` builds from this checkout.
  echo "e2e: building the Debian package (make deb)"
  make -s deb > "$work/deb-build.log" 2>&1 || { tail -n 30 "$work/deb-build.log" >&2; echo "e2e: make deb failed" >&2; exit 1; }
  cp "deadlined_$(dpkg-parsechangelog -S Version)_$(dpkg --print-architecture).deb" "$work/"
fi
rc=0
if [[ " ${scripts[*]} " == *" clock.sh "* ]]; then
  # clock.sh runs the service under libfaketime (Debian's faketime, from `make deps`) with a
  # small preloaded shim built here; a C compiler comes with the Swift toolchain.
  cc=$(command -v "${CC:-cc}" || command -v clang || command -v gcc || ls "$(dirname "$(command -v swift || echo /opt/swift/usr/bin/swift)")/clang" 2>/dev/null || true)
  why=""
  [ -f /usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 ] || why="libfaketime missing (make deps, or apt-get install faketime)"
  [ -n "$why" ] || [ -n "$cc" ] || why="no C compiler for Tests/e2e/faketime-shim.c"
  [ -n "$why" ] || "$cc" -shared -fPIC -O2 -o "$work/faketime-shim.so" Tests/e2e/faketime-shim.c || why="Tests/e2e/faketime-shim.c did not build"
  if [ -n "$why" ]; then
    if [ "${CI:-}" = true ]; then
      echo "not ok - clock.sh cannot run under CI: $why" | tee -a "$work/out.txt"; rc=1
    else
      echo "e2e: SKIPPED: clock.sh (the wall clock stepped): $why" >&2
    fi
    scripts=("${scripts[@]/clock.sh}")
  fi
fi
chmod -R a+rX "$work"

# The exposure score of the unit as shipped.
score=$(systemd-analyze security --offline=yes units/deadlined.service 2>/dev/null | sed -n 's/.*Overall exposure level for deadlined.service: \([0-9.]*\).*/\1/p')
echo "e2e: exposure score $score"

for script in "${scripts[@]}"; do
  [ -n "$script" ] || continue
  echo "e2e: $script in a fresh container"
  # clock.sh sets the clock to its own value: the container keeps CAP_SYS_TIME for that.
  # notify.sh runs a real MTA on 127.0.0.1:25: in its own network namespace, not the host's.
  args=""; [ "$script" = clock.sh ] && args="--capability=CAP_SYS_TIME"
  [ "$script" = notify.sh ] && args="--private-network"
  # remote.sh runs systemd-journal-remote on 127.0.0.1:19532: likewise.
  [ "$script" = remote.sh ] && args="--private-network"
  # deb.sh installs with dpkg: a writable /usr (changes discarded) and the host's dpkg database.
  [ "$script" = deb.sh ] && args="--overlay=/usr::/usr --bind-ro=/var/lib/dpkg:/e2e-dpkg"
  SANDBOX_ARGS="$args" Tests/e2e/sandbox.sh "$work" "$script" 900 > "$work/part.txt" 2>&1 || rc=$?
  grep -v '^e2e: [0-9]* passed' "$work/part.txt" || true
  cat "$work/part.txt" >> "$work/out.txt"
done
if [ -n "$score" ] && awk "BEGIN{exit !($score <= 0.5)}"; then
  echo "ok - systemd-analyze security exposure $score <= 0.5" | tee -a "$work/out.txt"
else
  echo "not ok - systemd-analyze security exposure '$score' > 0.5" | tee -a "$work/out.txt"; rc=1
fi
# deadlined@.service: deadlined.service's settings, no more exposed (Tests/e2e/template-check.sh).
bash Tests/e2e/template-check.sh | tee -a "$work/out.txt" || rc=1
# deadlined-notify needs the network and the journal: at most 2.0.
nscore=$(systemd-analyze security --offline=yes units/deadlined-notify.service 2>/dev/null | sed -n 's/.*Overall exposure level for deadlined-notify.service: \([0-9.]*\).*/\1/p')
if [ -n "$nscore" ] && awk "BEGIN{exit !($nscore <= 2.0)}"; then
  echo "ok - deadlined-notify exposure $nscore <= 2.0" | tee -a "$work/out.txt"
else
  echo "not ok - deadlined-notify exposure '$nscore' > 2.0" | tee -a "$work/out.txt"; rc=1
fi
if [ "$rc" != 0 ]; then
  echo "e2e: FAILED (rc=$rc); last boot log lines:" >&2
  [ ! -f "$work/.sandbox-console.log" ] || tail -n 30 "$work/.sandbox-console.log" >&2 || true
fi
# make uninstall removes what install added and leaves /etc/deadlined.
make -s uninstall DESTDIR="$work/root" PREFIX=/usr/local >/dev/null 2>&1 || true
left=$(cd "$work/root" && find usr -type f | sort | tr '\n' ' ')
if [ -z "$left" ] && [ -f "$work/root/etc/deadlined/deadlined.yaml" ]; then
  echo "ok - make uninstall removes the binary, unit, catalog, README, manual pages and completions and keeps /etc/deadlined" | tee -a "$work/out.txt"
else
  echo "not ok - make uninstall left: ${left:-nothing} (etc kept: $([ -f "$work/root/etc/deadlined/deadlined.yaml" ] && echo yes || echo no))" | tee -a "$work/out.txt"
  rc=1
fi
passed=$(grep -c '^ok - ' "$work/out.txt" || true)
failed=$(grep -c '^not ok - ' "$work/out.txt" || true)
if [ "$rc" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
echo "e2e: $passed passed, $failed failed"
exit "$rc"
