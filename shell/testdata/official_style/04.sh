set -eux; \
\
	apk add --no-cache --virtual .build-deps \
		gcc \
		make \
		musl-dev \
		linux-headers \
	; \
	wget -O node.tar.gz "https://downloads.example.org/node-20.11.0.tar.gz"; \
	mkdir -p /usr/src/node; \
	tar -xzf node.tar.gz -C /usr/src/node --strip-components=1; \
	make -C /usr/src/node -j "$(nproc)" all; \
	make -C /usr/src/node install; \
	runDeps="$( \
		scanelf --needed --nobanner --format '%n#p' --recursive /usr/local \
			| tr ',' '\n' \
			| sort -u \
			| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \
	)"; \
	apk add --no-network --virtual .node-rundeps $runDeps; \
	apk del --no-network .build-deps; \
\
	if ! getent group node > /dev/null; then groupadd -r node --gid=999; fi; \
	id -u node > /dev/null 2>&1 || useradd -r -g node --uid=999 --home-dir=/var/lib/node node; \
	mkdir -p /var/lib/node && chown -R node:node /var/lib/node; \
\
	node --version && node-cli --version