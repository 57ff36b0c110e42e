# npm installs in both branches: the cache clean goes after the `fi`.
FROM node:20-slim
WORKDIR /app
COPY package.json ./
RUN if [ -f package-lock.json ]; then \
        npm ci --omit=dev; \
    else \
        npm install --omit=dev; \
    fi && \
    npm cache clean --force
