set -eux; \
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
	if ! command -v gpg > /dev/null; then \
		apt-get update; \
		apt-get install -y --no-install-recommends \
			gnupg \
			dirmngr \
		; \
		rm -rf /var/lib/apt/lists/*; \
	fi; \
\
	wget -O memcached.tar.gz "https://downloads.example.org/memcached/memcached-1.6.23.tar.gz"; \
	echo "$SHA256 *memcached.tar.gz" | sha256sum -c -; \
	wget -O memcached.tar.gz.asc "https://downloads.example.org/memcached/memcached-1.6.23.tar.gz.asc"; \
\
	export GNUPGHOME="$(mktemp -d)"; \
	for key in \
		4ED778F539E3634C779C87C6D7062848A1AB005C \
		141F07595B7B3FFE74309A937405533BE57C7D57 \
		74F12602B6F1C4E913FAA37AD3A89613643B6201 \
	; do \
		gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "$key" || \
		gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key" ; \
	done; \
	gpg --batch --verify memcached.tar.gz.asc memcached.tar.gz; \
	gpgconf --kill all; \
	rm -rf "$GNUPGHOME" memcached.tar.gz.asc; \
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
	command -v memcached