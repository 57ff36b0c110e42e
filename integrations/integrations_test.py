#!/usr/bin/env python3
"""Runs the shipped integrations as far as this machine allows: the pre-commit hooks' entries on
real files, the GitHub actions' structure and their dockopt steps (reviewdog replaced by a stub that
keeps what it was fed), and the GitLab job's script lines. Usage: integrations_test.py DOCKOPT REPO.
Exits 77 (skipped) with a reason when python3-yaml is absent."""
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

SKIP = 77
MESSY = "FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n"
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def bash(script, cwd, env):
    return subprocess.run(["bash", "-c", script], cwd=cwd, env=env, capture_output=True, text=True)


def pre_commit(yaml, repo, env, tmp):
    hooks = {hook["id"]: hook for hook in yaml.safe_load((repo / ".pre-commit-hooks.yaml").read_text())}
    check(set(hooks) == {"dockopt-check", "dockopt-fix"}, "pre-commit: hooks dockopt-check and dockopt-fix")
    for hook in hooks.values():
        check(all(k in hook for k in ("id", "name", "entry", "language", "files")), f"{hook['id']}: required keys")
        pattern = re.compile(hook["files"])
        matches = [p for p in ("Dockerfile", "svc/api/Dockerfile", "app.Dockerfile", "Dockerfile.prod",
                               "Containerfile") if pattern.search(p)]
        check(len(matches) == 5 and not pattern.search("README.md") and not pattern.search("Dockerfiles/x.py"),
              f"{hook['id']}: 'files' matches Dockerfiles only")
    work = tmp / "precommit"
    work.mkdir()
    (work / "Dockerfile").write_text(MESSY)
    (work / "clean.Dockerfile").write_text("FROM debian:bookworm\n")
    # pre-commit runs `entry` followed by the matching file names.
    run = bash(hooks["dockopt-check"]["entry"] + " Dockerfile clean.Dockerfile", work, env)
    check(run.returncode == 1 and (work / "Dockerfile").read_text() == MESSY, "dockopt-check fails, changes nothing")
    run = bash(hooks["dockopt-check"]["entry"] + " clean.Dockerfile", work, env)
    check(run.returncode == 0, "dockopt-check passes a clean file")
    run = bash(hooks["dockopt-fix"]["entry"] + " Dockerfile clean.Dockerfile", work, env)
    fixed = (work / "Dockerfile").read_text()
    check(run.returncode == 0 and fixed != MESSY, "dockopt-fix rewrites the file")
    run = bash(hooks["dockopt-check"]["entry"] + " Dockerfile", work, env)
    check(run.returncode == 0, "dockopt-check passes after dockopt-fix")


def action_steps(yaml, path):
    action = yaml.safe_load(path.read_text())
    check(all(k in action for k in ("name", "description", "inputs", "runs")), f"{path.name}: top-level keys")
    check(action["runs"]["using"] == "composite", f"{path}: a composite action")
    for step in action["runs"]["steps"]:
        check(("run" in step) != ("uses" in step), f"{path}: step '{step['name']}' has run or uses")
        if "run" in step:
            check(step.get("shell") == "bash", f"{path}: step '{step['name']}' names its shell")
    used = set(re.findall(r"inputs\.([\w-]+)", path.read_text()))
    check(used <= set(action["inputs"]), f"{path}: every input it uses is declared ({sorted(used)})")
    return {step["name"]: step for step in action["runs"]["steps"]}


def github_actions(yaml, repo, env, tmp):
    work = tmp / "action"
    work.mkdir()
    (work / "Dockerfile").write_text(MESSY)
    stub_dir = tmp / "stub"
    stub_dir.mkdir()
    stub = stub_dir / "reviewdog"
    stub.write_text(f"#!/bin/sh\necho \"$@\" > {tmp}/reviewdog.args\ncat > {tmp}/reviewdog.stdin\n")
    stub.chmod(0o755)
    steps = action_steps(yaml, repo / "action.yml")
    review = steps["Review"]
    step_env = dict(env, PATH=f"{stub_dir}:{env['PATH']}", DOCKOPT_FILES="Dockerfile", DOCKOPT_UNSAFE="true",
                    DOCKOPT_FILTER_MODE="added", REVIEWDOG_GITHUB_API_TOKEN="x")
    check(set(review["env"]) <= set(step_env), "action.yml: the Review step's env is what the test sets")
    run = bash(review["run"], work, step_env)
    check(run.returncode == 0, f"action.yml Review step runs ({run.stderr.strip()[:200]})")
    fed = json.loads((tmp / "reviewdog.stdin").read_text())
    check(any("suggestions" in d for d in fed["diagnostics"]), "reviewdog gets rdjson with suggestions")
    args = (tmp / "reviewdog.args").read_text()
    check("-f=rdjson" in args and "-reporter=github-pr-review" in args, "reviewdog posts a PR review from rdjson")
    steps = action_steps(yaml, repo / "sarif" / "action.yml")
    run = bash(steps["Check"]["run"], work, dict(env, DOCKOPT_FILES="Dockerfile", DOCKOPT_UNSAFE="false"))
    sarif = json.loads((work / "dockopt.sarif").read_text())
    check(run.returncode == 0 and sarif["runs"][0]["results"], "sarif/action.yml Check step writes dockopt.sarif")
    upload = steps["Upload to code scanning"]
    check(upload["with"]["sarif_file"] == "dockopt.sarif", "the upload step takes that file")


def gitlab(yaml, repo, env, tmp):
    job = yaml.safe_load((repo / "integrations" / "gitlab" / "dockopt.gitlab-ci.yml").read_text())["dockopt"]
    report = job["artifacts"]["reports"]["codequality"]
    work = tmp / "gitlab"
    work.mkdir()
    (work / "Dockerfile").write_text(MESSY)
    job_env = dict(env, **{k: str(v) for k, v in job["variables"].items()})
    run = bash("set -e\n" + "\n".join(job["before_script"] + job["script"]), work, job_env)
    check(run.returncode == 0, f"gitlab job's script runs ({run.stderr.strip()[:200]})")
    entries = json.loads((work / report).read_text())
    fingerprints = [e["fingerprint"] for e in entries]
    check(entries and len(set(fingerprints)) == len(fingerprints), f"{report}: entries with unique fingerprints")
    check(all(e["location"]["lines"]["begin"] >= 1 for e in entries), f"{report}: every entry has a line")


def main():
    dockopt, repo = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2])
    try:
        import yaml
    except ImportError:
        print("SKIPPED: python3-yaml is not installed")
        sys.exit(SKIP)
    env = dict(os.environ, PATH=f"{dockopt.parent}:{os.environ['PATH']}")
    with tempfile.TemporaryDirectory() as tmp:
        pre_commit(yaml, repo, env, pathlib.Path(tmp))
        github_actions(yaml, repo, env, pathlib.Path(tmp))
        gitlab(yaml, repo, env, pathlib.Path(tmp))
    print(f"{len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
