# syntax=docker/dockerfile:1
# The package cache is a build cache mount: the author keeps it there, and it is not in the layer.
FROM continuumio/miniconda3:23.10.0-1
RUN --mount=type=cache,target=/opt/conda/pkgs conda install -y numpy
