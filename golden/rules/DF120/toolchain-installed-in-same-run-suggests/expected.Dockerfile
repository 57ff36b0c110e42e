# The RUN installs Go before it builds: a `go mod download` above the COPY would run without Go, so the
# fetch is a suggestion that names what comes first (the same for `curl ... installer | php &&
# composer install`).
FROM debian:bookworm-slim
WORKDIR /src
COPY . .
RUN apt-get update && apt-get install -y golang && go build -o /app .
CMD ["/app"]
