# On a conda image conda's pip comes first on PATH and installs under /opt/conda: not planned.
FROM jupyter/scipy-notebook
USER root
RUN apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*
USER $NB_USER
RUN pip install --no-cache-dir lightgbm
COPY run.sh /tmp/run.sh
ENTRYPOINT ["/tmp/run.sh"]
