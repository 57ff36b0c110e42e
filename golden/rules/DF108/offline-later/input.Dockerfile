# A later RUN installs from the package cache without downloading: cleaning it here would break that install.
FROM continuumio/miniconda3:23.10.0-1 AS deps
RUN conda install -y --download-only numpy scipy
FROM deps
RUN conda install --offline -y numpy scipy
