#!/usr/bin/env python3
"""Which base images of the final stages of a corpus the base-image table does not know.

Reads analysis/data/base-images.tsv and os-codenames.tsv and matches each final stage's FROM (ARG
defaults before the first FROM filled in, a stage name followed to its base) the way
analysis/base_images.cc does (lower case, docker.io/ and library/ dropped, a release component taken
out of the tag, the first row whose name is equal, whose distribution agrees and whose tag regex
matches); Python's re stands in for ECMAScript regexes, which these patterns use alike. Prints the
counts, then the unknown images by name, then the known ones whose release is unknown.

usage: bench/unknown_base_images.py DATA_DIR CORPUS_DIR [TOP]
       bench/unknown_base_images.py analysis/data ../shared/corpus/real-world 30
"""
import collections, glob, os, re, sys

DATA = sys.argv[1]
corpus = sys.argv[2]

codenames = {}
for line in open(os.path.join(DATA, "os-codenames.tsv")):
    if line.startswith("#") or not line.strip(): continue
    f = line.rstrip("\n").split("\t")
    codenames[f[0]] = (f[1], f[2])

rows = []
for line in open(os.path.join(DATA, "base-images.tsv")):
    if line.startswith("#") or not line.strip(): continue
    f = line.rstrip("\n").split("\t")
    rows.append(f)

def release_component(c):
    if c in codenames: return codenames[c]
    if c.startswith("alpine"):
        v = c[6:]
        if v == "" or all(ch.isdigit() or ch == "." for ch in v): return ("alpine", v)
    if c.startswith("oraclelinux") and len(c) > 11: return ("redhat", c[11:])
    return None

def normalise(image):
    t = image.lower()
    if not t or "$" in t: return None
    digest = "@" in t
    t = t.split("@")[0]
    for p in ("docker.io/", "index.docker.io/", "registry-1.docker.io/"):
        if t.startswith(p): t = t[len(p):]
    if t.startswith("library/"): t = t[8:]
    c = t.rfind(":")
    if c >= 0 and "/" not in t[c:]: return t[:c], t[c+1:]
    if digest: return None
    return t, "latest"

def lookup(image):
    n = normalise(image)
    if not n: return None
    name, tag = n
    parts = tag.split("-")
    os_ = None
    for i, p in enumerate(parts):
        r = release_component(p)
        if r:
            os_ = r; del parts[i]; break
    rest = "-".join(parts) or "latest"
    for f in rows:
        if f[0] != name: continue
        if os_ and os_[0] != f[2]: continue
        m = re.fullmatch(f[1], rest)
        if not m: continue
        rel = os_[1] if os_ and os_[1] else (f[3] if f[3] != "-" else "")
        if "{" in rel: rel = m.expand(rel.replace("{1}", r"\1"))
        return (f, rel)
    return None

def final_base(path):
    args = {}
    stages = []  # (name, image)
    lines = []
    cur = ""
    for raw in open(path, errors="replace"):
        s = raw.rstrip("\n")
        if s.endswith("\\"):
            cur += s[:-1] + " "; continue
        cur += s; lines.append(cur); cur = ""
    lines.append(cur)
    for l in lines:
        l = l.strip()
        m = re.match(r"(?i)arg\s+([A-Za-z_0-9]+)(?:=(\S*))?", l)
        if m and not stages:
            args[m.group(1)] = (m.group(2) or "").strip('"\'')
            continue
        m = re.match(r"(?i)from\s+(?:--platform=\S+\s+)?(\S+)(?:\s+as\s+(\S+))?", l)
        if m:
            img = m.group(1)
            img = re.sub(r"\$\{?([A-Za-z_0-9]+)(?::-[^}]*)?\}?", lambda x: args.get(x.group(1), x.group(0)) or x.group(0), img)
            stages.append(((m.group(2) or "").lower(), img))
    if not stages: return None
    img = stages[-1][1]
    names = {n: i for n, i in stages if n}
    seen = 0
    while img.lower() in names and seen < 10:
        img = names[img.lower()]; seen += 1
    return img

unknown = collections.Counter(); unknown_rel = collections.Counter(); total = 0; known = 0
examples = collections.defaultdict(list)
for p in sorted(glob.glob(os.path.join(corpus, "*.Dockerfile"))):
    img = final_base(p)
    if img is None: continue
    total += 1
    r = lookup(img)
    n = normalise(img)
    key = n[0] if n else img
    if r is None:
        unknown[key] += 1; examples[key].append(img)
    else:
        known += 1
        if not r[1] and r[0][2] not in ("scratch",): unknown_rel[key] += 1; examples["rel:" + key].append(img)
print(f"final stages {total}: known {known}, unknown {sum(unknown.values())}, known but release unknown {sum(unknown_rel.values())}")
print("--- unknown, by name")
for k, v in unknown.most_common(int(sys.argv[3]) if len(sys.argv) > 3 else 60):
    ex = collections.Counter(examples[k]).most_common(4)
    print(f"{v:4d} {k}   " + ", ".join(f"{e}({c})" for e, c in ex))
print("--- known, release unknown, by name")
for k, v in unknown_rel.most_common(30):
    ex = collections.Counter(examples['rel:'+k]).most_common(4)
    print(f"{v:4d} {k}   " + ", ".join(f"{e}({c})" for e, c in ex))
