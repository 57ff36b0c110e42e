#!/usr/bin/env python3
"""Validates dockopt's rdjson and SARIF output for every real-world corpus file (--unsafe) against
the published schemas (reviewdog DiagnosticResult, SARIF 2.1.0), with Debian's python3-jsonschema.
Usage: review_schema_test.py DOCKOPT CORPUS_DIR REFERENCE_DIR. Exits 77 (skipped) with a reason when
the corpus, the schemas or jsonschema is absent. All files go through one dockopt run per format."""
import json
import pathlib
import subprocess
import sys

SKIP = 77


def skip(reason):
    print(f"SKIPPED: {reason}")
    sys.exit(SKIP)


def main():
    dockopt, corpus, reference = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    try:
        import jsonschema
    except ImportError:
        skip("python3-jsonschema is not installed (apt-get install python3-jsonschema)")
    files = sorted(str(p) for p in (corpus / "real-world").glob("*.Dockerfile"))
    if not files:
        skip(f"corpus absent: {corpus / 'real-world'}")
    schemas = {"rdjson": reference / "rdjson" / "DiagnosticResult.json",
               "sarif": reference / "sarif" / "sarif-schema-2.1.0.json"}
    for path in schemas.values():
        if not path.exists():
            skip(f"schema absent: {path}")
    failures = 0
    for fmt, schema_path in schemas.items():
        run = subprocess.run([dockopt, "optimize", "--unsafe", "--exit-zero", "-q", "--format", fmt, *files],
                             capture_output=True, text=True)
        if run.returncode not in (0, 2):  # 2: some corpus files do not parse; they are left out
            print(f"{fmt}: dockopt exited {run.returncode}: {run.stderr[:2000]}")
            failures += 1
            continue
        document = json.loads(run.stdout)
        validator = jsonschema.Draft4Validator(json.loads(schema_path.read_text()))
        errors = list(validator.iter_errors(document))
        for error in errors[:20]:
            print(f"{fmt}: {'/'.join(map(str, error.absolute_path))}: {error.message[:300]}")
        count = len(document["diagnostics"]) if fmt == "rdjson" else len(document["runs"][0]["results"])
        suggestions = (sum(len(d.get("suggestions", [])) for d in document["diagnostics"]) if fmt == "rdjson"
                       else sum(1 for r in document["runs"][0]["results"] if "fixes" in r))
        print(f"{fmt}: {len(files)} files, {count} findings, {suggestions} with fixes, {len(errors)} schema errors")
        failures += len(errors)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
