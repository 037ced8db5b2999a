# Shared by the end-to-end scripts that run inside the container.
set -u
export TZ=Asia/Ho_Chi_Minh
pass=0; fail=0
ok() { echo "ok - $*"; pass=$((pass + 1)); }
bad() { echo "not ok - $*"; fail=$((fail + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
# wait_for SECONDS COMMAND...: polls until the command succeeds.
wait_for() { local t=$1; shift; local i=0; while [ "$i" -lt $((t * 10)) ]; do "$@" && return 0; sleep 0.1; i=$((i + 1)); done; return 1; }
j() { journalctl -u deadlined --no-pager -o json "$@" 2>/dev/null; }
# count FIELD=VALUE...: journal entries of the unit matching all the given matches.
count() { j "$@" | grep -c . || true; }
status_text() { systemctl show -p StatusText --value deadlined; }
# finish: the summary line, and the exit status.
finish() { echo "e2e: $pass passed, $fail failed"; [ "$fail" = 0 ]; }

# Installs what `make install DESTDIR=/e2e/root` produced: /usr/local becomes a tmpfs over
# the read-only host /usr. $1, if given, is a unit drop-in.
install_deadlined() {
  mount -t tmpfs tmpfs /usr/local
  cp -a /e2e/root/usr/local/. /usr/local/
  cp -a /e2e/root/etc/deadlined /etc/
  journalctl --update-catalog
  if [ -n "${1:-}" ]; then
    mkdir -p /etc/systemd/system/deadlined.service.d
    printf '%s\n' "$1" > /etc/systemd/system/deadlined.service.d/e2e.conf
  fi
  systemctl daemon-reload
}
