#!/usr/bin/env bash
# Times klimatbild-render drawing each chart kind at 1920×1080 to PNG as a
# whole process (median of five), then the draw call alone. From the top:
#   bench/run-render.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
ninja -C "$build" src/klimatbild-render bench/kb-bench-render >/dev/null
out=$(mktemp -d)

for kind in trend target-gap sector-ranking sector-change compare; do
  extra=""
  [ "$kind" = trend ] && extra=--stacked
  for i in 1 2 3 4 5; do
    /usr/bin/env time -f "%e %M" "$build/src/klimatbild-render" --chart "$kind" $extra \
      --size 1920x1080 --output "$out/$kind.png" 2>>"$out/times"
  done
  sort -n "$out/times" | awk -v k="$kind" 'NR == 3 { printf "%-15s whole process %.3f s, peak %.1f MiB\n", k, $1, $2 / 1024 }'
  rm -f "$out/times"
done
"$build/bench/kb-bench-render"
rm -rf "$out"
