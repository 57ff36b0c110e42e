#!/usr/bin/env bash
# Times `dockopt context` against `du -s` on generated trees in /tmp (the context-walk benchmark).
# usage: bench/context_bench.sh [path/to/dockopt]   (default: build-context/cli/dockopt)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dockopt="${1:-$here/build-context/cli/dockopt}"
work="$(mktemp -d /tmp/dockopt-context-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT

# seconds (best of 5) for a command, output discarded
best_of() {
  local best=999999
  for _ in 1 2 3 4 5; do
    local start end t
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    t=$(( (end - start) / 1000 ))
    (( t < best )) && best=$t
  done
  printf '%d.%03d' $((best / 1000000)) $(((best / 1000) % 1000))
}

make_files() {  # make_files DIR COUNT: COUNT small files in 200 subdirectories
  local dir="$1" count="$2"
  python3 - "$dir" "$count" <<'PY'
import os, sys
root, count = sys.argv[1], int(sys.argv[2])
for i in range(count):
    d = os.path.join(root, f"pkg{i % 200}")
    if i < 200: os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"f{i}.js"), "w") as f: f.write("module.exports = 1;\n")
PY
}

# 1) 200,000 files under an excluded node_modules, plus a little app code.
excluded="$work/excluded"
mkdir -p "$excluded/app"
make_files "$excluded/node_modules" 200000
echo 'print(1)' > "$excluded/app/main.py"
printf 'FROM scratch\nCOPY app /app\n' > "$excluded/Dockerfile"
printf 'node_modules\n' > "$excluded/.dockerignore"

# 2) 50,000 kept files.
kept="$work/kept"
mkdir -p "$kept"
make_files "$kept/src" 50000
printf 'FROM scratch\nCOPY src /src\n' > "$kept/Dockerfile"

# 3) 50,000 files matched against regexp patterns (`*`, `?`, `[...]`, `**` in the middle): the RE2 path.
regex="$work/regex"
mkdir -p "$regex"
make_files "$regex/src" 50000
printf 'FROM scratch\nCOPY src /src\n' > "$regex/Dockerfile"
printf '**/*.pyc\nsrc/pkg1?/f*.js\nsrc/*/f[0-4]*.js\n!src/pkg1/f1*.js\nsrc/**/cache\n*.log\n' > "$regex/.dockerignore"

sync
echo "dockopt: $dockopt"
echo "| tree | dockopt context | du -s |"
echo "|---|---|---|"
# Warm the page cache once so both tools read metadata from memory.
du -s "$excluded" "$kept" "$regex" >/dev/null
echo "| 200,000 files under excluded node_modules | $(best_of "$dockopt" context "$excluded") s | $(best_of du -s "$excluded") s |"
echo "| 50,000 kept files | $(best_of "$dockopt" context "$kept") s | $(best_of du -s "$kept") s |"
echo "| 50,000 files, 6 regexp patterns | $(best_of "$dockopt" context "$regex") s | $(best_of du -s "$regex") s |"
"$dockopt" context "$excluded" | grep 'would send'
"$dockopt" context "$kept" | grep 'would send'
"$dockopt" context "$regex" | grep 'would send'
