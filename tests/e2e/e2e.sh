#!/usr/bin/env bash
# e2e.sh DOCKOPT CASE: one end-to-end case of `dockopt verify` against real buildah builds.
#
#   CASE = fixture:NAME      optimize fixtures/NAME, then verify it with its smoke commands (expects exit 0);
#                            with a Dockerfile.expert, also verify that one and compare sizes (see expert_compare)
#          original-fails    a Dockerfile that does not build (expects exit 2 and its log tail)
#          smoke-differs     two images whose smoke output differs (expects exit 1 naming the command)
#          no-shell          go-hello onto distroless: plain-word smokes run as argv there, one with a pipe
#                            fails saying the image has no shell (expects exit 1 and that message)
#
# Builds reuse buildah's layer cache (`verify --layer-cache`, the expert's `--layers`): a step runs
# only when no earlier build ran the same instruction on the same parent with the same files, so
# every step dockopt's rewrite changes still runs. E2E_FRESH=1 runs every step of every build.
#
# Exits 77 (ctest SKIP_RETURN_CODE) with the reason when this machine cannot build: not root,
# no buildah, no local base images, or no with-bases.sh. Outside with-bases.sh it re-executes
# itself through it (BASE_IMAGES_DIR, default: <repo>/../shared/tools/base-images).
set -uo pipefail

DOCKOPT=$1
CASE=$2
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
BASE_IMAGES_DIR=${BASE_IMAGES_DIR:-$REPO/../shared/tools/base-images}

skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

[ "$(id -u)" = 0 ] || skip "needs root (the local base images live in root's image store)"
command -v buildah >/dev/null || skip "buildah is not installed; run tests/e2e/ci-setup.sh (apt-get install -y buildah, then make-bases.sh)"
[ -x "$BASE_IMAGES_DIR/with-bases.sh" ] || skip "no $BASE_IMAGES_DIR/with-bases.sh (set BASE_IMAGES_DIR)"
buildah inspect --type image docker.io/library/debian:bookworm-slim >/dev/null 2>&1 ||
  skip "the local base images are missing; run $BASE_IMAGES_DIR/make-bases.sh (or tests/e2e/ci-setup.sh)"
if [ -z "${BUILDAH_ISOLATION:-}" ]; then
  exec "$BASE_IMAGES_DIR/with-bases.sh" "$0" "$@"
fi
[ -x "$DOCKOPT" ] || fail "no dockopt binary at $DOCKOPT"

