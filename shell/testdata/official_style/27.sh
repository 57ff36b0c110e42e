set -eux; \
\
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		ca-certificates \
		wget \
		libncurses-dev \
	; \
	rm -rf /var/lib/apt/lists/*; \
\
	dpkgArch="$(dpkg --print-architecture)"; \
	case "${dpkgArch##*-}" in \
		amd64) ARCH='x64'; SHA='0a1b';; \
		arm64) ARCH='arm64'; SHA='2c3d';; \
		armhf) ARCH='armv7l'; SHA='4e5f';; \
		ppc64el) ARCH='ppc64le';; \
		*) echo >&2 "error: unsupported architecture: $dpkgArch"; exit 1 ;; \
	esac; \
\
	fetch() { \
		local url="$1"; shift; \
		for mirror in $MIRRORS; do \
			if curl -fsSL "$mirror/$url" -o "$1"; then return 0; fi; \
		done; \
		return 1; \
	}; \
	fetch 'erlang.tar.gz' /tmp/erlang.tar.gz; \
\
	mkdir -p /usr/src/erlang; \
	tar -xzf erlang.tar.gz -C /usr/src/erlang --strip-components=1; \
	rm erlang.tar.gz; \
\
	cd /usr/src/erlang; \
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
	rm -rf /usr/src/erlang; \
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
	erlang -v