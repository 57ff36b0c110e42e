# conda env create -f: the environment's name is in the file, and it goes under the root's envs/.
FROM nvidia/cuda:12.2.0-devel-ubuntu22.04 AS builder
ENV CONDA_DIR=/opt/conda PATH=/opt/conda/bin:$PATH
RUN apt-get update && apt-get install -y --no-install-recommends wget build-essential && rm -rf /var/lib/apt/lists/* \
    && wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/miniconda.sh \
    && bash /tmp/miniconda.sh -b -p $CONDA_DIR && rm /tmp/miniconda.sh
COPY environment.yml /tmp/environment.yml
RUN conda env create -f /tmp/environment.yml && conda clean -ya
WORKDIR /app
COPY app.py .

FROM nvidia/cuda:12.2.0-runtime-ubuntu22.04 AS production
ENV CONDA_DIR=/opt/conda PATH=/opt/conda/bin:$PATH
RUN apt-get update \
    && apt-get install -y --no-install-recommends wget \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /opt/conda /opt/conda
CMD ["/opt/conda/envs/app/bin/python", "app.py"]
