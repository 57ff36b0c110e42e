FROM continuumio/miniconda3 AS builder

RUN apt-get update && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN conda create -y -n app python=3.11 \
    && . activate app \
    && pip install -r requirements.txt
COPY . .

FROM continuumio/miniconda3 AS production
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /opt/conda /opt/conda

ENV PATH=/opt/conda/envs/app/bin:$PATH
CMD ["python", "serve.py"]
