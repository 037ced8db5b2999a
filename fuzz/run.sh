#!/usr/bin/env bash
# Builds the libFuzzer target and runs it for SECONDS (default 60) over a copy of the seed
# corpus, so the committed corpus never grows. Exits non-zero on a crash, a hang (>10 s per
# input) or excessive memory (>2 GB), and prints where the failing input is.
#   bash fuzz/run.sh [SECONDS]        extra libFuzzer flags: FUZZ_ARGS="-jobs=2 -workers=2"
set -euo pipefail

seconds=${1:-60}
case $seconds in '' | *[!0-9]*) echo "usage: bash fuzz/run.sh [SECONDS]" >&2; exit 2 ;; esac
fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$fuzz_dir")
cd "$root"

swift=$(command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
[ -x "$swift" ] || { echo "fuzz: swift not found (put the toolchain's usr/bin on PATH)" >&2; exit 1; }

# The libraries the loader links (libyaml) and the rest of the root package's graph needs.
missing=""
for p in libyaml-dev libsystemd-dev pkg-config; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "fuzz: installing:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "fuzz: missing Debian packages:$missing (run: sudo apt-get install$missing)" >&2
    exit 1
  fi
fi
# libFuzzer and ASan come with the Swift toolchain (its own clang resource directory); the
# distribution's libclang-rt does not match it, so there is nothing to install, only to check.
toolchain=$(dirname "$(dirname "$(readlink -f "$swift")")")
if ! ls "$toolchain"/lib/swift/clang/lib/linux/libclang_rt.fuzzer-*.a "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
  echo "fuzz: this Swift toolchain ($toolchain) has no libclang_rt.fuzzer; use a swift.org Linux toolchain" >&2
  exit 1
fi

echo "fuzz: building (debug, -sanitize=fuzzer,address)"
build_log=$(mktemp)
if ! "$swift" build -c debug --package-path fuzz -Xswiftc -sanitize=fuzzer,address --scratch-path fuzz/.build-fuzz >"$build_log" 2>&1; then
  grep -v "Cannot export local symbol" "$build_log" >&2   # gold's noise about ASan's thunks
  rm -f "$build_log"
  exit 1
fi
rm -f "$build_log"
bin=$("$swift" build -c debug --package-path fuzz --scratch-path fuzz/.build-fuzz --show-bin-path)/DeadlinedFuzz

# Every input that once failed must pass again before new fuzzing starts.
crashes=(fuzz/crashes/*.yaml)
if [ -e "${crashes[0]}" ]; then
  echo "fuzz: replaying ${#crashes[@]} input(s) from fuzz/crashes"
  "$bin" -timeout=10 -rss_limit_mb=2048 "${crashes[@]}" > /dev/null 2>&1 || {
    echo "fuzz: FAILED: an input in fuzz/crashes fails again" >&2
    "$bin" -timeout=10 -rss_limit_mb=2048 "${crashes[@]}" 2>&1 | tail -20 >&2
    exit 1
  }
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/deadlined-fuzz.XXXXXX")
mkdir -p "$work/corpus" "$work/artifacts"
cp fuzz/corpus/* "$work/corpus/"
echo "fuzz: running $bin for ${seconds}s over a copy of fuzz/corpus in $work"

set +e
# shellcheck disable=SC2086 # FUZZ_ARGS is a list of flags
"$bin" "$work/corpus" \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=8192 \
  -dict=fuzz/deadlined.dict -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
  ${FUZZ_ARGS:-} 2>&1 | tee "$work/fuzz.log" |
  awk '/^###### Recommended dictionary/ { skip = 1 } !skip && !/^#[0-9]+[ \t]+(NEW|REDUCE)/ { print; fflush() } /^###### End of recommended/ { skip = 0 }'
rc=${PIPESTATUS[0]}
set -e

if [ "$rc" -ne 0 ] || [ -n "$(ls -A "$work/artifacts")" ]; then
  echo >&2
  echo "fuzz: FAILED (libFuzzer exit $rc). Inputs that failed:" >&2
  for f in "$work"/artifacts/*; do [ -e "$f" ] && echo "  $f" >&2; done
  echo "fuzz: full log: $work/fuzz.log" >&2
  echo "fuzz: reproduce: $bin <input>   minimise: $bin -minimize_crash=1 -runs=100000 <input>" >&2
  echo "fuzz: then add the minimised input to fuzz/crashes/" >&2
  exit "$(( rc == 0 ? 1 : rc ))"
fi
echo "fuzz: no crash, hang or memory blow-up in ${seconds}s ($(grep -E '^#[0-9]+[[:space:]]+DONE' "$work/fuzz.log" | tail -1))"
rm -rf "$work"
