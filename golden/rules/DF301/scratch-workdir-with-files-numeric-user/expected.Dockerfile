# The WORKDIR holds the files the stage copies: the program reads them, the numeric user can.
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM scratch
WORKDIR /app
COPY --from=build /out/app /app/app
USER 10001:10001
ENTRYPOINT ["/app/app"]
