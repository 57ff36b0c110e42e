from debian:bookworm-slim
run	apt-get update \
	&& apt-get install -y --no-install-recommends ca-certificates \
	&& rm -rf /var/lib/apt/lists/*
copy	bin/tool /usr/local/bin/tool
run useradd --create-home --uid 10001 app
user app
entrypoint ["tool"]
