from golang:1.22-bookworm as build
workdir /src
copy . .
run	go build -o /out/app .

from debian:bookworm-slim
run	apt-get update \
	&& apt-get install -y --no-install-recommends \
		build-essential \
		zlib1g-dev \
		ca-certificates \
	&& rm -rf /var/lib/apt/lists/*
copy --from=build /out/app /usr/local/bin/app
entrypoint ["app"]
