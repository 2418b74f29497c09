#!/usr/bin/env bash
# Times start-up to the first painted Översikt under Xvfb, as a whole
# process, five runs, and prints the median. From the top:
#   bench/run-startup.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
ninja -C "$build" bench/kb-bench-startup >/dev/null
export GTK_A11Y=none GSK_RENDERER=${GSK_RENDERER:-cairo} GSETTINGS_BACKEND=memory
times=$(mktemp)
for i in 1 2 3 4 5; do
  xvfb-run -a /usr/bin/env time -f "%e %M" "$build/bench/kb-bench-startup" 2>>"$times" | tail -n 1
done
sort -n "$times" | awk 'NR == 3 { printf "whole process to the first painted Översikt (median of 5): %.2f s, peak %.1f MiB\n", $1, $2 / 1024 }'
rm -f "$times"
