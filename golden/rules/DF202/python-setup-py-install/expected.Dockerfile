# `python setup.py install` installs into site-packages and the scripts folder, as pip would:
# production copies both (and the project folder).
FROM python:3.11 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN python3 -m ensurepip && python3 setup.py install

FROM python:3.11-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
CMD ["myapp", "--port", "8080"]
