#!/usr/bin/env bash
# The fuzz smoke run of CI: builds the libFuzzer targets with clang (one tree, only what they link),
# replays each target's seed corpus and past findings, then fuzzes each for SECONDS, two at a time.
# Fails on any crash, sanitizer report, timeout or invariant violation, and prints one line per target.
# Usage: tests/fuzz/smoke.sh [SECONDS]   (env: FUZZ_BUILD_DIR, default build-fuzz; FUZZ_LOG_DIR)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=${FUZZ_BUILD_DIR:-build-fuzz}
logs=${FUZZ_LOG_DIR:-$build/fuzz-smoke}
source tests/fuzz/targets.sh

cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Release -DDOCKOPT_FUZZ=ON >/dev/null
cmake --build "$build" -j2 --target fuzzers
rm -rf "$logs" && mkdir -p "$logs"

# New inputs go to a scratch directory: the committed corpus and regressions are only read.
fuzz() {
  local target=$1 scratch="$logs/$1.new" rc=0 findings=()
  mkdir -p "$scratch"
  [ -d "tests/fuzz/regressions/$target" ] && findings=("tests/fuzz/regressions/$target")
  "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -dict="$(fuzz_dict "$target")" -artifact_prefix="$logs/$target-" \
    "$scratch" "tests/fuzz/corpus/$target" "${findings[@]}" >"$logs/$target.log" 2>&1 || rc=$?
  echo "$rc" >"$logs/$target.rc"
}

for target in "${fuzz_targets[@]}"; do
  fuzz "$target" &
  while [ "$(jobs -rp | wc -l)" -ge 2 ]; do sleep 1; done
done
wait

failed=0
for target in "${fuzz_targets[@]}"; do
  log="$logs/$target.log"
  stat() { grep -o "$1 [0-9]*" "$log" | tail -1 | cut -d' ' -f2 || true; }  # empty when the run died early
  execs=$(stat 'stat::number_of_executed_units:') cov=$(stat 'cov:') ft=$(stat 'ft:') corpus=$(stat 'corp:')
  if [ "$(cat "$logs/$target.rc")" = 0 ]; then
    echo "== fuzz smoke $target: ok, ${execs:-?} execs in ${seconds} s, coverage ${cov:-?} edges (${ft:-?} features), corpus ${corpus:-?}"
  else
    failed=1
    echo "== fuzz smoke $target: FAILED after ${execs:-?} execs; the input is in $logs/$target-*; log tail:"
    grep -E 'ERROR|invariant violated|SUMMARY|Test unit written|#[0-9]+ +in ' "$log" | tail -20 || tail -40 "$log"
  fi
done
exit "$failed"
