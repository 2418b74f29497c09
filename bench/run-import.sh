#!/usr/bin/env bash
# Imports the synthetic national export (40 MB, 148 000 rows) at 1×, 2× and
# 4× its size, each as a whole process five times, and prints the medians:
# wall time and peak memory of the process, and (from kb-bench-import, in
# the same process) the import's time against libcsv alone tokenizing the
# same file, its peak against the file's size and how much the process
# grew by the import. Needs the `time` package. From the top:
#   bench/run-import.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
ninja -C "$build" bench/kb-bench-import >/dev/null
for scale in 1 2 4; do
  input=${TMPDIR:-/tmp}/klimatbild-national-export-$scale.csv
  [ -f "$input" ] || python3 ../shared/bench/make-national-export.py "$input" "$scale"
  rm -f "$input.times" "$input.lines"
  for i in 1 2 3 4 5; do
    /usr/bin/env time -f "%e %M" "$build/bench/kb-bench-import" "$input" 2>>"$input.times" >>"$input.lines"
  done
  echo "${scale}× ($(du -m "$input" | cut -f1) MB):"
  sort -n "$input.times" | awk 'NR == 3 { printf "  whole process (median of 5): %.2f s, peak %.1f MiB\n", $1, $2 / 1024 }'
  sort -t: -k2 -n "$input.lines" | sed -n 3p | sed 's/^/  median run: /'
  rm -f "$input.times" "$input.lines"
done
