#!/usr/bin/env bash
# A fuzzing campaign at low priority: runs each TARGET:SECONDS in turn with libFuzzer's fork mode
# (a crash is saved and the run goes on), growing a working corpus seeded from the committed one.
# CPU time per target comes from /usr/bin/time -v. Logs, corpora and crashes land in OUT.
# Usage: tests/fuzz/campaign.sh OUT TARGET:SECONDS...   (env: FUZZ_BUILD_DIR, default build-fuzz)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$1
shift
build=${FUZZ_BUILD_DIR:-build-fuzz}
source tests/fuzz/targets.sh
mkdir -p "$out"
for spec in "$@"; do
  target=${spec%%:*} seconds=${spec##*:}
  mkdir -p "$out/corpus/$target" "$out/crashes/$target"
  findings=()
  [ -d "tests/fuzz/regressions/$target" ] && findings=("tests/fuzz/regressions/$target")
  [ -n "$(ls -A "$out/corpus/$target")" ] || cp tests/fuzz/corpus/"$target"/* "$out/corpus/$target/"
  /usr/bin/time -v -o "$out/$target.time" nice -n 19 "$build/tests/fuzz/$target" -fork=1 -ignore_crashes=1 \
    -ignore_timeouts=1 -ignore_ooms=1 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -dict="$(fuzz_dict "$target")" -artifact_prefix="$out/crashes/$target/" \
    "$out/corpus/$target" "${findings[@]}" >"$out/$target.log" 2>&1 || true
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.0f", s}' "$out/$target.time")
  echo "$target: ${cpu} CPU s in ${seconds} s, $(ls "$out/crashes/$target" | wc -l) crash files" | tee -a "$out/summary.txt"
done
