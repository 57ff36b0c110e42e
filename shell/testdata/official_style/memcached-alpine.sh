set -x \
	&& apk add --no-cache --virtual .build-deps ca-certificates coreutils cyrus-sasl-dev gcc libc-dev libevent-dev linux-headers make openssl openssl-dev perl perl-io-socket-ssl perl-utils \
	&& wget -O memcached.tar.gz "https://memcached.org/files/memcached-$MEMCACHED_VERSION.tar.gz" \
	&& echo "$MEMCACHED_SHA1  memcached.tar.gz" | sha1sum -c - \
	&& mkdir -p /usr/src/memcached \
	&& tar -xzf memcached.tar.gz -C /usr/src/memcached --strip-components=1 \
	&& rm memcached.tar.gz \
	&& cd /usr/src/memcached \
	&& ./configure --build="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)" --enable-extstore --enable-sasl --enable-sasl-pwdb --enable-tls \
	&& nproc="$(nproc)" \
	&& make -j "$nproc" \
	&& retry() { \
		local n="$1"; shift; \
		while ! "$@"; do \
			n=$((n - 1)); \
			if [ "$n" -le 0 ]; then return 1; fi; \
			echo >&2 "retrying: $*"; \
		done; \
	} \
	&& retry 3 make test PARALLEL="$nproc" \
	&& make install \
	&& cd / && rm -rf /usr/src/memcached \
	&& runDeps="$(scanelf --needed --nobanner --format '%n#p' --recursive /usr/local | tr ',' '\n' | sort -u | awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }')" \
	&& apk add --no-network --virtual .memcached-rundeps $runDeps \
	&& apk del --no-network .build-deps \
	&& memcached -V