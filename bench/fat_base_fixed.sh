#!/usr/bin/env bash
# Counts the `fat_base`-labelled Dockerfiles of the real-apps corpus that DF203 fixes with
# `dockopt optimize --unsafe --context <build context>`, and prints what DF203 said on each.
# usage: bench/fat_base_fixed.sh [path/to/dockopt] [corpus dir]
#        (defaults: build/cli/dockopt, ../shared/corpus/real-apps)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dockopt="${1:-$here/build/cli/dockopt}"
corpus="${2:-$here/../shared/corpus/real-apps}"
cd "$corpus"
total=0 applied=0
# MANIFEST.tsv: dir repo commit dockerfile language license copied_files copied_bytes tree_files tree_bytes issues note
while IFS=$'\t' read -r dir _ _ dockerfile _ _ _ _ _ _ issues note; do
  [[ ",$issues," == *",fat_base,"* ]] || continue
  total=$((total + 1))
  context="$dir"
  sub=$(grep -oP 'build context=\K[^ ;,]+' <<<"$note" | sed 's|/$||' || true)
  [ -n "$sub" ] && context="$dir/$sub"
  said=$("$dockopt" optimize --unsafe --context "$context" "$dir/$dockerfile" 2>&1 >/dev/null | grep ' DF203 ' || true)
  if grep -q 'applied\]' <<<"$said"; then applied=$((applied + 1)); verdict=fixed; else verdict=not-fixed; fi
  printf '%-10s %s/%s\n           %s\n' "$verdict" "$dir" "$dockerfile" "${said:-(no DF203 finding)}"
done < <(tail -n +2 MANIFEST.tsv)
echo "fat_base fixed by DF203: $applied / $total"
