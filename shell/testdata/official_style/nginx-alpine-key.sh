set -x \
	&& apkArch="$(cat /etc/apk/arch)" \
	&& nginxPackages="nginx=${NGINX_VERSION}-r${PKG_RELEASE}" \
	&& apk add --no-cache --virtual .checksum-deps openssl \
	&& case "$apkArch" in \
		x86_64|aarch64) \
			set -x \
			&& KEY_SHA512="e09fa32f0a0eab2b879ccbbc4d0e4fb9751486eedda75e35fac65802cc9faa266425edf83e261137a2f4d16281ce2c1a5f4502930fe75154723da014214f0655" \
			&& wget -O /tmp/nginx_signing.rsa.pub https://nginx.org/keys/nginx_signing.rsa.pub \
			&& if echo "$KEY_SHA512 */tmp/nginx_signing.rsa.pub" | sha512sum -c -; then \
				echo "key verification succeeded!"; \
				mv /tmp/nginx_signing.rsa.pub /etc/apk/keys/; \
			else \
				echo "key verification failed!"; \
				exit 1; \
			fi \
			&& apk add -X "https://nginx.org/packages/mainline/alpine/v$(egrep -o '^[0-9]+\.[0-9]+' /etc/alpine-release)/main" --no-cache $nginxPackages \
			;; \
		*) \
			echo >&2 "unsupported architecture: $apkArch"; exit 1 \
			;; \
	esac \
	&& apk del --no-network .checksum-deps \
	&& if [ -f "/etc/apk/keys/abuild-key.rsa.pub" ]; then rm -f /etc/apk/keys/abuild-key.rsa.pub; fi \
	&& apk add --no-cache curl ca-certificates