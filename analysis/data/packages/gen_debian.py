#!/usr/bin/env python3
"""Generates debian-<release>.tsv: the runtime package(s) behind every Debian -dev package.

Reads the release's Packages index (main, amd64) from the Debian mirror that apt is configured
with (/etc/apt/sources.list.d/*.sources or /etc/apt/sources.list), or from a local file, and
writes one row per -dev package that links against a shared library. With --distro ubuntu it reads
Ubuntu's archive (http://archive.ubuntu.com/ubuntu, or --mirror) instead, main and universe (where
most -dev packages of Ubuntu live), and writes ubuntu-<release>.tsv:

    libpq-dev<TAB>libpq5
    default-libmysqlclient-dev<TAB>libmariadb3

How a row is derived (see docs/packages.md):
  1. The runtime libraries of a -dev package are its Depends on packages of the same source that
     are architecture-specific, not -dev themselves and look like libraries (Section libs/oldlibs,
     or a lib* name): libpq-dev -> libpq5, libssl-dev -> libssl3, libgl-dev -> libgl1.
  2. A -dev package without such a Depends that depends on -dev packages only (build tools and
     packages of its own source aside) is a metapackage or a transitional package: follow its Depends on other -dev packages (and virtual -dev names through Provides) to the real -dev
     packages, and take their runtime libraries: libjpeg-dev -> libjpeg62-turbo-dev ->
     libjpeg62-turbo; default-libmysqlclient-dev -> libmariadb-dev-compat -> libmariadb-dev ->
     libmariadb3.
  3. A virtual -dev name (Provides) whose providers all map to the same runtime gets that row too:
     libxslt-dev -> libxslt1.1.
  4. Packages named in build-tools-debian.txt (compilers, libc6-dev, python3-dev...) get no row:
     they are build tools, not libraries to swap.
-dev packages with neither (header-only packages) get no row.

Usage:
  gen_debian.py [--release bookworm ...] [--packages-file RELEASE=PATH] [--out DIR]
  gen_debian.py --distro ubuntu --release xenial --release bionic [--mirror URL]
Python 3 standard library only.
"""
import argparse
import datetime
import fnmatch
import glob
import lzma
import os
import re
import sys
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
DEV_NAME = re.compile(r"(-dev|-dev-compat|-multidev)$")
# Source-code packages of other languages' ecosystems: Rust crates, Go modules, Haskell and OCaml
# libraries. Their Depends name C -dev packages, but nothing links against them at run time.
NOT_C_LIBRARIES = ["librust-*", "golang-*", "libghc-*", "*-ocaml-dev"]
DEFAULT_RELEASES = ["bookworm", "bullseye", "trixie"]
UBUNTU_MIRROR = "http://archive.ubuntu.com/ubuntu"
COMPONENTS = {"debian": ["main"], "ubuntu": ["main", "universe"]}


def configured_mirror():
    """The URI of the first apt source that serves the main Debian archive (not -security/-updates)."""
    candidates = []
    for path in sorted(glob.glob("/etc/apt/sources.list.d/*.sources")):
        with open(path, encoding="utf-8") as f:
            for stanza in f.read().split("\n\n"):
                fields = {}
                for line in stanza.splitlines():
                    if line.startswith("#") or ":" not in line:
                        continue
                    key, value = line.split(":", 1)
                    fields[key.strip().lower()] = value.split()
                if "deb" in fields.get("types", []):
                    for suite in fields.get("suites", []):
                        for uri in fields.get("uris", []):
                            candidates.append((uri, suite))
    if os.path.exists("/etc/apt/sources.list"):
        with open("/etc/apt/sources.list", encoding="utf-8") as f:
            for line in f:
                words = line.split("#", 1)[0].split()
                if len(words) >= 3 and words[0] == "deb":
                    words = [w for w in words if not w.startswith("[")]
                    candidates.append((words[1], words[2]))
    for uri, suite in candidates:
        if "-" not in suite and "security" not in uri:
            return uri.rstrip("/")
    sys.exit("no Debian archive configured in /etc/apt sources; pass --packages-file")


def fetch(url):
    with urllib.request.urlopen(url, timeout=300) as response:
        return response.read()


def read_index(release, local_file, mirror, distro="debian"):
    """(Packages text, Release date or '') for `release`: its components' indexes joined."""
    if local_file:
        opener = lzma.open if local_file.endswith(".xz") else open
        with opener(local_file, "rt", encoding="utf-8") as f:
            return f.read(), ""
    text = "\n\n".join(
        lzma.decompress(fetch(f"{mirror}/dists/{release}/{component}/binary-amd64/Packages.xz")).decode("utf-8")
        for component in COMPONENTS[distro])
    date = ""
    version = ""
    for line in fetch(f"{mirror}/dists/{release}/Release").decode("utf-8").splitlines():
        if line.startswith("Date:"):
            parsed = datetime.datetime.strptime(line[5:].strip(), "%a, %d %b %Y %H:%M:%S %Z")
            date = parsed.strftime("%Y-%m-%d")
        elif line.startswith("Version:"):
            version = line[8:].strip()
    name = "Debian" if distro == "debian" else "Ubuntu"
    return text, f"{name} {version}, {'+'.join(COMPONENTS[distro])}, Release file dated {date}" if date else ""


