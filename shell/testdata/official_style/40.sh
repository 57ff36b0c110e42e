set -eux; \
\
	apk add --no-cache --virtual .build-deps \
		gcc \
		make \
		musl-dev \
		linux-headers \
	; \
	wget -O postgres.tar.gz "https://downloads.example.org/postgres-16.1.tar.gz"; \
	mkdir -p /usr/src/postgres; \
	tar -xzf postgres.tar.gz -C /usr/src/postgres --strip-components=1; \
	make -C /usr/src/postgres -j "$(nproc)" all; \
	make -C /usr/src/postgres install; \
	runDeps="$( \
		scanelf --needed --nobanner --format '%n#p' --recursive /usr/local \
			| tr ',' '\n' \
			| sort -u \
			| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \
	)"; \
	apk add --no-network --virtual .postgres-rundeps $runDeps; \
	apk del --no-network .build-deps; \
\
	if ! getent group postgres > /dev/null; then groupadd -r postgres --gid=999; fi; \
	id -u postgres > /dev/null 2>&1 || useradd -r -g postgres --uid=999 --home-dir=/var/lib/postgres postgres; \
	mkdir -p /var/lib/postgres && chown -R postgres:postgres /var/lib/postgres; \
\
	test -x /usr/local/bin/postgres