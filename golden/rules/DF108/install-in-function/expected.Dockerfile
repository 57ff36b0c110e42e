# The install is in a function body: no place in the source surely runs after it, so no cleanup is added.
FROM continuumio/miniconda3:23.10.0-1
RUN add() { conda install -y "$@"; }; add gcc
