# `COPY . .` with no WORKDIR copies into '/': production repeats it with the destination made
# absolute, since its WORKDIR could differ.
FROM python:3.11 AS builder
RUN apt-get update && apt-get install -y gcc libpq-dev && rm -rf /var/lib/apt/lists/*
COPY *.sh .
COPY . .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.11-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/*
COPY *.sh /
COPY . /
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
CMD ["python", "server.py"]
