"""The -dev/-devel packages that the corpora's Dockerfiles install, for the curation scripts.

dev_packages(corpus_dir) -> {(family, name)} with family "apt", "apk" or "rpm" (dnf, yum,
microdnf), read from the install commands of every file named like a Dockerfile under
real-world/ and real-apps/. A plain-text reading (continuations joined, commands split at
&&, ||, ;, |); words with variables, quotes inside or version pins are cut to the name. The
coverage figure itself comes from the C++ shell model (analysis/packages_coverage_test.cc).
"""
import os
import re

MANAGERS = {"apt-get": ("apt", "install"), "apt": ("apt", "install"), "apk": ("apk", "add"),
            "dnf": ("rpm", "install"), "yum": ("rpm", "install"), "microdnf": ("rpm", "install")}
DEV = re.compile(r"(-dev|-devel|-dev-compat)$")


def dockerfiles(corpus_dir):
    for root in ("real-world", "real-apps"):
        for directory, _, files in os.walk(os.path.join(corpus_dir, root)):
            for name in files:
                if "dockerfile" in name.lower():
                    yield os.path.join(directory, name)


def dev_packages(corpus_dir):
    found = set()
    for path in dockerfiles(corpus_dir):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = re.sub(r"\\\r?\n", " ", f.read())
        for line in text.splitlines():
            if line.lstrip().startswith("#"):
                continue
            for command in re.split(r"&&|\|\||;|\|", line):
                words = command.split()
                for i, word in enumerate(words):
                    family, verb = MANAGERS.get(word.split("/")[-1], (None, None))
                    if family and verb in words[i + 1:i + 6]:
                        for operand in words[words.index(verb, i + 1) + 1:]:
                            if operand.startswith("-") or "$" in operand:
                                continue
                            name = re.split(r"[=<>~:]", operand.strip("\"'"))[0]
                            if DEV.search(name):
                                found.add((family, name))
                        break
    return found
