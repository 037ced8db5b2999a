#!/usr/bin/env bash
# sandbox.sh DIR SCRIPT [TIMEOUT_S]: boots a throwaway container whose PID 1 is a real
# systemd, runs DIR/SCRIPT inside it (DIR is bound at /e2e), powers off, and exits with the
# script's status. /usr is this machine's, read-only; /etc, /var and /run are fresh tmpfs.
# Needs root and systemd-nspawn (Debian: systemd-container).
# SANDBOX_ARGS adds systemd-nspawn options, e.g. "--capability=CAP_SYS_TIME" (clock.sh).
set -euo pipefail
dir=$(cd "${1:?usage: sandbox.sh DIR SCRIPT [TIMEOUT_S]}" && pwd)
script=${2:?usage: sandbox.sh DIR SCRIPT [TIMEOUT_S]}
limit=${3:-600}
[ -x "$dir/$script" ] || { echo "sandbox: $dir/$script is not executable" >&2; exit 2; }
rm -f "$dir/.sandbox-rc" "$dir/.sandbox-out"
cat > "$dir/.sandbox-wrap" <<WRAP
#!/bin/sh
cd /e2e && ./$script > /e2e/.sandbox-out 2>&1
echo \$? > /e2e/.sandbox-rc
WRAP
chmod +x "$dir/.sandbox-wrap"
name="deadlined-e2e-$$"
# shellcheck disable=SC2086
timeout --kill-after=10 "$limit" systemd-nspawn -D / --volatile=yes ${SANDBOX_ARGS:-} --register=no --keep-unit \
  --quiet -M "$name" --bind="$dir:/e2e" --boot \
  systemd.run=/e2e/.sandbox-wrap systemd.run_success_action=poweroff \
  systemd.run_failure_action=poweroff systemd.firstboot=off \
  > "$dir/.sandbox-console.log" 2>&1 || true
[ -f "$dir/.sandbox-out" ] && cat "$dir/.sandbox-out"
rm -f "$dir/.sandbox-wrap"
if [ -f "$dir/.sandbox-rc" ]; then exit "$(cat "$dir/.sandbox-rc")"; fi
echo "sandbox: the script did not finish within ${limit}s; boot log: $dir/.sandbox-console.log" >&2
exit 124
