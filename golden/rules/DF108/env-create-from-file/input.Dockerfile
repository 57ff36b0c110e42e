FROM continuumio/miniconda3:23.10.0-1
COPY environment.yml /tmp/environment.yml
RUN /opt/conda/bin/conda env create -f /tmp/environment.yml
RUN conda update -n base -y conda && conda create -y -n app python=3.11 && echo ok
