#!/usr/bin/env python3
"""How many of the reviewer-labelled problems in ../shared/corpus/real-apps dockopt fixes.

For every row of MANIFEST.tsv it materializes the repository in a temporary folder: the copied
files with their contents, and every other file of TREE.tsv as a sparse file of its recorded size
(so `dockopt context` sees the real sizes without the disk), plus a `.git/` of half the tree's
size (at least 1 MiB), as a developer's checkout has one. It then runs the one-shot migration

    dockopt optimize -i --unsafe --context CONTEXT DOCKERFILE

and judges each label on the rewritten Dockerfile (read with `dockopt parse --dump=json`) and on
the context's `.dockerignore`. The judges are heuristics written from the label definitions in
the corpus README; each says in one line what "fixed" means. A label counts as fixed only when
its judge holds on the output; dockopt exiting with an error counts as not fixed.

It prints the rates per label, per MANIFEST.tsv language, and per ecosystem: the ecosystems whose
manifests (package.json, requirements*.txt, go.mod, Cargo.toml, pom.xml, Gemfile, composer.json,
*.csproj, CMakeLists.txt/Makefile, ...) sit at the context root or beside the Dockerfile and whose
tools the Dockerfile runs; a Dockerfile that builds with two ecosystems counts in both. For an
unfixed bloated_context, --show-unfixed says whether .git is still sent, the size ratio and which
named paths are still sent.

bloated_context is judged against the reviewer's note: `.git` and every path the note names as sent
(transcribed in bench/real_apps_bloat_named.tsv, with the paths the build reads) must be left out.
The earlier proxy (`.git` left out and the context at most half its size) is printed beside it: it
cannot be met where the tree is mostly source the build reads, whatever the note asks for.

usage: bench/real_apps_fix_rate.py [--dockopt build/cli/dockopt] [--corpus ../shared/corpus/real-apps]
                                   [--labels a,b] [--language python] [--show-unfixed] [--json OUT]
"""
import argparse
import collections
import glob
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

TOOLCHAIN_IMAGES = re.compile(
    r"^(golang|rust|gcc|buildpack-deps|maven|gradle|openjdk|openjdk\d+(-openj9)?|adoptopenjdk|amazoncorretto|"
    r"eclipse-temurin|sbt|clojure|haskell|swift|elixir|dotnet/sdk|mcr\.microsoft\.com/dotnet/sdk)$")
BUILD_PACKAGES = {"build-essential", "build-base", "gcc", "g++", "clang", "make", "cmake", "alpine-sdk",
                  "gcc-c++", "musl-dev", "libc6-dev", "libc-dev", "automake", "autoconf", "libtool", "default-jdk"}
# A JDK package where the program needs only a JRE (apk openjdk17, Debian openjdk-17-jdk).
JDK_PACKAGE = re.compile(r"^openjdk-?\d+(-jdk(-headless)?)?$|^java-\d+-openjdk-devel$")
# Debian's python3-pip Recommends build-essential and python3-dev: without --no-install-recommends they come too.
RECOMMENDS_BUILD = {"python3-pip": {"build-essential", "python3-dev"}, "python-pip": {"build-essential", "python-dev"}}
DEP_STEP = re.compile(
    r"\b(pip3?|python[0-9.]* -m pip) install\b[^&|;]*(-r|\.|--requirement|-e)|\buv (sync|pip install)|"
    r"\bpoetry install|\bpipenv install|\bnpm (ci|install|i)\b(?![^&|;\n]*(\s-g\b|--global))|"
    r"\byarn( install)?\s*($|&&|;|--)|\bpnpm (install|i)\b(?![^&|;\n]*(\s-g\b|--global))|"
    r"\bbundler? install\b|\bbundle\s*($|&&|;)|\bcomposer install|\bgo mod download|\bgo build|"
    r"\bmvnw?\b|\bgradlew?\b|\bcargo (build|fetch|install)|\bdotnet (restore|publish|build)")


