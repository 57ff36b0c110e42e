# A static Go build would go onto distroless, which has no shell to give /app back to nobody: the
# folder the stage chowned keeps production on the plain OS image.
FROM golang:1.22
ENV CGO_ENABLED=0
WORKDIR /app
COPY . .
RUN go build -o /app/server .
RUN chown -R nobody:nogroup /app
USER nobody
CMD ["/app/server"]
