#!/usr/bin/env python3
"""Writes ubuntu-<focal|jammy|noble>.tsv: curated runtime-package rows for the Ubuntu LTS releases.

Ubuntu's indexes are not reachable where the Debian tables are generated, so the Ubuntu rows are
curated for the -dev packages that apt installs in the corpora (../shared/corpus/real-world and
real-apps), in two steps:
  1. A row whose runtime packages are the same in all three Debian tables (bullseye, bookworm,
     trixie; a trailing "t64" ignored) has a stable soname: Ubuntu uses the Debian release it is
     based on (focal: bullseye, jammy: bookworm, noble: trixie, whose t64 names noble shares).
     Rows that differ between Debian releases are left out...
  2. ...unless curation/ubuntu-overrides.tsv gives the release's names (checked against
     packages.ubuntu.com), which also holds Ubuntu's own packages (libjpeg8, libmysqlclient21).

Usage: curate_ubuntu.py [--corpus DIR]    (Python 3 standard library only)
"""
import argparse
import datetime
import os

from corpus_dev_packages import dev_packages

HERE = os.path.dirname(os.path.abspath(__file__))
BASED_ON = {"focal": "bullseye", "jammy": "bookworm", "noble": "trixie"}


def read_table(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            columns = line.rstrip("\n").split("\t")
            rows[columns[0]] = columns[1].split(",")
    return rows


def stable(debian, name):
    """The row's runtime packages without t64 when all Debian tables agree on them, else None."""
    seen = set()
    for rows in debian.values():
        if name not in rows:
            return None
        seen.add(tuple(sorted(r[:-3] if r.endswith("t64") else r for r in rows[name])))
    return list(seen.pop()) if len(seen) == 1 else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=os.path.join(HERE, "../../../../shared/corpus"))
    args = parser.parse_args()
    debian = {r: read_table(os.path.join(HERE, f"debian-{r}.tsv")) for r in BASED_ON.values()}
    overrides = {}
    with open(os.path.join(HERE, "curation", "ubuntu-overrides.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            release, name, runtime = line.rstrip("\n").split("\t")
            overrides[(release, name)] = runtime
    names = sorted({name for family, name in dev_packages(args.corpus) if family == "apt"} |
                   {name for _, name in overrides})
    today = datetime.date.today().isoformat()
    for release, base in BASED_ON.items():
        rows = {}
        for name in names:
            override = overrides.get((release, name))
            if override == "-":
                continue
            if override and override.startswith("="):
                runtime = debian[override[1:]].get(name)
            elif override:
                runtime = override.split(",")
            else:
                runtime = stable(debian, name)
                if runtime:  # take the based-on release's spelling (noble shares trixie's t64 names)
                    runtime = debian[base][name]
            if runtime:
                rows[name] = runtime
        with open(os.path.join(HERE, f"ubuntu-{release}.tsv"), "w", encoding="utf-8") as f:
            f.write(f"# Ubuntu {release}: the runtime package(s) behind each -dev package that the corpora install.\n")
            f.write(f"# Curated {today}: rows from debian-{base}.tsv where the soname is the same in every Debian\n")
            f.write("# table, and curation/ubuntu-overrides.tsv; written by analysis/data/packages/curate_ubuntu.py.\n")
            f.write("# dev_package\truntime_packages (comma-separated)\n")
            for name in sorted(rows):
                f.write(f"{name}\t{','.join(rows[name])}\n")
        print(f"{release}: {len(rows)} rows")


if __name__ == "__main__":
    main()
