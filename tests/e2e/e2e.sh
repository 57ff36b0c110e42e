#!/usr/bin/env bash
# e2e.sh DOCKOPT CASE: one end-to-end case of `dockopt verify` against real buildah builds.
#
#   CASE = fixture:NAME      optimize fixtures/NAME, then verify it with its smoke commands (expects exit 0)
#          original-fails    a Dockerfile that does not build (expects exit 2 and its log tail)
#          smoke-differs     two images whose smoke output differs (expects exit 1 naming the command)
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

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dockopt-e2e-XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# expect RC PATTERN...: runs dockopt verify "$@" after --, checks the exit code and that the output has each pattern.
run_verify() {
  local want=$1; shift
  local patterns=()
  while [ "$1" != -- ]; do patterns+=("$1"); shift; done
  shift
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
}

case $CASE in
  fixture:*)
    name=${CASE#fixture:}
    dir=$HERE/fixtures/$name
    [ -f "$dir/Dockerfile" ] || fail "no fixture $dir"
    # A fixture whose context cannot live in git (a 1 GB .venv, node_modules) makes it in a copy.
    if [ -x "$dir/prepare.sh" ]; then
      cp -a "$dir" "$WORK/context"
      (cd "$WORK/context" && ./prepare.sh) || fail "fixtures/$name/prepare.sh failed"
      dir=$WORK/context
    fi
    REBUILD_TOUCH= ASSUME_RULES= ONE_SHOT_MIN_SHRINK=
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
      echo "NOTE: 'dockopt optimize' is not available in this build (or E2E_MODE=handwritten):"
      echo "      verifying the hand-written fixtures/$name/Dockerfile.optimized instead"
      run_verify 0 "checks hold" -- "${common[@]}" --optimized "$dir/Dockerfile.optimized" --assume-rules "$ASSUME_RULES"
    fi
    [ -z "$ONE_SHOT_MIN_SHRINK" ] || one_shot "$dir"
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
  *) fail "unknown case $CASE" ;;
esac