def parse_packages(text):
    """Package name -> {source, arch, section, depends: [[alternative names]], provides: [names]}."""
    packages = {}
    for stanza in text.split("\n\n"):
        fields = {}
        for line in stanza.splitlines():
            if line and not line[0].isspace() and ":" in line:
                key, value = line.split(":", 1)
                fields[key] = value.strip()
        name = fields.get("Package")
        if not name:
            continue
        depends = []
        for field in ("Pre-Depends", "Depends"):
            for clause in filter(None, (c.strip() for c in fields.get(field, "").split(","))):
                depends.append([alt.split()[0].split(":")[0] for alt in clause.split("|")])
        packages[name] = {
            "source": fields.get("Source", name).split()[0],
            "arch": fields.get("Architecture", ""),
            "section": fields.get("Section", "").split("/")[-1],
            "depends": depends,
            "provides": [p.split()[0] for p in fields.get("Provides", "").split(",") if p.strip()],
        }
    return packages


def load_build_tools():
    """Patterns from build-tools-debian.txt (fnmatch globs), which never get a row."""
    patterns = []
    with open(os.path.join(HERE, "build-tools-debian.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                patterns.append(line)
    return patterns


def derive(packages, build_tools):
    def tool(name):
        return any(fnmatch.fnmatchcase(name, pattern) for pattern in build_tools + NOT_C_LIBRARIES)

    providers = {}
    for name, p in packages.items():
        for virtual in p["provides"]:
            providers.setdefault(virtual, []).append(name)

    def is_library(name):
        p = packages.get(name)
        return p is not None and p["arch"] != "all" and p["section"] in ("libs", "oldlibs") and not DEV_NAME.search(name)

    def real_names(name):
        """A name in Depends: the package itself, or the providers of a virtual name."""
        return [name] if name in packages else sorted(providers.get(name, []))

    def first_dev(alternatives):
        """The first alternative of a Depends clause that is a -dev package (virtual names resolved)."""
        for alt in alternatives:
            if DEV_NAME.search(alt) and not tool(alt):
                for real in real_names(alt):
                    return real
        return None

    def same_source(name, p):
        return name in packages and packages[name]["source"] == p["source"]

    memo = {}

    def runtime_of(dev, seen):
        if dev in memo:
            return memo[dev]
        if dev in seen or dev not in packages:
            return []
        seen = seen | {dev}
        p = packages[dev]
        clauses = [c for c in p["depends"] if not all(tool(alt) for alt in c)]
        direct, via_dev = set(), set()
        for alternatives in clauses:
            library = next((a for a in alternatives if is_library(a) and same_source(a, p)), None)
            if library:
                direct.add(library)
                continue
            dev_dep = first_dev(alternatives)
            if dev_dep and same_source(dev_dep, p):
                via_dev.update(runtime_of(dev_dep, seen))
        found = direct | via_dev
        others = [c for c in clauses if not first_dev(c) and not all(same_source(a, p) for a in c)]
        if not direct and not others:  # a metapackage: default-libmysqlclient-dev, libgl1-mesa-dev, tk-dev
            for alternatives in clauses:
                dev_dep = first_dev(alternatives)
                if dev_dep:
                    found.update(runtime_of(dev_dep, seen))
        memo[dev] = sorted(found)
        return memo[dev]

    rows = {}
    for name in packages:
        if DEV_NAME.search(name) and not tool(name):
            runtime = runtime_of(name, frozenset())
            if runtime:
                rows[name] = runtime
    for virtual, names in providers.items():
        if virtual in packages or virtual in rows or not DEV_NAME.search(virtual) or tool(virtual):
            continue
        results = {tuple(rows.get(n, [])) for n in names}
        if len(results) == 1 and results != {()}:
            rows[virtual] = list(results.pop())
    return rows


def write_table(path, release, origin, rows, distro="debian"):
    today = datetime.date.today().isoformat()
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {distro.capitalize()} {release}: the runtime package(s) behind each -dev package "
                f"({', '.join(COMPONENTS[distro])}, amd64).\n")
        if origin:
            f.write(f"# Source: the {release} Packages index ({origin}).\n")
        f.write(f"# Generated by analysis/data/packages/gen_debian.py on {today}; do not edit.\n")
        f.write("# dev_package\truntime_packages (comma-separated)\n")
        for name in sorted(rows):
            f.write(f"{name}\t{','.join(rows[name])}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="append", help="release codename (default: %s)" % DEFAULT_RELEASES)
    parser.add_argument("--packages-file", action="append", default=[], metavar="RELEASE=PATH",
                        help="read this Packages(.xz) file instead of the mirror")
    parser.add_argument("--out", default=HERE, help="output directory (default: next to this script)")
    parser.add_argument("--distro", choices=sorted(COMPONENTS), default="debian")
    parser.add_argument("--mirror", help="archive URL (default: apt's Debian mirror; for ubuntu %s)" % UBUNTU_MIRROR)
    args = parser.parse_args()
    local = dict(item.split("=", 1) for item in args.packages_file)
    releases = args.release or (list(local) if local else DEFAULT_RELEASES)
    mirror = args.mirror
    if mirror is None and not all(r in local for r in releases):
        mirror = UBUNTU_MIRROR if args.distro == "ubuntu" else configured_mirror()
    build_tools = load_build_tools()
    for release in releases:
        try:
            text, origin = read_index(release, local.get(release), mirror, args.distro)
        except OSError as error:  # the mirror may not serve every release
            print(f"{release}: skipped ({error})", file=sys.stderr)
            continue
        rows = derive(parse_packages(text), build_tools)
        path = os.path.join(args.out, f"{args.distro}-{release}.tsv")
        write_table(path, release, origin, rows, args.distro)
        print(f"{release}: {len(rows)} rows -> {os.path.relpath(path)}", file=sys.stderr)


if __name__ == "__main__":
    main()
