#!/usr/bin/env bash
# ci-setup.sh [TARGET...]: prepares this machine for the e2e tier (buildah + the local base images).
#
# Installs buildah (and what make-bases.sh needs) from Debian's apt, then builds the base images
# the fixtures use with ../shared/tools/base-images/make-bases.sh (all of them if TARGETs are
# given as "all"). Idempotent: a second run reuses the apt packages and buildah's layer cache.
# Run as root, from anywhere. Then: ../shared/tools/base-images/with-bases.sh ctest --test-dir build -L e2e
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
BASES=${BASE_IMAGES_DIR:-$REPO/../shared/tools/base-images}
# Every stand-in: the fixtures cover python (full and slim), node, golang, gcc, distroless, temurin,
# rust, ruby, php, nginx and ubuntu. An empty list makes make-bases.sh build them all.
TARGETS=()
if [ $# -gt 0 ]; then
  if [ "$1" = all ]; then TARGETS=(); else TARGETS=("$@"); fi
fi

[ "$(id -u)" = 0 ] || { echo "ci-setup.sh: run as root" >&2; exit 1; }
[ -x "$BASES/make-bases.sh" ] || { echo "ci-setup.sh: no $BASES/make-bases.sh" >&2; exit 1; }

need=()
for tool in buildah debootstrap curl python3 pip3 jq; do command -v "$tool" >/dev/null || need+=("$tool"); done
if [ ${#need[@]} -gt 0 ]; then
  echo "ci-setup.sh: installing buildah and the base-image tools (missing: ${need[*]})"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq buildah debootstrap curl jq python3 python3-pip python3-setuptools python3-wheel >/dev/null
fi

start=$(date +%s)
"$BASES/make-bases.sh" "${TARGETS[@]}"
echo "ci-setup.sh: base images ready in $(($(date +%s) - start)) s"
