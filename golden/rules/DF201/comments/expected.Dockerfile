FROM node:20-bookworm AS build
WORKDIR /src
COPY . .
RUN npm ci && npm run build

# Runtime image
FROM node:20-bookworm-slim
# sharp needs libvips; image uploads need libjpeg
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        # image codecs
        libjpeg62-turbo \
        libpng16-16 \
        # TLS for outbound calls
        libssl3 \
        ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/dist /app
CMD ["node", "/app/server.js"]
