# python:3.11 names no release: untagged official images are trixie since 2025-08, where bookworm's
# libldap-2.5-0 does not install: no table names the runtime library of the purged libldap2-dev, and
# production asks apt for it (apt-cache depends).
FROM python:3.11 AS builder
WORKDIR /code
COPY . /code
ENV BUILDPKGS gcc libldap2-dev libsasl2-dev
RUN apt-get update && apt-get install -y --no-install-recommends $BUILDPKGS
RUN pip install -r requirements.txt
RUN apt-get purge -y $BUILDPKGS

FROM python:3.11-slim AS production
WORKDIR /code
ENV BUILDPKGS gcc libldap2-dev libsasl2-dev
RUN apt-get update \
    && runtime_libs="$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances libldap2-dev | awk '/^[^ ]/ { dev = $1 ~ /-(multi)?dev$/ && $1 !~ /^lib(c6|crypt|nsl|tirpc)-dev$/ } dev && $1 == "Depends:" && $2 ~ /^lib/ && $2 !~ /-(multi)?(dev|bin)$/ { print $2 }' | sort -u)" \
    && apt-get install -y --no-install-recommends $runtime_libs libsasl2-2 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /code /code
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
