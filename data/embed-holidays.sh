#!/bin/sh
# Compiles data/holidays.tsv into the binary: writes it as a Swift string literal to
# Sources/DeadlinedCore/Calendar/BuiltInHolidayData.swift (run by `make holiday-data`; a test fails while
# the two differ). Embedded rather than installed beside the binary, so the static binary has
# no file to miss; an office's newer decisions go in /etc/deadlined/holidays.d instead.
set -eu
cd "$(dirname "$0")/.."
out=Sources/DeadlinedCore/Calendar/BuiltInHolidayData.swift
if grep -q '"""#' data/holidays.tsv; then echo "data/holidays.tsv must not contain \"\"\"#" >&2; exit 1; fi
{
  echo '// Generated from data/holidays.tsv by data/embed-holidays.sh (`make holiday-data`): edit the'
  echo '// data file, not this one. HolidayDataTests checks that the two agree.'
  echo 'enum BuiltInHolidayData {'
  echo '    static let tsv = #"""'
  cat data/holidays.tsv
  echo
  echo '"""#'
  echo '}'
} > "$out.tmp"
mv "$out.tmp" "$out"
