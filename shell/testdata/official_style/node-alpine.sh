addgroup -g 1000 node \
	&& adduser -u 1000 -G node -s /bin/sh -D node \
	&& apk add --no-cache libstdc++ \
	&& apk add --no-cache --virtual .build-deps curl \
	&& ARCH= OPENSSL_ARCH='linux*' && alpineArch="$(apk --print-arch)" \
	&& case "${alpineArch##*-}" in \
		x86_64) ARCH='x64' CHECKSUM="$NODE_MUSL_SHA" OPENSSL_ARCH=linux-x86_64;; \
		x86) OPENSSL_ARCH=linux-elf;; \
		aarch64) OPENSSL_ARCH=linux-aarch64;; \
		arm*) OPENSSL_ARCH=linux-armv4;; \
		ppc64le) OPENSSL_ARCH=linux-ppc64le;; \
		s390x) OPENSSL_ARCH=linux-s390x;; \
		*) ;; \
	esac \
	&& if [ -n "${CHECKSUM}" ]; then \
		set -eu; \
		curl -fsSLO --compressed "https://unofficial-builds.nodejs.org/download/release/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz"; \
		echo "$CHECKSUM  node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz" | sha256sum -c - \
			&& tar -xJf "node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz" -C /usr/local --strip-components=1 --no-same-owner \
			&& ln -s /usr/local/bin/node /usr/local/bin/nodejs; \
	else \
		echo "Building from source" \
		&& apk add --no-cache --virtual .build-deps-full binutils-gold g++ gcc gnupg libgcc linux-headers make python3 py-setuptools \
		&& export GNUPGHOME="$(mktemp -d)" \
		&& for key in C0D6248439F1D5604AAFFB4021D900FFDB233756 108F52B48DB57BB0CC439B2997B01419BD92F80A; do \
			gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "$key" || gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key" ; \
		done \
		&& for f in "node-v$NODE_VERSION.tar.xz" SHASUMS256.txt SHASUMS256.txt.sig; do curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/$f"; done \
		&& gpg --batch --verify SHASUMS256.txt.sig SHASUMS256.txt && gpgconf --kill all && rm -rf "$GNUPGHOME" \
		&& awk -v f="node-v$NODE_VERSION.tar.xz" '$2 == f' SHASUMS256.txt | sha256sum -c - \
		&& tar -xf "node-v$NODE_VERSION.tar.xz" \
		&& cd "node-v$NODE_VERSION" \
		&& ./configure \
		&& make -j$(getconf _NPROCESSORS_ONLN) V= \
		&& make install \
		&& apk del .build-deps-full \
		&& cd .. \
		&& rm -Rf "node-v$NODE_VERSION" \
		&& rm "node-v$NODE_VERSION.tar.xz" SHASUMS256.txt.sig SHASUMS256.txt; \
	fi \
	&& rm -f "node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz" \
	&& find /usr/local/include/node/openssl/archs -mindepth 1 -maxdepth 1 ! -name "$OPENSSL_ARCH" -exec rm -rf {} \; \
	&& apk del .build-deps \
	&& node --version \
	&& npm --version