#!/usr/bin/env bash
# bench/run.sh [--quick | --targets]: deadlined side by side with libyaml's raw event loop, a PyYAML
# script, taskwarrior and remind on the same data; the daemon's start-up, reload, idle
# wake-ups, event cost and memory per item. Prints a markdown table and writes bench/RESULTS.md.
#   --quick  10,000 items, 30 s idle window (under a minute once installed and built)
#   (full)   10,000, 100,000 and 1,000,000 items, 60 s idle window; taskwarrior skipped at 1M
#   --targets  the full run's figures the targets of issues 6 and 20 are read from: 10,000 and
#            100,000 items, deadlined and libyaml only (no PyYAML, remind or taskwarrior), the
#            daemon rows as in the full run
#   Every mode also measures one file holding every item (100,000; 10,000 in quick mode) beside
#   the ten drop-in files of the same size.
# Environment: BENCH_WORK (scratch, default /tmp/deadlined-bench), BENCH_RUNS (default 5),
#   BENCH_TRIO_RUNS (rounds of libyaml, check and list taken in turn, default 11).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
QUICK=0
PEERS=1
MODE=full
case "${1:-}" in
  --quick) QUICK=1; MODE=quick ;;
  --targets) PEERS=0; MODE=targets ;;
  "") ;;
  *) echo "usage: bash bench/run.sh [--quick | --targets]" >&2; exit 2 ;;
esac
export PATH=/opt/swift/usr/bin:$PATH LC_ALL=C.UTF-8
SWIFT=${SWIFT:-$(command -v swift || echo /opt/swift/usr/bin/swift)}
PY=/usr/bin/python3
WORK=${BENCH_WORK:-/tmp/deadlined-bench}
RUNS=${BENCH_RUNS:-5}
TRIO_RUNS=${BENCH_TRIO_RUNS:-11}
START=$(date +%s)
log() { printf '[bench %3ss] %s\n' "$(( $(date +%s) - START ))" "$*" >&2; }

# ---- 1. what the bench needs, from Debian, when missing ----------------------------------
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v task >/dev/null || need+=(taskwarrior)
command -v remind >/dev/null || need+=(remind)
[ -x /usr/bin/time ] || need+=(time)
command -v cc >/dev/null || need+=(gcc libc6-dev)
dpkg -s libyaml-dev >/dev/null 2>&1 || need+=(libyaml-dev)
$PY -c 'import yaml; yaml.CSafeLoader' 2>/dev/null || need+=(python3-yaml)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "missing Debian packages: ${need[*]} (run: sudo apt-get install ${need[*]})" >&2; exit 1; fi
  log "installing: ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
if ! $PY -c 'import yaml; yaml.CSafeLoader' 2>/dev/null; then
  # python3-yaml without libyaml should not happen on Debian; fall back to pip in a venv.
  log "PyYAML has no CSafeLoader; installing PyYAML with pip into $WORK/venv"
  $PY -m venv "$WORK/venv" && "$WORK/venv/bin/pip" install -q pyyaml
  PY=$WORK/venv/bin/python3
  $PY -c 'import yaml; yaml.CSafeLoader' || { echo "PyYAML's C loader is not available" >&2; exit 1; }
fi

# ---- 2. builds: deadlined release in its own scratch path, the libyaml floor ----------------
mkdir -p "$WORK"
# Built as `make install` builds it (the Swift runtime and Foundation linked in statically):
# what is measured is what is installed.
log "swift build -c release --static-swift-stdlib --scratch-path .build-bench"
"$SWIFT" build -c release --static-swift-stdlib --scratch-path .build-bench 2>&1 | grep -E 'error|warning: unre|Compiling|Build complete' | tail -3 >&2
BIN=$("$SWIFT" build -c release --static-swift-stdlib --scratch-path .build-bench --show-bin-path)/deadlined
# The commit the binary was built from (taken now: others may commit while the bench runs).
COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- Sources Package.swift 2>/dev/null || echo ' + uncommitted changes under Sources/')"
YE=$WORK/yaml_events
cc -O2 -o "$YE" bench/yaml_events.c -lyaml

