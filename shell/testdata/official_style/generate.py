#!/usr/bin/env python3
"""Writes NN.sh: RUN bodies in the style of the Docker official images (docker-library), for the shell
model's coverage and tree-golden tests. Hand-written fragments, combined per script so that each file
mixes the constructs those images use: set -eux chains, savedAptMark/apt-mark, dpkg --print-architecture
in case, gpg key loops, conditional apt-get installs, functions, subshells, groups, while/until, alpine
scanelf runDeps. Generated 2026-12-05 by the compound-commands helper; rerun to regenerate (then
DOCKOPT_UPDATE_GOLDEN=1 shell_tests refreshes the .tree dumps)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

PROJECTS = [
    ("redis", "7.2.4", "libssl-dev gcc make"), ("python", "3.12.1", "libbz2-dev libffi-dev zlib1g-dev"),
    ("ruby", "3.3.0", "bison libyaml-dev"), ("node", "20.11.0", "xz-utils"), ("php", "8.3.2", "libxml2-dev"),
    ("memcached", "1.6.23", "libevent-dev"), ("httpd", "2.4.58", "libapr1-dev libaprutil1-dev"),
    ("postgres", "16.1", "libicu-dev"), ("haproxy", "2.9.3", "liblua5.3-dev"), ("julia", "1.10.0", ""),
    ("erlang", "26.2.1", "libncurses-dev"), ("perl", "5.38.2", "dpkg-dev"), ("nginx", "1.25.3", "libpcre2-dev"),
    ("golang", "1.21.6", ""), ("rabbitmq", "3.12.12", "xz-utils"), ("tomcat", "10.1.18", "libapr1-dev"),
]

ARCH_CASE = [
    "dpkgArch=\"$(dpkg --print-architecture)\"; \\",
    "case \"${dpkgArch##*-}\" in \\",
    "\tamd64) ARCH='x64'; SHA='0a1b';; \\",
    "\tarm64) ARCH='arm64'; SHA='2c3d';; \\",
    "\tarmhf) ARCH='armv7l'; SHA='4e5f';; \\",
    "\tppc64el) ARCH='ppc64le';; \\",
    "\t*) echo >&2 \"error: unsupported architecture: $dpkgArch\"; exit 1 ;; \\",
    "esac; \\",
]

APK_ARCH_CASE = [
    "apkArch=\"$(apk --print-arch)\"; \\",
    "case \"$apkArch\" in \\",
    "\tx86_64) url='https://example.org/amd64.tar.gz' ;; \\",
    "\taarch64) url='https://example.org/arm64.tar.gz' ;; \\",
    "\t*) url= ;; \\",
    "esac; \\",
]

GPG_LOOP = [
    "export GNUPGHOME=\"$(mktemp -d)\"; \\",
    "for key in \\",
    "\t4ED778F539E3634C779C87C6D7062848A1AB005C \\",
    "\t141F07595B7B3FFE74309A937405533BE57C7D57 \\",
    "\t74F12602B6F1C4E913FAA37AD3A89613643B6201 \\",
    "; do \\",
    "\tgpg --batch --keyserver hkps://keys.openpgp.org --recv-keys \"$key\" || \\",
    "\tgpg --batch --keyserver keyserver.ubuntu.com --recv-keys \"$key\" ; \\",
    "done; \\",
    "gpg --batch --verify {n}.tar.gz.asc {n}.tar.gz; \\",
    "gpgconf --kill all; \\",
    "rm -rf \"$GNUPGHOME\" {n}.tar.gz.asc; \\",
]

COND_APT = [
    "if ! command -v gpg > /dev/null; then \\",
    "\tapt-get update; \\",
    "\tapt-get install -y --no-install-recommends \\",
    "\t\tgnupg \\",
    "\t\tdirmngr \\",
    "\t; \\",
    "\trm -rf /var/lib/apt/lists/*; \\",
    "fi; \\",
]

COND_APT_ELSE = [
    "if [ \"$ARCH\" = 'armv7l' ]; then \\",
    "\tapt-get update && apt-get install -y --no-install-recommends libatomic1; \\",
    "elif [ \"$ARCH\" = 'ppc64le' ]; then \\",
    "\techo 'no extra packages on ppc64le'; \\",
    "else \\",
    "\t: ; \\",
    "fi; \\",
]

SAVED_MARK_START = [
    "savedAptMark=\"$(apt-mark showmanual)\"; \\",
    "apt-get update; \\",
    "apt-get install -y --no-install-recommends \\",
    "\tca-certificates \\",
    "\twget \\",
    "{pkgs}"
    "; \\",
    "rm -rf /var/lib/apt/lists/*; \\",
]

FETCH = [
    "wget -O {n}.tar.gz \"https://downloads.example.org/{n}/{n}-{v}.tar.gz\"; \\",
    "echo \"$SHA256 *{n}.tar.gz\" | sha256sum -c -; \\",
    "wget -O {n}.tar.gz.asc \"https://downloads.example.org/{n}/{n}-{v}.tar.gz.asc\"; \\",
]

BUILD = [
    "mkdir -p /usr/src/{n}; \\",
    "tar -xzf {n}.tar.gz -C /usr/src/{n} --strip-components=1; \\",
    "rm {n}.tar.gz; \\",
    "\\",
    "cd /usr/src/{n}; \\",
    "gnuArch=\"$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)\"; \\",
    "./configure \\",
    "\t--build=\"$gnuArch\" \\",
    "\t--prefix=/usr/local \\",
    "\t--enable-shared \\",
    "; \\",
    "nproc=\"$(nproc)\"; \\",
    "make -j \"$nproc\"; \\",
    "make install; \\",
    "cd /; \\",
    "rm -rf /usr/src/{n}; \\",
]

MARK_AUTO = [
    "apt-mark auto '.*' > /dev/null; \\",
    "[ -z \"$savedAptMark\" ] || apt-mark manual $savedAptMark; \\",
    "find /usr/local -type f -executable -exec ldd '{{}}' ';' \\",
    "\t| awk '/=>/ {{ so = $(NF-1); if (index(so, \"/usr/local/\") == 1) {{ next }}; gsub(\"^/(usr/)?\", \"\", so); printf \"*%s\\n\", so }}' \\",
    "\t| sort -u \\",
    "\t| xargs -r dpkg-query --search \\",
    "\t| cut -d: -f1 \\",
    "\t| sort -u \\",
    "\t| xargs -r apt-mark manual \\",
    "; \\",
    "apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \\",
]

FUNCTION = [
    "fetch() {{ \\",
    "\tlocal url=\"$1\"; shift; \\",
    "\tfor mirror in $MIRRORS; do \\",
    "\t\tif curl -fsSL \"$mirror/$url\" -o \"$1\"; then return 0; fi; \\",
    "\tdone; \\",
    "\treturn 1; \\",
    "}}; \\",
    "fetch '{n}.tar.gz' /tmp/{n}.tar.gz; \\",
]

FUNCTION_KEYWORD = [
    "function cleanup {{ rm -rf /tmp/* /var/tmp/*; }}; \\",
    "trap cleanup EXIT; \\",
]

SUBSHELL_GROUP = [
    "( cd /usr/src/{n} && make test ) || {{ echo >&2 'tests failed'; exit 1; }}; \\",
    "{{ \\",
    "\techo '[global]'; \\",
    "\techo 'error_log = /proc/self/fd/2'; \\",
    "}} > /usr/local/etc/{n}.conf; \\",
]

LOOPS = [
    "for f in /etc/{n}/*.conf; do \\",
    "\t[ -f \"$f\" ] || continue; \\",
    "\tsed -ri 's/^#?(listen)\\s.*/\\1 0.0.0.0/' \"$f\"; \\",
    "done; \\",
    "while read -r line; do echo \"$line\"; done < /etc/os-release; \\",
    "n=0; until [ \"$n\" -ge 3 ] || wget -q --spider https://example.org; do n=$((n + 1)); sleep 1; done; \\",
]

ALPINE = [
    "apk add --no-cache --virtual .build-deps \\",
    "\tgcc \\",
    "\tmake \\",
    "\tmusl-dev \\",
    "\tlinux-headers \\",
    "; \\",
    "wget -O {n}.tar.gz \"https://downloads.example.org/{n}-{v}.tar.gz\"; \\",
    "mkdir -p /usr/src/{n}; \\",
    "tar -xzf {n}.tar.gz -C /usr/src/{n} --strip-components=1; \\",
    "make -C /usr/src/{n} -j \"$(nproc)\" all; \\",
    "make -C /usr/src/{n} install; \\",
    "runDeps=\"$( \\",
    "\tscanelf --needed --nobanner --format '%n#p' --recursive /usr/local \\",
    "\t\t| tr ',' '\\n' \\",
    "\t\t| sort -u \\",
    "\t\t| awk 'system(\"[ -e /usr/local/lib/\" $1 \" ]\") == 0 {{ next }} {{ print \"so:\" $1 }}' \\",
    ")\"; \\",
    "apk add --no-network --virtual .{n}-rundeps $runDeps; \\",
    "apk del --no-network .build-deps; \\",
]

USER_SETUP = [
    "if ! getent group {n} > /dev/null; then groupadd -r {n} --gid=999; fi; \\",
    "id -u {n} > /dev/null 2>&1 || useradd -r -g {n} --uid=999 --home-dir=/var/lib/{n} {n}; \\",
    "mkdir -p /var/lib/{n} && chown -R {n}:{n} /var/lib/{n}; \\",
]

BASH_FORMS = [
    "if [[ \"$ARCH\" == arm* ]]; then extra=(--with-lse); else extra=(); fi; \\",
    "(( jobs = $(nproc) + 1 )); \\",
    "grep -q '^{n}:' /etc/passwd <<< \"$(getent passwd)\" || true; \\",
]

COMMENTED = [
    "# verify the download before unpacking it",
    "echo \"$SHA256 *{n}.tar.gz\" | sha256sum --strict --check -; \\",
]

TAILS = ["{n} --version", "{n} -v", "command -v {n}", "{n} --version && {n}-cli --version",
         "test -x /usr/local/bin/{n}"]

COMBOS = [
    [SAVED_MARK_START, FETCH, GPG_LOOP, BUILD, MARK_AUTO],
    [ARCH_CASE, COND_APT, FETCH, GPG_LOOP, BUILD],
    [SAVED_MARK_START, ARCH_CASE, FUNCTION, BUILD, MARK_AUTO],
    [ALPINE, USER_SETUP],
    [COND_APT_ELSE, ARCH_CASE, SUBSHELL_GROUP],
    [SAVED_MARK_START, LOOPS, BUILD, SUBSHELL_GROUP, MARK_AUTO],
    [APK_ARCH_CASE, ALPINE, FUNCTION_KEYWORD],
    [ARCH_CASE, COND_APT_ELSE, GPG_LOOP, COMMENTED, USER_SETUP],
    [SAVED_MARK_START, BASH_FORMS, BUILD, MARK_AUTO],
    [COND_APT, LOOPS, FUNCTION, USER_SETUP],
    [SAVED_MARK_START, ARCH_CASE, COND_APT_ELSE, FETCH, COMMENTED, BUILD, MARK_AUTO],
    [USER_SETUP, SUBSHELL_GROUP, LOOPS],
]


def fill(line, name, version):
    """{n} and {v} are the project; {{ and }} are literal braces."""
    return line.replace("{n}", name).replace("{v}", version).replace("{{", "{").replace("}}", "}")


def render(index):
    name, version, pkgs = PROJECTS[index % len(PROJECTS)]
    combo = COMBOS[index % len(COMBOS)]
    pkg_lines = "".join("\t" + p + " \\\n" for p in pkgs.split())
    lines = ["set -eux; \\", "\\"]
    for fragment in combo:
        for line in fragment:
            lines.extend(fill(line.replace("{pkgs}", pkg_lines), name, version).split("\n"))
        lines.append("\\")
    lines.append(fill(TAILS[index % len(TAILS)], name, version))
    # The first line follows `RUN `; the rest carry the tab indentation the official images use.
    text = lines[0] + "\n" + "".join(("\t" + l if l and l != "\\" else l) + "\n" for l in lines[1:] if l != "")
    return text.rstrip("\n")


def main():
    for i in range(64):
        with open(os.path.join(HERE, "%02d.sh" % (i + 1)), "w") as f:
            f.write(render(i))


if __name__ == "__main__":
    main()
