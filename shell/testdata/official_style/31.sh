set -eux; \
\
	apkArch="$(apk --print-arch)"; \
	case "$apkArch" in \
		x86_64) url='https://example.org/amd64.tar.gz' ;; \
		aarch64) url='https://example.org/arm64.tar.gz' ;; \
		*) url= ;; \
	esac; \
\
	apk add --no-cache --virtual .build-deps \
		gcc \
		make \
		musl-dev \
		linux-headers \
	; \
	wget -O rabbitmq.tar.gz "https://downloads.example.org/rabbitmq-3.12.12.tar.gz"; \
	mkdir -p /usr/src/rabbitmq; \
	tar -xzf rabbitmq.tar.gz -C /usr/src/rabbitmq --strip-components=1; \
	make -C /usr/src/rabbitmq -j "$(nproc)" all; \
	make -C /usr/src/rabbitmq install; \
	runDeps="$( \
		scanelf --needed --nobanner --format '%n#p' --recursive /usr/local \
			| tr ',' '\n' \
			| sort -u \
			| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \
	)"; \
	apk add --no-network --virtual .rabbitmq-rundeps $runDeps; \
	apk del --no-network .build-deps; \
\
	function cleanup { rm -rf /tmp/* /var/tmp/*; }; \
	trap cleanup EXIT; \
\
	rabbitmq --version