#!/usr/bin/env bash
# Installs dockopt's build dependencies (Debian 12 packages) and builds it into build/.
# Usage: ./setup.sh            (Release build, -O3, with tests in build/)
#        ./setup.sh --sanitize (also an ASan+UBSan build in build-asan/)
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake g++ make libboost-dev libboost-program-options-dev libfmt-dev libgtest-dev libgmock-dev
          libbenchmark-dev libdtl-dev libre2-dev nlohmann-json3-dev libtomlplusplus-dev libmimalloc-dev dpkg-dev python3
          python3-jsonschema python3-yaml
          clang libclang-rt-14-dev llvm-14)  # the fuzz targets: clang, libFuzzer's runtime, llvm-symbolizer
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc)
# Release, as users and packagers build it: GCC 12 has -O3-only false positives, which warnings as errors
# then catch here, in every file, tests included. (Reconfigure with RelWithDebInfo to debug or profile.)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DDOCKOPT_WERROR=ON
cmake --build build -j"$jobs"
if [ "${1:-}" = "--sanitize" ]; then
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DDOCKOPT_SANITIZE=ON -DDOCKOPT_WERROR=ON
  cmake --build build-asan -j"$jobs"
fi
echo "built: build/cli/dockopt"
