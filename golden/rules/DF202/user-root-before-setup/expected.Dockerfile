# The base image runs as another user and the stage switches to root first: production's package
# install follows that USER root, and a user named from ENV values is created after they are set.
FROM example.com/team/python-base:1.0 AS builder
USER root
RUN apt-get update && apt-get install -y gcc libpq-dev && rm -rf /var/lib/apt/lists/*
ENV APP_USER=svc
ENV APP_UID=1500
RUN useradd -u $APP_UID $APP_USER
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt

FROM example.com/team/python-base:1.0 AS production
USER root
ENV APP_USER=svc
ENV APP_UID=1500
WORKDIR /app
RUN apt-get update \
    && runtime_libs="$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances libpq-dev | awk '/^[^ ]/ { dev = $1 ~ /-(multi)?dev$/ && $1 !~ /^lib(c6|crypt|nsl|tirpc)-dev$/ } dev && $1 == "Depends:" && $2 ~ /^lib/ && $2 !~ /-(multi)?(dev|bin)$/ { print $2 }' | sort -u)" \
    && apt-get install -y --no-install-recommends $runtime_libs \
    && rm -rf /var/lib/apt/lists/* \
    && useradd -u $APP_UID $APP_USER
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib /usr/local/lib
USER svc
CMD ["python", "app.py"]
