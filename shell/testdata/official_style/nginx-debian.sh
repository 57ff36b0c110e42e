set -x \
	&& groupadd --system --gid 101 nginx \
	&& useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx \
	&& apt-get update \
	&& apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates \
	&& NGINX_GPGKEYS="573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62 8540A6F18833A80E9C1653A42FD21310B49F6B46"; \
	NGINX_GPGKEY_PATH=/etc/apt/keyrings/nginx-archive-keyring.gpg; \
	export GNUPGHOME="$(mktemp -d)"; \
	found=''; \
	for NGINX_GPGKEY in $NGINX_GPGKEYS; do \
		for server in hkp://keyserver.ubuntu.com:80 pgp.mit.edu; do \
			echo "Fetching GPG key $NGINX_GPGKEY from $server"; \
			gpg1 --keyserver "$server" --keyserver-options timeout=10 --recv-keys "$NGINX_GPGKEY" && found=yes && break; \
		done; \
		test -z "$found" && echo >&2 "error: failed to fetch GPG key $NGINX_GPGKEY" && exit 1; \
	done; \
	gpg1 --export $NGINX_GPGKEYS > "$NGINX_GPGKEY_PATH" ; \
	rm -rf "$GNUPGHOME"; \
	apt-get remove --purge --auto-remove -y gnupg1 && rm -rf /var/lib/apt/lists/* \
	&& dpkgArch="$(dpkg --print-architecture)" \
	&& nginxPackages="nginx=${NGINX_VERSION}-${PKG_RELEASE} nginx-module-njs=${NGINX_VERSION}+${NJS_VERSION}-${NJS_RELEASE}" \
	&& case "$dpkgArch" in \
		amd64|arm64) \
			echo "deb [signed-by=$NGINX_GPGKEY_PATH] https://nginx.org/packages/mainline/debian/ bookworm nginx" >> /etc/apt/sources.list.d/nginx.list \
			&& apt-get update \
			;; \
		*) \
			tempDir="$(mktemp -d)" \
			&& chmod 777 "$tempDir" \
			&& savedAptMark="$(apt-mark showmanual)" \
			&& apt-get update \
			&& apt-get install --no-install-recommends --no-install-suggests -y curl devscripts equivs git libxml2-utils lsb-release xsltproc \
			&& ( \
				cd "$tempDir" \
				&& REVISION="${NGINX_VERSION}-${PKG_RELEASE}" \
				&& REVISION=${REVISION%~*} \
				&& curl -f -L -O https://github.com/nginx/pkg-oss/archive/${REVISION}.tar.gz \
				&& PKGOSSCHECKSUM="$PKG_OSS_SHA512 *${REVISION}.tar.gz" \
				&& if [ "$(openssl sha512 -r ${REVISION}.tar.gz)" = "$PKGOSSCHECKSUM" ]; then \
					echo "pkg-oss tarball checksum verification succeeded!"; \
				else \
					echo "pkg-oss tarball checksum verification failed!"; \
					exit 1; \
				fi \
				&& tar xzvf ${REVISION}.tar.gz \
				&& cd pkg-oss-${REVISION} \
				&& cd debian \
				&& for target in base module-njs; do \
					make rules-$target; \
					mk-build-deps --install --tool="apt-get -o Debug::pkgProblemResolver=yes --no-install-recommends --yes" debuild-$target/nginx-$NGINX_VERSION/debian/control; \
				done \
				&& make base module-njs \
			) \
			&& apt-mark showmanual | xargs apt-mark auto > /dev/null \
			&& { [ -z "$savedAptMark" ] || apt-mark manual $savedAptMark; } \
			&& ls -lAFh "$tempDir" \
			&& ( cd "$tempDir" && dpkg-scanpackages . > Packages ) \
			&& grep '^Package: ' "$tempDir/Packages" \
			&& echo "deb [ trusted=yes ] file://$tempDir ./" > /etc/apt/sources.list.d/temp.list \
			&& apt-get -o Acquire::GzipIndexes=false update \
			;; \
	esac \
	&& apt-get install --no-install-recommends --no-install-suggests -y $nginxPackages gettext-base curl \
	&& apt-get remove --purge --auto-remove -y && rm -rf /var/lib/apt/lists/* /etc/apt/sources.list.d/nginx.list \
	&& if [ -n "$tempDir" ]; then \
		apt-get purge -y --auto-remove \
		&& rm -rf "$tempDir" /etc/apt/sources.list.d/temp.list; \
	fi \
	&& ln -sf /dev/stdout /var/log/nginx/access.log \
	&& ln -sf /dev/stderr /var/log/nginx/error.log \
	&& mkdir /docker-entrypoint.d