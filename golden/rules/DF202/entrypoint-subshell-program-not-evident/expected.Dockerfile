FROM golang:1.22-bookworm AS builder
ENV APP_DIR /go/src/app
WORKDIR /go/src/app
COPY . .
RUN go build -o server . && go install ./cmd/tool

FROM debian:bookworm-slim AS production
ENV APP_DIR /go/src/app
WORKDIR /go/src/app
COPY --from=builder /go/bin/tool /go/bin/tool
COPY --from=builder /go/src/app /go/src/app
ENV PATH="/go/bin:$PATH"
ENTRYPOINT (cd $APP_DIR && ./server)