V_YAML=$(dpkg-query -W -f '${Version}' libyaml-0-2 2>/dev/null | cut -d- -f1)
V_TASK=$(task --version 2>/dev/null)
V_REMIND=$(dpkg-query -W -f '${Version}' remind 2>/dev/null | cut -d- -f1)
V_PY=$($PY -c 'import platform, yaml; print(platform.python_version(), yaml.__version__)')
T_YAML="libyaml $V_YAML (C)"; T_PY="Python ${V_PY% *} + PyYAML ${V_PY#* } CSafeLoader"
T_TASK="taskwarrior $V_TASK"; T_REMIND="remind $V_REMIND"

# ---- 3. data: the configs, and the same items for taskwarrior and remind --------------------
if [ $QUICK = 1 ]; then SIZES=(10000); IDLE=30; else SIZES=(10000 100000 1000000); IDLE=60; fi
[ $MODE = targets ] && SIZES=(10000 100000)
GEN_HASH=$(cat bench/generate.py bench/vndue.py | md5sum | cut -c1-8)
gen() { # gen NAME N ARGS... -> $WORK/data/NAME-HASH (reused while the generator is unchanged)
  local name=$1 n=$2; shift 2
  local d=$WORK/data/$name-$GEN_HASH
  if [ ! -f "$d/.done" ]; then
    rm -rf "$d"; log "generating $name ($n items)"
    $PY bench/generate.py "$d" "$n" "$@" >/dev/null
    touch "$d/.done"
  fi
  echo "$d"
}
declare -A DATA
for n in "${SIZES[@]}"; do
  DATA[$n]=$(gen "items-$n" "$n" --files 10 --taskwarrior "$WORK/data/items-$n-$GEN_HASH/peers/tasks.json" \
    --remind "$WORK/data/items-$n-$GEN_HASH/peers/items.rem")
done
# One file of directives of 500 assignments each, settings on top, no drop-ins: the office that
# keeps one file (100,000 items; 10,000 in quick mode).
ONE_N=$([ $QUICK = 1 ] && echo 10000 || echo 100000)
ONE_DIR=$(gen "one-$ONE_N" "$ONE_N" --one-file --directive-size 500)
# Start-up and idle use 10,000 items; reload uses 100 drop-ins (100,000 items, 10,000 in quick mode).
RELOAD_N=$([ $QUICK = 1 ] && echo 10000 || echo 100000)
RELOAD_DIR=$(gen "reload-$RELOAD_N" "$RELOAD_N" --files 100)
grep -q 'watch: false' "$RELOAD_DIR/deadlined.yaml" || sed -i '/^settings:/a\  watch: false' "$RELOAD_DIR/deadlined.yaml"
# Every item overdue, alert budget lifted: all alerts fire at start-up (the event cost).
FIRE_N=$([ $QUICK = 1 ] && echo 10000 || echo 100000)
FIRE_DIR=$(gen "overdue-$FIRE_N" "$FIRE_N" --files 10 --overdue)
grep -q 'alert_budget' "$FIRE_DIR/deadlined.yaml" || sed -i '/^settings:/a\  alert_budget: 10000000' "$FIRE_DIR/deadlined.yaml"
# ~0 items, the next event far away (due 2099, the daily digest 12 hours from now).
SMALL=$WORK/data/small
mkdir -p "$SMALL"
digest=$(TZ=Asia/Ho_Chi_Minh date -d '+12 hours' +%H:00)
cat > "$SMALL/deadlined.yaml" <<EOF
settings:
  timezone: Asia/Ho_Chi_Minh
  digest_at: "$digest"
assignments:
  - id: far-away
    agency: "Sở Tài chính"
    task: "Một việc còn rất xa"
    due: 31/12/2099
    status: in_progress
EOF

RES=$WORK/results; rm -rf "$RES"; mkdir -p "$RES"
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
ROWS=$RES/rows.tsv; : > "$ROWS"
DAEMON=$RES/daemon.tsv; : > "$DAEMON"

# ---- 4. the idle daemon runs in the background while the rest is measured --------------------
log "idle: daemon on a config whose next event is 12 h away, ${IDLE}s window (in the background)"
$PY bench/daemon_probe.py "$BIN" idle "$SMALL/deadlined.yaml" --seconds "$IDLE" > "$RES/idle.json" &
IDLE_PID=$!

