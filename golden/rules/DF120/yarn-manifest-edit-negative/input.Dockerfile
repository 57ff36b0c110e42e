FROM node:24-alpine AS build
ARG ENABLE_OIDC=false
WORKDIR /dockerbuild
COPY . .
RUN if [ "$ENABLE_OIDC" = "true" ]; then \
        apk add --no-cache jq \
        && jq '.dependencies["express-openid-connect"] = "^2.19.2"' package.json > package.tmp.json \
        && mv package.tmp.json package.json; \
    fi \
    && yarn install \
    && yarn build
