#!/usr/bin/env python3
"""Share of shell-form RUNs whose shell model is fully modelled (no unparsed part at any depth), over every
file named *Dockerfile* under a directory, through `dockopt parse --dump=json`.
Usage: python3 bench/shell_modelled_share.py DIR [--dockopt build/cli/dockopt]"""
import argparse
import json
import pathlib
import subprocess


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--dockopt", default="build/cli/dockopt")
    args = ap.parse_args()
    files = runs = modelled = 0
    for path in sorted(pathlib.Path(args.dir).rglob("*Dockerfile*")):
        if not path.is_file():
            continue
        out = subprocess.run([args.dockopt, "parse", "--dump=json", str(path)], capture_output=True, text=True)
        if out.returncode != 0:
            continue
        files += 1
        for inst in json.loads(out.stdout).get("instructions", []):
            if inst.get("kind") == "run" and inst.get("shell"):
                runs += 1
                modelled += bool(inst["shell"]["fully_modelled"])
    share = 100.0 * modelled / runs if runs else 0.0
    print(f"{files} files, {runs} shell-form RUNs, {modelled} fully modelled ({share:.2f}%)")


if __name__ == "__main__":
    main()
