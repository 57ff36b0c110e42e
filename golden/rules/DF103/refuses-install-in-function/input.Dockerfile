# The install is in a function body: no place in the source surely runs after it, so no cleanup is added.
FROM fedora:39
RUN add() { dnf install -y "$@"; }; add gcc make
