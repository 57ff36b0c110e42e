FROM continuumio/miniconda3

RUN apt-get update && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN conda create -y -n app python=3.11 \
    && . activate app \
    && pip install -r requirements.txt
COPY . .

ENV PATH=/opt/conda/envs/app/bin:$PATH
CMD ["python", "serve.py"]
