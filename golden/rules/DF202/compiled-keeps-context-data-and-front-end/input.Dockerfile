# A compiled program may read what the stage put beside it: context files copied where no build
# reads them (configs for /config) and the front-end it serves (`npm run build` in public/) go along.
FROM golang:1.22
WORKDIR /go/src/example.com/web
COPY . .
COPY configs /config
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
RUN go build -o /usr/local/bin/web .
RUN cd public && npm install && npm run build
ENV WEB_CONFIG_DIR=/config
VOLUME /config
CMD ["web"]