# Ecosystem -> (manifests that show it, words in the Dockerfile that show the build uses it).
ECOSYSTEMS = {
    "python": (("requirements*.txt", "pyproject.toml", "Pipfile", "setup.py", "setup.cfg", "uv.lock", "poetry.lock"),
               r"\b(pip3?|uv|poetry|pipenv|python[0-9.]*|requirements[\w.-]*\.txt|pyproject\.toml)\b"),
    "node": (("package.json",), r"\b(npm|yarn|pnpm|bun|npx|node|package\.json)\b"),
    "go": (("go.mod",), r"\b(go (build|mod|get|install)|go\.mod|golang)\b"),
    "rust": (("Cargo.toml",), r"\b(cargo|rustc|Cargo\.toml)\b"),
    "java": (("pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"),
             r"\b(mvnw?|gradlew?|maven|gradle|java|pom\.xml)\b"),
    "ruby": (("Gemfile",), r"\b(bundle|gem|Gemfile|ruby|rails)\b"),
    "php": (("composer.json",), r"\b(composer|php|artisan)\b"),
    "dotnet": (("*.csproj", "*.sln"), r"\b(dotnet)\b"),
    "make/cmake": (("CMakeLists.txt", "Makefile", "configure.ac", "meson.build"), r"\b(make|cmake|gcc|g\+\+|clang|meson|autoreconf)\b"),
}


def ecosystems(row, corpus):
    """The ecosystems the Dockerfile builds with: a manifest of it at the context root or beside the
    Dockerfile, and the Dockerfile uses its tools. Falls back to the MANIFEST.tsv language."""
    src = os.path.join(corpus, row["dir"])
    m = re.search(r"build context=([^ ;,)]+)", row["note"])
    dirs = {os.path.join(src, m.group(1)) if m else src, os.path.dirname(os.path.join(src, row["dockerfile"]))}
    try:
        with open(os.path.join(src, row["dockerfile"]), encoding="utf-8", errors="replace") as f:
            text = f.read()
    except OSError:
        text = ""
    found = []
    for name, (manifests, tools) in ECOSYSTEMS.items():
        present = any(glob.glob(os.path.join(d, pattern)) for d in dirs for pattern in manifests)
        if present and re.search(tools, text):
            found.append(name)
    if not found or (row["language"] not in found and row["language"] in ECOSYSTEMS):
        found.append(row["language"])
    return found


def image_parts(ref):
    ref = ref.lower()
    for prefix in ("docker.io/", "library/"):
        if ref.startswith(prefix):
            ref = ref[len(prefix):]
    ref = ref.split("@")[0]
    name, _, tag = ref.rpartition(":") if ":" in ref.split("/")[-1] else (ref, "", "latest")
    return name, tag


