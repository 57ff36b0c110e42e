FROM python:3.11-slim AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \
    && rm -rf /var/lib/apt/lists/*
RUN useradd -m app
USER app
WORKDIR /home/app
COPY --chown=app requirements.txt .
RUN pip install --user -r requirements.txt
COPY --chown=app . .

FROM python:3.11-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd -m app
USER app
WORKDIR /home/app
COPY --from=builder --chown=app /home/app /home/app
CMD ["python", "main.py"]
