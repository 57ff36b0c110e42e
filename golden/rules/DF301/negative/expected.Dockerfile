FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]

# httpd starts as root and its workers drop privileges: left alone
FROM httpd:2.4
COPY site /usr/local/apache2/htdocs/
EXPOSE 80
