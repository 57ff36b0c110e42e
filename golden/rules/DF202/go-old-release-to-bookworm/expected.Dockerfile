# golang:1.6 was built on jessie or stretch (not recorded). Its base has no -dev libraries, so a Go
# program links only the C library, which bookworm's newer glibc runs: production is bookworm-slim.
# A stage that installs packages named for that release (the second file) stays a suggestion.
FROM golang:1.6 AS builder
COPY . /go/src/example.com/app
WORKDIR /go/src/example.com/app
RUN go install example.com/app

FROM debian:bookworm-slim AS production
WORKDIR /go/src/example.com/app
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /go/bin/app /go/bin/app
ENV PATH="/go/bin:$PATH"
CMD ["app"]
