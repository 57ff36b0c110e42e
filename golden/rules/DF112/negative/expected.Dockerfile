FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod .
RUN go mod download
COPY . .
RUN go build -o /out/app .

FROM gcr.io/distroless/static-debian12
# the source tree is copied out on purpose
COPY --from=build /src/config /etc/app
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
