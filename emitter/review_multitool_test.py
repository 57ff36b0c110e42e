#!/usr/bin/env python3
"""Runs the SARIF Multitool (npm @microsoft/sarif-multitool) over dockopt's SARIF for a sample of 50
real-world corpus files (--unsafe) and fails on any error it reports. The Multitool exits 0 even for
invalid files, so this reads its output. Usage: review_multitool_test.py DOCKOPT CORPUS_DIR.
Exits 77 (skipped) with a reason when npx, the Multitool or the corpus is absent."""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
SAMPLE = 50


def skip(reason):
    print(f"SKIPPED: {reason}")
    sys.exit(SKIP)


def main():
    dockopt, corpus = sys.argv[1], pathlib.Path(sys.argv[2])
    files = sorted((corpus / "real-world").glob("*.Dockerfile"))
    if len(files) < SAMPLE:
        skip(f"corpus absent or too small: {corpus / 'real-world'}")
    if shutil.which("npx") is None:
        skip("npx is not installed")
    probe = subprocess.run(["npx", "--no-install", "sarif-multitool", "--version"], capture_output=True, text=True)
    if probe.returncode != 0:
        skip("the SARIF Multitool is not installed (npm install -g @microsoft/sarif-multitool)")
    # An even spread over the sorted corpus: the same 50 files every run.
    sample = [files[i * len(files) // SAMPLE] for i in range(SAMPLE)]
    with tempfile.TemporaryDirectory() as tmp:
        outputs = []
        for path in sample:
            out = pathlib.Path(tmp) / (path.stem + ".sarif")
            run = subprocess.run([dockopt, "optimize", "--unsafe", "--exit-zero", "-q", "--format", "sarif",
                                  "--output-file", str(out), str(path)], capture_output=True, text=True)
            if run.returncode == 2 and not out.exists():
                continue  # a corpus file the parser rejects: nothing to validate
            outputs.append(str(out))
        validate = subprocess.run(["npx", "--no-install", "sarif-multitool", "validate", *outputs],
                                  capture_output=True, text=True)
        text = validate.stdout + validate.stderr
    errors = [line for line in text.splitlines() if re.search(r"\): error ", line)]
    warnings = [line for line in text.splitlines() if re.search(r"\): warning ", line)]
    for line in errors[:20] + warnings[:5]:
        print(line)
    scanned = re.search(r"(\d+) files scanned", text)
    print(f"multitool: {len(outputs)} SARIF files, {scanned.group(1) if scanned else '?'} scanned, "
          f"{len(errors)} errors, {len(warnings)} warnings")
    if scanned is None or int(scanned.group(1)) != len(outputs):
        print("the Multitool did not report scanning every file:\n" + text[-2000:])
        sys.exit(1)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
