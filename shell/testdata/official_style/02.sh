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
	wget -O python.tar.gz "https://downloads.example.org/python/python-3.12.1.tar.gz"; \
	echo "$SHA256 *python.tar.gz" | sha256sum -c -; \
	wget -O python.tar.gz.asc "https://downloads.example.org/python/python-3.12.1.tar.gz.asc"; \
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
	gpg --batch --verify python.tar.gz.asc python.tar.gz; \
	gpgconf --kill all; \
	rm -rf "$GNUPGHOME" python.tar.gz.asc; \
\
	mkdir -p /usr/src/python; \
	tar -xzf python.tar.gz -C /usr/src/python --strip-components=1; \
	rm python.tar.gz; \
\
	cd /usr/src/python; \
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
	rm -rf /usr/src/python; \
\
	python -v