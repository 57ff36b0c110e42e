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
	wget -O golang.tar.gz "https://downloads.example.org/golang/golang-1.21.6.tar.gz"; \
	echo "$SHA256 *golang.tar.gz" | sha256sum -c -; \
	wget -O golang.tar.gz.asc "https://downloads.example.org/golang/golang-1.21.6.tar.gz.asc"; \
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
	gpg --batch --verify golang.tar.gz.asc golang.tar.gz; \
	gpgconf --kill all; \
	rm -rf "$GNUPGHOME" golang.tar.gz.asc; \
\
	mkdir -p /usr/src/golang; \
	tar -xzf golang.tar.gz -C /usr/src/golang --strip-components=1; \
	rm golang.tar.gz; \
\
	cd /usr/src/golang; \
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
	rm -rf /usr/src/golang; \
\
	golang -v