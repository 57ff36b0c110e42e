#!/usr/bin/env python3
"""Writes raw seed inputs for each fuzz target into OUT/<target>/ from the shared corpora, the goldens
and verify's test data. They are then minimised into tests/fuzz/corpus/<target>/ with libFuzzer's
-merge=1 (see tests/fuzz/README.md): only inputs that add coverage are kept.

Usage: tests/fuzz/make_seeds.py OUT [--corpus ../shared/corpus]"""
import argparse
import hashlib
import json
import pathlib
import re

REPO = pathlib.Path(__file__).resolve().parents[2]
MAX_SEED = 8192  # bytes: larger files rarely add coverage and would bloat the committed corpus
MAX_DOCKERFILE = 1024  # the optimizer's coverage is spread over many files: small ones keep it under 300 KB


def write(out: pathlib.Path, target: str, data: bytes, limit: int = MAX_SEED) -> None:
    if not data or len(data) > limit:
        return
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def dockerfiles(corpus: pathlib.Path):
    """(text, golden) for every Dockerfile of the goldens and the shared corpora."""
    for path in sorted((REPO / "golden").rglob("*.Dockerfile")):
        yield path.read_bytes(), True
    for sub in ("buildkit-parser", "buildkit-parser-extra", "buildkit-parser-negative"):
        for path in sorted((corpus / sub).rglob("Dockerfile")):
            yield path.read_bytes(), False
    for path in sorted((corpus / "real-world").glob("*.Dockerfile")):
        yield path.read_bytes(), False
    for path in sorted((corpus / "real-apps").rglob("Dockerfile*")):
        if path.is_file():
            yield path.read_bytes(), False


def run_bodies(text: bytes):
    """The text after RUN of each RUN instruction, continuations kept (what shell/ parses)."""
    lines = text.split(b"\n")
    i = 0
    while i < len(lines):
        if re.match(rb"\s*RUN\s", lines[i], re.I):
            body = [re.sub(rb"^\s*RUN\s+", b"", lines[i], flags=re.I)]
            while body[-1].rstrip().endswith(b"\\") and i + 1 < len(lines):
                i += 1
                body.append(lines[i])
            yield b"\n".join(body)
        i += 1


def shrink(value):
    """A real inspect document cut below MAX_SEED: long lists keep 4 entries; embedded JSON strings too."""
    if isinstance(value, list):
        return [shrink(item) for item in value[:4]]
    if isinstance(value, dict):
        return {key: shrink(item) for key, item in value.items()}
    if isinstance(value, str) and value.startswith("{"):
        try:
            return json.dumps(shrink(json.loads(value)), separators=(",", ":"))
        except ValueError:
            return value
    return value[:200] if isinstance(value, str) else value


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--corpus", type=pathlib.Path, default=REPO.parent / "shared" / "corpus")
    args = parser.parse_args()
    out, corpus = args.out, args.corpus

    for text, golden in dockerfiles(corpus):
        write(out, "parse_emit_fuzzer", text, MAX_DOCKERFILE)
        # --unsafe runs the safe rules too; the goldens also pin what a safe run does.
        for mode in (b"\x00", b"\x01") if golden else (b"\x01",):
            write(out, "optimize_fuzzer", mode + text, MAX_DOCKERFILE)
        for body in run_bodies(text):
            write(out, "shell_fuzzer", b"\x00" + body)
    for path in sorted((corpus / "buildkit-parser-extra" / "shell").glob("*")):
        for line in path.read_bytes().split(b"\n"):
            write(out, "shell_fuzzer", b"\x00" + line.split(b"|")[0].strip())

    for path in sorted((corpus / "real-apps").rglob(".dockerignore")):
        write(out, "dockerignore_fuzzer", path.read_bytes())
    rows = (corpus / "dockerignore-patterns.tsv").read_text().splitlines()[1:]
    for row in rows:
        fields = row.split("\t")
        patterns = json.loads(fields[0])
        write(out, "dockerignore_fuzzer", ("\n".join(patterns) + "\0" + fields[1]).encode())
    for row in (corpus / "dockerignore-pattern-compile.tsv").read_text().splitlines()[1:]:
        write(out, "dockerignore_fuzzer", row.split("\t")[0].encode())
    readall = json.loads((corpus / "dockerignore-readall.json").read_text())
    write(out, "dockerignore_fuzzer", readall["input_dockerignore"].encode())

    for path in sorted((REPO / "verify" / "testdata").glob("*.json")):
        inspect = shrink(json.loads(path.read_text()))
        read = {key: inspect[key] for key in ("Manifest", "OCIv1", "Docker") if key in inspect}  # what verify reads
        write(out, "inspect_fuzzer", json.dumps(read, separators=(",", ":")).encode())
        read.pop("OCIv1", None)  # the Docker-section fallback
        write(out, "inspect_fuzzer", json.dumps(read, separators=(",", ":")).encode())
    docker = {"Config": {"User": "app", "Entrypoint": ["/app"], "Cmd": None, "WorkingDir": "/srv",
                         "ExposedPorts": {"8000/tcp": {}}, "Env": ["PATH=/usr/bin", "A"]}, "Size": 1234}
    history = "0\t/bin/sh -c #(nop)  ENV A=b\n1234\t/bin/sh -c apt-get update\n"
    write(out, "inspect_fuzzer", (json.dumps([docker]) + "\0" + history).encode())


if __name__ == "__main__":
    main()
