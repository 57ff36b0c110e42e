FROM ubuntu:22.04 AS builder
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential python3 npm \
    && rm -rf /var/lib/apt/lists/*
RUN npm install -g http-server
WORKDIR /site
COPY public/ /site/

FROM ubuntu:22.04 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /site
COPY --from=builder /site /site
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/node_modules /usr/local/lib/node_modules
EXPOSE 8080
CMD ["http-server", "/site", "-p", "8080"]
