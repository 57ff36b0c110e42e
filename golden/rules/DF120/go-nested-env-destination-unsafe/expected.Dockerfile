# The COPY's destination is an ENV built from other literal ENVs (the GOPATH layout): it reads the same
# in every build, so the fetch is planned there as for a written-out folder.
FROM golang:1.22 AS build
ENV GOPATH /go
ENV PACKAGE github.com/example/app
ENV BUILD_DIR ${GOPATH}/src/${PACKAGE}
WORKDIR /go/src/github.com/example/app
COPY go.mod go.sum /go/src/github.com/example/app/
RUN go mod download
COPY . ${BUILD_DIR}
WORKDIR ${BUILD_DIR}
RUN go build -o /out/app .

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
