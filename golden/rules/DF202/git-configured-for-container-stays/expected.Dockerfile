# `git config --global` sets git up for the container's own commits: node's slim image lacks git,
# so production installs it again.
FROM node:20 AS builder
RUN git config --global user.name "Dev" && git config --global user.email "dev@example.com"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .

FROM node:20-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends git ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /root/.gitconfig /root/.gitconfig
ENTRYPOINT ["/app/entrypoint.sh"]
