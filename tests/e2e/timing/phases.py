#!/usr/bin/env python3
"""phases.py LOG: per e2e case and phase, buildah seconds/calls from the timing shim's log (see ./buildah).
Calls that overlap (smokes run in both images at once) add up to more than the wall time."""
import collections, sys
phases = ["orig", "opt", "warm", "rebuild", "expert", "smoke", "inspect", "rmi", "other"]
tot = collections.defaultdict(lambda: collections.defaultdict(float))
cnt = collections.defaultdict(lambda: collections.defaultdict(int))
last_case = "?"
for line in open(sys.argv[1]):
    parts = line.rstrip("\n").split("\t")
    if len(parts) < 5: continue
    _, case, secs, rc, args = parts[:5]
    case = case.replace("fixture:", "") or last_case
    last_case = case
    a = args.split()
    sub = a[0] if a else ""
    if sub == "bud":
        if "expert" in args: p = "expert"
        elif "-warm" in args: p = "warm"
        elif "-rebuild" in args: p = "rebuild"
        elif "Dockerfile.original" in args: p = "orig"
        elif "Dockerfile.optimized" in args: p = "opt"
        else: p = "other"
    elif sub in ("from", "run", "rm"): p = "smoke"
    elif sub == "inspect": p = "inspect"
    elif sub == "rmi": p = "rmi"
    else: p = "other"
    tot[case][p] += float(secs); cnt[case][p] += 1
print("%-22s" % "case" + "".join("%12s" % p for p in phases) + "%9s" % "sum")
grand = collections.defaultdict(float); gcnt = collections.defaultdict(int)
for case in tot:
    row = "%-22s" % case
    for p in phases:
        row += "%12s" % ("%.0f/%d" % (tot[case][p], cnt[case][p]) if cnt[case][p] else "-")
        grand[p] += tot[case][p]; gcnt[p] += cnt[case][p]
    print(row + "%9.0f" % sum(tot[case].values()))
print("%-22s" % "ALL" + "".join("%12s" % ("%.0f/%d" % (grand[p], gcnt[p])) for p in phases) + "%9.0f" % sum(grand.values()))
