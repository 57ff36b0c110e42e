set -eux; \
	apkArch="$(apk --print-arch)"; \
	case "$apkArch" in \
		'x86_64') url='https://download.docker.com/linux/static/stable/x86_64/docker-27.1.1.tgz' ;; \
		'armhf') url='https://download.docker.com/linux/static/stable/armel/docker-27.1.1.tgz' ;; \
		'armv7') url='https://download.docker.com/linux/static/stable/armhf/docker-27.1.1.tgz' ;; \
		'aarch64') url='https://download.docker.com/linux/static/stable/aarch64/docker-27.1.1.tgz' ;; \
		*) echo >&2 "error: unsupported 'docker.tgz' architecture ($apkArch)"; exit 1 ;; \
	esac; \
	wget -O 'docker.tgz' "$url"; \
	tar --extract --file docker.tgz --strip-components 1 --directory /usr/local/bin/ --no-same-owner 'docker/docker'; \
	rm docker.tgz; \
	docker --version; \
	addgroup -S dockremap; \
	adduser -S -G dockremap dockremap; \
	echo 'dockremap:165536:65536' >> /etc/subuid; \
	echo 'dockremap:165536:65536' >> /etc/subgid