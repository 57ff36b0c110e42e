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
	wget -O erlang.tar.gz "https://downloads.example.org/erlang-26.2.1.tar.gz"; \
	mkdir -p /usr/src/erlang; \
	tar -xzf erlang.tar.gz -C /usr/src/erlang --strip-components=1; \
	make -C /usr/src/erlang -j "$(nproc)" all; \
	make -C /usr/src/erlang install; \
	runDeps="$( \
		scanelf --needed --nobanner --format '%n#p' --recursive /usr/local \
			| tr ',' '\n' \
			| sort -u \
			| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \
	)"; \
	apk add --no-network --virtual .erlang-rundeps $runDeps; \
	apk del --no-network .build-deps; \
\
	function cleanup { rm -rf /tmp/* /var/tmp/*; }; \
	trap cleanup EXIT; \
\
	command -v erlang