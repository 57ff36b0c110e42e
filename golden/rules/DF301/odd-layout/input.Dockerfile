from debian:bookworm-slim
run	apt-get update \
	&& apt-get install -y --no-install-recommends ca-certificates \
	&& rm -rf /var/lib/apt/lists/*
copy	bin/tool /usr/local/bin/tool
entrypoint ["tool"]
