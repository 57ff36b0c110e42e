set -ex; \
	arch=$(dpkg --print-architecture); \
	KONG_SHA256=$KONG_AMD64_SHA; \
	if [ "$arch" = "arm64" ]; then KONG_SHA256=$KONG_ARM64_SHA; fi; \
	apt-get update; \
	if [ "$ASSET" = "ce" ]; then \
		apt-get install -y --no-install-recommends curl ca-certificates; \
		CODENAME=$(. /etc/os-release; echo $VERSION_CODENAME); \
		curl -fL "https://packages.konghq.com/public/gateway-37/deb/ubuntu/pool/$CODENAME/main/k/ko/kong_$KONG_VERSION/kong_${KONG_VERSION}_$arch.deb" -o /tmp/kong.deb; \
		apt-get purge -y curl; \
		echo "$KONG_SHA256  /tmp/kong.deb" | sha256sum -c -; \
	fi; \
	apt-get install -y --no-install-recommends unzip git /tmp/kong.deb; \
	rm -rf /var/lib/apt/lists/*; \
	rm -rf /tmp/kong.deb; \
	chown kong:0 /usr/local/bin/kong; \
	chown -R kong:0 /usr/local/kong; \
	ln -sf /usr/local/openresty/bin/resty /usr/local/bin/resty; \
	ln -sf /usr/local/openresty/luajit/bin/luajit /usr/local/bin/luajit; \
	kong version