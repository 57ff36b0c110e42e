set -eux; \
\
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		ca-certificates \
		wget \
		libpcre2-dev \
	; \
	rm -rf /var/lib/apt/lists/*; \
\
	if [[ "$ARCH" == arm* ]]; then extra=(--with-lse); else extra=(); fi; \
	(( jobs = $(nproc) + 1 )); \
	grep -q '^nginx:' /etc/passwd <<< "$(getent passwd)" || true; \
\
	mkdir -p /usr/src/nginx; \
	tar -xzf nginx.tar.gz -C /usr/src/nginx --strip-components=1; \
	rm nginx.tar.gz; \
\
	cd /usr/src/nginx; \
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
	rm -rf /usr/src/nginx; \
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
	test -x /usr/local/bin/nginx