#!/usr/bin/env bash
# bench/province.sh: `deadlined report --journal` over the journal files of OFFICES offices
# (default 100) of 1,000 items in 20 agencies each, after a month of daily snapshots and
# 40 alerts a day, one journal file per office as systemd-journal-remote stores them (made
# from journal export text by systemd-journal-remote itself). Wall time, CPU and peak RSS
# from /usr/bin/time -v, medians of BENCH_RUNS (default 5) runs; the release build as
# `make install` makes it. Writes its section of bench/RESULTS.md (between the markers).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/opt/swift/usr/bin:$PATH LC_ALL=C.UTF-8
WORK=${BENCH_WORK:-/tmp/deadlined-bench}/province
RUNS=${BENCH_RUNS:-5}
OFFICES=${OFFICES:-100}
REMOTE=/lib/systemd/systemd-journal-remote
[ -x "$REMOTE" ] || { echo "systemd-journal-remote is missing (apt-get install systemd-journal-remote)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

swift build -c release --static-swift-stdlib --scratch-path .build-bench --product deadlined >&2
BIN=.build-bench/release/deadlined

# The journal files, made again when the generator changed.
stamp=$(sha256sum bench/province_journal.py | cut -c1-16)-$OFFICES
if [ "$(cat "$WORK/stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$WORK" && mkdir -p "$WORK/remote"
  for i in $(seq 1 "$OFFICES"); do
    python3 bench/province_journal.py "$i" 1000 20 30 40 |
      "$REMOTE" --output="$WORK/remote/remote-office-$(printf %03d "$i").journal" --split-mode=none - 2>/dev/null
  done
  echo "$stamp" > "$WORK/stamp"
fi
printf 'settings:\n  timezone: Asia/Ho_Chi_Minh\nassignments: []\n' > "$WORK/centre.yaml"
# An hour after the last digest (1/12/2024 08:00 in Hà Nội).
AT="09:00 1/12/2024"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() {  # format -> "wall_ms cpu_ms rss_kib" medians
  local walls=() cpus=() rsss=()
  for _ in $(seq 1 "$RUNS"); do
    /usr/bin/time -v "$BIN" report --config "$WORK/centre.yaml" --journal "$WORK/remote" --at "$AT" \
      --format "$1" > "$WORK/out.$1" 2> "$WORK/time.txt"
    walls+=("$(awk -F': ' '/Elapsed/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; printf "%d", s*1000}' "$WORK/time.txt")")
    cpus+=("$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%d", (u+s)*1000}' "$WORK/time.txt")")
    rsss+=("$(awk -F': ' '/Maximum resident/ {print $2}' "$WORK/time.txt")")
  done
  echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median) $(printf '%s\n' "${rsss[@]}" | median)"
}

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
"$BIN" report --config "$WORK/centre.yaml" --journal "$WORK/remote" --at "$AT" --format json > /dev/null  # warm the page cache
read -r jw jc jr < <(measure json)
read -r tw tc tr < <(measure table)
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
files=$(ls "$WORK/remote" | wc -l)
size=$(du -sm "$WORK/remote" | cut -f1)
offices=$(python3 -c "import json,sys; print(len(json.load(open('$WORK/out.json'))['offices']))")

section=$(cat <<MD
<!-- province: written by bash bench/province.sh -->
## Province: \`report --journal\` (issue 19)

- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr); date $(date -u '+%Y-%m-%d %H:%M UTC'); commit \`$(git rev-parse --short HEAD)\`
- load average (1/5/15 min) at start / end: $load_start / $load_end
- data: $files journal files ($size MiB) from systemd-journal-remote, $OFFICES offices × 1,000 items in 20 agencies, 31 snapshots each (start-up and 30 daily digests: 21 entries each) and 40 alerts a day: $((OFFICES * 31 * 21)) snapshot entries, $((OFFICES * 31 * 40)) alerts; $offices offices in the report
- release build (\`--static-swift-stdlib\`), page cache warm; medians of $RUNS runs of \`/usr/bin/time -v\`

| command | wall (median) | CPU user+sys (median) | peak RSS (median) |
|---|---:|---:|---:|
| \`report --journal DIR --format json\` | $jw ms | $jc ms | $((jr / 1024)) MiB |
| \`report --journal DIR\` (table) | $tw ms | $tc ms | $((tr / 1024)) MiB |
<!-- /province -->
MD
)
python3 - "$section" <<'PY'
import re, sys
path = "bench/RESULTS.md"
text = open(path, encoding="utf-8").read()
new = sys.argv[1] + "\n"
pattern = re.compile(r"<!-- province:.*?<!-- /province -->\n", re.S)
text = pattern.sub(lambda m: new, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + new
open(path, "w", encoding="utf-8").write(text)
PY
echo "$section"
