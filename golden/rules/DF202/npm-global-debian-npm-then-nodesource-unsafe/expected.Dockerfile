# Debian's npm first, then NodeSource's nodejs, which conflicts with it and brings its own npm (prefix
# /usr): production installs nodejs alone, since naming npm beside it fails
FROM ubuntu:18.04 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential curl ca-certificates npm \
    && curl -sL https://deb.nodesource.com/setup_10.x | bash - \
    && apt-get install -y --no-install-recommends nodejs \
    && rm -rf /var/lib/apt/lists/*
RUN npm install -g lighthouse
WORKDIR /app
COPY . .
RUN mkdir -p /tmp/dockopt-links/usr/bin/ && find /usr/bin -maxdepth 1 -lname '../lib/node_modules/lighthouse/*' -exec cp -P {} /tmp/dockopt-links/usr/bin/ \;

FROM ubuntu:18.04 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /etc/apt /etc/apt
COPY --from=builder /usr/share/keyrings /usr/share/keyrings
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl ca-certificates nodejs \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/lib/node_modules/lighthouse /usr/lib/node_modules/lighthouse
COPY --from=builder /tmp/dockopt-links/usr/bin/ /usr/bin
CMD ["lighthouse", "--version"]
