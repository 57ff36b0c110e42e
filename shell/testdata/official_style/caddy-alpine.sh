set -eux; \
	apkArch="$(apk --print-arch)"; \
	case "$apkArch" in \
		x86_64) binArch='amd64' ;; \
		aarch64) binArch='arm64' ;; \
		armv7 | armhf) binArch="armv${apkArch#armv}"; [ "$apkArch" = armhf ] && binArch='armv6' ;; \
		*) echo >&2 "error: unsupported architecture ($apkArch)"; exit 1 ;;\
	esac; \
	wget -O /tmp/caddy.tar.gz "https://github.com/caddyserver/caddy/releases/download/v2.8.4/caddy_2.8.4_linux_${binArch}.tar.gz"; \
	wget -O /tmp/checksums.txt 'https://github.com/caddyserver/caddy/releases/download/v2.8.4/caddy_2.8.4_checksums.txt'; \
	checksum="$(grep " caddy_2.8.4_linux_${binArch}.tar.gz\$" /tmp/checksums.txt | cut -d' ' -f1)"; \
	echo "$checksum  /tmp/caddy.tar.gz" | sha512sum -c; \
	tar x -z -f /tmp/caddy.tar.gz -C /usr/bin caddy; \
	rm -f /tmp/caddy.tar.gz /tmp/checksums.txt; \
	setcap cap_net_bind_service=+ep /usr/bin/caddy; \
	chmod +x /usr/bin/caddy; \
	caddy version