# The stand-ins are all bookworm; DF202 pins an untagged-release golang or rust builder to its bookworm
# variant (transforms/rules/split_release_pin.h), whose tags the stand-ins' list lacks: name them too.
for pair in rust:1-bookworm=rust:1 rust:bookworm=rust:1 golang:bookworm=golang:1.22 golang:1-bookworm=golang:1.22; do
  alias=docker.io/library/${pair%%=*} source=docker.io/library/${pair#*=}
  buildah inspect --type image "$alias" >/dev/null 2>&1 ||
    { buildah inspect --type image "$source" >/dev/null 2>&1 && buildah tag "$source" "$alias"; }
done

verify_cache=(--layer-cache) expert_cache=()
if [ "${E2E_FRESH:-0}" = 1 ]; then verify_cache=() expert_cache=(--no-cache); fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dockopt-e2e-XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# expect RC PATTERN...: runs dockopt verify "$@" after --, checks the exit code and that the output has each pattern.
run_verify() {
  local want=$1; shift
  local patterns=()
  while [ "$1" != -- ]; do patterns+=("$1"); shift; done
  shift
  set -- "$@" "${verify_cache[@]}"
  echo "+ dockopt verify $*"
  "$DOCKOPT" verify "$@" >"$WORK/out" 2>"$WORK/err"
  local rc=$?
  cat "$WORK/out"
  [ "$rc" = "$want" ] || { sed 's/^/stderr: /' "$WORK/err" | tail -40; fail "exit code $rc, expected $want"; }
  for p in "${patterns[@]}"; do
    grep -qF -- "$p" "$WORK/out" || fail "the output lacks '$p'"
  done
  echo "PASS: exit $rc as expected"
}

# expect_rebuild_times: with REBUILD_TOUCH, the last run_verify timed the rebuild of both images.
expect_rebuild_times() {
  [ -n "$REBUILD_TOUCH" ] || return 0
  grep -qE '^  rebuild after edit +[0-9.]+ s +[0-9.]+ s' "$WORK/out" || {
    sed 's/^/stderr: /' "$WORK/err" | tail -40  # verify says why a rebuild failed
    fail "no rebuild time for both images after editing $REBUILD_TOUCH"
  }
}

# The one-shot migration of a fixture whose fixture.conf sets ONE_SHOT_MIN_SHRINK (a percentage):
# `optimize -i --unsafe --context` in a copy must shrink the context (dockopt context, before and
# after) by that much, and the migrated Dockerfile must verify against the original in that context.
one_shot() {
  local src=$1 mig=$WORK/migrated before after
  cp -a "$src" "$mig"
  before=$("$DOCKOPT" context "$mig" --format json | jq .total_bytes) || fail "dockopt context (before) failed"
  echo "+ dockopt optimize -i --unsafe --context $mig $mig/Dockerfile"
  "$DOCKOPT" optimize -i --unsafe --context "$mig" "$mig/Dockerfile" 2>"$WORK/oneshot.err" ||
    { cat "$WORK/oneshot.err"; fail "the one-shot migration failed"; }
  grep '^dockopt:' "$WORK/oneshot.err"
  after=$("$DOCKOPT" context "$mig" --format json | jq .total_bytes) || fail "dockopt context (after) failed"
  local shrink=$(( (before - after) * 100 / before ))
  echo "context: $before bytes before, $after after: $shrink% smaller (at least $ONE_SHOT_MIN_SHRINK% required)"
  [ "$shrink" -ge "$ONE_SHOT_MIN_SHRINK" ] || fail "the context shrank by $shrink%, less than $ONE_SHOT_MIN_SHRINK%"
  cp "$src/Dockerfile" "$WORK/Dockerfile.original"
  run_verify 0 "checks hold" -- -f "$WORK/Dockerfile.original" --context "$mig" --optimized "$mig/Dockerfile" \
    --assume-rules "$ASSUME_RULES" --rebuild-touch "$REBUILD_TOUCH" "${smoke[@]}" --format "${E2E_FORMAT:-text}"
  expect_rebuild_times
}

# image_sizes: the original and optimized sizes (MB) from the last run_verify's "image size" row.
image_sizes() { awk '$1 == "image" && $2 == "size" { print $3, $5; exit }' "$WORK/out"; }

# expert_size_mb DIR: builds DIR/Dockerfile.expert (layer cache on unless E2E_FRESH=1) and prints its size in MB as
# dockopt verify counts it (the sum of the manifest's layer sizes).
expert_size_mb() {
  local dir=$1 tag=localhost/dockopt-e2e-expert-$$
  buildah bud "${expert_cache[@]}" --isolation chroot --layers --format docker -f "$dir/Dockerfile.expert" -t "$tag" "$dir" \
    >"$WORK/expert.log" 2>&1 || { tail -30 "$WORK/expert.log" >&2; return 1; }
  buildah inspect --type image "$tag" | python3 -c \
    'import json, sys; m = json.loads(json.load(sys.stdin)["Manifest"]); print("%.1f" % (sum(l["size"] for l in m["layers"]) / 1e6))'
  # A second name keeps the layers cached (removing the only name would remove its parents too).
  [ ${#expert_cache[@]} -gt 0 ] || buildah tag "$tag" "localhost/dockopt-e2e-cache:expert-$(basename "$dir")"
  buildah rmi -f "$tag" >/dev/null 2>&1
}

# expert_compare NAME DIR ORIGINAL_MB DOCKOPT_MB: asserts dockopt's image is within 10% of the size of
# Dockerfile.expert's. By default the expert is only built (the tier's time budget); with
# E2E_EXPERT=verify it is verified against the original like dockopt's output (builds and behaves the
# same). A fixture whose fixture.conf sets EXPERT_SHORTFALL="reason" prints a KNOWN SHORTFALL line
# instead of failing on size; once dockopt reaches the expert, that knob fails the case so it goes.
expert_compare() {
  local name=$1 dir=$2 original_mb=$3 dockopt_mb=$4 expert_mb ratio
  echo
  if [ "${E2E_EXPERT:-size}" = verify ]; then
    echo "+ expert comparison: verifying fixtures/$name/Dockerfile.expert against the original"
    run_verify 0 "checks hold" -- -f "$dir/Dockerfile" --context "$dir" "${smoke[@]}" \
      --optimized "$dir/Dockerfile.expert" --assume-rules "$EXPERT_ASSUME_RULES"
    read -r original_mb expert_mb <<<"$(image_sizes)"
  else
    echo "+ expert comparison: building fixtures/$name/Dockerfile.expert (E2E_EXPERT=verify also verifies it)"
    expert_mb=$(expert_size_mb "$dir") || fail "fixtures/$name/Dockerfile.expert does not build"
  fi
  [ -n "$expert_mb" ] && [ -n "$dockopt_mb" ] || fail "cannot read the image sizes from dockopt verify's output"
  ratio=$(awk -v d="$dockopt_mb" -v e="$expert_mb" 'BEGIN { printf "%.2f", d / e }')
  echo "SIZES fixtures/$name: original $original_mb MB, $OPTIMIZED_BY $dockopt_mb MB, expert $expert_mb MB;" \
    "$OPTIMIZED_BY/expert = $ratio (limit 1.10)"
  if awk -v r="$ratio" 'BEGIN { exit !(r <= 1.10) }'; then
    [ -z "$EXPERT_SHORTFALL" ] ||
      fail "dockopt is within 10% of the expert now: remove EXPERT_SHORTFALL from fixtures/$name/fixture.conf"
    echo "PASS: dockopt's image is within 10% of the expert's"
  elif [ -n "$EXPERT_SHORTFALL" ]; then
    echo "KNOWN SHORTFALL: fixtures/$name: dockopt $dockopt_mb MB vs expert $expert_mb MB" \
      "(ratio $ratio, limit 1.10): $EXPERT_SHORTFALL"
  else
    fail "dockopt's image ($dockopt_mb MB) is not within 10% of the expert's ($expert_mb MB): ratio $ratio"
  fi
}

case $CASE in
  fixture:*)
    name=${CASE#fixture:}
    dir=$HERE/fixtures/$name
    [ -f "$dir/Dockerfile" ] || fail "no fixture $dir"
    # A fixture whose context cannot live in git (a 1 GB .venv, node_modules) makes it in a copy, and
    # one that builds another fixture's sources copies them in from FIXTURES (its first argument).
    if [ -x "$dir/prepare.sh" ]; then
      cp -a "$dir" "$WORK/context"
      (cd "$WORK/context" && ./prepare.sh "$HERE/fixtures") || fail "fixtures/$name/prepare.sh failed"
      dir=$WORK/context
    fi
    REBUILD_TOUCH= ASSUME_RULES= ONE_SHOT_MIN_SHRINK= EXPERT_SHORTFALL= EXPERT_ASSUME_RULES=DF202,DF301
    OPTIMIZED_BY=dockopt
    # shellcheck disable=SC1091
    . "$dir/fixture.conf"
    smoke=()
    while IFS= read -r line; do [ -n "$line" ] && smoke+=(--smoke "$line"); done <"$dir/smoke.txt"
    # A one-shot fixture times its rebuild in the migrated context (below) only: builds are slow.
    rebuild=(--rebuild-touch "$REBUILD_TOUCH")
    [ -z "$ONE_SHOT_MIN_SHRINK" ] || rebuild=()
    common=(-f "$dir/Dockerfile" --context "$dir" "${rebuild[@]}" "${smoke[@]}" --format "${E2E_FORMAT:-text}")
    if [ "${E2E_MODE:-auto}" != handwritten ] && "$DOCKOPT" help optimize >/dev/null 2>&1; then
      echo "+ dockopt optimize --unsafe --context $dir $dir/Dockerfile"
      "$DOCKOPT" optimize --unsafe --context "$dir" "$dir/Dockerfile" >"$WORK/Dockerfile.optimized" 2>"$WORK/optimize.err"
      rc=$?
      [ "$rc" -le 1 ] || { cat "$WORK/optimize.err"; fail "dockopt optimize --unsafe exited $rc"; }
      cat "$WORK/Dockerfile.optimized"
      # verify optimizes in memory through the same Optimize() and so knows which rules applied
      run_verify 0 "checks hold" -- "${common[@]}" --unsafe
    else
      handwritten=$dir/Dockerfile.optimized
      OPTIMIZED_BY=hand-written
      [ -f "$handwritten" ] || handwritten=$dir/Dockerfile.expert
      echo "NOTE: 'dockopt optimize' is not available in this build (or E2E_MODE=handwritten):"
      echo "      verifying the hand-written $(basename "$handwritten") instead"
      run_verify 0 "checks hold" -- "${common[@]}" --optimized "$handwritten" --assume-rules "$ASSUME_RULES"
    fi
    [ -n "$ONE_SHOT_MIN_SHRINK" ] || expect_rebuild_times
    # A one-shot fixture ships the migrated Dockerfile with the .dockerignore the migration writes:
    # that pair is what the expert's size is compared with.
    [ -z "$ONE_SHOT_MIN_SHRINK" ] || one_shot "$dir"
    if [ -f "$dir/Dockerfile.expert" ]; then
      read -r original_mb dockopt_mb <<<"$(image_sizes)"
      expert_compare "$name" "$dir" "$original_mb" "$dockopt_mb"
    fi
    ;;
  original-fails)
    printf 'FROM debian:bookworm-slim\nRUN echo about-to-fail-on-purpose && exit 3\n' >"$WORK/Dockerfile"
    printf 'FROM debian:bookworm-slim\n' >"$WORK/Dockerfile.optimized"
    run_verify 2 "the original Dockerfile does not build" "about-to-fail-on-purpose" -- \
      -f "$WORK/Dockerfile" --optimized "$WORK/Dockerfile.optimized"
    ;;
  smoke-differs)
    printf 'FROM debian:bookworm-slim\nRUN echo one > /v\n' >"$WORK/Dockerfile"
    printf 'FROM debian:bookworm-slim\nRUN echo two > /v\n' >"$WORK/Dockerfile.optimized"
    run_verify 1 "✗ smoke: cat /v" "1 of 10 checks failed" -- \
      -f "$WORK/Dockerfile" --optimized "$WORK/Dockerfile.optimized" --smoke 'cat /v' --smoke 'echo same'
    ;;
  no-shell)
    dir=$HERE/fixtures/go-hello
    run_verify 1 "✓ smoke: /usr/local/bin/hello greet Distroless" "✓ smoke: hello stats b a b" \
      "✗ smoke: hello greet piped | tr a-z A-Z: cannot run in the optimized image: this image has no shell (/bin/sh), and the command needs one: it uses a pipe '|'" \
      "1 of 11 checks failed" -- \
      -f "$dir/Dockerfile" --context "$dir" --optimized "$dir/Dockerfile.expert" --assume-rules DF202,DF301 \
      --smoke '/usr/local/bin/hello greet Distroless' --smoke 'hello stats b a b' --smoke 'hello greet piped | tr a-z A-Z'
    ;;
  *) fail "unknown case $CASE" ;;
esac
