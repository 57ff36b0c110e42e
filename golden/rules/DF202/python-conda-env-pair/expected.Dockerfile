FROM nvidia/cuda:12.2.0-devel-ubuntu22.04 AS builder
ENV CONDA_DIR=/opt/conda PATH=/opt/conda/bin:$PATH
RUN apt-get update && apt-get install -y --no-install-recommends wget build-essential && rm -rf /var/lib/apt/lists/* \
    && wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/miniconda.sh \
    && bash /tmp/miniconda.sh -b -p $CONDA_DIR && rm /tmp/miniconda.sh
RUN conda install -y numpy && conda clean -ya
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
CMD ["python", "app.py"]
