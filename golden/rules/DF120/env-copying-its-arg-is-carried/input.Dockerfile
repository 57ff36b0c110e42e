# `ENV VERSION=${VERSION}` only copies the ARG: repeated above the download it keeps its value, so
# it does not block the move (an `ENV PATH=/x:$PATH` still would).
FROM golang:1.22 AS build
WORKDIR /build
COPY . /build
ARG VERSION=dev
ENV VERSION=${VERSION}
RUN go build -ldflags "-X main.version=$VERSION" -o app .

FROM gcr.io/distroless/static-debian12
COPY --from=build /build/app /app
ENTRYPOINT ["/app"]
