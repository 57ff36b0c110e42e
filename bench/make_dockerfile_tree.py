#!/usr/bin/env python3
"""Builds a tree of N Dockerfiles from the corpus, for timing `dockopt optimize --check -r`.

usage: bench/make_dockerfile_tree.py OUT_DIR [--count 100000] [--corpus ../shared/corpus/real-world]

Layout: OUT_DIR/org{0..}/repo{0..}/service{0..}/Dockerfile (names vary: Dockerfile, Dockerfile.prod,
api.Dockerfile), 10 files per service directory; each repository has a .git directory and a
.gitignore excluding vendor/, and each vendor/ holds one more Dockerfile the walk must skip.
The corpus files are cycled in sorted order, so the tree is the same on every run.
"""
import argparse
import os
import sys


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus", "real-world"))
    args = parser.parse_args()
    names = sorted(n for n in os.listdir(args.corpus) if n.endswith(".Dockerfile"))
    if not names:
        sys.exit(f"no *.Dockerfile in {args.corpus}")
    texts = [open(os.path.join(args.corpus, n), "rb").read() for n in names]
    file_names = ["Dockerfile", "Dockerfile.prod", "api.Dockerfile", "worker.dockerfile", "Dockerfile.dev"]
    per_dir, dirs_per_repo, repos_per_org = 5, 20, 10
    for i in range(args.count):
        d, slot = divmod(i, per_dir)
        repo = d // dirs_per_repo
        org = repo // repos_per_org
        repo_dir = os.path.join(args.out, f"org{org}", f"repo{repo}")
        service = os.path.join(repo_dir, f"service{d % dirs_per_repo}")
        if slot == 0:
            os.makedirs(service, exist_ok=True)
        if d % dirs_per_repo == 0 and slot == 0:
            os.makedirs(os.path.join(repo_dir, ".git"), exist_ok=True)
            os.makedirs(os.path.join(repo_dir, "vendor"), exist_ok=True)
            with open(os.path.join(repo_dir, ".gitignore"), "w") as f:
                f.write("vendor/\n*.log\n")
            with open(os.path.join(repo_dir, "vendor", "Dockerfile"), "wb") as f:
                f.write(texts[0])
            with open(os.path.join(repo_dir, ".git", "Dockerfile"), "wb") as f:
                f.write(texts[0])
        with open(os.path.join(service, file_names[slot]), "wb") as f:
            f.write(texts[i % len(texts)])
    print(f"{args.count} Dockerfiles under {args.out}")


if __name__ == "__main__":
    main()
