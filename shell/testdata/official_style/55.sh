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
	wget -O httpd.tar.gz "https://downloads.example.org/httpd-2.4.58.tar.gz"; \
	mkdir -p /usr/src/httpd; \
	tar -xzf httpd.tar.gz -C /usr/src/httpd --strip-components=1; \
	make -C /usr/src/httpd -j "$(nproc)" all; \
	make -C /usr/src/httpd install; \
	runDeps="$( \
		scanelf --needed --nobanner --format '%n#p' --recursive /usr/local \
			| tr ',' '\n' \
			| sort -u \
			| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \
	)"; \
	apk add --no-network --virtual .httpd-rundeps $runDeps; \
	apk del --no-network .build-deps; \
\
	function cleanup { rm -rf /tmp/* /var/tmp/*; }; \
	trap cleanup EXIT; \
\
	test -x /usr/local/bin/httpd