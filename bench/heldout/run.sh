#!/bin/bash
# Runs dockopt over the held-out real apps recreated under HELDOUT (default ../heldout, outside the
# repository: third-party files are not committed; bench/heldout/LABELS.tsv lists the repositories and
# the commits their Dockerfiles were read at). For each <owner>__<repo>/ it writes to OUT:
#   NAME.unsafe.Dockerfile / .err   dockopt optimize --no-config --unsafe --context DIR DOCKERFILE
#   NAME.safe.Dockerfile / .err     the same without --unsafe
#   NAME.dockerignore.diff          what `optimize -i --unsafe` writes into .dockerignore, run on a copy
#                                   with a .git/ of 8 MiB, as a developer's checkout has one
# usage: bench/heldout/run.sh [DOCKOPT] [OUT]     (from the repository root)
D=$(realpath "${1:-build/cli/dockopt}"); O=$(realpath -m "${2:-/tmp/heldout-out}"); H=${HELDOUT:-../heldout}
mkdir -p "$O"
cd "$H" || exit 2
for d in */; do
  d=${d%/}
  df=$(ls "$d/Dockerfile" "$d/Docker/Dockerfile" 2>/dev/null | head -1)
  [ -n "$df" ] || continue
  "$D" optimize --no-config --unsafe --context "$d" "$df" > "$O/$d.unsafe.Dockerfile" 2> "$O/$d.unsafe.err"
  "$D" optimize --no-config --context "$d" "$df" > "$O/$d.safe.Dockerfile" 2> "$O/$d.safe.err"
  tmp=$(mktemp -d)
  cp -a "$d" "$tmp/ctx" && mkdir -p "$tmp/ctx/.git/objects/pack" && echo "ref: refs/heads/main" > "$tmp/ctx/.git/HEAD"
  truncate -s 8M "$tmp/ctx/.git/objects/pack/pack-0.pack"
  "$D" optimize -q -i --no-config --unsafe --context "$tmp/ctx" "$tmp/ctx/${df#$d/}" 2>/dev/null
  diff <(cat "$d/.dockerignore" 2>/dev/null) "$tmp/ctx/.dockerignore" > "$O/$d.dockerignore.diff"
  rm -rf "$tmp"
done
