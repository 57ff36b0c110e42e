FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]

# nginx starts as root and its workers drop privileges: left alone
FROM nginx:1.27
COPY site /usr/share/nginx/html
EXPOSE 80
