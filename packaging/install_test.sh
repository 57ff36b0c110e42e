#!/usr/bin/env bash
# install_test.sh BUILD_DIR: `cmake --install` into a temporary prefix gives a working binary, a man
# page that renders and completions that parse; `cpack` gives a .deb that unpacks into a clean tree,
# runs, and declares its Depends.
set -euo pipefail
build=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/dockopt-install-XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cmake --install "$build" --prefix "$work/prefix" >/dev/null
bin=$work/prefix/bin/dockopt
[ -x "$bin" ] || fail "no bin/dockopt in the install prefix"
"$bin" --version | grep -q '^dockopt ' || fail "--version of the installed binary"
printf 'FROM debian\nRUN apt-get install -y curl\n' | "$bin" optimize -q - | grep -q 'rm -rf /var/lib/apt/lists' ||
  fail "the installed binary does not optimize"
man=$work/prefix/share/man/man1/dockopt.1
[ -s "$man" ] || fail "no man page at share/man/man1/dockopt.1"
grep -q '^\.SS DF101' "$man" || fail "the man page lacks the rule docs"
if command -v groff >/dev/null; then
  groff -k -man -Tutf8 -ww "$man" >/dev/null 2>"$work/groff.err" || fail "groff cannot render the man page"
  [ ! -s "$work/groff.err" ] || { cat "$work/groff.err"; fail "groff warns about the man page"; }
fi
bash_completion=$work/prefix/share/bash-completion/completions/dockopt
bash -n "$bash_completion" || fail "the bash completion does not parse"
zsh_completion=$work/prefix/share/zsh/vendor-completions/_dockopt
[ -s "$zsh_completion" ] || fail "no zsh completion"
if command -v zsh >/dev/null; then zsh -n "$zsh_completion" || fail "the zsh completion does not parse"; fi
echo "PASS: install: binary, man page, bash and zsh completions"

(cd "$work" && cpack --config "$build/CPackConfig.cmake" >/dev/null) || fail "cpack failed"
deb=$(ls "$work"/dockopt_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "cpack made no .deb"
depends=$(dpkg-deb -f "$deb" Depends)
echo "$depends" | grep -q 'libfmt' || fail "the .deb's Depends lacks fmt: '$depends'"
echo "$depends" | grep -q 'libboost-program-options' || fail "the .deb's Depends lacks Boost.Program_options: '$depends'"
if readelf -d "$bin" | grep -q 'libmimalloc'; then
  echo "$depends" | grep -q 'libmimalloc' || fail "the binary links mimalloc but the .deb's Depends lacks it: '$depends'"
fi
dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/dockopt" --version | grep -q '^dockopt ' || fail "the binary from the .deb does not run"
[ -s "$work/root/usr/share/man/man1/dockopt.1" ] || fail "the .deb has no man page"
echo "PASS: $(basename "$deb"): Depends: $depends"