def materialize(row, corpus, work, full_tree):
    src = os.path.join(corpus, row["dir"])
    dst = os.path.join(work, "repo")
    total = 0
    with open(os.path.join(src, "TREE.tsv"), encoding="utf-8", errors="replace") as tree:
        next(tree)
        for line in tree if full_tree else []:
            path, _, size = line.rstrip("\n").rpartition("\t")
            if not path or path.startswith("/") or ".." in path.split("/"):
                continue
            full = os.path.join(dst, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            if os.path.isfile(os.path.join(src, path)):
                shutil.copyfile(os.path.join(src, path), full)
            elif not os.path.exists(full):
                with open(full, "wb") as f:
                    f.truncate(int(size or 0))
            total += int(size or 0)
    for dirpath, _, files in os.walk(src):  # copied files TREE.tsv may not list (never the case, but cheap)
        for name in files:
            rel = os.path.relpath(os.path.join(dirpath, name), src)
            if rel == "TREE.tsv":
                continue
            full = os.path.join(dst, rel)
            if not os.path.exists(full):
                os.makedirs(os.path.dirname(full), exist_ok=True)
                shutil.copyfile(os.path.join(dirpath, name), full)
    if not full_tree:
        return dst
    os.makedirs(os.path.join(dst, ".git", "objects", "pack"), exist_ok=True)
    with open(os.path.join(dst, ".git", "objects", "pack", "pack-0.pack"), "wb") as f:
        f.truncate(max(total // 2, 1 << 20))
    with open(os.path.join(dst, ".git", "HEAD"), "w") as f:
        f.write("ref: refs/heads/main\n")
    return dst


def context_dir(row, repo):
    m = re.search(r"build context=([^ ;,)]+)", row["note"])
    return os.path.join(repo, m.group(1)) if m else repo


def parse_json(dockopt, path):
    out = subprocess.run([dockopt, "parse", "--dump=json", path], capture_output=True, text=True)
    if out.returncode != 0:
        return None
    return json.loads(out.stdout)


class View:
    """The rewritten Dockerfile as stages of (keyword, arguments, flags) and the final stage's chain."""

    def __init__(self, doc):
        self.doc = doc
        insts = doc["instructions"]
        self.stages = []
        # `FROM build_${BUILD_ENV}` with `ARG BUILD_ENV=git` before the first FROM: the default picks the stage.
        defaults = {}
        for inst in insts:
            if inst["kind"] == "from":
                break
            if inst["kind"] == "arg" and "=" in args(inst):
                name, _, value = args(inst).partition("=")
                defaults[name.strip()] = value.strip().strip('"')
        for st in doc["stages"]:
            base = re.sub(r"\$\{?(\w+)\}?", lambda m: defaults.get(m.group(1), m.group(0)), st["base"])
            self.stages.append({"name": (st["name"] or "").lower(), "base": base,
                                "insts": [insts[i] for i in st["instructions"]]})

    def chain(self):
        """Instructions of the final stage and of the in-file stages it starts FROM."""
        out, index = [], len(self.stages) - 1
        seen = set()
        while index >= 0 and index not in seen:
            seen.add(index)
            st = self.stages[index]
            out = st["insts"] + out
            base = st["base"].lower()
            index = next((i for i, s in enumerate(self.stages[:index]) if s["name"] == base), -1)
        return out

    def final_image(self):
        index = len(self.stages) - 1
        while index >= 0:
            base = self.stages[index]["base"].lower()
            parent = next((i for i, s in enumerate(self.stages[:index]) if s["name"] == base), -1)
            if parent < 0:
                return base
            index = parent
        return ""


def args(inst):
    return inst.get("arguments") or ""


def runs(insts, ctx=None):
    """Each RUN's text, with the text of the context scripts it runs appended (a script COPY put in the
    image, as huginn's `COPY docker/scripts/prepare /scripts/` + `RUN /scripts/prepare`): the packages a
    script installs stay in the image as much as those the RUN names."""
    out, copied, workdir = [], {}, "/"
    for i in insts:
        if i["kind"] == "workdir":
            workdir = posixpath.join(workdir, args(i).strip().strip('"'))
        elif i["kind"] in ("copy", "add") and ctx and "--from" not in json.dumps(i.get("flags", [])):
            words = [w.strip('"[],') for w in args(i).split()]
            if len(words) >= 2:
                dest = posixpath.join(workdir, words[-1])
                for src in words[:-1]:
                    into_dir = words[-1].endswith("/") or len(words) > 2 or src.rstrip("/") in (".", "")
                    target = posixpath.join(dest, posixpath.basename(src.rstrip("/"))) if into_dir and \
                        os.path.isfile(os.path.join(ctx, src)) else dest
                    copied[posixpath.normpath(target)] = os.path.join(ctx, src)
        elif i["kind"] == "run":
            text = args(i) + "".join("\n" + h["content"] for h in i.get("heredocs", []))
            out.append(text + "".join("\n" + s for s in context_scripts(text, copied, workdir)))
    return out


def context_scripts(text, copied, workdir):
    """The texts of the context files a RUN names by their path in the image."""
    found = []
    for word in re.findall(r"[\w./-]+", text):
        if "/" not in word and not word.endswith(".sh"):
            continue
        path = posixpath.normpath(posixpath.join(workdir, word))
        for dest, src in copied.items():
            rest = posixpath.relpath(path, dest) if path == dest or path.startswith(dest.rstrip("/") + "/") else None
            if rest is None:
                continue
            local = src if rest == "." else os.path.join(src, rest)
            if os.path.isfile(local) and os.path.getsize(local) < 200_000:
                with open(local, encoding="utf-8", errors="replace") as f:
                    body = f.read()
                if "\0" not in body:
                    found.append(body)
                break
    return found


def expand_assignments(script):
    """`x='apt-get install -y'` ... `$x build-essential`: scripts name their install command once."""
    for name, value in re.findall(r"^\s*([A-Za-z_]\w*)=['\"]([^'\"\n]*)['\"]\s*$", script, re.M):
        script = re.sub(r"\$\{?" + name + r"\b\}?", lambda _: value, script)
    return script


def installed_packages(script):
    """Packages named by apt/apk/yum/dnf installs in a RUN, minus those purged in the same RUN."""
    pkgs, removed = set(), set()
    script = expand_assignments(script.replace("\\\n", " "))
    for cmd in re.split(r"&&|;|\|\||\n", script):
        words = cmd.split()
        if not words:
            continue
        text = " ".join(words)
        m = re.search(r"\b(apt-get|apt|apk|yum|dnf|microdnf)\s+(?:-\S+\s+)*(install|add)\b(.*)", text)
        if m:
            named = {w for w in m.group(3).split() if not w.startswith("-") and "$" not in w}
            pkgs.update(named)
            if m.group(1) in ("apt-get", "apt") and "--no-install-recommends" not in text:
                for p in named & RECOMMENDS_BUILD.keys():
                    pkgs.update(RECOMMENDS_BUILD[p])
        m = re.search(r"\b(apt-get|apt|apk|yum|dnf)\s+(?:-\S+\s+)*(purge|remove|del|autoremove)\b(.*)", text)
        if m:
            removed.update(w for w in m.group(3).split() if not w.startswith("-"))
            if "--virtual" in text or m.group(1) == "apk":
                removed.add("*virtual*")
    virtual = re.search(r"apk add[^&;]*--virtual[= ]+(\S+)", script)
    if virtual and virtual.group(1) in removed:
        return set()
    return {p.split("=")[0].split(":")[0] for p in pkgs - removed}


DEP_ECOSYSTEM = [("python", r"pip|uv |poetry|pipenv"), ("node", r"npm|yarn|pnpm"), ("ruby", r"bundle"),
                 ("php", r"composer"), ("go", r"go "), ("java", r"mvn|gradle"), ("rust", r"cargo"), ("dotnet", r"dotnet")]


def dep_ecosystems(script, base):
    """The ecosystems whose dependencies a RUN resolves (DEP_STEP), by the tool that does it; a `make`
    on a Go image builds with `go build` and fetches the modules."""
    found = set()
    for m in DEP_STEP.finditer(script):
        found.update(name for name, tools in DEP_ECOSYSTEM if re.match(r"\W*(" + tools + ")", m.group(0)) or
                     re.search(r"\b(" + tools + ")", m.group(0)))
    if "golang" in base and re.search(r"(^|[;&|]|\bthen|\bdo)\s*(\w+=\S+\s+)*make\b", script):  # make as a command
        found.add("go")
    return found


def cleans_after(script, makes, cleans):
    """Whether every part of a RUN that leaves a package index or cache (`makes`) is followed by its cleanup."""
    last = None
    for m in re.finditer(makes, script):
        last = m.end()
    return last is None or any(c.start() > last for c in re.finditer(cleans, script))


def judge(label, view, row, ctx, dockopt, before_ctx):
    chain = view.chain()
    final_runs = runs(chain, ctx)
    if label == "runs_as_root":  # the final stage's last USER is a non-root user
        users = [args(i).split(":")[0].strip() for i in chain if i["kind"] == "user"]
        return bool(users) and users[-1] not in ("root", "0")
    if label == "toolchain_final":  # final base is no toolchain image, no compiler left installed
        name, tag = image_parts(view.final_image())
        if TOOLCHAIN_IMAGES.match(name.split("/")[-1] if "/" in name and not name.startswith("mcr") else name):
            if not re.search(r"(eclipse-temurin|openjdk\d*(-openj9)?)$", name) or "jdk" in tag or \
                    not re.search(r"jre", tag):
                return False
        return not any(installed_packages(r) & BUILD_PACKAGES or any(JDK_PACKAGE.match(p) for p in installed_packages(r))
                       for r in final_runs)
    if label == "dev_pkgs":  # no -dev/-devel package left installed in the final image's chain
        return not any(p.endswith("-dev") or p.endswith("-devel") for r in final_runs for p in installed_packages(r))
    if label == "apt_no_cleanup":  # every apt RUN of the final chain removes the lists or mounts a cache
        return all(cleans_after(r, r"\bapt(-get)?\s+(?:-\S+\s+)*(update|install)\b|deb\.nodesource\.com/setup|"
                                  r"\bapt(-get)? update", r"/var/lib/apt/lists|type=cache,target=/var/lib/apt")
                   for r in final_runs)
    if label == "apk_no_cache":  # every apk command that reads or writes the index uses --no-cache, or cleans up
        return all(cleans_after(r, r"\bapk\b(?![^&;|\n]*--no-cache)[^&;|\n]*\b(update|upgrade|add)\b",
                                r"/var/cache/apk|type=cache,target=/var/cache/apk") for r in final_runs)
    if label == "pip_cache":  # every pip/uv/poetry install keeps no cache
        env = " ".join(args(i) for i in chain if i["kind"] == "env")
        pip_off = "PIP_NO_CACHE_DIR" in env  # pip disables its cache for any boolean value, "off" included
        uv_off = bool(re.search(r"UV_NO_CACHE[= ]+\"?(1|true|yes)", env, re.I))
        for r in final_runs:
            if "--no-cache" in r or "/root/.cache" in r or "type=cache" in r:
                continue
            if re.search(r"\buv (pip install|sync)", r) and not uv_off:
                return False
            if re.search(r"\b(pip[0-9.]*|poetry) (install|sync)", r) and not pip_off:
                return False
        return True
    if label == "npm_cache":
        return all(re.search(r"cache clean|store prune|type=cache|--no-cache", r)
                   for r in final_runs if re.search(r"\b(npm (ci|install|i)|yarn|pnpm (install|add))\b", r))
    if label == "fat_base":  # the final base is a slim/alpine/JRE/distroless variant
        name, tag = image_parts(view.final_image())
        short = name.split("/")[-1]
        if short in ("python", "node", "ruby", "golang", "rust", "gcc", "buildpack-deps", "maven", "gradle"):
            return "slim" in tag or "alpine" in tag
        if short in ("openjdk", "eclipse-temurin", "amazoncorretto") or re.match(r"openjdk\d+", short):
            return "jre" in tag
        if short == "ubuntu":
            return False
        return True
    if label == "copy_all_before_deps":  # every stage resolves dependencies before copying all sources
        for st in view.stages:
            whole = None
            for n, inst in enumerate(st["insts"]):
                if inst["kind"] in ("copy", "add") and "--from" not in json.dumps(inst.get("flags", [])):
                    srcs = args(inst).split()[:-1]
                    if any(s.rstrip("/") in (".", "./") for s in srcs) and whole is None:
                        whole = n
                if inst["kind"] == "run" and whole is not None:
                    # Each ecosystem's install needs one of its own before the sources: a yarn install
                    # above `COPY . .` does not cache the `bundle install` below it.
                    earlier = set().union(*[dep_ecosystems(args(i), st["base"]) for i in st["insts"][:whole]
                                            if i["kind"] == "run"])
                    if dep_ecosystems(args(inst), st["base"]) - earlier:
                        return False
        return True
    if label == "bloated_context":  # .git and the paths the reviewer named as sent left out
        after = context_size(dockopt, ctx, row)
        if after is None or before_ctx is None:
            return False
        row["_context_after"] = f".git {'sent' if after['git'] else 'excluded'}, after/before " \
                                f"{after['bytes'] / max(before_ctx['bytes'], 1):.2f}"
        row["_context_half"] = after["bytes"] <= before_ctx["bytes"] // 2 or after["bytes"] < (1 << 20)
        sent = named_paths_sent(dockopt, ctx, row)
        if sent:
            row["_context_after"] += ", still sent: " + " ".join(sent)
        return not after["git"] and not sent
    return None


def named_bloat():
    """dockerfile -> (paths the reviewer's note names as sent, paths the build reads), from bench/real_apps_bloat_named.tsv."""
    out = {}
    with open(os.path.join(REPO, "bench", "real_apps_bloat_named.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            key, named, needed = (line.rstrip("\n").split("\t") + ["", ""])[:3]
            out[key] = (named.split(), {w for w in needed.split() if not w.startswith("(")})
    return out


def named_paths_sent(dockopt, ctx, row):
    """The paths the reviewer named that the build does not read and the context still sends."""
    named, needed = named_bloat().get(f"{row['repo']}:{row['dockerfile']}", ([], set()))
    sent = []
    for path in named:
        if path in needed:
            continue
        full = os.path.join(ctx, path)
        if not os.path.exists(full):  # a developer checkout's leftover (node_modules): made, then probed
            os.makedirs(full, exist_ok=True)
            open(os.path.join(full, "probe"), "w").close()
        probe = os.path.join(os.path.dirname(row["_dockerfile"]), ".probe.Dockerfile")
        with open(probe, "w") as f:
            f.write(f"FROM scratch\nCOPY {path} /probe\n")
        out = subprocess.run([dockopt, "context", "--format", "json", "-f", probe, ctx], capture_output=True, text=True)
        os.remove(probe)
        try:  # an excluded COPY source is an error (exit 2), with the report on stdout all the same
            checks = json.loads(out.stdout).get("copy_sources", [])
        except json.JSONDecodeError:
            checks = []
        if not (checks and checks[0].get("excluded")):
            sent.append(path)
    return sent


def context_size(dockopt, ctx, row):
    out = subprocess.run([dockopt, "context", "--format", "json", "-f", row["_dockerfile"], ctx],
                         capture_output=True, text=True)
    if out.returncode not in (0, 1):
        return None
    data = json.loads(out.stdout)
    git = any(b.get("path", "").rstrip("/") in (".git",) for b in data.get("bloat", []))
    return {"bytes": data["total_bytes"], "git": git}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dockopt", default=os.path.join(REPO, "build", "cli", "dockopt"))
    ap.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpus", "real-apps"))
    ap.add_argument("--labels", default="")
    ap.add_argument("--language", default="")
    ap.add_argument("--show-unfixed", action="store_true")
    ap.add_argument("--json", default="")
    opt = ap.parse_args()
    dockopt = os.path.abspath(opt.dockopt)
    manifest = os.path.join(opt.corpus, "MANIFEST.tsv")
    if not os.path.exists(manifest):
        print(f"SKIPPED: no corpus at {opt.corpus}")
        return 77
    with open(manifest, encoding="utf-8") as f:
        header = next(f).rstrip("\n").split("\t")
        rows = [dict(zip(header, line.rstrip("\n").split("\t"))) for line in f if line.strip()]
    wanted = set(filter(None, opt.labels.split(",")))
    total = collections.Counter()
    fixed = collections.Counter()
    fixed_seen = collections.Counter()  # fixed, and the judge did not already hold on the original
    per_lang = collections.defaultdict(collections.Counter)
    per_eco = collections.defaultdict(collections.Counter)
    unfixed, errors, results, judge_blind = [], [], [], []
    for row in rows:
        if opt.language and row["language"] != opt.language:
            continue
        labels = [l for l in row["issues"].split(",") if l and l != "none" and (not wanted or l in wanted)]
        if not labels:
            continue
        with tempfile.TemporaryDirectory(prefix="dockopt-realapps-") as work:
            # Only the context judge needs the whole tree; the others read the copied files.
            repo = materialize(row, opt.corpus, work, "bloated_context" in labels)
            ctx = context_dir(row, repo)
            dockerfile = os.path.join(repo, row["dockerfile"])
            row["_dockerfile"] = dockerfile
            before_ctx = context_size(dockopt, ctx, row) if "bloated_context" in labels else None
            # The judges are heuristics: one that already holds on the original file cannot see the
            # problem the reviewer labelled, so its "fixed" afterwards proves nothing (said apart below).
            original = parse_json(dockopt, dockerfile)
            blind = {label for label in labels if label != "bloated_context" and original and
                     judge(label, View(original), row, ctx, dockopt, before_ctx)}
            run = subprocess.run([dockopt, "optimize", "-i", "-q", "--unsafe", "--context", ctx, dockerfile],
                                 capture_output=True, text=True)
            doc = parse_json(dockopt, dockerfile) if run.returncode in (0, 1) else None
            if doc is None:
                errors.append(f"{row['repo']}:{row['dockerfile']}: exit {run.returncode}: {run.stderr.strip()[:200]}")
            view = View(doc) if doc else None
            for label in labels:
                ok = bool(view) and judge(label, view, row, ctx, dockopt, before_ctx)
                total[label] += 1
                per_lang[row["language"]][label + ":total"] += 1
                for eco in ecosystems(row, opt.corpus):
                    per_eco[eco][label + ":total"] += 1
                    per_eco[eco][label + ":fixed"] += ok
                if ok and label in blind:
                    judge_blind.append(f"{label}\t{row['repo']}:{row['dockerfile']}")
                if ok:
                    fixed[label] += 1
                    fixed_seen[label] += label not in blind
                    per_lang[row["language"]][label + ":fixed"] += 1
                else:
                    why = f"\t({row['_context_after']})" if label == "bloated_context" and "_context_after" in row else ""
                    unfixed.append(f"{label}\t{row['repo']}:{row['dockerfile']}{why}")
                results.append({"repo": row["repo"], "dockerfile": row["dockerfile"], "label": label, "fixed": ok})
    print(f"real-apps fix rate ({dockopt} optimize -i --unsafe --context)")
    print(f"{'label':24} {'fixed':>5} / {'total':<5} {'rate':>6}")
    all_fixed = all_total = 0
    for label in sorted(total):
        all_fixed += fixed[label]
        all_total += total[label]
        print(f"{label:24} {fixed[label]:5} / {total[label]:<5} {100.0 * fixed[label] / total[label]:5.1f}%")
    if all_total:
        print(f"{'all labels':24} {all_fixed:5} / {all_total:<5} {100.0 * all_fixed / all_total:5.1f}%")
    if judge_blind:
        print(f"\n{len(judge_blind)} of the fixed labels were judged fixed on the original file too: the judge cannot "
              "see those problems, so only the rest counts as shown fixed:")
        print(f"{'label':24} {'shown':>5} / {'total':<5} {'rate':>6}")
        for label in sorted(total):
            print(f"{label:24} {fixed_seen[label]:5} / {total[label]:<5} {100.0 * fixed_seen[label] / total[label]:5.1f}%")
        print(f"{'all labels':24} {sum(fixed_seen.values()):5} / {all_total:<5} "
              f"{100.0 * sum(fixed_seen.values()) / all_total:5.1f}%")
        for b in sorted(judge_blind):
            print("  judge blind: " + b)
    judged = [r for r in rows if "_context_half" in r]
    if judged:  # the earlier proxy, kept for comparison: it asks for half the tree whatever the note names
        half = sum(1 for r in judged if r["_context_half"] and r["_context_after"].startswith(".git excluded"))
        print(f"(bloated_context by the earlier proxy, .git excluded and the context at most half: {half} / {len(judged)})")
    print("\nper language (fixed/total):")
    for lang in sorted(per_lang):
        c = per_lang[lang]
        cells = [f"{l}={c[l + ':fixed']}/{c[l + ':total']}" for l in sorted(total) if c[l + ":total"]]
        print(f"  {lang:8} " + " ".join(cells))
    print("\nper ecosystem, detected from the manifests the Dockerfile builds with (a Dockerfile counts in each):")
    labels = sorted(total)
    print("| ecosystem | " + " | ".join(labels) + " |")
    print("|---|" + "---:|" * len(labels))
    for eco in sorted(per_eco, key=lambda e: -sum(per_eco[e][l + ":total"] for l in labels)):
        c = per_eco[eco]
        cells = [f"{c[l + ':fixed']}/{c[l + ':total']} ({100.0 * c[l + ':fixed'] / c[l + ':total']:.0f}%)"
                 if c[l + ":total"] else "-" for l in labels]
        print(f"| {eco} | " + " | ".join(cells) + " |")
    if errors:
        print(f"\n{len(errors)} Dockerfiles where dockopt failed:")
        for e in errors:
            print("  " + e)
    if opt.show_unfixed:
        print("\nunfixed:")
        for u in sorted(unfixed):
            print("  " + u)
    if opt.json:
        with open(opt.json, "w") as f:
            json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
