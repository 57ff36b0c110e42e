# The command is an init that runs the program the stage installed: production takes both, each
# from where the stage put it (`go install PKG` names /go/bin/jap; the ADD put dumb-init in /usr/bin).
FROM golang:1.22-bookworm AS builder
ADD https://github.com/Yelp/dumb-init/releases/download/v1.2.5/dumb-init_1.2.5_x86_64 /usr/bin/dumb-init
RUN chmod +x /usr/bin/dumb-init
COPY . /go/src/github.com/jitsi/jap
WORKDIR /go/src/github.com/jitsi/jap
RUN go install github.com/jitsi/jap/cmd/jap

FROM debian:bookworm-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /go/src/github.com/jitsi/jap
COPY --from=builder /go/bin/jap /go/bin/jap
COPY --from=builder /usr/bin/dumb-init /usr/bin/dumb-init
ENV PATH="/go/bin:$PATH"
EXPOSE 8080
CMD ["dumb-init", "jap", "-http", ":8080"]
