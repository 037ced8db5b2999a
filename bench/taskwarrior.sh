#!/usr/bin/env bash
# taskwarrior.sh DIR reset|import FILE|overdue: a throwaway taskwarrior under DIR (its own
# taskrc and data directory; confirmations, verbosity and hooks off; a string UDA `agency`).
# `reset` empties the data; `import FILE` runs `task import`; `overdue` runs `task +OVERDUE count`.
set -euo pipefail
dir=$1; shift
export TASKRC=$dir/taskrc TASKDATA=$dir/data
if [ ! -f "$TASKRC" ]; then
  mkdir -p "$dir"
  printf '%s\n' "data.location=$dir/data" confirmation=off verbose=nothing hooks=off \
    uda.agency.type=string uda.agency.label=Agency > "$TASKRC"
fi
rc=(rc.confirmation=off rc.verbose=nothing rc.hooks=off)
case $1 in
  reset) rm -rf "$TASKDATA"; mkdir -p "$TASKDATA" ;;
  import) exec task "${rc[@]}" import "$2" ;;
  overdue) exec task "${rc[@]}" +OVERDUE count ;;
  *) echo "usage: taskwarrior.sh DIR reset|import FILE|overdue" >&2; exit 2 ;;
esac
