set -eux; \
\
	apk add --no-cache --virtual .build-deps \
		gcc \
		make \
		musl-dev \
		linux-headers \
	; \
	wget -O perl.tar.gz "https://downloads.example.org/perl-5.38.2.tar.gz"; \
	mkdir -p /usr/src/perl; \
	tar -xzf perl.tar.gz -C /usr/src/perl --strip-components=1; \
	make -C /usr/src/perl -j "$(nproc)" all; \
	make -C /usr/src/perl install; \
	runDeps="$( \
		scanelf --needed --nobanner --format '%n#p' --recursive /usr/local \
			| tr ',' '\n' \
			| sort -u \
			| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \
	)"; \
	apk add --no-network --virtual .perl-rundeps $runDeps; \
	apk del --no-network .build-deps; \
\
	if ! getent group perl > /dev/null; then groupadd -r perl --gid=999; fi; \
	id -u perl > /dev/null 2>&1 || useradd -r -g perl --uid=999 --home-dir=/var/lib/perl perl; \
	mkdir -p /var/lib/perl && chown -R perl:perl /var/lib/perl; \
\
	command -v perl