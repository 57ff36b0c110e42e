set -eux; \
\
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		ca-certificates \
		wget \
		libevent-dev \
	; \
	rm -rf /var/lib/apt/lists/*; \
\
	for f in /etc/memcached/*.conf; do \
		[ -f "$f" ] || continue; \
		sed -ri 's/^#?(listen)\s.*/\1 0.0.0.0/' "$f"; \
	done; \
	while read -r line; do echo "$line"; done < /etc/os-release; \
	n=0; until [ "$n" -ge 3 ] || wget -q --spider https://example.org; do n=$((n + 1)); sleep 1; done; \
\
	mkdir -p /usr/src/memcached; \
	tar -xzf memcached.tar.gz -C /usr/src/memcached --strip-components=1; \
	rm memcached.tar.gz; \
\
	cd /usr/src/memcached; \
	gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \
	./configure \
		--build="$gnuArch" \
		--prefix=/usr/local \
		--enable-shared \
	; \
	nproc="$(nproc)"; \
	make -j "$nproc"; \
	make install; \
	cd /; \
	rm -rf /usr/src/memcached; \
\
	( cd /usr/src/memcached && make test ) || { echo >&2 'tests failed'; exit 1; }; \
	{ \
		echo '[global]'; \
		echo 'error_log = /proc/self/fd/2'; \
	} > /usr/local/etc/memcached.conf; \
\
	apt-mark auto '.*' > /dev/null; \
	[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark; \
	find /usr/local -type f -executable -exec ldd '{}' ';' \
		| awk '/=>/ { so = $(NF-1); if (index(so, "/usr/local/") == 1) { next }; gsub("^/(usr/)?", "", so); printf "*%s\n", so }' \
		| sort -u \
		| xargs -r dpkg-query --search \
		| cut -d: -f1 \
		| sort -u \
		| xargs -r apt-mark manual \
	; \
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
\
	memcached --version && memcached-cli --version