# The module download hides in a script the RUN hands to bash (alist's build.sh): a suggestion.
FROM alpine:3.19 AS builder
WORKDIR /app/
COPY ./ ./
RUN apk add --no-cache bash gcc git go musl-dev; \
    bash build.sh release docker

FROM alpine:3.19
COPY --from=builder /app/bin/app /usr/local/bin/app
CMD ["app"]
