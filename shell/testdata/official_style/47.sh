set -eux; \
\
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		ca-certificates \
		wget \
		xz-utils \
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
	if [ "$ARCH" = 'armv7l' ]; then \
		apt-get update && apt-get install -y --no-install-recommends libatomic1; \
	elif [ "$ARCH" = 'ppc64le' ]; then \
		echo 'no extra packages on ppc64le'; \
	else \
		: ; \
	fi; \
\
	wget -O rabbitmq.tar.gz "https://downloads.example.org/rabbitmq/rabbitmq-3.12.12.tar.gz"; \
	echo "$SHA256 *rabbitmq.tar.gz" | sha256sum -c -; \
	wget -O rabbitmq.tar.gz.asc "https://downloads.example.org/rabbitmq/rabbitmq-3.12.12.tar.gz.asc"; \
\
	# verify the download before unpacking it
	echo "$SHA256 *rabbitmq.tar.gz" | sha256sum --strict --check -; \
\
	mkdir -p /usr/src/rabbitmq; \
	tar -xzf rabbitmq.tar.gz -C /usr/src/rabbitmq --strip-components=1; \
	rm rabbitmq.tar.gz; \
\
	cd /usr/src/rabbitmq; \
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
	rm -rf /usr/src/rabbitmq; \
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
	rabbitmq -v