#!/usr/bin/env bash
# Builds the fuzzers (clang, libFuzzer, AddressSanitizer and UBSan) and runs
# each for SECONDS (default 45: the five take about 4 minutes), with a dictionary of the formats'
# keywords (klimatbild.dict), seeded with the test fixtures and the real
# files. Any crash, leak or sanitizer report fails. From the top:
#   fuzz/run.sh [SECONDS] [LIBCSV_SOURCE_DIR]
# With LIBCSV_SOURCE_DIR (Debian's libcsv source: apt-get source libcsv),
# libcsv itself is compiled in with instrumentation, so the fuzzer sees it.
set -euo pipefail
seconds=${1:-45}
libcsv=${2:-}
top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build-fuzz"

options=(-Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false)
[ -n "$libcsv" ] && options+=("-Dlibcsv_source=$libcsv")
rm -rf "$build"
CC=clang meson setup "$build" "$top" "${options[@]}" >/dev/null
ninja -C "$build" fuzz/fuzz-import fuzz/fuzz-measures fuzz/fuzz-dashboard fuzz/fuzz-travel fuzz/fuzz-targets fuzz/fuzz-xlsx | tail -n 3

export LSAN_OPTIONS="suppressions=$top/tests/lsan.supp"
# AddressSanitizer's own (fast) unwinding: the slow one, taken at every
# allocation, made a real workbook seed take 18 s (2 s with this), past the
# 10 s a run may take. For a leak's full stack, run the artifact again with
# ASAN_OPTIONS=fast_unwind_on_malloc=0.
export ASAN_OPTIONS="fast_unwind_on_malloc=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
seeds="$top/../shared/data"
for name in import measures dashboard travel targets xlsx; do
  corpus=$(mktemp -d)
  extra=()
  [ "$name" = measures ] && extra=("$top/data/examples")
  [ "$name" = dashboard ] && extra=("$top/fuzz/corpus-dashboard")
  [ "$name" = xlsx ] && extra=("$seeds/mobility" "$seeds/population")
  if [ "$name" = targets ]; then
    cp "$top/data/linkoping-targets.ini" "$corpus/"
  fi
  max_len=65536
  # Workbooks are zip packages of a few hundred KiB: whole, not cut short.
  [ "$name" = xlsx ] && max_len=524288
  "$build/fuzz/fuzz-$name" -max_total_time="$seconds" -max_len=$max_len -timeout=10 \
    -dict="$top/fuzz/klimatbild.dict" \
    -artifact_prefix="$build/fuzz-$name-" \
    -print_final_stats=1 "$corpus" "$top/tests/fixtures" "${extra[@]}" \
    $( [ "$name" = import ] && find "$seeds" -mindepth 1 -maxdepth 1 -type d ) \
    2>&1 | tail -n 12 | tee "$build/fuzz-$name.log"
  rm -rf "$corpus"
done
