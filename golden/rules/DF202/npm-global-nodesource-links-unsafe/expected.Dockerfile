# grunt and the Angular CLI from npm, on NodeSource's node
FROM python:3.11 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential \
    && curl -fsSL https://deb.nodesource.com/setup_18.x | bash - \
    && apt-get install -y --no-install-recommends nodejs && rm -rf /var/lib/apt/lists/*
RUN npm install -g --unsafe-perm grunt-cli@1.4.3 @angular/cli@16
WORKDIR /app
COPY . .
RUN mkdir -p /tmp/dockopt-links/usr/bin/ && find /usr/bin -maxdepth 1 -lname '../lib/node_modules/grunt-cli/*' -exec cp -P {} /tmp/dockopt-links/usr/bin/ \; && find /usr/bin -maxdepth 1 -lname '../lib/node_modules/@angular/cli/*' -exec cp -P {} /tmp/dockopt-links/usr/bin/ \;

FROM python:3.11-slim AS production
COPY --from=builder /etc/apt /etc/apt
COPY --from=builder /usr/share/keyrings /usr/share/keyrings
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/lib/node_modules/@angular/cli /usr/lib/node_modules/@angular/cli
COPY --from=builder /usr/lib/node_modules/grunt-cli /usr/lib/node_modules/grunt-cli
COPY --from=builder /tmp/dockopt-links/usr/bin/ /usr/bin
CMD ["grunt", "serve"]
