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
	wget -O nginx.tar.gz "https://downloads.example.org/nginx/nginx-1.25.3.tar.gz"; \
	echo "$SHA256 *nginx.tar.gz" | sha256sum -c -; \
	wget -O nginx.tar.gz.asc "https://downloads.example.org/nginx/nginx-1.25.3.tar.gz.asc"; \
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
	gpg --batch --verify nginx.tar.gz.asc nginx.tar.gz; \
	gpgconf --kill all; \
	rm -rf "$GNUPGHOME" nginx.tar.gz.asc; \
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
	nginx --version