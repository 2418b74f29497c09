#!/usr/bin/env bash
# Times importing the synthetic national export (40 MB, 148 000 rows) as a
# whole process, five runs, and prints the median. Usage, from the top:
#   bench/run-import.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
input=${TMPDIR:-/tmp}/klimatbild-national-export.csv
[ -f "$input" ] || python3 ../shared/bench/make-national-export.py "$input"
ninja -C "$build" bench/kb-bench-import >/dev/null

for i in 1 2 3 4 5; do
  /usr/bin/env time -f "%e %M" "$build/bench/kb-bench-import" "$input" 2>>"$input.times" | tail -n 1
done
sort -n "$input.times" | awk 'NR == 3 { printf "whole process (median of 5): %.2f s, peak %.1f MiB\n", $1, $2 / 1024 }'
rm -f "$input.times"
