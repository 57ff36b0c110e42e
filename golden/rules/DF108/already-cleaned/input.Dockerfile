# Each RUN already cleans the package cache after its install (or downloads nothing): nothing is added.
FROM continuumio/miniconda3:23.10.0-1
RUN conda install -y jpeg && conda clean -ya
RUN conda install -y swig && conda clean -tipsy
RUN conda env create -f environment.yml && rm -rf /opt/conda/pkgs/*
RUN micromamba install -y -n base numpy && micromamba clean --all --yes
RUN conda install --dry-run -y swig
RUN conda config --add channels conda-forge
