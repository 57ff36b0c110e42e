#!/usr/bin/env bash
# Writes what dockopt prints for every real-world corpus file and real app into OUT, so that two builds'
# outputs can be compared with `diff -r` (a refactor or speed change must leave them identical).
# usage: bench/outputs_snapshot.sh BIN OUT [SHARED]     (SHARED defaults to ../shared)
# Per file: NAME.safe / NAME.unsafe hold stdout, then stderr, then the exit code of
# `optimize --no-config [--unsafe]`; real apps run with `--context` of their folder.
set -u
bin=$(realpath "$1"); out=$(realpath -m "$2"); shared=$(realpath "${3:-../shared}")
mkdir -p "$out/rw" "$out/apps"
run() {  # run DEST ARGS...: one run's stdout, stderr and exit code in DEST
  local dest=$1; shift
  { "$bin" optimize --no-config "$@" 2>"$dest.err"; echo "rc=$?"; } >"$dest"
  cat "$dest.err" >>"$dest"; rm -f "$dest.err"
}
for f in "$shared"/corpus/real-world/*; do
  n=$(basename "$f")
  run "$out/rw/$n.safe" "$f"
  run "$out/rw/$n.unsafe" --unsafe "$f"
done
# The context is the repository root unless the note says `build context=DIR/` (the corpus README).
tail -n +2 "$shared/corpus/real-apps/MANIFEST.tsv" | while IFS=$'\t' read -r dir _ _ df _ _ _ _ _ _ _ note; do
  [ -f "$shared/corpus/real-apps/$dir/$df" ] || continue
  n=${dir}__${df//\//_}
  ctx="$shared/corpus/real-apps/$dir/$(sed -n 's/.*build context=\([^ ;,)]*\).*/\1/p' <<<"$note")"
  run "$out/apps/$n.safe" --context "$ctx" "$shared/corpus/real-apps/$dir/$df"
  run "$out/apps/$n.unsafe" --unsafe --context "$ctx" "$shared/corpus/real-apps/$dir/$df"
done
echo "wrote $out"