# ---- 5. side by side --------------------------------------------------------------------
peak_rss() { # peak_rss CMD... -> KiB, from /usr/bin/time -v (stdout discarded)
  local f=$RES/time.txt
  /usr/bin/time -v "$@" > /dev/null 2> "$f" || { echo "failed: $*" >&2; tail -5 "$f" >&2; exit 1; }
  awk -F': ' '/Maximum resident set size/ {print $2}' "$f"
}
# median wall and mean user+system CPU (hyperfine 1.15 exports CPU means only)
median() { $PY -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(r["median"], r["user"] + r["system"], sep="\t")' "$1"; }
# measure N TOOL OPERATION [--prepare CMD] -- CMD...: hyperfine median + a /usr/bin/time -v run.
measure() {
  local n=$1 tool=$2 op=$3; shift 3
  local prep=() runs=$RUNS warm=1
  while [ "$1" != -- ]; do
    case $1 in --prepare) prep=(--prepare "$2"); shift 2 ;; --runs) runs=$2; shift 2 ;; --warmup) warm=$2; shift 2 ;; esac
  done
  shift
  local j=$RES/h-$RANDOM.json cmd
  cmd=$(printf '%q ' "$@")
  log "$n ($LAYOUT): $tool: $op"
  hyperfine -N --style none --warmup "$warm" --runs "$runs" "${prep[@]}" --export-json "$j" "$cmd" > /dev/null 2>> "$RES/hyperfine.log"
  [ ${#prep[@]} -gt 0 ] && bash -c "${prep[1]}"
  local rss; rss=$(peak_rss "$@")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "$op" "$(median "$j")" "$rss" "$runs" "$LAYOUT" >> "$ROWS"
}

# trio N LAYOUT-ARGS: libyaml's raw pass, check and list, the rows the targets compare, timed in
# turn (libyaml, check, list, libyaml, ...) by bench/runs.py, TRIO_RUNS rounds after a warm-up,
# so the three meet the same moments of the machine; medians of wall and of CPU (wait4) per run.
# trio N FLOOR-CMD... -- CFG
trio() {
  local n=$1; shift
  local floor=() cfg
  while [ "$1" != -- ]; do floor+=("$1"); shift; done
  cfg=$2
  local ops=("raw event loop over every file" "check" "list --state overdue --format json")
  local tools=("$T_YAML" deadlined deadlined)
  local cmds=("$(printf '%q ' "${floor[@]}")" "$(printf '%q ' "$BIN" check --config "$cfg")"
    "$(printf '%q ' "$BIN" list --config "$cfg" --state overdue --format json)")
  log "$n ($LAYOUT): libyaml, check and list in turn, $TRIO_RUNS rounds"
  local out; out=$($PY bench/runs.py --runs "$TRIO_RUNS" --warmup 1 "${cmds[@]}")
  local k rss line
  for k in 0 1 2; do
    line=$(sed -n "$((k + 1))p" <<< "$out")
    rss=$(eval peak_rss "${cmds[$k]}")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "${tools[$k]}" "${ops[$k]}" "$line" "$rss" "$TRIO_RUNS" "$LAYOUT" >> "$ROWS"
  done
}

LAYOUT="ten files"
for n in "${SIZES[@]}"; do
  d=${DATA[$n]}
  cfg=$d/deadlined.yaml
  files=("$cfg" "$d"/assignments.d/*.yaml)
  trio "$n" "$YE" "${files[@]}" -- "$cfg"
  echo "$n	deadlined_overdue	$("$BIN" list --config "$cfg" --state overdue --format csv | tail -n +2 | wc -l)" >> "$DAEMON"
  echo "$n	bytes	$(cat "${files[@]}" | wc -c)" >> "$DAEMON"
  [ $PEERS = 1 ] || continue
  if [ "$n" -ge 1000000 ]; then pw=0; else pw=1; fi
  measure "$n" "$T_PY" "load YAML, overdue set as JSON" --warmup $pw -- $PY bench/pyyaml_overdue.py "$cfg"
  cp "$d/peers/items.rem" "$RES/items-$n.rem"
  measure "$n" "$T_REMIND" "remind -j (purge pass, one line per item)" -- remind -j "$RES/items-$n.rem"
  if [ "$n" -lt 1000000 ]; then
    tw=$WORK/tw-$n
    measure "$n" "$T_TASK" "task import" --prepare "bash $ROOT/bench/taskwarrior.sh $tw reset" -- bash bench/taskwarrior.sh "$tw" import "$d/peers/tasks.json"
    measure "$n" "$T_TASK" "task +OVERDUE count" -- bash bench/taskwarrior.sh "$tw" overdue
    echo "$n	tw_overdue	$(bash bench/taskwarrior.sh "$tw" overdue)" >> "$DAEMON"
    rm -rf "$tw"
  fi
  # The same answer from each: overdue counts.
  echo "$n	pyyaml_overdue	$($PY bench/pyyaml_overdue.py "$cfg" --count)" >> "$DAEMON"
  echo "$n	remind_expired	$(grep -c '^#!P: Expired' "$RES/items-$n.rem.purged" || true)" >> "$DAEMON"
done

# One file: the same three rows on the one-file data.
LAYOUT="one file"
one=$ONE_DIR/deadlined.yaml
trio "$ONE_N" "$YE" "$one" -- "$one"
echo "$ONE_N	one_bytes	$(wc -c < "$one")" >> "$DAEMON"
echo "$ONE_N	one_overdue	$("$BIN" list --config "$one" --state overdue --format csv | tail -n +2 | wc -l)" >> "$DAEMON"

# ---- 6. the daemon ------------------------------------------------------------------------
d10=${DATA[10000]}
log "daemon: start-up to READY=1, 10,000 items, empty ledger ($RUNS runs)"
echo "startup_fresh	$($PY bench/daemon_probe.py "$BIN" startup "$d10/deadlined.yaml" --runs "$RUNS")" >> "$DAEMON"
log "daemon: start-up to READY=1, 10,000 items, ledger from a previous run ($RUNS runs)"
echo "startup_ledger	$($PY bench/daemon_probe.py "$BIN" startup "$d10/deadlined.yaml" --runs "$RUNS" --keep-ledger)" >> "$DAEMON"
MEM_N=$([ $QUICK = 1 ] && echo 10000 || echo 100000)
log "daemon: RSS with $MEM_N items and with 1 item"
echo "rss_items	$MEM_N	$($PY bench/daemon_probe.py "$BIN" rss "${DATA[$MEM_N]}/deadlined.yaml")" >> "$DAEMON"
echo "rss_small	$($PY bench/daemon_probe.py "$BIN" rss "$SMALL/deadlined.yaml")" >> "$DAEMON"
log "daemon: reload after one of 100 drop-ins changed ($RELOAD_N items)"
echo "reload	$RELOAD_N	$($PY bench/daemon_probe.py "$BIN" reload "$RELOAD_DIR/deadlined.yaml" --runs "$RUNS" --touch "$RELOAD_DIR/assignments.d/office-0042.yaml")" >> "$DAEMON"
log "daemon: $FIRE_N overdue items, every alert sent at start-up (console sink to /dev/null)"
echo "fire	$FIRE_N	$($PY bench/daemon_probe.py "$BIN" cpu "$FIRE_DIR/deadlined.yaml")" >> "$DAEMON"
/usr/bin/time -f '%U %S' "$BIN" check --config "$FIRE_DIR/deadlined.yaml" > /dev/null 2> "$RES/fire-check.txt"
echo "fire_check_cpu	$(tail -1 "$RES/fire-check.txt")" >> "$DAEMON"

log "waiting for the idle window to end"
wait "$IDLE_PID"
echo "idle	$(cat "$RES/idle.json")" >> "$DAEMON"

LOAD1=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- 7. the table and bench/RESULTS.md ------------------------------------------------------
$PY bench/report.py --rows "$ROWS" --daemon "$DAEMON" --mode "$MODE" \
  --runs "$RUNS" --load "$LOAD0 / $LOAD1" --out bench/RESULTS.md --commit "$COMMIT"
log "done in $(( $(date +%s) - START )) s; bench/RESULTS.md written"
