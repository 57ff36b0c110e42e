# npm's -y is --yes, a flag without a value: the package after it is still named
FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential curl ca-certificates \
    && curl -fsSL https://deb.nodesource.com/setup_20.x | bash - \
    && apt-get install -y --no-install-recommends nodejs \
    && rm -rf /var/lib/apt/lists/*
RUN npm install -g -y grunt-cli
WORKDIR /app
COPY . .
RUN mkdir -p /tmp/dockopt-links/usr/bin/ && find /usr/bin -maxdepth 1 -lname '../lib/node_modules/grunt-cli/*' -exec cp -P {} /tmp/dockopt-links/usr/bin/ \;

FROM ubuntu:22.04 AS production
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
COPY --from=builder /usr/lib/node_modules/grunt-cli /usr/lib/node_modules/grunt-cli
COPY --from=builder /tmp/dockopt-links/usr/bin/ /usr/bin
CMD ["grunt", "serve"]
