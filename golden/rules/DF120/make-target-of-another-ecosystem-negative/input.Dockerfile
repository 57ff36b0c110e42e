# `make ui` runs pnpm in ui/, not go: the go.mod beside the Makefile is the next stage's business, and a
# `go mod download` would fail in a node image.
FROM node:16 AS ui
COPY . /src
WORKDIR /src
RUN make install-ui-packages ui

FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
COPY --from=ui /src/ui/build ui/build
RUN make build

FROM gcr.io/distroless/static
COPY --from=build /src/app /app
ENTRYPOINT ["/app"]
