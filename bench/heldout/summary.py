#!/usr/bin/env python3
"""Markdown tables of bench/heldout/LABELS.tsv: per repository and per label, the reviewer's verdict on
what `dockopt optimize --unsafe --context` did with each labelled problem (fixed, suggested, missed,
wrong). Rows labelled "none" (a well-written file) or "-" (a rewrite problem outside the label set)
are listed in the per-repository table only.

A note may record the verdict before this session's fixes as a `before=VERDICT` word; `--before` prints the
tables with those verdicts instead.

usage: bench/heldout/summary.py [--before] [LABELS.tsv]
"""
import collections
import csv
import os
import sys

VERDICTS = ("fixed", "suggested", "missed", "wrong")


def main():
    args = [a for a in sys.argv[1:] if a != "--before"]
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "LABELS.tsv")
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    if "--before" in sys.argv[1:]:
        for r in rows:
            r["verdict"] = next((w[7:].rstrip(";,") for w in r["note"].split() if w.startswith("before=")), r["verdict"])
    by_repo = collections.OrderedDict()
    for r in rows:
        by_repo.setdefault((r["repo"], r["dockerfile"]), []).append(r)
    print("| repo | commit | labels (verdict) |")
    print("|---|---|---|")
    for (repo, dockerfile), items in by_repo.items():
        commit = next((w[1:] for r in items for w in r["note"].split() if w.startswith("@")), "")
        labels = ", ".join(f"{r['label']} ({r['verdict']})" for r in items)
        print(f"| {repo}:{dockerfile} | {commit} | {labels} |")
    counts = collections.defaultdict(collections.Counter)
    for r in rows:
        if r["label"] not in ("none", "-"):
            counts[r["label"]][r["verdict"]] += 1
    print()
    print("| label | " + " | ".join(VERDICTS) + " | total |")
    print("|---|" + "---:|" * (len(VERDICTS) + 1))
    total = collections.Counter()
    for label in sorted(counts):
        total.update(counts[label])
        print(f"| {label} | " + " | ".join(str(counts[label][v]) for v in VERDICTS) + f" | {sum(counts[label].values())} |")
    print("| **all** | " + " | ".join(str(total[v]) for v in VERDICTS) + f" | {sum(total.values())} |")


if __name__ == "__main__":
    main()
