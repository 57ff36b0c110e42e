#!/usr/bin/env python3
"""Which corpus files' findings differ between two runs of dockopt (the stderr of
`dockopt optimize --unsafe FILE` for every file, concatenated), file by file.

    python3 bench/findings_diff.py before.txt after.txt [--same REGEX ...] [--list]

A finding is (rule, message); positions are ignored. Each --same REGEX is replaced by one token in
both runs before comparing, so a reworded message counts as unchanged (the wording-only count).
--list prints each changed file with its findings gone (-) and new (+).
"""
import argparse
import collections
import re

FINDING = re.compile(r"^(?P<file>\S+?\.Dockerfile):\d+:\d+: (?P<rule>DF\d+) (?P<message>.*)$")


def findings(path, same):
    by_file = collections.defaultdict(collections.Counter)
    with open(path, errors="replace") as f:
        for line in f:
            m = FINDING.match(line.rstrip("\n"))
            if not m:
                continue
            message = m["message"]
            for pattern in same:
                message = re.sub(pattern, "<same>", message)
            by_file[m["file"]][(m["rule"], message)] += 1
    return by_file


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--same", action="append", default=[], help="regex of a wording change to ignore")
    parser.add_argument("--list", action="store_true", help="print each changed file's findings gone and new")
    args = parser.parse_args()
    raw_before, raw_after = findings(args.before, []), findings(args.after, [])
    before, after = findings(args.before, args.same), findings(args.after, args.same)
    files = sorted(set(raw_before) | set(raw_after))
    changed = [f for f in files if raw_before[f] != raw_after[f]]
    behaviour = [f for f in changed if before[f] != after[f]]
    print(f"{len(files)} files with findings; {len(changed)} differ; "
          f"{len(changed) - len(behaviour)} in wording only; {len(behaviour)} in behaviour")
    if args.list:
        for f in behaviour:
            print(f"== {f}")
            for (rule, message), _ in sorted((before[f] - after[f]).items()):
                print(f"  - {rule} {message}")
            for (rule, message), _ in sorted((after[f] - before[f]).items()):
                print(f"  + {rule} {message}")


if __name__ == "__main__":
    main()
