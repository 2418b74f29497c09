#!/usr/bin/env bash
# The export goal, side by side in one run: Linköping's stacked
# sector chart at 1920×1080 to PNG as a whole process, by klimatbild-render
# and by matplotlib (../shared/bench/peers/mpl_trend.py), alternating, eleven
# times each; prints both medians and their ratio. Needs python3-matplotlib
# and bc. From the top:
#   bench/run-export.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
peers=../shared/bench/peers
ninja -C "$build" src/klimatbild-render >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Timed with bash's microsecond clock: `time`'s 10 ms would be a tenth of
# the app's run.
run () {
  local start=$EPOCHREALTIME
  "$@" >/dev/null
  echo "$EPOCHREALTIME - $start" | bc
}
for i in $(seq 11); do
  run "$build/src/klimatbild-render" --municipality 0580 --chart trend --stacked \
    --size 1920x1080 --output "$out/app.png" >>"$out/app"
  run /usr/bin/python3 "$peers/mpl_trend.py" ../shared/data/emissions/emissions-long.csv "$out/mpl.png" >>"$out/mpl"
done
app=$(sort -n "$out/app" | sed -n 6p)
mpl=$(sort -n "$out/mpl" | sed -n 6p)
awk -v a="$app" -v m="$mpl" 'BEGIN { printf "stacked chart, 1920×1080 PNG, whole process (median of 11): klimatbild-render %.0f ms, matplotlib %.0f ms: %.1f× faster (goal: 10×)\n", a * 1000, m * 1000, m / a }'
