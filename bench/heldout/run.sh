#!/bin/bash
# Runs dockopt over the held-out real apps recreated under HELDOUT (default ../heldout, outside the
# repository: third-party files are not committed; LABELS, default bench/heldout/LABELS.tsv, lists the
# repositories, the Dockerfile of each and the commits they were read at). For each <owner>__<repo>/ it
# writes to OUT:
#   NAME.unsafe.Dockerfile / .err   dockopt optimize --no-config --unsafe --context DIR DOCKERFILE
#   NAME.safe.Dockerfile / .err     the same without --unsafe
#   NAME.dockerignore.diff          what `optimize -i --unsafe` writes into .dockerignore, run on a copy
#                                   with a .git/ of 8 MiB, as a developer's checkout has one
# The Dockerfile of each folder is the labels file's `dockerfile` column (the context is the folder).
# usage: [HELDOUT=DIR] [LABELS=FILE] bench/heldout/run.sh [DOCKOPT] [OUT]     (from the repository root)
#   second set: HELDOUT=../heldout2 LABELS=bench/heldout/LABELS2.tsv bench/heldout/run.sh build/cli/dockopt /tmp/heldout2-out
#   third set:  HELDOUT=../heldout3 LABELS=bench/heldout/LABELS3.tsv bench/heldout/run.sh build/cli/dockopt /tmp/heldout3-out
#   fourth set: HELDOUT=../heldout4 LABELS=bench/heldout/LABELS4.tsv bench/heldout/run.sh build/cli/dockopt /tmp/held4-out
#   fifth set:  HELDOUT=../heldout5 LABELS=bench/heldout/LABELS5.tsv bench/heldout/run.sh build/cli/dockopt /tmp/held5-out
#   sixth set:  HELDOUT=../heldout6 LABELS=bench/heldout/LABELS6.tsv bench/heldout/run.sh build/cli/dockopt /tmp/held6-out
#   seventh set: HELDOUT=../heldout7 LABELS=bench/heldout/LABELS7.tsv bench/heldout/run.sh build/cli/dockopt /tmp/held7-out
#   eighth set: HELDOUT=../heldout8 LABELS=bench/heldout/LABELS8.tsv bench/heldout/run.sh build/cli/dockopt /tmp/held8-out
#   ninth set:  HELDOUT=../heldout9 LABELS=bench/heldout/LABELS9.tsv bench/heldout/run.sh build/cli/dockopt /tmp/held9-out
#   tenth set:  HELDOUT=../heldout10 LABELS=bench/heldout/LABELS10.tsv bench/heldout/run.sh build/cli/dockopt /tmp/held10-out
#   eleventh set: HELDOUT=../heldout11 LABELS=bench/heldout/LABELS11.tsv bench/heldout/run.sh build/cli/dockopt /tmp/held11-out
#   twelfth set: HELDOUT=../heldout12 LABELS=bench/heldout/LABELS12.tsv bench/heldout/run.sh build/cli/dockopt /tmp/held12-out
#   thirteenth set: HELDOUT=../heldout13 LABELS=bench/heldout/LABELS13.tsv bench/heldout/run.sh build/cli/dockopt /tmp/held13-out
#   fourteenth set: HELDOUT=../heldout14 LABELS=bench/heldout/LABELS14.tsv bench/heldout/run.sh build/cli/dockopt /tmp/held14-out
#   fifteenth set: HELDOUT=../heldout15 LABELS=bench/heldout/LABELS15.tsv bench/heldout/run.sh build/cli/dockopt /tmp/held15-out
#   sixteenth set: HELDOUT=../heldout16 LABELS=bench/heldout/LABELS16.tsv bench/heldout/run.sh build/cli/dockopt /tmp/held16-out
#   seventeenth set: HELDOUT=../heldout17 LABELS=bench/heldout/LABELS17.tsv bench/heldout/run.sh build/cli/dockopt /tmp/held17-out
#   eighteenth set: HELDOUT=../heldout18 LABELS=bench/heldout/LABELS18.tsv bench/heldout/run.sh build/cli/dockopt /tmp/held18-out
#   nineteenth set: HELDOUT=../heldout19 LABELS=bench/heldout/LABELS19.tsv bench/heldout/run.sh build/cli/dockopt /tmp/held19-out
D=$(realpath "${1:-build/cli/dockopt}"); O=$(realpath -m "${2:-/tmp/heldout-out}"); H=${HELDOUT:-../heldout}
L=$(realpath "${LABELS:-bench/heldout/LABELS.tsv}")
mkdir -p "$O"
cd "$H" || exit 2
tail -n +2 "$L" | cut -f1,2 | sort -u | while IFS=$'\t' read -r repo rel; do
  d=${repo/\//__}
  df="$d/$rel"
  [ -f "$df" ] || { echo "missing $df" >&2; continue; }
  "$D" optimize --no-config --unsafe --context "$d" "$df" > "$O/$d.unsafe.Dockerfile" 2> "$O/$d.unsafe.err"
  "$D" optimize --no-config --context "$d" "$df" > "$O/$d.safe.Dockerfile" 2> "$O/$d.safe.err"
  tmp=$(mktemp -d)
  cp -a "$d" "$tmp/ctx" && mkdir -p "$tmp/ctx/.git/objects/pack" && echo "ref: refs/heads/main" > "$tmp/ctx/.git/HEAD"
  truncate -s 8M "$tmp/ctx/.git/objects/pack/pack-0.pack"
  "$D" optimize -q -i --no-config --unsafe --context "$tmp/ctx" "$tmp/ctx/$rel" 2>/dev/null
  diff <(cat "$d/.dockerignore" 2>/dev/null) "$tmp/ctx/.dockerignore" > "$O/$d.dockerignore.diff"
  rm -rf "$tmp"
done
